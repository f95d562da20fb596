#pragma once

#include "PublishFlow.h"
#include "ScriptWorkspace.h"

namespace hotline::kbedit {

// PublishFlow for the guided scripts: a script is published as its wiki page "Script_<id>" (kbsync::ScriptPage)
// based on the version its edit started from, so another editor's save is never overwritten (a conflict comes
// back with the line difference of the files); history and restore work on the same page.
class ScriptPublishFlow {
    Q_DECLARE_TR_FUNCTIONS(ScriptPublishFlow)

public:
    using ApplyScript = std::function<void(const QString& id, const scripts::Script& doc, const QString& why)>;

    ScriptPublishFlow(ScriptWorkspace& workspace, kbsync::WikiPublisher& wiki);
    void setApplyScript(ApplyScript apply) { m_apply = std::move(apply); }

    void publish(const QString& id, const QString& comment, QObject* context, std::function<void(FlowOutcome)> done);
    void refreshVersions(QObject* context, std::function<void(Status)> done);
    void refresh(const QString& id, QObject* context, std::function<void(RefreshOutcome)> done);
    void history(const QString& id, QObject* context, std::function<void(Result<QList<kbsync::WikiPage>>)> done);
    void restore(const QString& id, int oldVersion, int currentVersion, const QString& comment, QObject* context,
                 std::function<void(FlowOutcome)> done);

    // The script file a page of the wiki holds (for conflicts and history: the editors compare files).
    static QString fileOf(const QString& pageText, const QString& id);

private:
    static FlowOutcome outcome(const kbsync::PublishOutcome& out, const QString& mineFile, const QString& id);

    ScriptWorkspace& m_ws;
    kbsync::WikiPublisher& m_wiki;
    ApplyScript m_apply;
};

} // namespace hotline::kbedit
