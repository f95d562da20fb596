#include "net/RedmineClient.h"

#include "CatchQt.h"
#include "FakeNetwork.h"
#include "net/Account.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>

using namespace hotline;
using namespace hotline::net;
using hotline::test::FakeNetwork;
using hotline::test::FakeResponse;

namespace {

RedmineReply getOnce(RedmineClient& client, const QString& path = QStringLiteral("/issues.json")) {
    return RedmineClient::wait([&](QObject* ctx, RedmineClient::Callback cb) { client.get(path, {}, ctx, cb); });
}

struct Fixture {
    FakeNetwork net;
    RedmineClient client{net};
    Fixture(int timeoutMs = 30000) {
        ServerConfig c;
        c.url = QUrl(QStringLiteral("https://redmine.example.ru/"));
        c.timeoutMs = timeoutMs;
        REQUIRE(client.configure(c).ok());
        client.setApiKey("secret-key-123");
    }
};

} // namespace

TEST_CASE("RedmineClient refuses plain http except on an allowed loopback", "[net]") {
    FakeNetwork net;
    RedmineClient client(net);
    ServerConfig c;
    c.url = QUrl(QStringLiteral("http://redmine.example.ru"));
    auto st = client.configure(c);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == Error::Code::InvalidInput);
    CHECK_FALSE(st.error().message.isEmpty());
    c.allowPlainHttpOnLoopback = true;
    CHECK_FALSE(client.configure(c).ok()); // not loopback
    c.url = QUrl(QStringLiteral("http://127.0.0.1:3000"));
    CHECK(client.configure(c).ok());
    c.allowPlainHttpOnLoopback = false;
    CHECK_FALSE(client.configure(c).ok());
    c.url = QUrl(QStringLiteral("ftp://redmine.example.ru"));
    CHECK_FALSE(client.configure(c).ok());
    c.url = QUrl(QStringLiteral("https://redmine.example.ru"));
    c.caFile = QStringLiteral("/nonexistent/ca.pem");
    auto ca = client.configure(c);
    REQUIRE_FALSE(ca.ok());
    CHECK(ca.error().code == Error::Code::Io);
    CHECK(net.requests.isEmpty());
}

TEST_CASE("RedmineClient sends the API key header, JSON and a timeout on every request", "[net]") {
    Fixture f(1234);
    f.net.handler = [](const auto&) { return FakeResponse::json(200, {{QStringLiteral("issues"), QJsonArray{}}}); };
    const RedmineReply r = getOnce(f.client);
    REQUIRE(r.ok());
    REQUIRE(f.net.requests.size() == 1);
    const QNetworkRequest& req = f.net.requests.first().request;
    CHECK(req.rawHeader("X-Redmine-API-Key") == QByteArray("secret-key-123"));
    CHECK(req.transferTimeout() == 1234);
    CHECK(req.url().toString() == QStringLiteral("https://redmine.example.ru/issues.json"));
    CHECK(req.sslConfiguration().peerVerifyMode() == QSslSocket::VerifyPeer);
}

TEST_CASE("RedmineClient maps HTTP status and Redmine error bodies to typed errors", "[net]") {
    struct Case {
        int status;
        QByteArray body;
        Error::Code code;
        bool mayHaveReached;
    };
    const Case cases[] = {
        {401, "", Error::Code::Unauthorized, false},
        {403, "", Error::Code::Forbidden, false},
        {404, "", Error::Code::NotFound, false},
        {409, "", Error::Code::Conflict, false},
        {422, R"({"errors":["ИНН имеет неверное значение","Тема не может быть пустой"]})", Error::Code::InvalidInput,
         false},
        {500, "<html>Internal error</html>", Error::Code::Server, true},
        {503, "", Error::Code::Server, true},
        {200, "<html>not json</html>", Error::Code::Parse, true},
    };
    for (const Case& c : cases) {
        Fixture f;
        f.net.handler = [&](const auto&) { return FakeResponse::http(c.status, c.body); };
        const RedmineReply r = getOnce(f.client);
        INFO("HTTP " << c.status);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error->code == c.code);
        CHECK(r.mayHaveReachedServer == c.mayHaveReached);
        CHECK_FALSE(r.error->message.isEmpty());
        CHECK_FALSE(r.error->message.contains(QStringLiteral("secret-key-123")));
        if (c.status == 422) {
            CHECK(r.serverErrors.size() == 2);
            CHECK(r.error->message.contains(QStringLiteral("ИНН имеет неверное значение")));
            CHECK(r.error->message.contains(QStringLiteral("Тема не может быть пустой")));
        }
    }
}

