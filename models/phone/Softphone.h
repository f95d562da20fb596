#pragma once

#include <QObject>
#include <QString>

namespace hotline::phone {

// One thing that happened to a call on the softphone.
struct SoftphoneEvent {
    enum class Type {
        Incoming,    // a call rings at the workstation
        Ringing,     // a call the operator placed rings at the other end
        Established, // answered (on either side)
        Closed,      // hung up by either side, refused, cancelled by the caller, failed
    };
    Type type = Type::Incoming;
    QString callId; // the softphone's id of the call (the SIP Call-ID)
    bool outgoing = false;
    QString peerUri;  // sip:+79161234567@pbx.example.ru
    QString peerName; // the display name the other side sent
    QString reason;   // why it closed, as the softphone said it
};

// The operator's softphone as the workstation controls it: answer, hang up, hold, call back. Events come as
// signals; commands are asynchronous and a refusal comes back through commandFailed.
class Softphone : public QObject {
    Q_OBJECT
public:
    enum class State {
        NotConfigured, // no softphone set up on this workstation
        Connecting,    // set up, but not reachable now (not running, restarting): the link keeps trying
        Ready,
    };
    using QObject::QObject;

    virtual State state() const = 0;
    // Why it is not ready (shown as a tooltip); empty when it is.
    virtual QString problem() const = 0;

    virtual void answer() = 0;
    virtual void hangup() = 0;
    virtual void hold(bool on) = 0;
    // Places a call to `target` (a number or a SIP URI, as the softphone's account dials it).
    virtual void dial(const QString& target) = 0;

signals:
    void stateChanged(hotline::phone::Softphone::State state);
    void callEvent(const hotline::phone::SoftphoneEvent& event);
    // A command the softphone refused or could not run (`message` is translated).
    void commandFailed(const QString& message);
};

} // namespace hotline::phone
