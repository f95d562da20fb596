#include "SingleInstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QUrl>
#include <unistd.h>

namespace hotline::app {

SingleInstance::SingleInstance(QString socketPath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(socketPath)) {
    // Only this user may connect: the requests carry callers' numbers.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

SingleInstance::~SingleInstance() {
    m_server.close();
}

QString SingleInstance::defaultSocketPath() {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return QDir(dir).filePath(QStringLiteral("hotline0150-%1.socket").arg(::getuid()));
}

bool SingleInstance::sendToRunning(const QJsonObject& message, int timeoutMs) const {
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance says it took it; a dying one does not.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

Status SingleInstance::listen() {
    if (m_server.listen(m_path))
        return Ok{};
    if (m_server.serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered on it (sendToRunning failed first): a crashed instance left it behind.
        QLocalServer::removeServer(m_path);
        if (m_server.listen(m_path))
            return Ok{};
    }
    return Error{
        Error::Code::Io,
        tr("Another start of the workstation cannot reach this one (%1): %2").arg(m_path, m_server.errorString())};
}

void SingleInstance::onConnection() {
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > 64 * 1024)
                    socket->abort();
                return;
            }
            const QJsonObject message = QJsonDocument::fromJson(socket->readLine()).object();
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            if (!message.isEmpty())
                emit messageReceived(message);
        });
    }
}

QString incomingCallFromArguments(const QStringList& arguments) {
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--incoming-call") && i + 1 < arguments.size())
            return arguments.at(i + 1).trimmed();
        if (a.startsWith(QLatin1String("--incoming-call=")))
            return a.mid(16).trimmed();
        if (a.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
            // tel:+7-916-123-45-67;phone-context=... : the number before any parameter.
            return QUrl::fromPercentEncoding(a.mid(4).section(QLatin1Char(';'), 0, 0).toUtf8()).trimmed();
        }
    }
    return {};
}

} // namespace hotline::app
