// The KB editor's script core: edits as undo steps, drafts kept across closing, the check placing problems on
// nodes, publishing to an in-memory wiki (a new page, a conflict, restore) and a workstation's sync of the page.
#include "kbedit/ScriptEditor.h"

#include "CatchQt.h"
#include "FakeWiki.h"
#include "TestPaths.h"
#include "kb/KnowledgeBase.h"
#include "kbedit/KbChecker.h"
#include "kbedit/ScriptPublishFlow.h"
#include "kbsync/ScriptPages.h"
#include "kbsync/WikiSync.h"
#include "scripts/ScriptFormat.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUndoGroup>
#include <QUndoStack>

using namespace hotline;
using namespace hotline::kbedit;
using kbsync::waitFor;
using NodeField = ScriptEditor::NodeField;

namespace {

const QString kId = QStringLiteral("vyrubka-derevev");

QString shippedFile() {
    QFile f(test::kbDir() + QStringLiteral("/scripts/vyrubka-derevev.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

struct Editor {
    QTemporaryDir data;
    std::unique_ptr<ScriptWorkspace> ws;
    QUndoGroup group;
    std::unique_ptr<ScriptEditor> editor;
    Editor() { reopen(); }
    void reopen() {
        editor.reset();
        ws = std::make_unique<ScriptWorkspace>(test::kbDir(), data.path());
        ws->setAutosaveDelayMs(0);
        editor = std::make_unique<ScriptEditor>(*ws, &group);
    }
    const scripts::Script& doc() const { return ws->script(kId)->doc; }
};

} // namespace

TEST_CASE("Script edits are undo steps, typing in one text is one step, a renamed node is renamed everywhere",
          "[scripts][editor]") {
    Editor e;
    REQUIRE(e.ws->scriptIds().size() >= 10);
    REQUIRE_FALSE(e.ws->script(kId)->modified());
    QUndoStack* stack = e.editor->stack(kId);
    for (const QString& typed : {QStringLiteral("Г"), QStringLiteral("Гд"), QStringLiteral("Где")})
        e.editor->setNodeField(kId, QStringLiteral("q-gde"), NodeField::Text, typed);
    CHECK(stack->count() == 1);
    CHECK(e.doc().node(QStringLiteral("q-gde"))->text == QStringLiteral("Где"));
    CHECK(e.ws->script(kId)->modified());

    REQUIRE(e.editor->renameNode(kId, QStringLiteral("q-zachem"), QStringLiteral("q-prichina")).ok());
    CHECK_FALSE(e.doc().node(QStringLiteral("q-zachem")));
    CHECK(e.doc().node(QStringLiteral("q-gde"))->answers.at(1).to == QStringLiteral("q-prichina"));
    CHECK_FALSE(e.editor->renameNode(kId, QStringLiteral("q-gde"), QStringLiteral("r-les")).ok()); // taken
    CHECK_FALSE(e.editor->renameNode(kId, QStringLiteral("q-gde"), QStringLiteral("Q Gde")).ok()); // not an id
    CHECK(stack->count() == 2);

    auto added = e.editor->addNode(kId, scripts::NodeType::Result, QStringLiteral("q-gde"));
    REQUIRE(added.ok());
    CHECK(e.doc().nodes.at(1).id == added.value());
    e.editor->setNodeField(kId, added.value(), NodeField::Article, QStringLiteral("porubochnyy-bilet"));
    CHECK(stack->count() == 4);

    stack->undo();
    stack->undo();
    stack->undo();
    CHECK(e.doc().node(QStringLiteral("q-zachem")));
    stack->undo();
    CHECK_FALSE(e.ws->script(kId)->modified());
    stack->redo();
    CHECK(e.doc().node(QStringLiteral("q-gde"))->text == QStringLiteral("Где"));
}

TEST_CASE("A script's draft survives closing the editor, and so does a new script", "[scripts][editor]") {
    Editor e;
    e.editor->setField(kId, ScriptEditor::Field::Title, QStringLiteral("Вырубка: черновик"));
    REQUIRE(e.editor
                ->createScript(QStringLiteral("novyy-stsenariy"), QStringLiteral("Новый сценарий"),
                               QStringLiteral("porubka"), QStringLiteral("2026-12-03"), {})
                .ok());
    CHECK_FALSE(e.editor
                    ->createScript(QStringLiteral("porubochnyy-bilet"), QStringLiteral("Занят статьёй"),
                                   QStringLiteral("porubka"), QStringLiteral("2026-12-03"),
                                   {QStringLiteral("porubochnyy-bilet")})
                    .ok());
    REQUIRE(e.ws->saveDrafts().ok());
    e.reopen();
    CHECK(e.doc().title == QStringLiteral("Вырубка: черновик"));
    CHECK(e.ws->script(kId)->modified());
    REQUIRE(e.ws->script(QStringLiteral("novyy-stsenariy")));
    CHECK(e.ws->script(QStringLiteral("novyy-stsenariy"))->isNew());
    CHECK(e.ws->loadProblems().isEmpty());
    // The articles' workspace does not mistake a script's draft for an article.
    auto articles = KbWorkspace::open(test::kbDir(), e.data.path());
    REQUIRE(articles.ok());
    CHECK(articles.value()->loadProblems().isEmpty());
}

TEST_CASE("The editor's check puts a script's problems on its nodes", "[scripts][editor]") {
    Editor e;
    auto articles = KbWorkspace::open(test::kbDir(), e.data.path());
    REQUIRE(articles.ok());
    KbChecker checker(*articles.value());
    checker.setScripts(e.ws.get());
    CHECK(KbChecker::about(checker.check(), Problem::Scope::Script, kId).isEmpty());
    e.editor->setNodeField(kId, QStringLiteral("r-bilet"), NodeField::Article, QStringLiteral("net-takoy-stati"));
    e.editor->setAnswer(kId, QStringLiteral("q-zachem"), 0, QStringLiteral("Аварийное"), QStringLiteral("r-9"));
    const QList<Problem> problems = KbChecker::about(checker.check(), Problem::Scope::Script, kId);
    REQUIRE(problems.size() >= 3); // the unknown article, the missing target, r-avariynoe now unreachable
    QStringList nodes;
    for (const Problem& p : problems) {
        CHECK(p.severity == Problem::Severity::Error);
        CHECK(p.location.startsWith(QStringLiteral("scripts/vyrubka-derevev.json:")));
        nodes << p.node;
    }
    CHECK(nodes.contains(QStringLiteral("r-bilet")));
    CHECK(nodes.contains(QStringLiteral("q-zachem")));
    CHECK(nodes.contains(QStringLiteral("r-avariynoe")));
    CHECK(KbChecker::hasErrors(problems));
}

TEST_CASE("Publishing a script: a new page, another editor's save as a conflict, restore", "[scripts][editor]") {
    Editor e;
    test::FakeWiki wiki;
    ScriptPublishFlow flow(*e.ws, wiki.wiki);
    auto publish = [&] {
        return waitFor<FlowOutcome>(
            [&](QObject* ctx, auto done) { flow.publish(kId, QStringLiteral("правка"), ctx, done); });
    };
    e.editor->setField(kId, ScriptEditor::Field::Title, QStringLiteral("Вырубка: первая правка"));
    CHECK(waitFor<FlowOutcome>([&](QObject* ctx, auto done) {
              flow.publish(kId, QStringLiteral(" "), ctx, done);
          }).error->code == Error::Code::InvalidInput);
    const FlowOutcome first = publish();
    REQUIRE(first.ok());
    CHECK(first.version == 1);
    const QString title = kbsync::ScriptPage::title(kId);
    CHECK(ScriptPublishFlow::fileOf(wiki.text(title), kId) == e.ws->script(kId)->text());
    CHECK_FALSE(e.ws->script(kId)->modified());

    // Another editor saves version 2; this editor's next save, based on version 1, is a conflict.
    QString theirs = e.ws->script(kId)->text();
    theirs.replace(QStringLiteral("Вырубка: первая правка"), QStringLiteral("Версия другого редактора"));
    wiki.save(title, kbsync::ScriptPage::pageText(QStringLiteral("x"), theirs.toUtf8()));
    e.editor->setField(kId, ScriptEditor::Field::Title, QStringLiteral("Вырубка: вторая правка"));
    const FlowOutcome conflict = publish();
    REQUIRE(conflict.conflict.has_value());
    CHECK(conflict.conflict->server.version == 2);
    CHECK(wiki.version(title) == 2); // nothing overwritten
    bool shown = false;
    for (const DiffLine& l : conflict.conflict->diff)
        shown |= l.kind == DiffLine::Kind::Added && l.text.contains(QStringLiteral("Версия другого редактора"));
    CHECK(shown);

    // Restore: refused while there are unpublished changes, then version 1 comes back as version 3.
    CHECK_FALSE(waitFor<FlowOutcome>([&](QObject* ctx, auto done) {
                    flow.restore(kId, 1, 2, QStringLiteral("назад"), ctx, done);
                }).ok());
    // Take the other editor's script, as the conflict dialog's «take theirs» does.
    const auto serverDoc =
        scripts::ScriptFormat::parse(theirs.toUtf8(), QStringLiteral("scripts/vyrubka-derevev.json")).script;
    REQUIRE(serverDoc.has_value());
    e.editor->replaceScript(kId, *serverDoc, QStringLiteral("взять"));
    e.ws->rebase(kId, theirs, 2);
    REQUIRE_FALSE(e.ws->script(kId)->modified());
    const FlowOutcome restored = waitFor<FlowOutcome>(
        [&](QObject* ctx, auto done) { flow.restore(kId, 1, 2, QStringLiteral("назад"), ctx, done); });
    REQUIRE(restored.ok());
    CHECK(restored.version == 3);
    CHECK(e.doc().title == QStringLiteral("Вырубка: первая правка"));
    const auto history =
        waitFor<Result<QList<kbsync::WikiPage>>>([&](QObject* ctx, auto done) { flow.history(kId, ctx, done); });
    REQUIRE(history.ok());
    CHECK(history.value().size() == 3);
    CHECK(history.value().last().text.startsWith(QStringLiteral("{\n  \"id\": \"vyrubka-derevev\"")));
}

TEST_CASE("A workstation's sync lays a script page over the shipped file and skips a broken one", "[scripts][sync]") {
    test::FakeWiki wiki;
    QString edited = shippedFile();
    edited.replace(QStringLiteral("Вырубка деревьев: порубочный билет"), QStringLiteral("Вырубка деревьев (правка)"));
    wiki.save(kbsync::ScriptPage::title(kId), kbsync::ScriptPage::pageText(QStringLiteral("x"), edited.toUtf8()));
    wiki.save(kbsync::ScriptPage::title(QStringLiteral("kadastrovaya-stoimost")),
              QStringLiteral("# Сценарий\n\n```json\n{\"id\": \"kadastrovaya-stoimost\", \"nodes\": 1}\n```\n"));
    QTemporaryDir data;
    kbsync::WikiSync sync(wiki.wiki, test::kbDir(), data.path());
    const auto report = waitFor<kbsync::SyncReport>([&](QObject* ctx, auto done) { sync.run(ctx, std::move(done)); });
    REQUIRE_FALSE(report.error.has_value());
    CHECK(report.updated == QStringList{kbsync::ScriptPage::pageKey(kId)});
    REQUIRE(report.rejected.size() == 1);
    CHECK(report.rejected.first().file.contains(QStringLiteral("kadastrovaya-stoimost"), Qt::CaseInsensitive));
    const kb::KnowledgeBase::Loaded loaded = kb::KnowledgeBase::loadFromDir(report.kbDir);
    CHECK(loaded.issues.isEmpty());
    REQUIRE(loaded.kb.script(kId));
    CHECK(loaded.kb.script(kId)->title.startsWith(QStringLiteral("Вырубка деревьев (правка)")));
    REQUIRE(loaded.kb.script(QStringLiteral("kadastrovaya-stoimost")));
    CHECK(loaded.kb.script(QStringLiteral("kadastrovaya-stoimost"))->nodes.size() > 2); // the shipped one stays

    // The editor on that workstation starts from the synced page and knows its version.
    ScriptWorkspace ws(report.kbDir, data.path());
    REQUIRE(ws.script(kId));
    CHECK(ws.script(kId)->baseVersion == 1);
    CHECK_FALSE(ws.script(kId)->modified());
}
