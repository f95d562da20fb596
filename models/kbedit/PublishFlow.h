#pragma once

#include "KbWorkspace.h"
#include "LineDiff.h"
#include "kbsync/KbDataPages.h"
#include "kbsync/WikiPublisher.h"

#include <QCoreApplication>
#include <functional>

namespace hotline::kbedit {

// Another editor saved first: the server's page as it is now and the line difference from the editor's text
// (Removed: only in the editor's text, Added: only on the server). Nothing was overwritten.
struct Conflict {
    kbsync::WikiPage server;
    QString mine;
    QList<DiffLine> diff;
};

struct FlowOutcome {
    std::optional<Error> error; // Error::Code::Conflict comes with `conflict`
    std::optional<Conflict> conflict;
    int version = 0; // the page's version after a publish or restore

    bool ok() const { return !error.has_value(); }
};

// What asking the wiki about one article found.
struct RefreshOutcome {
    std::optional<Error> error;
    std::optional<kbsync::WikiPage> page; // the current page; empty when it is not on the wiki
    bool tookServerText = false;          // nothing was changed here, so the newer server text was taken
    bool serverChangedUnderDraft = false; // the edit here is based on an older version: publishing will conflict
};

// The admin mode's way to the KB wiki, on top of WikiPublisher: an article (or the categories, or the synonyms)
// is published based on the version its edit started from, so another editor's save is never overwritten; when
// that version is not known (a shipped article, a fresh workstation) the server's current text is compared with
// the text the edit started from first. Every call is asynchronous; `done` runs once unless `context` dies.
class PublishFlow {
    Q_DECLARE_TR_FUNCTIONS(PublishFlow)

public:
    // Replaces an article's text in the editor; the UI routes it through its undo stack. Default: directly.
    using ApplyDocument = std::function<void(const QString& id, const ArticleDocument& doc, const QString& why)>;

    PublishFlow(KbWorkspace& workspace, kbsync::WikiPublisher& wiki);
    void setApplyDocument(ApplyDocument apply) { m_apply = std::move(apply); }

    void publishArticle(const QString& id, const QString& comment, QObject* context,
                        std::function<void(FlowOutcome)> done);
    void publishData(kbsync::KbDataPage::Kind kind, const QString& comment, QObject* context,
                     std::function<void(FlowOutcome)> done);

    // The wiki index: the newest version of every article (the list shows "newer on the server").
    void refreshVersions(QObject* context, std::function<void(Status)> done);
    void refreshArticle(const QString& id, QObject* context, std::function<void(RefreshOutcome)> done);

    void history(const QString& id, QObject* context, std::function<void(Result<QList<kbsync::WikiPage>>)> done);
    // Publishes version `oldVersion` again as the newest; the editor then shows it. Refused while the article
    // has unpublished changes here (they would be lost from view).
    void restore(const QString& id, int oldVersion, int currentVersion, const QString& comment, QObject* context,
                 std::function<void(FlowOutcome)> done);

private:
    using Put = std::function<void(int baseVersion)>;
    // Calls `put` with the version to base the save on, or reports a conflict without saving.
    void resolveBase(const QString& title, const QString& baseText, int baseVersion, const QString& mine,
                     const std::function<bool(const QString&)>& sameAsBase, QObject* context, Put put,
                     std::function<void(FlowOutcome)> done);
    static FlowOutcome fromPublish(const kbsync::PublishOutcome& out, const QString& mine);

    KbWorkspace& m_ws;
    kbsync::WikiPublisher& m_wiki;
    ApplyDocument m_apply;
};

} // namespace hotline::kbedit
