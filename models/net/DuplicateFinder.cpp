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

void findOpenAppealsByInn(RedmineClient& client, const RedmineSchema& schema, const QString& inn,
                          const UserModes& modes, QObject* context, std::function<void(Result<DuplicateHints>)> done) {
    const int field = schema.field(names::cfInn);
    // provision.rb shows operators the line's appeals (not its call records); other keys may see less.
    const bool ownOnly = !modes.supervisor && !modes.operatorMode;
    if (inn.trimmed().isEmpty() || field == 0)
        return done(DuplicateHints{{}, ownOnly});
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("project_id"), names::project);
    q.addQueryItem(QStringLiteral("status_id"), QStringLiteral("open"));
    q.addQueryItem(QStringLiteral("cf_%1").arg(field), inn.trimmed());
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("created_on:desc"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("25"));
    client.get(QStringLiteral("/issues.json"), q, context, [done, ownOnly](const RedmineReply& r) {
        if (!r.ok())
            return done(*r.error);
        DuplicateHints out{{}, ownOnly};
        for (const QJsonValue& v : r.json.object().value(QLatin1String("issues")).toArray()) {
            const QJsonObject i = v.toObject();
            // Subtasks belong to an appeal already listed.
            if (i.contains(QLatin1String("parent")))
                continue;
            out.hints.append({i.value(QLatin1String("id")).toInt(), i.value(QLatin1String("subject")).toString(),
                              i.value(QLatin1String("status")).toObject().value(QLatin1String("name")).toString(),
                              QDateTime::fromString(i.value(QLatin1String("created_on")).toString(), Qt::ISODate)});
        }
        done(out);
    });
}

} // namespace hotline::net
