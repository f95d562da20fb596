// Logging in never moves the app's client (and the key it sends with every request) to an address the
// operator typed until that login succeeded and the new key is in the keychain.
#include "CatchQt.h"
#include "FakeKeyStore.h"
#include "FakeNetwork.h"
#include "FakeRedmine.h"
#include "LoginDialog.h"
#include "ServerSession.h"
#include "TestAppeals.h"
#include "TestPaths.h"
#include "domain/ReferenceData.h"
#include "net/RedmineClient.h"
#include "outbox/OutboxSender.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hotline;
using namespace hotline::test;

namespace {

const QUrl kGood(QStringLiteral("https://redmine.example.ru"));

QJsonObject user(const QString& apiKey) {
    return {{QStringLiteral("user"),
             QJsonObject{{QStringLiteral("id"), 7},
                         {QStringLiteral("login"), QStringLiteral("ivanov")},
                         {QStringLiteral("api_key"), apiKey},
                         {QStringLiteral("memberships"),
                          QJsonArray{QJsonObject{{QStringLiteral("roles"),
                                                  QJsonArray{QJsonObject{{QStringLiteral("name"),
                                                                          QStringLiteral("Оператор 0150")}}}}}}}}}};
}

// The workstation's server link as app/gui/main.cpp builds it, logged in to kGood with "old-key".
struct Rig {
    QTemporaryDir dir;
    FakeNetwork net;
    net::RedmineClient client{net};
    FakeKeyStore keys;
    FakeClock clock;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    domain::ReferenceData reference = domain::ReferenceData::load(kbDir() + QStringLiteral("/reference")).value();
    std::unique_ptr<outbox::OutboxStore> store =
        outbox::OutboxStore::open(dir.filePath(QStringLiteral("outbox.sqlite")), clock).value();
    outbox::OutboxSender sender{*store, client, reference, clock};
    ui::ServerSession session{settings, client, keys, sender};

    explicit Rig(bool connect = true) {
        net.handler = [](const FakeRequest& r) {
            const QString host = r.request.url().host();
            if (host == QLatin1String("redmine.example.ru") && r.path() == QLatin1String("/users/current.json"))
                return FakeResponse::json(200, user(QStringLiteral("old-key")));
            if (host == QLatin1String("new.example.ru") && r.path() == QLatin1String("/my/account.json"))
                return FakeResponse::json(200, user(QStringLiteral("new-key")));
            if (host == QLatin1String("new.example.ru") && r.path() == QLatin1String("/users/current.json"))
                return FakeResponse::json(200, user(QStringLiteral("new-key")));
            if (r.path() == QLatin1String("/my/account.json"))
                return FakeResponse::http(401);
            return FakeResponse::http(404);
        };
        settings.setServerUrl(kGood);
        keys.keys.insert(net::KeyStore::entryName(kGood), "old-key");
        if (connect)
            connectNow();
    }
    void connectNow() {
        session.resume();
        REQUIRE(QTest::qWaitFor([this] { return client.hasApiKey(); }, 5000));
        REQUIRE(client.config().url == kGood);
    }

    // Where a request of the app's client goes now, and with which key.
    std::pair<QString, QByteArray> probe() {
        const qsizetype before = net.requests.size();
        QObject context;
        client.get(QStringLiteral("/issues.json"), {}, &context, [](const net::RedmineReply&) {});
        REQUIRE(net.requests.size() == before + 1);
        const FakeRequest& r = net.requests.constLast();
        return {r.request.url().host(), r.request.rawHeader("X-Redmine-API-Key")};
    }
    // Requests that carried `key` to `host`.
    int sentKeyTo(const QString& host, const QByteArray& key) const {
        int n = 0;
        for (const FakeRequest& r : net.requests)
            n += r.request.url().host() == host && r.request.rawHeader("X-Redmine-API-Key") == key;
        return n;
    }
};

// Runs `drive` on the login dialog once ServerSession::login has opened it.
void whenDialogOpens(std::function<void(ui::LoginDialog&)> drive) {
    auto* timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, drive] {
        auto* dialog = qobject_cast<ui::LoginDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->deleteLater();
        timer->stop();
        drive(*dialog);
    });
    timer->start(10);
}

