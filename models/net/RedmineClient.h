#pragma once

#include "RedmineErrors.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;

namespace hotline::net {

struct ServerConfig {
    QUrl url;       // https://redmine.example.ru (a path prefix is kept: https://host/redmine)
    QString caFile; // optional extra CA certificates (PEM), added to the system ones
    // Plain http is refused; a test may allow it for a loopback address only.
    bool allowPlainHttpOnLoopback = false;
    int timeoutMs = 30000; // every request: no bytes for this long → Timeout
};

// The one gateway to Redmine's REST API. It uses the injected QNetworkAccessManager, speaks HTTPS only,
// verifies TLS (an extra CA file may be added, errors are never ignored), sets a timeout on every request
// and turns every failure into a typed error (RedmineErrors.h).
class RedmineClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const RedmineReply&)>;

    explicit RedmineClient(QNetworkAccessManager& network, QObject* parent = nullptr);

    // Checks the address (https, or http on loopback when allowed) and loads the CA file.
    Status configure(const ServerConfig& config);
    bool isConfigured() const { return m_config.url.isValid() && !m_config.url.isEmpty(); }
    const ServerConfig& config() const { return m_config; }

    void setApiKey(const QByteArray& key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    QNetworkAccessManager& network() const { return m_network; }

    // Requests; `path` is relative to the server (e.g. "/issues.json"). The callback runs once, unless
    // `context` is destroyed first (then the request is aborted and the callback dropped).
    void get(const QString& path, const QUrlQuery& query, QObject* context, Callback callback);
    void post(const QString& path, const QJsonObject& body, QObject* context, Callback callback);
    void put(const QString& path, const QJsonObject& body, QObject* context, Callback callback);
    // GET with HTTP Basic auth instead of the API key (login: the key is read from /my/account.json).
    void getWithPassword(const QString& path, const QString& login, const QString& password, QObject* context,
                         Callback callback);
    // GET with the given key instead of the client's own (login: the roles of a key not stored yet).
    void getWithApiKey(const QString& path, const QUrlQuery& query, const QByteArray& apiKey, QObject* context,
                       Callback callback);

    // Waits for one request in a local event loop: for the command-line tool and tests only.
    static RedmineReply wait(const std::function<void(QObject* context, Callback)>& start);

    static Status checkUrl(const QUrl& url, bool allowPlainHttpOnLoopback);

private:
    enum class Verb { Get, Post, Put };
    // `authorization`: an Authorization header instead of the key; `apiKey`: a key instead of the client's own.
    void send(Verb verb, const QString& path, const QUrlQuery& query, const QByteArray& body,
              const QByteArray& authorization, const QByteArray& apiKey, QObject* context, Callback callback);

    QNetworkAccessManager& m_network;
    ServerConfig m_config;
    QSslConfiguration m_ssl;
    QByteArray m_apiKey;
};

} // namespace hotline::net
