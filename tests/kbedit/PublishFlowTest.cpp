// Publishing from the admin mode against an in-memory wiki: based on the right version, conflicts shown with
// the other text and nothing overwritten, history and restore, and the categories and synonyms pages reaching a
// workstation through WikiSync.

#include "kbedit/PublishFlow.h"

#include "CatchQt.h"
#include "FakeWiki.h"
#include "TestPaths.h"
#include "call/ManualClock.h"
#include "kb/KbRepository.h"
#include "kbedit/KbEditor.h"
#include "kbsync/WikiSync.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace hotline;
using namespace hotline::kbedit;
using kbsync::KbDataPage;
using kbsync::waitFor;

namespace {

const QString kAgro = QStringLiteral("grant-agrostartap");

struct Rig {
    test::FakeWiki wiki;
    QTemporaryDir data;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(12, 12), Qt::UTC)};
    std::unique_ptr<KbWorkspace> ws = std::move(KbWorkspace::open(test::kbDir(), data.path(), clock)).value();
    KbEditor editor{*ws};
    PublishFlow flow{*ws, wiki.wiki};

    Rig() {
        flow.setApplyDocument([this](const QString& id, const ArticleDocument& doc, const QString& why) {
            editor.replaceDocument(id, doc, why);
        });
    }
    FlowOutcome publish(const QString& id, const QString& comment = QStringLiteral("правка")) {
        return waitFor<FlowOutcome>([&](QObject* ctx, auto done) { flow.publishArticle(id, comment, ctx, done); });
    }
    FlowOutcome publishData(KbDataPage::Kind kind) {
        return waitFor<FlowOutcome>(
            [&](QObject* ctx, auto done) { flow.publishData(kind, QStringLiteral("правка"), ctx, done); });
    }
    RefreshOutcome refresh(const QString& id) {
        return waitFor<RefreshOutcome>([&](QObject* ctx, auto done) { flow.refreshArticle(id, ctx, done); });
    }
    void edit(const QString& id, const QString& appended) {
        editor.setField(id, ArticleField::Body, ws->article(id)->doc.body + appended);
    }
};

kbsync::SyncReport sync(kbsync::WikiSync& s) {
    return waitFor<kbsync::SyncReport>([&](QObject* ctx, auto done) { s.run(ctx, std::move(done)); });
}

} // namespace

TEST_CASE("A shipped article is published as a new page, then based on the version it got", "[kbedit][publish]") {
    Rig r;
    r.edit(kAgro, QStringLiteral("\nПервая правка."));
    const FlowOutcome first = r.publish(kAgro);
    REQUIRE(first.ok());
    CHECK(first.version == 1);
    CHECK(r.wiki.text(kAgro) == r.ws->article(kAgro)->doc.toText());
    CHECK_FALSE(r.ws->article(kAgro)->modified());
    CHECK(r.ws->article(kAgro)->baseVersion == 1);

    r.edit(kAgro, QStringLiteral("\nВторая правка."));
    const FlowOutcome second = r.publish(kAgro);
    REQUIRE(second.ok());
    CHECK(second.version == 2);
    CHECK(r.wiki.pages[kAgro].at(1).comments == QStringLiteral("правка"));

    SECTION("an empty comment is refused and nothing is sent") {
        r.edit(kAgro, QStringLiteral("\nТретья."));
        const int puts = r.wiki.puts();
        const FlowOutcome refused = r.publish(kAgro, QStringLiteral("   "));
        REQUIRE(refused.error);
        CHECK(refused.error->code == Error::Code::InvalidInput);
        CHECK(r.wiki.puts() == puts);
        CHECK(r.ws->article(kAgro)->modified());
    }
    SECTION("the base survives a restart before the workstation syncs") {
        REQUIRE(r.ws->saveDrafts().ok());
        auto again = std::move(KbWorkspace::open(test::kbDir(), r.data.path(), r.clock)).value();
        CHECK(again->article(kAgro)->baseVersion == 2);
        CHECK_FALSE(again->article(kAgro)->modified());
    }
}

