#pragma once

// A Softphone whose events a unit test emits by hand, recording the commands it gets. Only for unit tests of
// the desk's logic: the integration tests talk to a real baresip.

#include "phone/Softphone.h"

#include <QStringList>

namespace hotline::test {

class ScriptedSoftphone final : public phone::Softphone {
public:
    using Softphone::Softphone;
    State state() const override { return m_state; }
    QString problem() const override { return m_state == State::Ready ? QString() : QStringLiteral("not running"); }
    void answer() override { commands << QStringLiteral("accept"); }
    void hangup() override { commands << QStringLiteral("hangup"); }
    void hold(bool on) override { commands << (on ? QStringLiteral("hold") : QStringLiteral("resume")); }
    void dial(const QString& target) override { commands << QStringLiteral("dial ") + target; }

    void setState(State s) {
        m_state = s;
        emit stateChanged(s);
    }
    void send(phone::SoftphoneEvent::Type type, const QString& id, const QString& uri = {}, bool outgoing = false) {
        phone::SoftphoneEvent e;
        e.type = type;
        e.callId = id;
        e.peerUri = uri;
        e.outgoing = outgoing;
        emit callEvent(e);
    }

    QStringList commands;

private:
    State m_state = State::Ready;
};

} // namespace hotline::test
