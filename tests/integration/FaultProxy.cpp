#include "FaultProxy.h"

#include <QFile>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace hotline::test {

namespace {

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kError500 = "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\nContent-Length: "
                             "22\r\nConnection: close\r\n\r\n<h1>proxy: error</h1>\n";

// Returns the full request (headers with "Connection: close", body) once `buffer` holds all of it.
bool takeRequest(QByteArray& buffer, QByteArray& request, FaultProxy::Request& info) {
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    qsizetype length = 0;
    QByteArray head = lines.first().trimmed() + "\r\n";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
        if (name == "content-length")
            length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        if (name == "connection" || name == "keep-alive")
            continue;
        head += line + "\r\n";
    }
    if (buffer.size() < end + 4 + length)
        return false;
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    info.method = first.value(0);
    info.path = first.value(1);
    request = head + "Connection: close\r\n\r\n" + buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return true;
}

} // namespace

FaultProxy::FaultProxy(const QString& tlsDir, quint16 upstreamPort, QObject* parent)
    : QTcpServer(parent)
    , m_cert(readFile(tlsDir + QStringLiteral("/server.pem")), QSsl::Pem)
    , m_key(readFile(tlsDir + QStringLiteral("/server.key")), QSsl::Ec, QSsl::Pem)
    , m_ca(QSslCertificate::fromData(readFile(tlsDir + QStringLiteral("/ca.pem"))))
    , m_upstreamPort(upstreamPort) {}

bool FaultProxy::start() {
    return !m_cert.isNull() && !m_key.isNull() && listen(QHostAddress::LocalHost, 0);
}

QString FaultProxy::url() const {
    return QStringLiteral("https://127.0.0.1:%1").arg(serverPort());
}

void FaultProxy::incomingConnection(qintptr socketDescriptor) {
    auto* client = new QSslSocket(this);
    if (!client->setSocketDescriptor(socketDescriptor)) {
        delete client;
        return;
    }
    client->setLocalCertificate(m_cert);
    client->setPrivateKey(m_key);
    connect(client, &QSslSocket::disconnected, client, &QObject::deleteLater);
    connect(client, &QSslSocket::errorOccurred, client, [client] { client->deleteLater(); });
    auto buffer = std::make_shared<QByteArray>();
    auto started = std::make_shared<bool>(false);
    connect(client, &QSslSocket::readyRead, this, [this, client, buffer, started] {
        buffer->append(client->readAll());
        QByteArray request;
        Request info;
        if (*started || !takeRequest(*buffer, request, info))
            return;
        *started = true;
        if (info.method == "POST")
            ++postsSeen;
        const Action action = decide ? decide(info) : Action::Pass;
        if (action == Action::DropBeforeForward) {
            client->abort();
            return;
        }
        if (action == Action::Error500) {
            client->write(kError500);
            client->disconnectFromHost();
            return;
        }
        if (info.method == "POST")
            ++postsForwarded;
        QPointer<QSslSocket> to(client);
        auto* upstream = new QSslSocket(this);
        QSslConfiguration conf = upstream->sslConfiguration();
        conf.setCaCertificates(m_ca);
        upstream->setSslConfiguration(conf);
        auto answer = std::make_shared<QByteArray>();
        connect(upstream, &QSslSocket::encrypted, upstream, [upstream, request] { upstream->write(request); });
        connect(upstream, &QSslSocket::readyRead, upstream,
                [upstream, answer] { answer->append(upstream->readAll()); });
        connect(upstream, &QSslSocket::disconnected, this, [this, upstream, answer, to, action, info] {
            answer->append(upstream->readAll());
            upstream->deleteLater();
            if (onForwarded)
                onForwarded(info);
            if (!to)
                return;
            switch (action) {
            case Action::Pass:
                to->write(*answer);
                to->disconnectFromHost();
                break;
            case Action::Error500AfterForward:
                to->write(kError500);
                to->disconnectFromHost();
                break;
            case Action::HoldAfterForward:
                QTimer::singleShot(holdMs, to, [to] {
                    if (to)
                        to->abort();
                });
                break;
            default:
                to->abort();
                break;
            }
        });
        upstream->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_upstreamPort);
    });
    client->startServerEncryption();
}

} // namespace hotline::test
