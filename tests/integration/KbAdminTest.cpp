// The admin mode's publishing code path (models/kbedit: KbWorkspace, KbEditor, PublishFlow) against the real
// Redmine: a new article published and edited, a conflict between two editors shown with the difference, an
// old version restored, an operator refused, the categories and synonyms pages reaching an operator's
// workstation through WikiSync.

#include "ItSupport.h"
#include "kb/KbRepository.h"
#include "kbedit/KbEditor.h"
#include "kbedit/PublishFlow.h"
#include "kbsync/WikiSync.h"

#include <QUndoStack>
#include <QUuid>

using namespace hotline;
using namespace hotline::kbedit;
using kbsync::KbDataPage;
using kbsync::waitFor;

namespace {

QString uniqueId(const char* prefix) {
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

// One editor's admin mode on one workstation: its data directory, the workspace over the KB it has, the
// editor with its undo stacks and the publishing flow through that user's key.
struct AdminMode {
    it::Client net;
    kbsync::WikiPublisher wiki{net.client};
    QTemporaryDir data;
    SystemClock clock; // against a real Redmine: drafts timed as the app times them
    std::unique_ptr<KbWorkspace> ws;
    std::unique_ptr<KbEditor> editor;
    std::unique_ptr<PublishFlow> flow;

    explicit AdminMode(const QString& user, const QString& dataDir = {})
        : net(user) {
        reopen(dataDir);
    }
    void reopen(const QString& dataDir = {}) {
        flow.reset();
        editor.reset();
        ws.reset();
        const QString dir = dataDir.isEmpty() ? data.path() : dataDir;
        auto opened = KbWorkspace::open(kbsync::WikiSync::currentKbDir(test::kbDir(), dir), dir, clock);
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
        editor = std::make_unique<KbEditor>(*ws);
        flow = std::make_unique<PublishFlow>(*ws, wiki);
        flow->setApplyDocument(
            [this](const QString& id, const ArticleDocument& d, const QString&) { editor->resetDocument(id, d); });
    }
    // A new article with the sections of a shipped one.
    void create(const QString& id, const QString& title) {
        REQUIRE(editor->createArticle(id, title, QStringLiteral("granty"), QStringLiteral("2026-11-23")).ok());
        editor->setField(id, ArticleField::Body, ws->article(QStringLiteral("grant-agrostartap"))->doc.body);
        editor->setField(id, ArticleField::Agencies, QStringList{QStringLiteral("minselkhozprod")});
        editor->setField(id, ArticleField::Keywords, QStringList{QStringLiteral("тест")});
    }
    void append(const QString& id, const QString& line) {
        editor->setField(id, ArticleField::Body, ws->article(id)->doc.body + QLatin1Char('\n') + line);
    }
    FlowOutcome publish(const QString& id, const QString& comment = QStringLiteral("правка из режима редактора")) {
        return waitFor<FlowOutcome>([&](QObject* ctx, auto done) { flow->publishArticle(id, comment, ctx, done); });
    }
    FlowOutcome publishData(KbDataPage::Kind kind) {
        return waitFor<FlowOutcome>([&](QObject* ctx, auto done) {
            flow->publishData(kind, QStringLiteral("правка из режима редактора"), ctx, done);
        });
    }
    QString serverText(const QString& id) {
        auto p = waitFor<Result<kbsync::WikiPage>>([&](QObject* ctx, auto done) { wiki.page(id, 0, ctx, done); });
        REQUIRE(p.ok());
        return p.value().text;
    }
};

kbsync::SyncReport sync(kbsync::WikiSync& s) {
    return waitFor<kbsync::SyncReport>([&](QObject* ctx, auto done) { s.run(ctx, std::move(done)); });
}

} // namespace

TEST_CASE("Admin mode: a new article is published, then edited on top of its version", "[integration][kbadmin]") {
    AdminMode editor(QStringLiteral("EDITOR1"));
    const QString id = uniqueId("it-admin-");
    editor.create(id, QStringLiteral("Проверка режима редактора"));
    const FlowOutcome first = editor.publish(id);
    REQUIRE(first.ok());
    CHECK(first.version == 1);
    CHECK(editor.serverText(id) == editor.ws->article(id)->doc.toText());
    CHECK_FALSE(editor.ws->article(id)->modified());

    editor.append(id, QStringLiteral("- Вторая правка."));
    const FlowOutcome second = editor.publish(id, QStringLiteral("вторая правка"));
    REQUIRE(second.ok());
    CHECK(second.version == 2);
    CHECK(editor.serverText(id).endsWith(QStringLiteral("- Вторая правка.\n")));

    // After a restart, before any sync, the editor knows what it published.
    REQUIRE(editor.ws->saveDrafts().ok());
    editor.reopen();
    REQUIRE(editor.ws->article(id));
    CHECK(editor.ws->article(id)->baseVersion == 2);
    CHECK_FALSE(editor.ws->article(id)->modified());
}

TEST_CASE("Admin mode: two editors, the second sees the conflict with the difference, nothing overwritten",
          "[integration][kbadmin]") {
    AdminMode one(QStringLiteral("EDITOR1"));
    const QString id = uniqueId("it-admin-");
    one.create(id, QStringLiteral("Конфликт двух редакторов"));
    REQUIRE(one.publish(id).ok());

    // The second editor (the admin's key) on another workstation that synced the page.
    QTemporaryDir station;
    AdminMode two(QStringLiteral("ADMIN"), station.path());
    kbsync::WikiSync syncer(two.wiki, test::kbDir(), station.path());
    REQUIRE_FALSE(sync(syncer).error.has_value());
    two.reopen(station.path());
    REQUIRE(two.ws->article(id));
    CHECK(two.ws->article(id)->baseVersion == 1);

    one.append(id, QStringLiteral("- Строка первого редактора."));
    two.append(id, QStringLiteral("- Строка второго редактора."));
    REQUIRE(one.publish(id).ok());
    const QString firstText = one.serverText(id);
    const QString mine = two.ws->article(id)->doc.toText();

    const FlowOutcome conflict = two.publish(id);
    REQUIRE(conflict.error);
    CHECK(conflict.error->code == Error::Code::Conflict);
    REQUIRE(conflict.conflict);
    CHECK(conflict.conflict->server.version == 2);
    CHECK(conflict.conflict->server.text == firstText);
    QStringList onlyMine, onlyServer;
    for (const DiffLine& l : conflict.conflict->diff) {
        if (l.kind == DiffLine::Kind::Removed)
            onlyMine << l.text;
        else if (l.kind == DiffLine::Kind::Added)
            onlyServer << l.text;
    }
    CHECK(onlyMine == QStringList{QStringLiteral("- Строка второго редактора.")});
    CHECK(onlyServer == QStringList{QStringLiteral("- Строка первого редактора.")});
    CHECK(two.serverText(id) == firstText);           // nothing overwritten
    CHECK(two.ws->article(id)->doc.toText() == mine); // nothing lost

    // Keeping their text: based on version 2 now, the second editor's save goes through.
    two.ws->rebase(id, conflict.conflict->server.text, conflict.conflict->server.version);
    const FlowOutcome over = two.publish(id);
    REQUIRE(over.ok());
    CHECK(over.version == 3);
    CHECK(two.serverText(id) == mine);
}

TEST_CASE("Admin mode: the history lists the versions, an old one is restored and shown", "[integration][kbadmin]") {
    AdminMode editor(QStringLiteral("EDITOR1"));
    const QString id = uniqueId("it-admin-");
    editor.create(id, QStringLiteral("История и восстановление"));
    REQUIRE(editor.publish(id, QStringLiteral("первая")).ok());
    const QString v1 = editor.serverText(id);
    editor.append(id, QStringLiteral("- Ошибочная строка."));
    REQUIRE(editor.publish(id, QStringLiteral("вторая")).ok());

    const auto history =
        waitFor<Result<QList<kbsync::WikiPage>>>([&](QObject* ctx, auto done) { editor.flow->history(id, ctx, done); });
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 2);
    CHECK(history.value().at(0).version == 2);
    CHECK(history.value().at(0).comments == QStringLiteral("вторая"));
    CHECK(history.value().at(1).comments == QStringLiteral("первая"));
    CHECK_FALSE(history.value().at(1).author.isEmpty());
    CHECK(LineDiff::countChanged(LineDiff::compute(history.value().at(1).text, history.value().at(0).text)) == 1);

