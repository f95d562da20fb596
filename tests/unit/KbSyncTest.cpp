// Publishing and syncing the knowledge base against an in-memory wiki (FakeNetwork): what a workstation
// ends up with, what is fetched, what is refused.

#include "../net/FakeNetwork.h"
#include "CatchQt.h"
#include "TestPaths.h"
#include "kb/KbRepository.h"
#include "kbsync/WikiSync.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace hotline;
using namespace hotline::kbsync;
using test::FakeRequest;
using test::FakeResponse;

namespace {

QString shippedText(const QString& file) {
    QFile f(test::kbDir() + QStringLiteral("/articles/") + file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

QString retitled(QString text, const QString& id, const QString& title) {
    text.replace(QRegularExpression(QStringLiteral("\"id\": \"[^\"]*\"")), QStringLiteral("\"id\": \"%1\"").arg(id));
    text.replace(QRegularExpression(QStringLiteral("\"title\": \"[^\"]*\"")),
                 QStringLiteral("\"title\": \"%1\"").arg(title));
    return text;
}

// The wiki of kb0150 as Redmine 5 answers it: titles with an upper-case first letter, 409 on a stale version.
struct FakeWiki {
    struct Page {
        QString text;
        int version = 1;
    };
    QMap<QString, Page> pages; // by lower-case id
    bool offline = false;
    int forbiddenPuts = 0;
    test::FakeNetwork network;
    net::RedmineClient client{network};
    WikiPublisher wiki{client};

    FakeWiki() {
        net::ServerConfig c;
        c.url = QUrl(QStringLiteral("https://127.0.0.1:3443"));
        REQUIRE(client.configure(c).ok());
        client.setApiKey("key");
        network.handler = [this](const FakeRequest& r) { return answer(r); };
    }
    static QString title(const QString& id) { return id.left(1).toUpper() + id.mid(1); }
    int pageGets() const {
        int n = 0;
        for (const FakeRequest& r : network.requests)
            n += r.method() == QLatin1String("GET") && !r.path().endsWith(QLatin1String("/index.json"));
        return n;
    }
    FakeResponse answer(const FakeRequest& r) {
        if (offline)
            return FakeResponse::transport(QNetworkReply::ConnectionRefusedError);
        const QString prefix = QStringLiteral("/projects/kb0150/wiki/");
        QString rest = r.path().mid(prefix.size());
        rest.chop(5); // .json
        if (rest == QLatin1String("index")) {
            QJsonArray list{
                QJsonObject{{QStringLiteral("title"), QStringLiteral("Wiki")}, {QStringLiteral("version"), 1}}};
            for (auto it = pages.begin(); it != pages.end(); ++it)
                list.append(QJsonObject{{QStringLiteral("title"), title(it.key())},
                                        {QStringLiteral("version"), it->version},
                                        {QStringLiteral("updated_on"), QStringLiteral("2026-11-23T10:00:00Z")}});
            return FakeResponse::json(200, {{QStringLiteral("wiki_pages"), list}});
        }
        const QString id = rest.toLower();
        if (r.method() == QLatin1String("PUT")) {
            if (forbiddenPuts > 0)
                return FakeResponse::http(403);
            const QJsonObject p = QJsonDocument::fromJson(r.body).object().value(QLatin1String("wiki_page")).toObject();
            const int base = p.value(QLatin1String("version")).toInt();
            if (pages.contains(id) && base != pages[id].version)
                return FakeResponse::http(409);
            pages[id] = {p.value(QLatin1String("text")).toString(),
                         pages.value(id).version + (pages.contains(id) ? 1 : 0)};
            return FakeResponse::http(204);
        }
        if (!pages.contains(id))
            return FakeResponse::http(404);
        return FakeResponse::json(
            200, {{QStringLiteral("wiki_page"), QJsonObject{{QStringLiteral("title"), title(id)},
                                                            {QStringLiteral("text"), pages[id].text},
                                                            {QStringLiteral("version"), pages[id].version}}}});
    }
    SyncReport sync(WikiSync& s) {
        return waitFor<SyncReport>([&](QObject* ctx, auto done) { s.run(ctx, std::move(done)); });
    }
    PublishOutcome publish(const QString& id, const QString& text, int base,
                           const QString& comment = QStringLiteral("c")) {
        return waitFor<PublishOutcome>(
            [&](QObject* ctx, auto done) { wiki.publish(id, text, comment, base, ctx, std::move(done)); });
    }
};

} // namespace

TEST_CASE("Sync lays wiki articles over the shipped base and fetches only what changed", "[kbsync]") {
    FakeWiki w;
    QTemporaryDir data;
    const QString agro = shippedText(QStringLiteral("podderzhka/grant-agrostartap.md"));
    w.pages.insert(
        QStringLiteral("grant-agrostartap"),
        {retitled(agro, QStringLiteral("grant-agrostartap"), QStringLiteral("Гранты фермерам (из вики)")), 3});
    w.pages.insert(QStringLiteral("grant-novyy"),
                   {retitled(agro, QStringLiteral("grant-novyy"), QStringLiteral("Новый грант")), 1});
    w.pages.insert(QStringLiteral("plokhaya-stranitsa"), {QStringLiteral("просто текст"), 1});
    WikiSync s(w.wiki, test::kbDir(), data.path());
    const QString indexPath = kb::KbRepository::defaultIndexPath(data.path());
    const int shippedCount = int(kb::KnowledgeBase::loadFromDir(test::kbDir()).kb.articles().size());

    const SyncReport first = w.sync(s);
    REQUIRE_FALSE(first.error.has_value());
    CHECK(first.changed);
    CHECK(first.updated.size() == 2);
    REQUIRE(first.rejected.size() == 1);
    CHECK(first.rejected.first().file == QStringLiteral("wiki:Plokhaya-stranitsa"));
    {
        auto repo = kb::KbRepository::open(first.kbDir, indexPath);
        REQUIRE(repo.ok());
        CHECK(repo.value().issues.isEmpty());
        CHECK(repo.value().kb.articles().size() == shippedCount + 1);
        CHECK(repo.value().kb.article(QStringLiteral("grant-agrostartap"))->title ==
              QStringLiteral("Гранты фермерам (из вики)"));
        CHECK(repo.value().index->search(QStringLiteral("новый грант"), {}, 3).first().id ==
              QStringLiteral("grant-novyy"));
    }

    SECTION("nothing changed: only the bad page is fetched again") {
        const int before = w.pageGets();
        const SyncReport again = w.sync(s);
        CHECK(again.updated.isEmpty());
        CHECK_FALSE(again.changed);
        CHECK(w.pageGets() - before == 1);
    }
    SECTION("a page gone from the wiki: the shipped article is back") {
        w.pages.remove(QStringLiteral("grant-agrostartap"));
        const SyncReport again = w.sync(s);
        CHECK(again.removed == QStringList{QStringLiteral("grant-agrostartap")});
        auto repo = kb::KbRepository::open(again.kbDir, indexPath);
        REQUIRE(repo.ok());
        CHECK(repo.value().kb.article(QStringLiteral("grant-agrostartap"))->title !=
              QStringLiteral("Гранты фермерам (из вики)"));
    }
    SECTION("a good page turned bad: the last good text stays") {
        w.pages[QStringLiteral("grant-novyy")] = {QStringLiteral("```json\n{}\n```\n"), 2};
        const SyncReport again = w.sync(s);
        CHECK(again.rejected.size() == 2);
        auto repo = kb::KbRepository::open(again.kbDir, indexPath);
        REQUIRE(repo.ok());
        CHECK(repo.value().kb.article(QStringLiteral("grant-novyy")));
    }
    SECTION("offline: the workstation keeps what it has") {
        w.offline = true;
        const SyncReport again = w.sync(s);
        REQUIRE(again.error.has_value());
        CHECK(again.kbDir == s.workstationKbDir());
        auto repo = kb::KbRepository::open(again.kbDir, indexPath);
        REQUIRE(repo.ok());
        CHECK(repo.value().kb.article(QStringLiteral("grant-novyy")));
    }
}

TEST_CASE("Offline before any sync, the shipped kb_data is the knowledge base", "[kbsync]") {
    FakeWiki w;
    w.offline = true;
    QTemporaryDir data;
    WikiSync s(w.wiki, test::kbDir(), data.path());
    CHECK(s.currentKbDir() == test::kbDir());
    const SyncReport r = w.sync(s);
    REQUIRE(r.error.has_value());
    CHECK(r.error->code == Error::Code::Network);
    CHECK(r.kbDir == test::kbDir());
}

TEST_CASE("Publishing: base version, conflict with the other text, required comment, refusals", "[kbsync]") {
    FakeWiki w;
    const QString text = shippedText(QStringLiteral("podderzhka/grant-agrostartap.md"));
    const QString id = QStringLiteral("grant-agrostartap");
    REQUIRE(w.publish(id, text, 0).ok());
    const QString other = retitled(text, id, QStringLiteral("Другой редактор"));
    REQUIRE(w.publish(id, other, 1).version == 2);

    const PublishOutcome stale = w.publish(id, retitled(text, id, QStringLiteral("Моя правка")), 1);
    REQUIRE(stale.conflict());
    const QString& message = stale.error->message;
    CHECK((message.contains(QStringLiteral("Another editor changed the article")) ||
           message.contains(QStringLiteral("Статью изменил другой редактор"))));
    REQUIRE(stale.current);
    CHECK(stale.current->text == other);
    CHECK(w.pages[id].text == other);

    const qsizetype sent = w.network.requests.size();
    CHECK(w.publish(id, text, 2, QStringLiteral(" ")).error->code == Error::Code::InvalidInput);
    CHECK(w.publish(QStringLiteral("drugoy-id"), text, 0).error->code == Error::Code::InvalidInput);
    CHECK(w.network.requests.size() == sent); // refused before anything was sent

    w.forbiddenPuts = 1;
    CHECK(w.publish(id, text, 2).error->code == Error::Code::Forbidden);
}
