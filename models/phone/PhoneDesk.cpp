#include "PhoneDesk.h"

#include "PhoneLog.h"
#include "call/CallSession.h"
#include "call/Clock.h"

#include <QUuid>

namespace hotline::phone {

using call::CallSession;

PhoneDesk::PhoneDesk(Softphone* softphone, CallSession& session, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_softphone(softphone)
    , m_session(session)
    , m_clock(clock) {
    if (m_softphone) {
        m_lastState = m_softphone->state();
        connect(m_softphone, &Softphone::callEvent, this, &PhoneDesk::onEvent);
        connect(m_softphone, &Softphone::stateChanged, this, &PhoneDesk::onSoftphoneState);
        connect(m_softphone, &Softphone::commandFailed, this, &PhoneDesk::notice);
    }
}

bool PhoneDesk::softphoneReady() const {
    return m_softphone && m_softphone->state() == Softphone::State::Ready;
}

PhoneDesk::PhoneCall* PhoneDesk::find(const QString& id) {
    for (PhoneCall& c : m_calls) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

PhoneDesk::PhoneCall* PhoneDesk::current() {
    return m_currentId.isEmpty() ? nullptr : find(m_currentId);
}

CallerNumber PhoneDesk::currentNumber() const {
    if (m_line == Line::Dialing && m_dialing)
        return m_dialing->number;
    for (const PhoneCall& c : m_calls) {
        if (c.id == m_currentId)
            return c.number;
    }
    return {};
}

QDateTime PhoneDesk::currentRangAt() const {
    for (const PhoneCall& c : m_calls) {
        if (c.id == m_currentId)
            return c.rangAt;
    }
    return {};
}

QString PhoneDesk::statusText() const {
    if (!softphoneReady() && m_line == Line::Idle)
        return tr("Phone: not connected");
    const QString number =
        currentNumber().number.isEmpty() ? tr("number hidden") : displayPhone(currentNumber().number);
    switch (m_line) {
    case Line::Ringing:
        return tr("Incoming: %1").arg(number);
    case Line::Dialing:
        return tr("Calling: %1").arg(number);
    case Line::Connected:
        return tr("On the line: %1").arg(number);
    case Line::Idle:
        break;
    }
    return tr("Phone: ready");
}

QString PhoneDesk::statusDetail() const {
    return m_softphone ? m_softphone->problem() : tr("No softphone is set up on this workstation.");
}

bool PhoneDesk::answer() {
    if (m_line != Line::Ringing || !softphoneReady())
        return false;
    m_softphone->answer();
    return true;
}

bool PhoneDesk::hangup() {
    if (m_line == Line::Idle || !softphoneReady())
        return false;
    m_hangupRequested = true;
    m_softphone->hangup();
    // The timer stops at the key press; the softphone's "closed" follows.
    if (m_line == Line::Connected && m_session.isRunning())
        m_session.end();
    return true;
}

bool PhoneDesk::toggleHold() {
    if (m_line != Line::Connected || !softphoneReady() || !m_session.isRunning())
        return false;
    const bool on = m_session.state() != CallSession::State::OnHold;
    m_softphone->hold(on);
    if (on)
        m_session.hold();
    else
        m_session.resume();
    return true;
}

Status PhoneDesk::callBack(const QString& number) {
    if (!softphoneReady())
        return Error{Error::Code::Unavailable, tr("The softphone is not connected: call the number from the phone.")};
    if (m_line != Line::Idle || m_session.isRunning())
        return Error{Error::Code::Conflict, tr("Finish the current call first.")};
    PhoneCall call;
    call.number = callerNumberFrom(number);
    if (call.number.number.isEmpty())
        return Error{Error::Code::InvalidInput, tr("There is no number to call back.")};
    call.outgoing = true;
    call.rangAt = m_clock.now();
    m_dialing = call;
    m_hangupRequested = false;
    m_softphone->dial(QString(m_dialFormat).replace(QStringLiteral("%1"), call.number.number));
    setLine(Line::Dialing);
    return Ok{};
}

void PhoneDesk::takeExternalCall(const QString& number) {
    const CallerNumber caller = callerNumberFrom(number);
    if (m_session.state() == CallSession::State::Idle) {
        m_session.startConnected(m_clock.now(), caller.number);
    } else if (m_session.isRunning() && m_session.callerNumber().isEmpty()) {
        m_session.setCallerNumber(caller.number);
    } else if (m_session.state() == CallSession::State::Ended) {
        emit notice(tr("A call from %1 came in while the previous call is not filed: file or discard it, then start "
                       "the call (F5).")
                        .arg(caller.number.isEmpty() ? tr("a hidden number") : displayPhone(caller.number)));
    }
    if (!caller.number.isEmpty())
        emit callerIdentified(caller.number);
}

void PhoneDesk::onEvent(const SoftphoneEvent& event) {
    if (event.type == SoftphoneEvent::Type::Incoming && !event.outgoing)
        return onIncoming(event);
    PhoneCall* call = find(event.callId);
    if (!call && event.outgoing && m_dialing) {
        // The call-back the operator placed: the softphone names it with its first event.
        m_dialing->id = event.callId;
        m_calls.append(*m_dialing);
        m_dialing.reset();
        m_currentId = event.callId;
        call = &m_calls.last();
    }
    if (!call)
        return; // a call the softphone had before this link (or a second line): not this desk's
    switch (event.type) {
    case SoftphoneEvent::Type::Established:
        return onEstablished(*call);
    case SoftphoneEvent::Type::Closed: {
        const PhoneCall closed = *call;
        m_calls.removeIf([&](const PhoneCall& c) { return c.id == closed.id; });
        return onClosed(closed, event.reason);
    }
    case SoftphoneEvent::Type::Incoming:
    case SoftphoneEvent::Type::Ringing:
        break;
    }
}

void PhoneDesk::onIncoming(const SoftphoneEvent& event) {
    if (find(event.callId))
        return;
    PhoneCall call;
    call.id = event.callId;
    call.number = callerNumberFrom(event.peerUri, event.peerName);
    call.rangAt = m_clock.now();
    m_calls.append(call);
    qCInfo(lcPhone) << "incoming call" << event.callId;
    if (!m_currentId.isEmpty() || m_line != Line::Idle)
        return; // a second call while one is open: it counts as missed unless answered on the phone
    m_currentId = call.id;
    m_hangupRequested = false;
    setLine(Line::Ringing);
    emit ringing(call.number.number, call.rangAt);
    if (!call.number.number.isEmpty())
        emit callerIdentified(call.number.number);
}

void PhoneDesk::onEstablished(PhoneCall& call) {
    if (call.established)
        return;
    call.established = true;
    if (m_currentId.isEmpty() || m_currentId != call.id) {
        if (m_line == Line::Connected)
            return; // answered on the phone beside the one being handled: not this desk's
        m_currentId = call.id;
    }
    switch (m_session.state()) {
    case CallSession::State::Ended:
        // Answered on the headset while the previous call waits to be filed: that call is kept as a call
        // without an appeal (the form keeps what was typed).
        m_session.discard(call::CallResult::Consulted);
        emit notice(tr("The previous call was not filed: it is recorded as a call without an appeal. The appeal "
                       "form keeps what was typed."));
        [[fallthrough]];
    case CallSession::State::Idle:
        m_session.startConnected(call.rangAt, call.number.number, call.outgoing);
        break;
    case CallSession::State::Active:
    case CallSession::State::OnHold:
        // The operator started the call by hand before picking up: it is the same call.
        if (m_session.callerNumber().isEmpty())
            m_session.setCallerNumber(call.number.number);
        break;
    }
    setLine(Line::Connected);
}

void PhoneDesk::onClosed(const PhoneCall& call, const QString& reason) {
    const bool wasCurrent = call.id == m_currentId;
    if (!call.established && !call.outgoing)
        recordMissed(call);
    if (wasCurrent) {
        if (call.established && m_session.isRunning()) {
            m_session.end();
            if (!m_hangupRequested)
                emit notice(tr("The caller hung up. The call is kept for filing."));
        } else if (call.outgoing && !call.established) {
            emit notice(tr("No answer from %1%2.")
                            .arg(displayPhone(call.number.number),
                                 reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason)));
        }
        m_currentId.clear();
        m_hangupRequested = false;
        // Another call still ringing becomes the one the keys follow.
        for (const PhoneCall& other : std::as_const(m_calls)) {
            if (!other.established && !other.outgoing) {
                m_currentId = other.id;
                setLine(Line::Ringing);
                emit ringing(other.number.number, other.rangAt);
                if (!other.number.number.isEmpty())
                    emit callerIdentified(other.number.number);
                return;
            }
        }
        setLine(Line::Idle);
    }
}

void PhoneDesk::recordMissed(const PhoneCall& call) {
    const QDateTime now = m_clock.now();
    call::CallRecord r;
    r.id = QUuid::createUuid();
    r.start = call.rangAt;
    r.end = now;
    r.ringStart = call.rangAt;
    r.ringSeconds = static_cast<int>(std::max<qint64>(0, call.rangAt.secsTo(now)));
    r.callerNumber = call.number.number;
    r.operatorLogin = m_session.operatorLogin();
    r.outcome = call::CallRecord::Outcome::Discarded;
    r.result = call::CallResult::Missed;
    qCInfo(lcPhone) << "missed call, rang" << r.ringSeconds << "s";
    emit missed(r);
}

void PhoneDesk::onSoftphoneState(Softphone::State state) {
    const Softphone::State previous = m_lastState;
    m_lastState = state;
    if (state != Softphone::State::Ready && previous == Softphone::State::Ready) {
        // The softphone went away (killed, restarted): its calls are gone with it.
        const QList<PhoneCall> lost = m_calls;
        const bool talking = m_line == Line::Connected && m_session.isRunning();
        m_calls.clear();
        m_dialing.reset();
        m_currentId.clear();
        for (const PhoneCall& c : lost) {
            if (!c.established && !c.outgoing)
                recordMissed(c);
        }
        if (talking) {
            m_session.end();
            emit notice(tr("The softphone stopped during the call. The call is kept for filing; the phone "
                           "reconnects by itself."));
        } else if (!lost.isEmpty()) {
            emit notice(tr("The softphone stopped while a call was ringing: it is listed as missed."));
        }
        setLine(Line::Idle);
    }
    emit statusChanged();
}

void PhoneDesk::setLine(Line line) {
    const bool changed = line != m_line;
    m_line = line;
    if (changed)
        emit lineChanged(line);
    emit statusChanged();
}

} // namespace hotline::phone