    const FlowOutcome restored = waitFor<FlowOutcome>([&](QObject* ctx, auto done) {
        editor.flow->restore(id, 1, 2, QStringLiteral("ошибочная строка"), ctx, done);
    });
    REQUIRE(restored.ok());
    CHECK(restored.version == 3);
    CHECK(editor.serverText(id) == v1);
    CHECK(editor.ws->article(id)->doc.toText() == v1);
    CHECK_FALSE(editor.ws->article(id)->modified());
    CHECK(editor.editor->articleStack(id)->count() == 0); // restoring is not an edit to undo
}

TEST_CASE("Admin mode: an operator's key cannot publish, the draft stays", "[integration][kbadmin]") {
    AdminMode op(QStringLiteral("OPERATOR1"));
    const QString id = uniqueId("it-admin-op-");
    op.create(id, QStringLiteral("Оператор не может публиковать"));
    const FlowOutcome out = op.publish(id);
    REQUIRE(out.error);
    CHECK(out.error->code == Error::Code::Forbidden);
    CHECK(op.ws->article(id)->modified());
    REQUIRE(op.ws->saveDrafts().ok());
    op.reopen();
    CHECK(op.ws->article(id)); // still there as a draft
    // And the shipped article: the server's page is never touched.
    op.append(QStringLiteral("grant-agrostartap"), QStringLiteral("- Попытка оператора."));
    const FlowOutcome shipped = op.publish(QStringLiteral("grant-agrostartap"));
    REQUIRE(shipped.error);
    CHECK(shipped.error->code == Error::Code::Forbidden);
}