TEST_CASE("A new article published here stays in the editor after a restart, before any sync", "[kbedit][publish]") {
    Rig r;
    REQUIRE(r.editor
                .createArticle(QStringLiteral("novaya-statya"), QStringLiteral("Новая статья"),
                               QStringLiteral("granty"), QStringLiteral("2026-11-23"))
                .ok());
    r.editor.setField(QStringLiteral("novaya-statya"), ArticleField::Body, r.ws->article(kAgro)->doc.body);
    r.editor.setField(QStringLiteral("novaya-statya"), ArticleField::Agencies,
                      QStringList{QStringLiteral("mininvest")});
    r.editor.setField(QStringLiteral("novaya-statya"), ArticleField::Keywords, QStringList{QStringLiteral("грант")});
    REQUIRE(r.publish(QStringLiteral("novaya-statya")).ok());
    REQUIRE(r.ws->saveDrafts().ok());
    auto again = std::move(KbWorkspace::open(test::kbDir(), r.data.path(), r.clock)).value();
    const ArticleEntry* e = again->article(QStringLiteral("novaya-statya"));
    REQUIRE(e);
    CHECK(e->baseVersion == 1);
    CHECK_FALSE(e->modified());
    CHECK_FALSE(e->isNew());
}

TEST_CASE("Another editor saved first: a conflict with the difference, nothing overwritten, nothing lost",
          "[kbedit][publish]") {
    Rig r;
    r.edit(kAgro, QStringLiteral("\nБаза."));
    REQUIRE(r.publish(kAgro).ok());
    const QString base = r.wiki.text(kAgro);
    QString theirs = base;
    theirs.replace(QStringLiteral("База."), QStringLiteral("База, исправленная другим редактором."));
    r.wiki.save(kAgro, theirs, QStringLiteral("Редактор Два"), QStringLiteral("уточнил"));

    r.edit(kAgro, QStringLiteral("\nМоя строка."));
    const QString mine = r.ws->article(kAgro)->doc.toText();
    const FlowOutcome out = r.publish(kAgro);
    REQUIRE(out.error);
    CHECK(out.error->code == Error::Code::Conflict);
    REQUIRE(out.conflict);
    CHECK(out.conflict->server.text == theirs);
    CHECK(out.conflict->server.author == QStringLiteral("Редактор Два"));
    CHECK(out.conflict->server.version == 2);
    CHECK(out.conflict->mine == mine);
    QStringList onlyMine, onlyServer;
    for (const DiffLine& l : out.conflict->diff) {
        if (l.kind == DiffLine::Kind::Removed)
            onlyMine << l.text;
        if (l.kind == DiffLine::Kind::Added)
            onlyServer << l.text;
    }
    CHECK(onlyMine == QStringList{QStringLiteral("База."), QStringLiteral("Моя строка.")});
    CHECK(onlyServer == QStringList{QStringLiteral("База, исправленная другим редактором.")});
    CHECK(r.wiki.text(kAgro) == theirs);               // nothing overwritten
    CHECK(r.ws->article(kAgro)->doc.toText() == mine); // nothing lost
    CHECK(r.ws->article(kAgro)->serverIsNewer());

    SECTION("keeping my text: based on the server's version, the next publish goes through") {
        r.ws->rebase(kAgro, out.conflict->server.text, out.conflict->server.version);
        REQUIRE(r.publish(kAgro).ok());
        CHECK(r.wiki.text(kAgro) == mine);
        CHECK(r.wiki.version(kAgro) == 3);
    }
    SECTION("taking the server's text is one undo step away from my text") {
        r.editor.replaceDocument(kAgro, ArticleDocument::fromText(theirs).value(), QStringLiteral("server"));
        r.ws->rebase(kAgro, theirs, 2);
        CHECK_FALSE(r.ws->article(kAgro)->modified());
        r.editor.articleStack(kAgro)->undo();
        CHECK(r.ws->article(kAgro)->doc.toText() == mine);
    }
}

