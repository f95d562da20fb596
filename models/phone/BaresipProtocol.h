#pragma once

#include "Softphone.h"

#include <QByteArray>
#include <optional>

namespace hotline::phone {

// One message of baresip's ctrl_tcp (JSON inside a netstring): an event, or the answer to a command.
struct BaresipMessage {
    enum class Kind {
        CallEvent,  // CALL_INCOMING, CALL_RINGING, CALL_ESTABLISHED, CALL_CLOSED
        OtherEvent, // registration, SDP, audio, ... (logged, not acted on)
        Response,   // {"response":true,"ok":...,"data":...,"token":...}
    };
    Kind kind = Kind::OtherEvent;
    QString type; // the event's "type" (CALL_INCOMING, REGISTER_OK, ...)
    SoftphoneEvent call;
    bool ok = false; // a response: the command ran
    QString data;    // a response: baresip's text
    QString token;   // a response: the token of the command it answers
};

// Reads one ctrl_tcp message; nothing when it is not a JSON object of either kind.
std::optional<BaresipMessage> parseBaresipMessage(const QByteArray& json);

// A ctrl_tcp command ("accept", "hangup", "hold", "resume", "dial" with the number as params) as JSON; the
// answer carries the same token.
QByteArray baresipCommand(const QString& command, const QString& params, const QString& token);

} // namespace hotline::phone
