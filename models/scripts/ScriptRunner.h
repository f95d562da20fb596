#pragma once

#include "Script.h"
#include "call/CallRecord.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <functional>

namespace hotline::scripts {

// Runs a guided script for the operator: the current node, the way there (for Back and the breadcrumb), jumps
// into other scripts, restart, and the runs as the call record keeps them. No widgets: the view shows node()
// and calls choose()/next()/back()/restart().
class ScriptRunner {
    Q_DECLARE_TR_FUNCTIONS(ScriptRunner)

public:
    // Finds a script by id (the knowledge base's, or the editor's for a preview); null when there is none.
    using Lookup = std::function<const Script*(const QString& id)>;

    // One node on the way, the current one last. `answer`: the answer taken at a question (-1 at the current
    // node and at other kinds of node).
    struct Step {
        QString script;
        QString node;
        int answer = -1;
        friend bool operator==(const Step&, const Step&) = default;
    };

    // One piece of the way for the breadcrumb and the appeal's description.
    struct Crumb {
        enum class Kind {
            Answer, // a question and the answer taken
            Info,   // information read out
            Jump,   // on into another script (label: its title)
            Result, // the result reached (label: the result's name)
        };
        Kind kind = Kind::Answer;
        QString label;  // the question's, information's or result's short name
        QString answer; // the answer's text (Answer)
    };

    explicit ScriptRunner(Lookup lookup);

    // Starts `scriptId` from its start; the run before (if any) is kept as abandoned (or as it ended).
    Status start(const QString& scriptId);
    // The script started with, from its start again.
    Status restart();
    // Leaves the script; what was done stays in runs().
    void stop();

    bool isRunning() const { return !m_history.isEmpty(); }
    const Script* startScript() const;
    const Script* script() const; // the script of the current node
    const Node* node() const;     // null when not running
    bool atResult() const;

    // Takes answer `index` (0-based) of the current question.
    Status choose(int index);
    // Goes on from the current information.
    Status next();
    // One step back (over a jump as well); false at the start.
    bool back();

    const QList<Step>& history() const { return m_history; }
    QList<Crumb> crumbs() const;

    // The runs since the last clearRuns(), the current one last, as the call record keeps them.
    QList<call::CallScriptRun> runs() const;
    // A call starts: the runs before it are not its; the current run counts from its start again.
    void clearRuns();

    static constexpr int kMaxJumps = 16; // a chain of jumps longer than this is a loop the check missed

private:
    Status enter(const QString& scriptId, const QString& nodeId);
    QList<call::CallScriptRun> currentRuns() const;

    Lookup m_lookup;
    QString m_startScript;
    QList<Step> m_history;
    QList<call::CallScriptRun> m_finished;
};

} // namespace hotline::scripts