TEST_CASE("Unknown base: the server's text decides between saving and a conflict", "[kbedit][publish]") {
    Rig r;
    const QString shipped = r.ws->article(kAgro)->baseText;
    SECTION("the page holds the shipped text (kb publish DIR): saved on top of its version") {
        r.wiki.save(kAgro, shipped, QStringLiteral("admin"), QStringLiteral("первая загрузка"));
        r.edit(kAgro, QStringLiteral("\nПравка."));
        const FlowOutcome out = r.publish(kAgro);
        REQUIRE(out.ok());
        CHECK(out.version == 2);
    }
    SECTION("the page holds another text: a conflict, the PUT is never sent") {
        r.wiki.save(kAgro, shipped + QStringLiteral("\nЧужая строка.\n"));
        r.edit(kAgro, QStringLiteral("\nПравка."));
        const int puts = r.wiki.puts();
        const FlowOutcome out = r.publish(kAgro);
        REQUIRE(out.conflict);
        CHECK(r.wiki.puts() == puts);
        CHECK(r.wiki.version(kAgro) == 1);
    }
    SECTION("opening the article learns the version; an untouched article takes a newer text") {
        r.wiki.save(kAgro, shipped);
        RefreshOutcome first = r.refresh(kAgro);
        CHECK(r.ws->article(kAgro)->baseVersion == 1);
        CHECK_FALSE(first.tookServerText);
        QString newer = shipped;
        newer.replace(QStringLiteral("\"updated\": \"2026-11-16\""), QStringLiteral("\"updated\": \"2026-11-24\""));
        r.wiki.save(kAgro, newer);
        const RefreshOutcome second = r.refresh(kAgro);
        CHECK(second.tookServerText);
        CHECK(r.ws->article(kAgro)->doc.updated == QStringLiteral("2026-11-24"));
        CHECK(r.ws->article(kAgro)->baseVersion == 2);
        CHECK_FALSE(r.ws->article(kAgro)->modified());
        // With a draft, a newer server text is not taken, only reported.
        r.edit(kAgro, QStringLiteral("\nМоё."));
        r.wiki.save(kAgro, newer + QStringLiteral("\nЕщё.\n"));
        const RefreshOutcome third = r.refresh(kAgro);
        CHECK(third.serverChangedUnderDraft);
        CHECK(r.ws->article(kAgro)->doc.body.endsWith(QStringLiteral("Моё.")));
    }
    SECTION("an operator's key: Redmine refuses, the draft stays") {
        r.wiki.forbidden = true;
        r.edit(kAgro, QStringLiteral("\nПравка."));
        const FlowOutcome out = r.publish(kAgro);
        REQUIRE(out.error);
        CHECK(out.error->code == Error::Code::Forbidden);
        CHECK(r.ws->article(kAgro)->modified());
    }
}

TEST_CASE("History lists the versions; restoring an old one publishes it again and shows it", "[kbedit][publish]") {
    Rig r;
    r.edit(kAgro, QStringLiteral("\nВерсия 1."));
    REQUIRE(r.publish(kAgro, QStringLiteral("первая")).ok());
    const QString v1 = r.wiki.text(kAgro);
    r.edit(kAgro, QStringLiteral("\nВерсия 2."));
    REQUIRE(r.publish(kAgro, QStringLiteral("вторая")).ok());

    const auto history =
        waitFor<Result<QList<kbsync::WikiPage>>>([&](QObject* ctx, auto done) { r.flow.history(kAgro, ctx, done); });
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 2);
    CHECK(history.value().at(0).comments == QStringLiteral("вторая"));
    CHECK(history.value().at(1).author == QStringLiteral("Редактор Один"));

    SECTION("restore") {
        const FlowOutcome out = waitFor<FlowOutcome>(
            [&](QObject* ctx, auto done) { r.flow.restore(kAgro, 1, 2, QStringLiteral("ошибка"), ctx, done); });
        REQUIRE(out.ok());
        CHECK(out.version == 3);
        CHECK(r.wiki.text(kAgro) == v1);
        CHECK(r.ws->article(kAgro)->doc.toText() == v1);
        CHECK_FALSE(r.ws->article(kAgro)->modified());
        CHECK(r.wiki.pages[kAgro].at(2).comments.contains(QStringLiteral("ошибка")));
    }
    SECTION("restore is refused while there are unpublished changes") {
        r.edit(kAgro, QStringLiteral("\nНе опубликовано."));
        const FlowOutcome out = waitFor<FlowOutcome>(
            [&](QObject* ctx, auto done) { r.flow.restore(kAgro, 1, 2, QStringLiteral("ошибка"), ctx, done); });
        REQUIRE(out.error);
        CHECK(r.wiki.version(kAgro) == 2);
        CHECK(r.ws->article(kAgro)->doc.body.endsWith(QStringLiteral("Не опубликовано.")));
    }
}

