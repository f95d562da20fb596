#pragma once

#include "CallerNumber.h"
#include "Softphone.h"
#include "call/CallRecord.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <optional>

namespace hotline {
class Clock;
namespace call {
class CallSession;
}
} // namespace hotline

namespace hotline::phone {

// The operator's phone line on top of the call session. The softphone's events drive the session: a call
// rings (the earliest moment the workstation knows of it is what the 16:00 rule counts from), is answered
// (the handling time starts), held, ended by either side, or missed (it rang and nobody answered: a missed
// call record). The operator's keys go to the softphone while it has a call. Without a softphone (none set
// up, or not running) nothing here acts and the call panel works by hand as before.
class PhoneDesk : public QObject {
    Q_OBJECT
public:
    enum class Line {
        Idle,
        Ringing,   // a call rings at the workstation
        Dialing,   // the operator called back, the other side has not answered yet
        Connected, // talking (or on hold) through the softphone
    };

    // `softphone` may be null (no softphone on this workstation).
    PhoneDesk(Softphone* softphone, call::CallSession& session, const Clock& clock, QObject* parent = nullptr);

    Softphone* softphone() const { return m_softphone; }
    const call::CallSession& session() const { return m_session; }
    bool softphoneReady() const;
    Line line() const { return m_line; }
    // The number of the call ringing or connected now (see CallerNumber), and when it started ringing.
    CallerNumber currentNumber() const;
    QDateTime currentRangAt() const;
    // «Телефон: не подключён», «Телефон: готов», «Входящий: +7 916 …», ...
    QString statusText() const;
    // Why the softphone is not ready, for a tooltip.
    QString statusDetail() const;

    // How a call-back number is dialled: %1 is the number (+7XXXXXXXXXX); e.g. "%1" (the softphone's account
    // completes it) or "sip:%1@pbx.example.ru".
    void setDialFormat(const QString& format) { m_dialFormat = format; }

    // The operator's keys. Each returns true when the softphone took the action (the caller then does
    // nothing more), false when there is no softphone call to act on.
    bool answer();     // F5 while it rings
    bool hangup();     // F7: ends the softphone's call (a ringing one is refused and counts as missed)
    bool toggleHold(); // F6
    // Calls `number` back through the softphone (a missed call). Refused while a call is open.
    Status callBack(const QString& number);
    // Another softphone reported a call (hotline0150 --incoming-call NUMBER): the call starts now with
    // that number, unless a call is open already (then only the caller is shown).
    void takeExternalCall(const QString& number);

signals:
    void lineChanged(hotline::phone::PhoneDesk::Line line);
    void ringing(const QString& number, const QDateTime& at);
    // A caller is known: show their card (on ringing, on an external call).
    void callerIdentified(const QString& number);
    // A call rang and nobody answered: to be recorded (CallRecorder) and listed for call-back.
    void missed(const hotline::call::CallRecord& record);
    // Something the operator should read in the status bar (translated).
    void notice(const QString& message);
    void statusChanged();

private:
    struct PhoneCall {
        QString id;
        CallerNumber number;
        QDateTime rangAt; // incoming: ringing began here; outgoing: dialled
        bool outgoing = false;
        bool established = false;
    };

    void onEvent(const SoftphoneEvent& event);
    void onIncoming(const SoftphoneEvent& event);
    void onEstablished(PhoneCall& call);
    void onClosed(const PhoneCall& call, const QString& reason);
    void onSoftphoneState(Softphone::State state);
    PhoneCall* find(const QString& id);
    PhoneCall* current();
    void recordMissed(const PhoneCall& call);
    void setLine(Line line);

    Softphone* m_softphone;
    call::CallSession& m_session;
    const Clock& m_clock;
    QString m_dialFormat = QStringLiteral("%1");
    QList<PhoneCall> m_calls;           // ringing or connected on the softphone, in the order they came
    QString m_currentId;                // the one the session and the keys follow
    std::optional<PhoneCall> m_dialing; // a call-back before the softphone named it
    bool m_hangupRequested = false;
    Line m_line = Line::Idle;
    Softphone::State m_lastState = Softphone::State::NotConfigured;
};

} // namespace hotline::phone
