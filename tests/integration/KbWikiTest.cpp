// The knowledge base published through the Redmine wiki: publishing, a conflict between two editors,
// history and restore, an operator's workstation syncing, a bad page skipped, an operator refused.

#include "ItSupport.h"
#include "kb/KbRepository.h"
#include "kbsync/WikiSync.h"

#include <QFile>
#include <QUuid>

using namespace hotline;
using namespace hotline::kbsync;

namespace {

// A valid article with a fresh id (every test works on its own pages of the shared wiki).
struct TestArticle {
    QString id = QStringLiteral("it-wiki-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    QString text(const QString& title = QStringLiteral("Гранты фермерам: «Агростартап»")) const {
        QFile f(test::kbDir() + QStringLiteral("/articles/podderzhka/grant-agrostartap.md"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QString t = QString::fromUtf8(f.readAll());
        t.replace(QStringLiteral("\"id\": \"grant-agrostartap\""), QStringLiteral("\"id\": \"%1\"").arg(id));
        t.replace(QRegularExpression(QStringLiteral("\"title\": \"[^\"]*\"")),
                  QStringLiteral("\"title\": \"%1\"").arg(title));
        return t;
    }
};

PublishOutcome publish(WikiPublisher& wiki, const QString& id, const QString& text, int base,
                       const QString& comment = QStringLiteral("тест")) {
    return waitFor<PublishOutcome>(
        [&](QObject* ctx, auto done) { wiki.publish(id, text, comment, base, ctx, std::move(done)); });
}

WikiPage current(WikiPublisher& wiki, const QString& id) {
    auto p = waitFor<Result<WikiPage>>([&](QObject* ctx, auto done) { wiki.page(id, 0, ctx, std::move(done)); });
    REQUIRE(p.ok());
    return p.value();
}

SyncReport sync(WikiSync& s) {
    return waitFor<SyncReport>([&](QObject* ctx, auto done) { s.run(ctx, std::move(done)); });
}

} // namespace

TEST_CASE("An editor publishes an article as a wiki page, the text kept unchanged", "[integration][kbwiki]") {
    it::Client editor(QStringLiteral("EDITOR1"));
    WikiPublisher wiki(editor.client);
    const TestArticle a;
    const PublishOutcome out = publish(wiki, a.id, a.text(), 0);
    REQUIRE(out.ok());
    CHECK(out.version == 1);
    const WikiPage page = current(wiki, a.id);
    CHECK(page.text == a.text());
    CHECK(page.comments == QStringLiteral("тест"));
    CHECK(WikiPublisher::articleIdOf(page.title) == a.id);

    SECTION("an empty comment is refused before anything is sent") {
        const PublishOutcome refused = publish(wiki, a.id, a.text(QStringLiteral("Другое")), 1, QStringLiteral("  "));
        CHECK(refused.error->code == Error::Code::InvalidInput);
        CHECK(current(wiki, a.id).version == 1);
    }
    SECTION("an invalid article is refused before anything is sent") {
        const PublishOutcome refused = publish(wiki, a.id, QStringLiteral("# no metadata"), 1);
        CHECK(refused.error->code == Error::Code::InvalidInput);
        CHECK(current(wiki, a.id).version == 1);
    }
}

TEST_CASE("Two editors: the second save is a conflict with the other text, nothing is overwritten",
          "[integration][kbwiki]") {
    it::Client editor(QStringLiteral("EDITOR1"));
    it::Client admin(QStringLiteral("ADMIN"));
    WikiPublisher wikiEditor(editor.client);
    WikiPublisher wikiAdmin(admin.client);
    const TestArticle a;
    REQUIRE(publish(wikiEditor, a.id, a.text(), 0).ok());

    // Both start from version 1; the admin saves first.
    const QString adminText = a.text(QStringLiteral("Версия администратора"));
    const PublishOutcome first = publish(wikiAdmin, a.id, adminText, 1);
    REQUIRE(first.ok());
    CHECK(first.version == 2);

    const PublishOutcome second = publish(wikiEditor, a.id, a.text(QStringLiteral("Версия редактора")), 1);
    REQUIRE(second.conflict());
    REQUIRE(second.current.has_value());
    CHECK(second.current->text == adminText);
    CHECK(second.current->version == 2);
    const WikiPage now = current(wikiEditor, a.id);
    CHECK(now.version == 2);
    CHECK(now.text == adminText);

    // Based on the version the server has now, the editor's save goes through.
    CHECK(publish(wikiEditor, a.id, a.text(QStringLiteral("Версия редактора")), 2).ok());
}

TEST_CASE("History lists every version, an old version is restored as a new one", "[integration][kbwiki]") {
    it::Client editor(QStringLiteral("EDITOR1"));
    WikiPublisher wiki(editor.client);
    const TestArticle a;
    REQUIRE(publish(wiki, a.id, a.text(QStringLiteral("Первая")), 0, QStringLiteral("первая")).ok());
    REQUIRE(publish(wiki, a.id, a.text(QStringLiteral("Вторая")), 1, QStringLiteral("вторая")).ok());

    const auto history =
        waitFor<Result<QList<WikiPage>>>([&](QObject* ctx, auto done) { wiki.history(a.id, ctx, std::move(done)); });
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 2);
    CHECK(history.value().at(0).version == 2);
    CHECK(history.value().at(0).comments == QStringLiteral("вторая"));
    CHECK(history.value().at(1).version == 1);
    CHECK(history.value().at(1).text == a.text(QStringLiteral("Первая")));

