#include "AppealNote.h"

#include "AppealJson.h"
#include "domain/MoscowTime.h"

namespace hotline::outbox {

QJsonObject toJson(const AppealNote& n) {
    return QJsonObject{
        {QStringLiteral("id"), n.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("issue"), n.issueId},
        {QStringLiteral("text"), n.text},
        {QStringLiteral("operator"), n.operatorLogin},
        {QStringLiteral("caller"), n.callerNumber},
        {QStringLiteral("created"), jsonTime(n.createdAt)},
    };
}

std::optional<AppealNote> noteFromJson(const QJsonObject& o) {
    AppealNote n;
    n.id = QUuid::fromString(o.value(QLatin1String("id")).toString());
    n.issueId = o.value(QLatin1String("issue")).toInt();
    if (n.id.isNull() || n.issueId <= 0)
        return std::nullopt;
    n.text = o.value(QLatin1String("text")).toString();
    n.operatorLogin = o.value(QLatin1String("operator")).toString();
    n.callerNumber = o.value(QLatin1String("caller")).toString();
    n.createdAt = timeFromJson(o.value(QLatin1String("created")));
    return n;
}

namespace {
// Server data, the same on every workstation: Russian like the tracker and field names.
const QString markerPrefix = QStringLiteral("Дополнение с рабочего места линии 0150");
} // namespace

QString noteBody(const AppealNote& n) {
    QString who = n.operatorLogin.isEmpty() ? QString() : QStringLiteral(", оператор %1").arg(n.operatorLogin);
    const QString when =
        n.createdAt.isValid()
            ? QStringLiteral(", %1 МСК").arg(domain::toMoscow(n.createdAt).toString(QStringLiteral("dd.MM.yyyy HH:mm")))
            : QString();
    return n.text.trimmed() +
           QStringLiteral("\n\n_%1%2%3; код %4_").arg(markerPrefix, who, when, n.id.toString(QUuid::WithoutBraces));
}

bool journalsHaveNote(const QJsonArray& journals, const QUuid& id) {
    const QString key = id.toString(QUuid::WithoutBraces);
    for (const QJsonValue& j : journals) {
        const QString notes = j[QLatin1String("notes")].toString();
        if (notes.contains(markerPrefix) && notes.contains(key))
            return true;
    }
    return false;
}

bool isWorkstationNote(const QString& notes) {
    return notes.contains(markerPrefix);
}

} // namespace hotline::outbox
