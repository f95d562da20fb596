// Guided scripts through the real Redmine wiki: the editor's code path (ScriptWorkspace, ScriptEditor,
// ScriptPublishFlow) publishes an edited script, a second workstation takes it in with one sync and runs it; a
// second editor's save on the old version is a conflict with the difference; history and restore.

#include "ItSupport.h"
#include "kb/KbRepository.h"
#include "kbedit/ScriptEditor.h"
#include "kbedit/ScriptPublishFlow.h"
#include "kbsync/ScriptPages.h"
#include "kbsync/WikiSync.h"
#include "scripts/ScriptRunner.h"

#include <QFile>
#include <QUndoGroup>

using namespace hotline;
using namespace hotline::kbedit;
using kbsync::waitFor;

namespace {

const QString kScript = QStringLiteral("kadastrovaya-stoimost");

// One editor's scripts tab on one workstation, over the shipped knowledge base.
struct ScriptAdmin {
    it::Client net;
    kbsync::WikiPublisher wiki{net.client};
    QTemporaryDir data;
    ScriptWorkspace ws{test::kbDir(), data.path()};
    QUndoGroup group;
    ScriptEditor editor{ws, &group};
    ScriptPublishFlow flow{ws, wiki};

    explicit ScriptAdmin(const QString& user)
        : net(user) {
        flow.setApplyScript(
            [this](const QString& id, const scripts::Script& d, const QString&) { editor.resetScript(id, d); });
    }
    FlowOutcome publish(const QString& comment = QStringLiteral("правка сценария")) {
        return waitFor<FlowOutcome>([&](QObject* ctx, auto done) { flow.publish(kScript, comment, ctx, done); });
    }
};

kbsync::SyncReport sync(kbsync::WikiSync& s) {
    return waitFor<kbsync::SyncReport>([&](QObject* ctx, auto done) { s.run(ctx, std::move(done)); });
}

} // namespace

TEST_CASE("An edited script is published through the wiki and reaches a second workstation in one sync",
          "[integration][scripts]") {
    ScriptAdmin ed(QStringLiteral("EDITOR1"));
    REQUIRE(ed.ws.script(kScript));
    const QString title = QStringLiteral("Кадастровая стоимость: сценарий после правки");
    const QString question = QStringLiteral("Что именно Вас интересует в кадастровой стоимости участка или здания?");
    ed.editor.setField(kScript, ScriptEditor::Field::Title, title);
    ed.editor.setNodeField(kScript, QStringLiteral("q-vopros"), ScriptEditor::NodeField::Text, question);
    REQUIRE(ed.ws.script(kScript)->modified());

    const FlowOutcome first = ed.publish();
    REQUIRE(first.ok());
    CHECK(first.version >= 1);
    CHECK_FALSE(ed.ws.script(kScript)->modified());
    CHECK(ed.ws.script(kScript)->baseVersion == first.version);
    // On the wiki: the page "Script_<id>" with the file in its block.
    const auto page = waitFor<Result<kbsync::WikiPage>>(
        [&](QObject* ctx, auto done) { ed.wiki.page(kbsync::ScriptPage::title(kScript), 0, ctx, done); });
    REQUIRE(page.ok());
    CHECK(page.value().text.contains(QStringLiteral("# Сценарий: ") + title));
    CHECK(ScriptPublishFlow::fileOf(page.value().text, kScript) == ed.ws.script(kScript)->text());

    // An operator's workstation: one sync, and the base it opens has the edited script, searchable and runnable.
    it::Client op(QStringLiteral("OPERATOR1"));
    kbsync::WikiPublisher wikiOp(op.client);
    QTemporaryDir opData;
    kbsync::WikiSync syncer(wikiOp, test::kbDir(), opData.path());
    const kbsync::SyncReport report = sync(syncer);
    REQUIRE_FALSE(report.error.has_value());
    CHECK(report.updated.contains(kbsync::ScriptPage::pageKey(kScript)));
    for (const kb::KbIssue& issue : report.rejected)
        CHECK_FALSE(issue.file.contains(kScript, Qt::CaseInsensitive));
    auto repo = kb::KbRepository::open(report.kbDir, kb::KbRepository::defaultIndexPath(opData.path()));
    REQUIRE(repo.ok());
    const scripts::Script* s = repo.value().kb.script(kScript);
    REQUIRE(s != nullptr);
    CHECK(s->title == title);
    CHECK(s->node(QStringLiteral("q-vopros"))->text == question);
    const QList<kb::SearchHit> hits = repo.value().index->searchScripts(QStringLiteral("сценарий после правки"));
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first().id == kScript);
    scripts::ScriptRunner runner([&](const QString& id) { return repo.value().kb.script(id); });
    REQUIRE(runner.start(kScript).ok());
    REQUIRE(runner.choose(1).ok());
    REQUIRE(runner.choose(1).ok());
    CHECK(runner.atResult());
    CHECK(runner.node()->article == QStringLiteral("kadastr-osparivanie"));

    // A second editor's save based on the shipped text is a conflict with the difference; nothing is overwritten.
    ScriptAdmin admin(QStringLiteral("ADMIN"));
    admin.editor.setField(kScript, ScriptEditor::Field::Title, QStringLiteral("Версия администратора"));
    const FlowOutcome conflict = admin.publish();
    REQUIRE(conflict.error.has_value());
    CHECK(conflict.error->code == Error::Code::Conflict);
    REQUIRE(conflict.conflict.has_value());
    CHECK(conflict.conflict->server.version == first.version);
    bool titleDiffers = false;
    for (const DiffLine& line : conflict.conflict->diff)
        titleDiffers |= line.text.contains(title) && line.kind == DiffLine::Kind::Added;
    CHECK(titleDiffers);
    const auto after = waitFor<Result<kbsync::WikiPage>>(
        [&](QObject* ctx, auto done) { admin.wiki.page(kbsync::ScriptPage::title(kScript), 0, ctx, done); });
    REQUIRE(after.ok());
    CHECK(after.value().version == first.version);
    CHECK(ScriptPublishFlow::fileOf(after.value().text, kScript) == ed.ws.script(kScript)->text());

    // The history lists the versions and an old one is restored as the newest.
    ed.editor.setField(kScript, ScriptEditor::Field::Title, QStringLiteral("Третья правка"));
    const FlowOutcome second = ed.publish(QStringLiteral("третья"));
    REQUIRE(second.ok());
    const auto history =
        waitFor<Result<QList<kbsync::WikiPage>>>([&](QObject* ctx, auto done) { ed.flow.history(kScript, ctx, done); });
    REQUIRE(history.ok());
    REQUIRE(history.value().size() >= 2);
    CHECK(history.value().first().version == second.version);
    const FlowOutcome restored = waitFor<FlowOutcome>([&](QObject* ctx, auto done) {
        ed.flow.restore(kScript, first.version, second.version, QStringLiteral("назад"), ctx, done);
    });
    REQUIRE(restored.ok());
    CHECK(restored.version == second.version + 1);
    CHECK(ed.ws.script(kScript)->doc.title == title);
    CHECK_FALSE(ed.ws.script(kScript)->modified());
}

