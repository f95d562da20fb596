#include "RedmineSchema.h"

#include "RedmineNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace hotline::net {

namespace {

using Done = std::function<void(Result<RedmineSchema>)>;

void readMemberships(RedmineClient& client, QObject* context, std::shared_ptr<RedmineSchema> schema, int offset,
                     Done done) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    client.get(QStringLiteral("/projects/%1/memberships.json").arg(names::project), q, context,
               [&client, context, schema, offset, done](const RedmineReply& r) {
                   if (!r.ok())
                       return done(*r.error);
                   const QJsonObject o = r.json.object();
                   const QJsonArray list = o.value(QLatin1String("memberships")).toArray();
                   for (const QJsonValue& v : list) {
                       const QJsonObject group = v.toObject().value(QLatin1String("group")).toObject();
                       if (!group.isEmpty())
                           schema->groups.insert(group.value(QLatin1String("name")).toString(),
                                                 group.value(QLatin1String("id")).toInt());
                   }
                   const int next = offset + int(list.size());
                   if (!list.isEmpty() && next < o.value(QLatin1String("total_count")).toInt())
                       return readMemberships(client, context, schema, next, done);
                   done(*schema);
               });
}

} // namespace

void RedmineSchema::discover(RedmineClient& client, QObject* context, Done done) {
    auto schema = std::make_shared<RedmineSchema>();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("include"), QStringLiteral("trackers,issue_custom_fields"));
    client.get(QStringLiteral("/projects/%1.json").arg(names::project), q, context,
               [&client, context, schema, done](const RedmineReply& r) {
                   if (!r.ok())
                       return done(*r.error);
                   const QJsonObject p = r.json.object().value(QLatin1String("project")).toObject();
                   schema->projectId = p.value(QLatin1String("id")).toInt();
                   for (const QJsonValue& v : p.value(QLatin1String("trackers")).toArray())
                       schema->trackers.insert(v[QLatin1String("name")].toString(), v[QLatin1String("id")].toInt());
                   for (const QJsonValue& v : p.value(QLatin1String("issue_custom_fields")).toArray())
                       schema->customFields.insert(v[QLatin1String("name")].toString(), v[QLatin1String("id")].toInt());
                   if (schema->projectId == 0 || schema->field(names::cfClientUuid) == 0 ||
                       schema->tracker(names::trackerSimple) == 0)
                       return done(Error{Error::Code::NotFound,
                                         QCoreApplication::translate(
                                             "RedmineSchema", "The server's project «%1» is not set up for the line "
                                                              "(trackers or the client UUID field are missing). Ask "
                                                              "the administrator to run provision.rb.")
                                             .arg(names::project)});
                   client.get(QStringLiteral("/issue_statuses.json"), {}, context,
                              [&client, context, schema, done](const RedmineReply& s) {
                                  if (!s.ok())
                                      return done(*s.error);
                                  for (const QJsonValue& v :
                                       s.json.object().value(QLatin1String("issue_statuses")).toArray()) {
                                      schema->statuses.insert(v[QLatin1String("name")].toString(),
                                                              v[QLatin1String("id")].toInt());
                                      if (v[QLatin1String("is_closed")].toBool())
                                          schema->closedStatuses.insert(v[QLatin1String("id")].toInt());
                                  }
                                  readMemberships(client, context, schema, 0, done);
                              });
               });
}

} // namespace hotline::net
