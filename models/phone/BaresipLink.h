#pragma once

#include "Netstring.h"
#include "Softphone.h"
#include "domain/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace hotline::phone {

// The softphone baresip through its ctrl_tcp module: JSON in netstrings on a TCP port of this computer. The
// link connects, and reconnects by itself whenever baresip is not running or restarts; baresip's events
// become SoftphoneEvents. ctrl_tcp has no authentication, so only a loopback address is accepted: the
// control port must never be reachable from the network.
class BaresipLink final : public Softphone {
    Q_OBJECT
public:
    explicit BaresipLink(QObject* parent = nullptr);
    ~BaresipLink() override;

    // "127.0.0.1:4444", "[::1]:4444" or "localhost:4444". Anything not on this computer is refused with a
    // message for the administrator; an empty address means no softphone.
    static Result<std::pair<QHostAddress, quint16>> parseAddress(const QString& address);
    // Sets the address and starts connecting (an empty address: not configured).
    Status setAddress(const QString& address);

    State state() const override { return m_state; }
    QString problem() const override { return m_problem; }
    void answer() override;
    void hangup() override;
    void hold(bool on) override;
    void dial(const QString& target) override;

    // Reconnection delays: the first retry, doubling up to the last.
    static constexpr int firstRetryMs = 300;
    static constexpr int maxRetryMs = 5000;

private:
    void connectNow();
    void onConnected();
    void onLost(const QString& why);
    void onReadyRead();
    // `what`: the action in words, for the message when baresip refuses it.
    void send(const QString& command, const QString& params, const QString& what);
    void setState(State state, const QString& problem);

    QTcpSocket m_socket;
    QTimer m_retry;
    NetstringReader m_reader;
    QHostAddress m_host;
    quint16 m_port = 0;
    State m_state = State::NotConfigured;
    QString m_problem;
    int m_retryMs = firstRetryMs;
    quint64 m_nextToken = 1;
    QHash<QString, QString> m_pending; // token → the action in words, until baresip answers
};

} // namespace hotline::phone