TEST_CASE("RedmineClient maps transport failures: refused, reset, TLS", "[net]") {
    {
        Fixture f;
        f.net.handler = [](const auto&) { return FakeResponse::transport(QNetworkReply::ConnectionRefusedError); };
        const RedmineReply r = getOnce(f.client);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error->code == Error::Code::Network);
        CHECK_FALSE(r.mayHaveReachedServer);
    }
    {
        Fixture f;
        f.net.handler = [](const auto&) { return FakeResponse::transport(QNetworkReply::RemoteHostClosedError); };
        const RedmineReply r = getOnce(f.client);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error->code == Error::Code::Network);
        CHECK(r.mayHaveReachedServer);
    }
    for (auto sslError :
         {QSslError::CertificateExpired, QSslError::HostNameMismatch, QSslError::UnableToGetLocalIssuerCertificate}) {
        Fixture f;
        f.net.handler = [sslError](const auto&) {
            FakeResponse r;
            r.sslErrors = {QSslError(sslError)};
            return r;
        };
        const RedmineReply r = getOnce(f.client);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error->code == Error::Code::Tls);
        CHECK_FALSE(r.mayHaveReachedServer);
        CHECK_FALSE(r.error->message.isEmpty());
    }
}

TEST_CASE("RedmineClient times out a request that never answers", "[net]") {
    // A real server that takes the request and never answers, and Qt's own network stack: the timeout is the
    // client's, not a fake's.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket*> held;
    QObject::connect(&silent, &QTcpServer::newConnection, [&] {
        while (QTcpSocket* s = silent.nextPendingConnection())
            held << s; // read nothing, answer nothing, keep it open
    });
    QNetworkAccessManager network;
    RedmineClient client(network);
    ServerConfig c;
    c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    c.allowPlainHttpOnLoopback = true;
    c.timeoutMs = 300;
    REQUIRE(client.configure(c).ok());
    client.setApiKey("secret-key-123");
    const RedmineReply r = getOnce(client);
    CHECK_FALSE(held.isEmpty()); // the request did reach the server
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->code == Error::Code::Timeout);
    CHECK(r.mayHaveReachedServer);
    // Said to whoever asked — the KB sync, the supervisor's sync, the login, the outbox: what happened, and nothing
    // about appeals (the outbox adds what becomes of its entry).
    CHECK(r.error->message == QStringLiteral("Сервер не ответил вовремя."));
}

TEST_CASE("RedmineClient without a key or a server refuses without touching the network", "[net]") {
    FakeNetwork net;
    RedmineClient client(net);
    RedmineReply r = getOnce(client);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->code == Error::Code::InvalidInput);
    ServerConfig c;
    c.url = QUrl(QStringLiteral("https://redmine.example.ru"));
    REQUIRE(client.configure(c).ok());
    r = getOnce(client);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->code == Error::Code::Unauthorized);
    CHECK(net.requests.isEmpty());
}

TEST_CASE("Login reads the API key with Basic auth and the modes from the roles", "[net]") {
    FakeNetwork net;
    RedmineClient client(net);
    ServerConfig c;
    c.url = QUrl(QStringLiteral("https://redmine.example.ru"));
    REQUIRE(client.configure(c).ok());
    net.handler = [](const test::FakeRequest& r) {
        if (r.path() == QLatin1String("/my/account.json")) {
            if (r.request.rawHeader("Authorization") != "Basic " + QByteArray("operator1:pw").toBase64())
                return FakeResponse::http(401);
            return FakeResponse::json(
                200, {{QStringLiteral("user"), QJsonObject{{QStringLiteral("api_key"), QStringLiteral("k123")}}}});
        }
        if (r.request.rawHeader("X-Redmine-API-Key") != "k123")
            return FakeResponse::http(401);
        QJsonArray roles{QJsonObject{{QStringLiteral("name"), QStringLiteral("Оператор 0150")}},
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Супервизор")}}};
        return FakeResponse::json(
            200, {{QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), 7},
                                                       {QStringLiteral("login"), QStringLiteral("operator1")},
                                                       {QStringLiteral("memberships"),
                                                        QJsonArray{QJsonObject{{QStringLiteral("roles"), roles}}}}}}});
    };
    auto run = [&](const QString& password) {
        std::optional<Result<AccountService::LoginResult>> out;
        QEventLoop loop;
        AccountService::login(client, QStringLiteral("operator1"), password, &loop, [&](auto r) {
            out = r;
            loop.quit();
        });
        loop.exec();
        return *out;
    };
    const auto bad = run(QStringLiteral("wrong"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == Error::Code::Unauthorized);
    const auto good = run(QStringLiteral("pw"));
    REQUIRE(good.ok());
    CHECK(good.value().apiKey == QByteArray("k123"));
    CHECK(good.value().account.login == QStringLiteral("operator1"));
    CHECK(good.value().account.modes.operatorMode);
    CHECK(good.value().account.modes.supervisor);
    CHECK_FALSE(good.value().account.modes.editor);
}