TEST_CASE("Admin mode: categories and synonyms are published as wiki pages and reach a workstation",
          "[integration][kbadmin]") {
    AdminMode editor(QStringLiteral("EDITOR1"));
    const QString sub = uniqueId("it-cat-");
    const QString term = QStringLiteral("итсиноним") + QUuid::createUuid().toString(QUuid::Id128).left(6);
    REQUIRE(
        editor.editor->addCategory(QStringLiteral("podderzhka"), sub, QStringLiteral("Проверочная подкатегория")).ok());
    editor.editor->addSynonymGroup(term + QStringLiteral("; проверочный синоним"));
    const FlowOutcome cats = editor.publishData(KbDataPage::Kind::Categories);
    REQUIRE(cats.ok());
    const FlowOutcome syns = editor.publishData(KbDataPage::Kind::Synonyms);
    REQUIRE(syns.ok());
    // Plain Markdown on the wiki: a heading, a note and the file in a ```json block.
    const QString page = editor.serverText(QString::fromLatin1(KbDataPage::kCategoriesTitle));
    CHECK(page.startsWith(QStringLiteral("# ")));
    CHECK(page.contains(QStringLiteral("```json\n")));

    it::Client op(QStringLiteral("OPERATOR1"));
    kbsync::WikiPublisher opWiki(op.client);
    QTemporaryDir station;
    kbsync::WikiSync syncer(opWiki, test::kbDir(), station.path());
    const kbsync::SyncReport report = sync(syncer);
    REQUIRE_FALSE(report.error.has_value());
    CHECK(report.updated.contains(QStringLiteral("kb_categories")));
    CHECK(report.updated.contains(QStringLiteral("kb_synonyms")));
    {
        auto repo = kb::KbRepository::open(report.kbDir, kb::KbRepository::defaultIndexPath(station.path()));
        REQUIRE(repo.ok());
        CHECK(repo.value().issues.isEmpty());
        REQUIRE(repo.value().kb.category(sub));
        CHECK(repo.value().kb.category(sub)->parentId == QStringLiteral("podderzhka"));
        bool found = false;
        for (const QStringList& g : repo.value().kb.synonymGroups())
            found |= g.contains(term);
        CHECK(found);
    }

    // Back as shipped, so the shared wiki's other tests see the shipped tree; the workstation follows.
    REQUIRE(editor.editor->removeCategory(sub).ok());
    editor.editor->synonymsStack()->undo();
    for (const QStringList& g : editor.ws->synonyms().groups())
        CHECK_FALSE(g.contains(term));
    REQUIRE(editor.publishData(KbDataPage::Kind::Categories).ok());
    REQUIRE(editor.publishData(KbDataPage::Kind::Synonyms).ok());
    const kbsync::SyncReport again = sync(syncer);
    REQUIRE_FALSE(again.error.has_value());
    auto repo = kb::KbRepository::open(again.kbDir, kb::KbRepository::defaultIndexPath(station.path()));
    REQUIRE(repo.ok());
    CHECK_FALSE(repo.value().kb.category(sub));
}
