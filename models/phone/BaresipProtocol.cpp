#include "BaresipProtocol.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hotline::phone {

namespace {

std::optional<SoftphoneEvent::Type> callEventType(const QString& type) {
    using T = SoftphoneEvent::Type;
    if (type == QLatin1String("CALL_INCOMING"))
        return T::Incoming;
    if (type == QLatin1String("CALL_RINGING") || type == QLatin1String("CALL_PROGRESS"))
        return T::Ringing;
    if (type == QLatin1String("CALL_ESTABLISHED"))
        return T::Established;
    if (type == QLatin1String("CALL_CLOSED"))
        return T::Closed;
    return std::nullopt;
}

// ctrl_tcp writes booleans as JSON booleans; older builds wrote the string "true".
bool flag(const QJsonValue& v) {
    return v.isBool() ? v.toBool() : v.toString() == QLatin1String("true");
}

} // namespace

std::optional<BaresipMessage> parseBaresipMessage(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    BaresipMessage m;
    if (flag(o.value(QLatin1String("response")))) {
        m.kind = BaresipMessage::Kind::Response;
        m.ok = flag(o.value(QLatin1String("ok")));
        m.data = o.value(QLatin1String("data")).toString();
        m.token = o.value(QLatin1String("token")).toString();
        return m;
    }
    if (!flag(o.value(QLatin1String("event"))))
        return std::nullopt;
    m.type = o.value(QLatin1String("type")).toString();
    const auto type = callEventType(m.type);
    const QString callId = o.value(QLatin1String("id")).toString();
    if (!type || o.value(QLatin1String("class")).toString() != QLatin1String("call") || callId.isEmpty()) {
        m.kind = BaresipMessage::Kind::OtherEvent;
        return m;
    }
    m.kind = BaresipMessage::Kind::CallEvent;
    m.call.type = *type;
    m.call.callId = callId;
    m.call.outgoing = o.value(QLatin1String("direction")).toString() == QLatin1String("outgoing");
    m.call.peerUri = o.value(QLatin1String("peeruri")).toString();
    m.call.peerName = o.value(QLatin1String("peerdisplayname")).toString();
    if (*type == SoftphoneEvent::Type::Closed)
        m.call.reason = o.value(QLatin1String("param")).toString();
    return m;
}

QByteArray baresipCommand(const QString& command, const QString& params, const QString& token) {
    QJsonObject o{{QStringLiteral("command"), command}, {QStringLiteral("token"), token}};
    if (!params.isEmpty())
        o.insert(QStringLiteral("params"), params);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace hotline::phone
