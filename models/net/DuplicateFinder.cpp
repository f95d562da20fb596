#include "DuplicateFinder.h"

#include "RedmineNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace hotline::net {

QString DuplicateHints::scopeNote() const {
    return ownOnly ? QCoreApplication::translate("DuplicateFinder",
                                                 "Only your own appeals may have been checked: your Redmine roles do "
                                                 "not show the line's appeals.")
                   : QCoreApplication::translate("DuplicateFinder", "All appeals of the line are checked.");
}

QUrlQuery openAppealsByInnQuery(int innField, const QString& inn, const QDateTime& since) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("project_id"), names::project);
    q.addQueryItem(QStringLiteral("status_id"), QStringLiteral("open"));
    q.addQueryItem(QStringLiteral("parent_id"), QStringLiteral("!*")); // appeals, not their subtasks
    q.addQueryItem(QStringLiteral("cf_%1").arg(innField), inn);
    if (since.isValid())
        q.addQueryItem(QStringLiteral("created_on"), QStringLiteral(">=") + since.toUTC().toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("created_on:desc"));
    // The hint names the newest and counts the rest: Redmine renders each issue with all its custom fields.
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
    return q;
}

void findOpenAppealsByInn(RedmineClient& client, const RedmineSchema& schema, const QString& inn,
                          const QDateTime& since, const UserModes& modes, QObject* context,
                          std::function<void(Result<DuplicateHints>)> done) {
    const int field = schema.field(names::cfInn);
    // provision.rb shows operators the line's appeals (not its call records); other keys may see less.
    const bool ownOnly = !modes.supervisor && !modes.operatorMode;
    if (inn.trimmed().isEmpty() || field == 0)
        return done(DuplicateHints{{}, 0, ownOnly});
    client.get(QStringLiteral("/issues.json"), openAppealsByInnQuery(field, inn.trimmed(), since), context,
               [done, ownOnly](const RedmineReply& r) {
                   if (!r.ok())
                       return done(*r.error);
                   DuplicateHints out;
                   out.ownOnly = ownOnly;
                   out.total = r.json.object().value(QLatin1String("total_count")).toInt();
                   for (const QJsonValue& v : r.json.object().value(QLatin1String("issues")).toArray()) {
                       const QJsonObject i = v.toObject();
                       if (i.contains(QLatin1String("parent"))) // not asked for; a server that ignored the filter
                           continue;
                       out.hints.append(
                           {i.value(QLatin1String("id")).toInt(), i.value(QLatin1String("subject")).toString(),
                            i.value(QLatin1String("status")).toObject().value(QLatin1String("name")).toString(),
                            QDateTime::fromString(i.value(QLatin1String("created_on")).toString(), Qt::ISODate)});
                   }
                   done(out);
               });
}

} // namespace hotline::net
