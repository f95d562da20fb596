#include "AppealJson.h"

#include <QJsonArray>

namespace hotline::outbox {

QJsonObject toJson(const domain::Appeal& a) {
    QJsonArray roadmap;
    for (const domain::AppealStep& s : a.roadmap)
        roadmap.append(QJsonObject{{QStringLiteral("title"), s.title},
                                   {QStringLiteral("role"), s.role},
                                   {QStringLiteral("days"), s.days},
                                   {QStringLiteral("due"), jsonTime(s.due)}});
    return QJsonObject{
        {QStringLiteral("client_id"), a.clientId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("kind"), domain::appealKindId(a.kind)},
        {QStringLiteral("channel"), a.channelId},
        {QStringLiteral("category"), a.categoryId},
        {QStringLiteral("article"), a.articleId},
        {QStringLiteral("subject"), a.subject},
        {QStringLiteral("description"), a.description},
        {QStringLiteral("organisation"), a.organisation},
        {QStringLiteral("inn"), a.inn},
        {QStringLiteral("ogrn"), a.ogrn},
        {QStringLiteral("contact_person"), a.contactPerson},
        {QStringLiteral("phone"), a.phone},
        {QStringLiteral("email"), a.email},
        {QStringLiteral("municipality"), a.municipality},
        {QStringLiteral("algorithm"), domain::algorithmId(a.algorithm)},
        {QStringLiteral("agencies"), QJsonArray::fromStringList(a.agencyIds)},
        {QStringLiteral("days"), a.days},
        {QStringLiteral("call_start"), jsonTime(a.callStart)},
        {QStringLiteral("call_seconds"), a.callSeconds},
        {QStringLiteral("operator"), a.operatorLogin},
        {QStringLiteral("registered"), a.registered.toString(Qt::ISODate)},
        {QStringLiteral("first_response_due"), jsonTime(a.firstResponseDue)},
        {QStringLiteral("resolution_due"), jsonTime(a.resolutionDue)},
        {QStringLiteral("roadmap"), roadmap},
        {QStringLiteral("closed_on_call"), a.closedOnCall},
        {QStringLiteral("created_at"), jsonTime(a.createdAt)},
    };
}

std::optional<domain::Appeal> appealFromJson(const QJsonObject& o) {
    domain::Appeal a;
    a.clientId = QUuid::fromString(o.value(QLatin1String("client_id")).toString());
    const auto kind = domain::appealKindFromId(o.value(QLatin1String("kind")).toString());
    const auto algorithm = domain::algorithmFromId(o.value(QLatin1String("algorithm")).toString());
    if (a.clientId.isNull() || !kind || !algorithm)
        return std::nullopt;
    a.kind = *kind;
    a.algorithm = *algorithm;
    a.channelId = o.value(QLatin1String("channel")).toString();
    a.categoryId = o.value(QLatin1String("category")).toString();
    a.articleId = o.value(QLatin1String("article")).toString();
    a.subject = o.value(QLatin1String("subject")).toString();
    a.description = o.value(QLatin1String("description")).toString();
    a.organisation = o.value(QLatin1String("organisation")).toString();
    a.inn = o.value(QLatin1String("inn")).toString();
    a.ogrn = o.value(QLatin1String("ogrn")).toString();
    a.contactPerson = o.value(QLatin1String("contact_person")).toString();
    a.phone = o.value(QLatin1String("phone")).toString();
    a.email = o.value(QLatin1String("email")).toString();
    a.municipality = o.value(QLatin1String("municipality")).toString();
    for (const QJsonValue& v : o.value(QLatin1String("agencies")).toArray())
        a.agencyIds << v.toString();
    a.days = o.value(QLatin1String("days")).toInt();
    a.callStart = timeFromJson(o.value(QLatin1String("call_start")));
    a.callSeconds = o.value(QLatin1String("call_seconds")).toInt();
    a.operatorLogin = o.value(QLatin1String("operator")).toString();
    a.registered = QDate::fromString(o.value(QLatin1String("registered")).toString(), Qt::ISODate);
    a.firstResponseDue = timeFromJson(o.value(QLatin1String("first_response_due")));
    a.resolutionDue = timeFromJson(o.value(QLatin1String("resolution_due")));
    for (const QJsonValue& v : o.value(QLatin1String("roadmap")).toArray()) {
        const QJsonObject s = v.toObject();
        a.roadmap.append({s.value(QLatin1String("title")).toString(), s.value(QLatin1String("role")).toString(),
                          s.value(QLatin1String("days")).toInt(), timeFromJson(s.value(QLatin1String("due")))});
    }
    a.closedOnCall = o.value(QLatin1String("closed_on_call")).toBool();
    a.createdAt = timeFromJson(o.value(QLatin1String("created_at")));
    return a;
}

} // namespace hotline::outbox