TEST_CASE("A broken script page is reported by the sync and the shipped script stays", "[integration][scripts]") {
    it::Client editor(QStringLiteral("EDITOR1"));
    kbsync::WikiPublisher wiki(editor.client);
    const QString title = kbsync::ScriptPage::title(QStringLiteral("vyrubka-derevev"));
    const auto put = waitFor<kbsync::PublishOutcome>([&](QObject* ctx, auto done) {
        wiki.publishPage(title, QStringLiteral("# Сценарий\n\n```json\n{\"id\": \"vyrubka-derevev\"}\n```\n"),
                         QStringLiteral("сломано"), 0, ctx, done);
    });
    REQUIRE(put.ok());
    it::Client op(QStringLiteral("OPERATOR1"));
    kbsync::WikiPublisher wikiOp(op.client);
    QTemporaryDir data;
    kbsync::WikiSync syncer(wikiOp, test::kbDir(), data.path());
    const kbsync::SyncReport report = sync(syncer);
    REQUIRE_FALSE(report.error.has_value());
    bool reported = false;
    for (const kb::KbIssue& issue : report.rejected)
        reported |= issue.file.compare(QStringLiteral("wiki:") + title, Qt::CaseInsensitive) == 0;
    CHECK(reported);
    const kb::KnowledgeBase::Loaded loaded = kb::KnowledgeBase::loadFromDir(report.kbDir);
    REQUIRE(loaded.kb.script(QStringLiteral("vyrubka-derevev")));
    CHECK(loaded.kb.script(QStringLiteral("vyrubka-derevev"))->nodes.size() > 2);

    // The page is mended for the tests after this one: the shipped file, and the sync takes it.
    QFile shipped(test::kbDir() + QStringLiteral("/scripts/vyrubka-derevev.json"));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    const auto mended = waitFor<kbsync::PublishOutcome>([&](QObject* ctx, auto done) {
        wiki.publishPage(title, kbsync::ScriptPage::pageText(QStringLiteral("Вырубка деревьев"), shipped.readAll()),
                         QStringLiteral("исправлено"), put.version, ctx, done);
    });
    REQUIRE(mended.ok());
    const kbsync::SyncReport again = sync(syncer);
    CHECK(again.updated.contains(kbsync::ScriptPage::pageKey(QStringLiteral("vyrubka-derevev"))));
    for (const kb::KbIssue& issue : again.rejected)
        CHECK(issue.file.compare(QStringLiteral("wiki:") + title, Qt::CaseInsensitive) != 0);
}