TEST_CASE("Categories and synonyms are published as pages and a workstation takes them in one sync",
          "[kbedit][publish][kbsync]") {
    Rig r;
    // A new subcategory under "Стройка", and "granty" moved there with its articles.
    REQUIRE(
        r.editor
            .addCategory(QStringLiteral("stroyka"), QStringLiteral("lizing-tekhniki"), QStringLiteral("Лизинг техники"))
            .ok());
    REQUIRE(r.editor.moveCategory(QStringLiteral("granty"), QStringLiteral("stroyka"), 0).ok());
    REQUIRE(r.editor.renameCategory(QStringLiteral("granty"), QStringLiteral("Гранты (вики)")).ok());
    const int group = r.editor.addSynonymGroup(
        QStringLiteral("гисп; государственная информационная система промышленности; спецтехника"));
    REQUIRE(group > 0);

    const FlowOutcome cats = r.publishData(KbDataPage::Kind::Categories);
    REQUIRE(cats.ok());
    const FlowOutcome syns = r.publishData(KbDataPage::Kind::Synonyms);
    REQUIRE(syns.ok());
    CHECK_FALSE(r.ws->categoriesModified());
    const QString page = r.wiki.text(QStringLiteral("kb_categories"));
    CHECK(page.startsWith(QStringLiteral("# Категории базы знаний\n")));
    CHECK(page.contains(QStringLiteral("```json\n{\n \"categories\": [\n")));
    CHECK(KbDataPage::jsonOf(KbDataPage::Kind::Categories, page).value() == r.ws->categories().toJson());

    // An operator's workstation.
    QTemporaryDir station;
    kbsync::WikiSync syncer(r.wiki.wiki, test::kbDir(), station.path());
    const kbsync::SyncReport report = sync(syncer);
    REQUIRE_FALSE(report.error.has_value());
    CHECK(report.updated.contains(QStringLiteral("kb_categories")));
    CHECK(report.updated.contains(QStringLiteral("kb_synonyms")));
    CHECK(report.rejected.isEmpty());
    auto repo = kb::KbRepository::open(report.kbDir, kb::KbRepository::defaultIndexPath(station.path()));
    REQUIRE(repo.ok());
    CHECK(repo.value().issues.isEmpty()); // the grant articles moved to articles/stroyka/ with their category
    CHECK(repo.value().kb.category(QStringLiteral("granty"))->parentId == QStringLiteral("stroyka"));
    CHECK(repo.value().kb.category(QStringLiteral("granty"))->title == QStringLiteral("Гранты (вики)"));
    CHECK(repo.value().kb.category(QStringLiteral("lizing-tekhniki")));
    CHECK(QFile::exists(report.kbDir + QStringLiteral("/articles/stroyka/grant-agrostartap.md")));
    CHECK(repo.value().kb.synonymGroups().contains(
        QStringList{QStringLiteral("гисп"), QStringLiteral("государственная информационная система промышленности"),
                    QStringLiteral("спецтехника")}));

    SECTION("a broken categories page is skipped with a report and the last good tree stays") {
        r.wiki.save(QStringLiteral("kb_categories"),
                    QStringLiteral("# Категории\n\n```json\n{\"categories\": [\n```\n"));
        const kbsync::SyncReport again = sync(syncer);
        REQUIRE(again.rejected.size() == 1);
        CHECK(again.rejected.first().file.contains(QStringLiteral("Kb_categories")));
        auto still = kb::KbRepository::open(again.kbDir, kb::KbRepository::defaultIndexPath(station.path()));
        REQUIRE(still.ok());
        CHECK(still.value().kb.category(QStringLiteral("lizing-tekhniki")));
    }
    SECTION("the editor's next change of the categories is based on the page's version") {
        REQUIRE(r.editor.renameCategory(QStringLiteral("lizing-tekhniki"), QStringLiteral("Лизинг спецтехники")).ok());
        r.wiki.save(QStringLiteral("kb_categories"), r.wiki.text(QStringLiteral("kb_categories")));
        const FlowOutcome conflict = r.publishData(KbDataPage::Kind::Categories);
        CHECK(conflict.conflict.has_value());
    }
}
