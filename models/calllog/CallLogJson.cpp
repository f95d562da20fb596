#include "CallLogJson.h"

#include "domain/MoscowTime.h"
#include "net/RedmineNames.h"

#include <QJsonArray>

namespace hotline::calllog {

namespace {

QDateTime utc(const QJsonValue& v) {
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QString kindIdForTracker(const QString& tracker) {
    namespace n = net::names;
    if (tracker == n::trackerSimple)
        return QStringLiteral("simple");
    if (tracker == n::trackerComplex)
        return QStringLiteral("complex");
    if (tracker == n::trackerTask)
        return QStringLiteral("task");
    if (tracker == n::trackerComplaint)
        return QStringLiteral("complaint");
    if (tracker == n::trackerStep)
        return QStringLiteral("step");
    if (tracker == n::trackerCall)
        return QStringLiteral("call");
    return QStringLiteral("other");
}

CallLogRecord recordFromIssue(const QJsonObject& issue) {
    namespace n = net::names;
    CallLogRecord r;
    r.issueId = issue.value(QLatin1String("id")).toInt();
    r.parentId = issue.value(QLatin1String("parent")).toObject().value(QLatin1String("id")).toInt();
    r.tracker = issue.value(QLatin1String("tracker")).toObject().value(QLatin1String("name")).toString();
    r.kindId = kindIdForTracker(r.tracker);
    const QJsonObject status = issue.value(QLatin1String("status")).toObject();
    r.status = status.value(QLatin1String("name")).toString();
    r.subject = issue.value(QLatin1String("subject")).toString();
    // The author is the operator: the issue was filed with the operator's own key («Оператор» holds the login).
    const QJsonObject author = issue.value(QLatin1String("author")).toObject();
    r.operatorId = author.value(QLatin1String("id")).toInt();
    r.operatorName = author.value(QLatin1String("name")).toString();
    r.dueDate = QDate::fromString(issue.value(QLatin1String("due_date")).toString(), Qt::ISODate);
    r.createdOn = utc(issue.value(QLatin1String("created_on")));
    r.updatedOn = utc(issue.value(QLatin1String("updated_on")));
    r.closedOn = utc(issue.value(QLatin1String("closed_on")));
    // Redmine 5 says is_closed only with a newer API; a closing time or the status name tells the same.
    r.closed = status.value(QLatin1String("is_closed")).toBool(r.closedOn.isValid()) || r.status == n::statusClosed ||
               r.status == QStringLiteral("Отклонена");
    for (const QJsonValue& f : issue.value(QLatin1String("custom_fields")).toArray()) {
        const QString name = f[QLatin1String("name")].toString();
        const QJsonValue v = f[QLatin1String("value")];
        const QString text = v.isArray() ? QString() : v.toString();
        if (name == n::cfChannel)
            r.channel = text;
        else if (name == n::cfCategory)
            r.category = text;
        else if (name == n::cfArticle)
            r.articleId = text;
        else if (name == n::cfCallStart)
            r.callStart = domain::parseMoscowIso(text).toUTC();
        else if (name == n::cfCallSeconds)
            r.callSeconds = text.toInt();
        else if (name == n::cfExactDeadline)
            r.deadline = domain::parseMoscowIso(text).toUTC();
        else if (name == n::cfClientUuid)
            r.clientUuid = text;
        else if (name == n::cfCallResult)
            r.result = text;
        else if (name == n::cfSearches)
            r.searches = text;
        else if (name == n::cfCallUuid)
            r.callUuid = text;
        else if (name == n::cfScripts)
            r.scripts = text;
        else if (name == n::cfArticlesOpened) {
            for (const QString& a : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                r.articles << a.trimmed();
        }
    }
    return r;
}

} // namespace hotline::calllog
