#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace hotline::call {

// How a call ended, as the line's statistics count it (the «Результат звонка» values in Redmine).
enum class CallResult {
    AppealFiled, // at least one appeal was filed for it
    Consulted,   // answered on the call, nothing to file
    Redirected,  // sent on to another line or body
    Dropped,     // the caller hung up or the line dropped
};

QString callResultId(CallResult result); // appeal, consulted, redirected, dropped
std::optional<CallResult> callResultFromId(const QString& id);

// One search the operator made during a call and how many articles it found (0: the KB had nothing).
struct CallSearch {
    QString query;
    int hits = 0;
    friend bool operator==(const CallSearch&, const CallSearch&) = default;
};

// One run of a guided script during a call (models/scripts): the nodes of that script in the order the
// operator went through them (after any steps back), and how the run ended. A jump to another script ends the
// run and starts one of the other script.
struct CallScriptRun {
    enum class End {
        Result,    // reached a result node
        Jumped,    // went on in another script
        Abandoned, // left at its last node (the call ended, the script was restarted or another one taken)
    };
    QString script;
    QStringList nodes;
    End end = End::Abandoned;
    friend bool operator==(const CallScriptRun&, const CallScriptRun&) = default;
};

QString scriptRunEndId(CallScriptRun::End end); // result, jumped, abandoned
std::optional<CallScriptRun::End> scriptRunEndFromId(const QString& id);

// One call as the line's statistics see it, produced when the operator files or discards it.
struct CallRecord {
    enum class Outcome {
        Filed,     // at least one appeal was filed for it
        Discarded, // the operator confirmed it needs no appeal
    };
    QUuid id;
    QDateTime start; // UTC instant
    QDateTime end;
    int durationSeconds = 0; // start to end, holds included
    int holdSeconds = 0;
    int holdCount = 0;
    QString operatorLogin;
    QString channelId = QStringLiteral("hotline_0150"); // calls come in on the hotline
    QString categoryId;                                 // of the last article opened (the appeal carries its own)
    QString articleId;                                  // the last article opened during the call
    QStringList articles;                               // every article opened, first opening first
    QList<CallSearch> searches;                         // the searches made, as the operator settled them
    QStringList appealClientIds;                        // the appeals filed for it
    QList<CallScriptRun> scriptRuns;                    // the guided scripts the operator went through
    Outcome outcome = Outcome::Filed;
    CallResult result = CallResult::AppealFiled;

    // The searches that found nothing.
    QStringList emptySearches() const;
};

} // namespace hotline::call

Q_DECLARE_METATYPE(hotline::call::CallRecord)
