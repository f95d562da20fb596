#include "BaresipLink.h"

#include "BaresipProtocol.h"
#include "PhoneLog.h"

namespace hotline::phone {

BaresipLink::BaresipLink(QObject* parent)
    : Softphone(parent) {
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &BaresipLink::connectNow);
    connect(&m_socket, &QTcpSocket::connected, this, &BaresipLink::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &BaresipLink::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] { onLost(tr("The softphone closed the link.")); });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            onLost(m_socket.errorString());
    });
    m_problem = tr("No softphone is set up on this workstation.");
}

BaresipLink::~BaresipLink() {
    m_socket.disconnect(this);
    m_socket.abort();
}

Result<std::pair<QHostAddress, quint16>> BaresipLink::parseAddress(const QString& address) {
    const QString a = address.trimmed();
    const qsizetype colon = a.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? a.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? a.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port == 0 || port > 65535 || host.isEmpty())
        return Error{Error::Code::InvalidInput,
                     tr("The softphone control address «%1» is not valid: write it as 127.0.0.1:PORT.").arg(a)};
    QHostAddress ip = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
                          ? QHostAddress(QHostAddress::LocalHost)
                          : QHostAddress(host);
    if (ip.isNull() || !ip.isLoopback())
        return Error{Error::Code::InvalidInput,
                     tr("The softphone control address «%1» is refused: baresip's control port has no password and "
                        "must listen on this computer only (127.0.0.1 or ::1), never on a network address.")
                         .arg(a)};
    return std::pair{ip, quint16(port)};
}

Status BaresipLink::setAddress(const QString& address) {
    m_retry.stop();
    m_socket.abort();
    m_reader.clear();
    m_pending.clear();
    if (address.trimmed().isEmpty()) {
        setState(State::NotConfigured, tr("No softphone is set up on this workstation."));
        return Ok{};
    }
    const auto parsed = parseAddress(address);
    if (!parsed) {
        setState(State::NotConfigured, parsed.error().message);
        return parsed.error();
    }
    m_host = parsed.value().first;
    m_port = parsed.value().second;
    m_retryMs = firstRetryMs;
    setState(State::Connecting, tr("Connecting to the softphone…"));
    connectNow();
    return Ok{};
}

void BaresipLink::connectNow() {
    if (m_port == 0 || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    m_reader.clear();
    m_socket.connectToHost(m_host, m_port);
}

void BaresipLink::onConnected() {
    qCInfo(lcPhone) << "softphone link up on port" << m_port;
    m_retryMs = firstRetryMs;
    setState(State::Ready, {});
}

void BaresipLink::onLost(const QString& why) {
    if (m_port == 0)
        return;
    m_pending.clear();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort();
    if (m_state == State::Ready)
        qCWarning(lcPhone) << "softphone link lost:" << why;
    setState(State::Connecting, tr("The softphone does not answer on %1:%2 (%3). Is baresip running?")
                                    .arg(m_host.toString())
                                    .arg(m_port)
                                    .arg(why));
    if (!m_retry.isActive()) {
        m_retry.start(m_retryMs);
        m_retryMs = std::min(m_retryMs * 2, maxRetryMs);
    }
}

void BaresipLink::onReadyRead() {
    m_reader.append(m_socket.readAll());
    while (auto frame = m_reader.next()) {
        if (!frame->ok()) {
            qCWarning(lcPhone) << "softphone sent a malformed frame; reconnecting";
            return onLost(tr("malformed message"));
        }
        const auto message = parseBaresipMessage(frame->value());
        if (!message)
            continue;
        switch (message->kind) {
        case BaresipMessage::Kind::CallEvent:
            emit callEvent(message->call);
            break;
        case BaresipMessage::Kind::Response: {
            const QString what = m_pending.take(message->token);
            if (!message->ok && !what.isEmpty())
                emit commandFailed(tr("The softphone could not %1: %2").arg(what, message->data.trimmed()));
            break;
        }
        case BaresipMessage::Kind::OtherEvent:
            qCDebug(lcPhone) << "softphone event" << message->type;
            break;
        }
    }
}

void BaresipLink::send(const QString& command, const QString& params, const QString& what) {
    if (m_state != State::Ready) {
        emit commandFailed(tr("The softphone is not connected: %1").arg(m_problem));
        return;
    }
    const QString token = QString::number(m_nextToken++);
    m_pending.insert(token, what);
    m_socket.write(toNetstring(baresipCommand(command, params, token)));
}

void BaresipLink::answer() {
    send(QStringLiteral("accept"), {}, tr("answer the call"));
}

void BaresipLink::hangup() {
    send(QStringLiteral("hangup"), {}, tr("end the call"));
}

void BaresipLink::hold(bool on) {
    if (on)
        send(QStringLiteral("hold"), {}, tr("put the call on hold"));
    else
        send(QStringLiteral("resume"), {}, tr("resume the call"));
}

void BaresipLink::dial(const QString& target) {
    send(QStringLiteral("dial"), target, tr("call %1").arg(target));
}

void BaresipLink::setState(State state, const QString& problem) {
    const bool changed = state != m_state || problem != m_problem;
    m_state = state;
    m_problem = problem;
    if (changed)
        emit stateChanged(state);
}

} // namespace hotline::phone
