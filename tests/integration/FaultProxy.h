#pragma once

// A TLS-terminating HTTP proxy on loopback for fault injection: it presents the harness's server certificate,
// reads one request per connection, and forwards it to Redmine (or not), relaying the answer (or not).

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <functional>

namespace hotline::test {

class FaultProxy : public QTcpServer {
    Q_OBJECT
public:
    enum class Action {
        Pass,
        DropBeforeForward,    // the request never reaches Redmine; the connection is reset
        DropAfterForward,     // Redmine acts on it; the client sees the connection reset, no answer
        Error500,             // a 500 from the "gateway"; Redmine never sees the request
        Error500AfterForward, // Redmine acts on it; the client gets a 500 instead of the answer
        HoldAfterForward,     // Redmine acts on it; the answer is held back (the client times out)
    };
    struct Request {
        QByteArray method;
        QByteArray path;
    };

    // `tlsDir`: the harness's tls/ directory (server.pem, server.key, ca.pem); `upstreamPort`: Redmine's.
    FaultProxy(const QString& tlsDir, quint16 upstreamPort, QObject* parent = nullptr);
    bool start(); // listens on 127.0.0.1, any free port
    QString url() const;

    std::function<Action(const Request&)> decide;    // default: Pass
    std::function<void(const Request&)> onForwarded; // Redmine answered (before the answer is relayed or not)
    int holdMs = 4000;
    int postsSeen = 0;
    int postsForwarded = 0;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QSslCertificate m_cert;
    QSslKey m_key;
    QList<QSslCertificate> m_ca;
    quint16 m_upstreamPort;
};

} // namespace hotline::test