    const PublishOutcome restored = waitFor<PublishOutcome>([&](QObject* ctx, auto done) {
        wiki.restore(a.id, 1, 2, QStringLiteral("ошибка во второй"), ctx, std::move(done));
    });
    REQUIRE(restored.ok());
    CHECK(restored.version == 3);
    const WikiPage now = current(wiki, a.id);
    CHECK(now.text == a.text(QStringLiteral("Первая")));
    CHECK(now.comments.contains(QStringLiteral("ошибка во второй")));
}

TEST_CASE("An operator's key cannot publish: Redmine refuses", "[integration][kbwiki]") {
    it::Client op(QStringLiteral("OPERATOR1"));
    WikiPublisher wiki(op.client);
    const TestArticle a;
    const PublishOutcome out = publish(wiki, a.id, a.text(), 0);
    REQUIRE_FALSE(out.ok());
    CHECK(out.error->code == Error::Code::Forbidden);
}

TEST_CASE("An operator's workstation picks up a change in one sync, a bad page is skipped with a report",
          "[integration][kbwiki]") {
    it::Client editor(QStringLiteral("EDITOR1"));
    it::Client op(QStringLiteral("OPERATOR1"));
    WikiPublisher wikiEditor(editor.client);
    WikiPublisher wikiOp(op.client);
    QTemporaryDir data;
    WikiSync syncer(wikiOp, test::kbDir(), data.path());
    const QString indexPath = kb::KbRepository::defaultIndexPath(data.path());
    const TestArticle a;
    REQUIRE(publish(wikiEditor, a.id, a.text(QStringLiteral("Грант фермерам: до правки")), 0).ok());

    SyncReport first = sync(syncer);
    REQUIRE_FALSE(first.error.has_value());
    CHECK(first.updated.contains(a.id));
    CHECK(first.kbDir == syncer.workstationKbDir());
    {
        auto repo = kb::KbRepository::open(first.kbDir, indexPath);
        REQUIRE(repo.ok());
        REQUIRE(repo.value().kb.article(a.id));
        CHECK(repo.value().kb.article(a.id)->title == QStringLiteral("Грант фермерам: до правки"));
    }

    SECTION("a changed page arrives in one sync and is searchable") {
        REQUIRE(publish(wikiEditor, a.id, a.text(QStringLiteral("Грант фермерам: после правки")), 1).ok());
        const SyncReport second = sync(syncer);
        REQUIRE_FALSE(second.error.has_value());
        CHECK(second.updated == QStringList{a.id});
        CHECK(second.changed);
        auto repo = kb::KbRepository::open(second.kbDir, indexPath);
        REQUIRE(repo.ok());
        CHECK(repo.value().rebuilt);
        CHECK(repo.value().kb.article(a.id)->title == QStringLiteral("Грант фермерам: после правки"));

        const SyncReport third = sync(syncer); // nothing new: nothing fetched
        CHECK(third.updated.isEmpty());
    }
    SECTION("a malformed page is reported and skipped; search keeps working") {
        const QString bad = QStringLiteral("it-bad-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        const auto put = net::RedmineClient::wait([&](QObject* ctx, auto cb) {
            editor.client.put(
                QStringLiteral("/projects/kb0150/wiki/%1.json").arg(bad),
                QJsonObject{{QStringLiteral("wiki_page"),
                             QJsonObject{{QStringLiteral("text"), QStringLiteral("```json\n{oops\n```\n")},
                                         {QStringLiteral("comments"), QStringLiteral("broken")}}}},
                ctx, cb);
        });
        REQUIRE(put.ok());
        // The good page is edited at the same time: it still comes through.
        REQUIRE(publish(wikiEditor, a.id, a.text(QStringLiteral("Грант фермерам: после правки")), 1).ok());
        const SyncReport second = sync(syncer);
        REQUIRE_FALSE(second.error.has_value());
        CHECK(second.updated == QStringList{a.id});
        bool reported = false;
        for (const kb::KbIssue& issue : second.rejected)
            reported |= issue.file.compare(QStringLiteral("wiki:") + bad, Qt::CaseInsensitive) == 0;
        CHECK(reported);
        auto repo = kb::KbRepository::open(second.kbDir, indexPath);
        REQUIRE(repo.ok());
        CHECK(repo.value().issues.isEmpty());
        CHECK_FALSE(repo.value().kb.article(bad));
        CHECK(repo.value().index->search(QStringLiteral("агростартап"), {}, 5).size() > 0);
    }
    SECTION("offline, the workstation keeps the base it has") {
        it::Client away(QStringLiteral("OPERATOR1"), QStringLiteral("https://127.0.0.1:9"));
        WikiPublisher wikiAway(away.client);
        WikiSync offline(wikiAway, test::kbDir(), data.path());
        const SyncReport r = sync(offline);
        REQUIRE(r.error.has_value());
        CHECK(r.kbDir == syncer.workstationKbDir());
        auto repo = kb::KbRepository::open(r.kbDir, indexPath);
        REQUIRE(repo.ok());
        CHECK(repo.value().kb.article(a.id));
    }
}
