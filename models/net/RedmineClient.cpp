#include "RedmineClient.h"

#include "NetLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <memory>

namespace hotline::net {

namespace {

bool isLoopback(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A request body Qt cannot rewind. QNetworkAccessManager silently re-sends a request whose connection closed
// before the answer came (meant for stale keep-alive connections); for a POST that Redmine already acted on,
// that is a duplicate nobody sees. With this body Qt reports ContentReSendError instead, and the outbox asks
// the server before sending again.
class OneShotBody : public QIODevice {
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data)) {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* out, qint64 max) override {
        const qint64 n = qMin(max, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

const char* verbName(int verb) {
    static const char* names[] = {"GET", "POST", "PUT"};
    return names[verb];
}

} // namespace

RedmineClient::RedmineClient(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network) {}

Status RedmineClient::checkUrl(const QUrl& url, bool allowPlainHttpOnLoopback) {
    if (!url.isValid() || url.host().isEmpty())
        return Error{Error::Code::InvalidInput,
                     tr("The server address is not valid. Enter it as https://redmine.example.ru")};
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return Ok{};
    if (scheme == QLatin1String("http")) {
        if (allowPlainHttpOnLoopback && isLoopback(url.host()))
            return Ok{};
        return Error{Error::Code::InvalidInput, tr("Plain http is not allowed: API keys and callers' data would "
                                                   "travel unencrypted. Use an https:// address.")};
    }
    return Error{Error::Code::InvalidInput, tr("The server address must start with https://")};
}

Status RedmineClient::configure(const ServerConfig& config) {
    if (auto st = checkUrl(config.url, config.allowPlainHttpOnLoopback); !st)
        return st;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!config.caFile.isEmpty()) {
        QFile file(config.caFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Io, tr("The CA certificate file %1 cannot be read.").arg(config.caFile)};
        const QByteArray data = file.readAll();
        QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
        if (certs.isEmpty())
            certs = QSslCertificate::fromData(data, QSsl::Der);
        if (certs.isEmpty())
            return Error{Error::Code::InvalidInput,
                         tr("The file %1 holds no certificate (PEM or DER expected).").arg(config.caFile)};
        ssl.addCaCertificates(certs);
    }
    m_config = config;
    QString path = m_config.url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_config.url.setPath(path);
    m_ssl = ssl;
    return Ok{};
}

void RedmineClient::get(const QString& path, const QUrlQuery& query, QObject* context, Callback callback) {
    send(Verb::Get, path, query, {}, {}, {}, context, std::move(callback));
}

void RedmineClient::post(const QString& path, const QJsonObject& body, QObject* context, Callback callback) {
    send(Verb::Post, path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, {}, context,
         std::move(callback));
}

void RedmineClient::put(const QString& path, const QJsonObject& body, QObject* context, Callback callback) {
    send(Verb::Put, path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, {}, context, std::move(callback));
}

void RedmineClient::getWithPassword(const QString& path, const QString& login, const QString& password,
                                    QObject* context, Callback callback) {
    const QByteArray basic = "Basic " + (login + QLatin1Char(':') + password).toUtf8().toBase64();
    send(Verb::Get, path, {}, {}, basic, {}, context, std::move(callback));
}

void RedmineClient::getWithApiKey(const QString& path, const QUrlQuery& query, const QByteArray& apiKey,
                                  QObject* context, Callback callback) {
    send(Verb::Get, path, query, {}, {}, apiKey, context, std::move(callback));
}

void RedmineClient::send(Verb verb, const QString& path, const QUrlQuery& query, const QByteArray& body,
                         const QByteArray& authorization, const QByteArray& apiKey, QObject* context,
                         Callback callback) {
    auto fail = [&](Error e) {
        RedmineReply r;
        r.error = std::move(e);
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, callback, r] {
                if (guard)
                    callback(r);
            },
            Qt::QueuedConnection);
    };
    if (!isConfigured())
        return fail({Error::Code::InvalidInput, tr("No server is configured. Log in first.")});
    const QByteArray key = apiKey.isEmpty() ? m_apiKey : apiKey;
    if (authorization.isEmpty() && key.isEmpty())
        return fail({Error::Code::Unauthorized, tr("Not logged in to the server. Log in first.")});
    // Re-checked here too: nothing leaves this class over plain http by accident.
    if (auto st = checkUrl(m_config.url, m_config.allowPlainHttpOnLoopback); !st)
        return fail(st.error());

    QUrl url = m_config.url;
    url.setPath(m_config.url.path() + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    else
        request.setRawHeader("X-Redmine-API-Key", key);

    QNetworkReply* reply = nullptr;
    if (verb == Verb::Get) {
        reply = m_network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* device = new OneShotBody(body, this);
        reply = verb == Verb::Post ? m_network.post(request, device) : m_network.put(request, device);
        device->setParent(reply);
    }
    auto sslErrors = std::make_shared<QList<QSslError>>();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // Only the path is logged: queries carry ИНН and the like.
    const QString loggedPath = path;
    const int v = static_cast<int>(verb);
    connect(reply, &QNetworkReply::sslErrors, reply,
            [sslErrors](const QList<QSslError>& errors) { *sslErrors = errors; });
    if (context)
        connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    // The context's destroyed() is emitted before its connections go: the guard, not the receiver, decides.
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this,
            [reply, sslErrors, timer, loggedPath, v, callback, guard, hasContext] {
                if (hasContext && !guard)
                    return;
                TransportOutcome o;
                o.networkError = reply->error();
                o.networkErrorText = reply->errorString();
                o.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                o.body = reply->isOpen() ? reply->readAll() : QByteArray();
                o.sslErrors = *sslErrors;
                const RedmineReply r = interpretReply(o);
                if (r.ok())
                    qCInfo(lcNet) << verbName(v) << loggedPath << o.httpStatus << timer->elapsed() << "ms";
                else
                    qCWarning(lcNet) << verbName(v) << loggedPath << "failed:" << o.httpStatus << o.networkError
                                     << static_cast<int>(r.error->code) << timer->elapsed() << "ms";
                callback(r);
            });
}

RedmineReply RedmineClient::wait(const std::function<void(QObject*, Callback)>& start) {
    QEventLoop loop;
    RedmineReply result;
    start(&loop, [&](const RedmineReply& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace hotline::net