void fill(ui::LoginDialog& d, const QString& url) {
    d.findChild<QLineEdit*>(QStringLiteral("serverUrl"))->setText(url);
    d.findChild<QLineEdit*>(QStringLiteral("login"))->setText(QStringLiteral("ivanov"));
    d.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("secret"));
    d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST_CASE("a failed login to a mistyped server leaves the app's client and its key where they were", "[ui][login]") {
    Rig rig;
    bool refused = false;
    whenDialogOpens([&](ui::LoginDialog& d) {
        fill(d, QStringLiteral("https://redmine.exmaple.ru"));
        refused = QTest::qWaitFor([&] { return !d.errorText().isEmpty(); }, 5000);
        d.reject(); // the operator gives up
    });
    rig.session.login(nullptr);
    REQUIRE(refused);

    // The KB sync and the outbox sender still reach the server the key belongs to, with that key.
    const auto [host, key] = rig.probe();
    CHECK(host == QStringLiteral("redmine.example.ru"));
    CHECK(key == QByteArray("old-key"));
    CHECK(rig.sentKeyTo(QStringLiteral("redmine.exmaple.ru"), "old-key") == 0);
    CHECK(rig.settings.serverUrl() == kGood);
}

TEST_CASE("a successful login switches the app's client only once the new key is stored", "[ui][login]") {
    Rig rig;
    rig.keys.holdStores = true;
    QString clientHostWhileStoring;
    QByteArray clientKeyWhileStoring;
    rig.keys.onStore = [&](const QUrl&, const QByteArray&) {
        clientHostWhileStoring = rig.client.config().url.host();
        clientKeyWhileStoring = rig.probe().second;
    };
    bool stored = false;
    whenDialogOpens([&](ui::LoginDialog& d) {
        fill(d, QStringLiteral("new.example.ru"));
        // No REQUIRE in here: an exception must not cross Qt's event loop.
        if (!QTest::qWaitFor([&] { return !rig.keys.heldStores.isEmpty(); }, 5000))
            return d.reject();
        // Stored only now: until here the app's client stays on the old server with the old key.
        CHECK(rig.client.config().url == kGood);
        stored = true;
        rig.keys.heldStores.takeFirst()();
    });
    rig.session.login(nullptr);
    REQUIRE(stored);
    CHECK(clientHostWhileStoring == QStringLiteral("redmine.example.ru"));
    CHECK(clientKeyWhileStoring == QByteArray("old-key"));
    REQUIRE(QTest::qWaitFor([&] { return rig.client.config().url.host() == QLatin1String("new.example.ru"); }, 5000));
    const auto [host, key] = rig.probe();
    CHECK(host == QStringLiteral("new.example.ru"));
    CHECK(key == QByteArray("new-key"));
    CHECK(rig.sentKeyTo(QStringLiteral("new.example.ru"), "old-key") == 0);
    CHECK(rig.keys.keys.value(net::KeyStore::entryName(QUrl(QStringLiteral("https://new.example.ru")))) == "new-key");
}

TEST_CASE("a key the server no longer accepts stops sending, says so, and the next login resumes", "[ui][login]") {
    Rig rig(false);
    FakeRedmine redmine(rig.net);
    const auto inner = rig.net.handler;
    rig.net.handler = [inner](const FakeRequest& r) {
        const QByteArray key = r.request.rawHeader("X-Redmine-API-Key");
        if (r.path() == QLatin1String("/my/account.json"))
            return FakeResponse::json(200, user(QStringLiteral("new-key")));
        if (r.path() == QLatin1String("/users/current.json"))
            return FakeResponse::json(200, user(QString::fromLatin1(key)));
        if (key == "old-key") // revoked by the administrator
            return FakeResponse::http(401);
        return inner(r);
    };
    const domain::Appeal appeal = makeAppeal(domain::AppealKind::Complex);
    const qint64 id = rig.store->enqueue(appeal).value();
    QSignalSpy lost(&rig.sender, &outbox::OutboxSender::authorizationLost);
    rig.connectNow();
    REQUIRE(lost.wait(5000));
    CHECK(rig.session.stateText() == QStringLiteral("Ключ доступа больше не действует — войдите заново"));
    CHECK(rig.store->entry(id)->state == outbox::OutboxEntry::State::Pending);
    CHECK(redmine.posts == 0);

    whenDialogOpens([&](ui::LoginDialog& d) { fill(d, kGood.toString()); });
    rig.session.login(nullptr);
    REQUIRE(QTest::qWaitFor([&] { return rig.store->entry(id)->state == outbox::OutboxEntry::State::Sent; }, 5000));
    CHECK(redmine.countWithUuid(appeal.clientId.toString(QUuid::WithoutBraces)) == 1);
    CHECK(rig.keys.keys.value(net::KeyStore::entryName(kGood)) == "new-key");
    CHECK(rig.session.stateText() != QStringLiteral("Ключ доступа больше не действует — войдите заново"));
}
