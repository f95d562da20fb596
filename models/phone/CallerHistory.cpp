#include "CallerHistory.h"

#include "call/Clock.h"
#include "domain/AppealKind.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "net/RedmineClient.h"
#include "net/RedmineNames.h"
#include "outbox/OutboxStore.h"

#include <QHash>
#include <QJsonArray>
#include <memory>

namespace hotline::phone {

namespace {

QString outboxStatus(const outbox::OutboxEntry& e) {
    switch (e.state) {
    case outbox::OutboxEntry::State::Sent:
        return CallerHistory::tr("Filed to Redmine");
    case outbox::OutboxEntry::State::Failed:
        return CallerHistory::tr("Not filed: waits for a person");
    case outbox::OutboxEntry::State::Pending:
        break;
    }
    return CallerHistory::tr("In the outbox, not sent yet");
}

QString fieldValue(const QJsonObject& issue, int field) {
    if (field == 0)
        return {};
    for (const QJsonValue& f : issue.value(QLatin1String("custom_fields")).toArray()) {
        if (f[QLatin1String("id")].toInt() == field)
            return f[QLatin1String("value")].toString();
    }
    return {};
}

QDateTime utc(const QJsonValue& v) {
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QList<AppealSummary> mergeAppeals(const QList<AppealSummary>& local, const QList<AppealSummary>& server) {
    QList<AppealSummary> out = server;
    QSet<int> known;
    for (const AppealSummary& a : server)
        known.insert(a.issueId);
    for (const AppealSummary& a : local) {
        if (a.issueId == 0 || !known.contains(a.issueId))
            out.append(a);
    }
    std::stable_sort(out.begin(), out.end(), [](const AppealSummary& a, const AppealSummary& b) {
        if (a.closed != b.closed)
            return !a.closed;
        return a.created > b.created;
    });
    return out;
}

CallerHistory::CallerHistory(outbox::OutboxStore* store, net::RedmineClient* client,
                             const domain::DeadlinePolicy& policy, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_policy(policy)
    , m_clock(clock) {}

QList<AppealSummary> CallerHistory::localAppeals(const CallerKey& key) const {
    QList<AppealSummary> out;
    if (!m_store || key.isEmpty())
        return out;
    const QDateTime now = m_clock.now();
    for (const outbox::OutboxEntry& e : m_store->entries()) {
        if (e.kind != outbox::OutboxEntry::Kind::Appeal)
            continue;
        const domain::Appeal& a = e.appeal;
        const bool samePhone = !key.phone.isEmpty() && a.phone == key.phone;
        const bool sameInn = !key.inn.isEmpty() && a.inn == key.inn;
        if (!samePhone && !sameInn)
            continue;
        AppealSummary s;
        s.issueId = e.redmineIssueId;
        s.outboxId = e.id;
        s.local = true;
        s.subject = a.subject;
        s.kind = domain::appealKindTitle(a.kind);
        s.status = outboxStatus(e);
        s.closed = a.closedOnCall;
        s.created = a.createdAt.isValid() ? a.createdAt : e.createdAt;
        s.deadline = a.resolutionDue;
        s.deadlineState = calllog::deadlineStateFor(s.deadline, s.closed, s.created, now);
        s.phone = a.phone;
        s.inn = a.inn;
        s.organisation = a.organisation;
        out.append(s);
    }
    return mergeAppeals(out, {});
}

QList<call::CallRecord> CallerHistory::localCalls(const QString& phone, int days) const {
    QList<call::CallRecord> out;
    if (!m_store || phone.isEmpty())
        return out;
    // The outbox times what it stores by the wall clock (its retention does the same).
    for (const outbox::OutboxEntry& e : m_store->callRecordsSince(QDateTime::currentDateTimeUtc().addDays(-days))) {
        if (e.call.callerNumber == phone)
            out.append(e.call);
    }
    return out;
}

bool CallerHistory::serverConfigured() const {
    return m_client && m_client->isConfigured() && m_client->hasApiKey();
}

void CallerHistory::withSchema(QObject* context, std::function<void(Result<net::RedmineSchema>)> done) {
    if (m_schema)
        return done(*m_schema);
    net::RedmineSchema::discover(*m_client, context, [this, done](Result<net::RedmineSchema> schema) {
        if (schema)
            m_schema = schema.value();
        done(schema);
    });
}

AppealSummary CallerHistory::fromIssue(const QJsonObject& i, const net::RedmineSchema& schema) const {
    namespace n = net::names;
    AppealSummary s;
    s.issueId = i.value(QLatin1String("id")).toInt();
    s.subject = i.value(QLatin1String("subject")).toString();
    s.kind = i.value(QLatin1String("tracker"))[QLatin1String("name")].toString();
    const QJsonObject status = i.value(QLatin1String("status")).toObject();
    s.status = status.value(QLatin1String("name")).toString();
    const QDateTime closedOn = utc(i.value(QLatin1String("closed_on")));
    s.closed = schema.closedStatuses.isEmpty() ? closedOn.isValid() || s.status == n::statusClosed
                                               : schema.isClosedStatus(status.value(QLatin1String("id")).toInt());
    s.created = utc(i.value(QLatin1String("created_on")));
    s.deadline = domain::parseMoscowIso(fieldValue(i, schema.field(n::cfExactDeadline)));
    if (!s.deadline.isValid()) {
        const QDate due = QDate::fromString(i.value(QLatin1String("due_date")).toString(), Qt::ISODate);
        if (due.isValid())
            s.deadline = m_policy.closeOfBusiness(due);
    }
    s.deadlineState = calllog::deadlineStateFor(s.deadline, s.closed, closedOn, m_clock.now());
    s.phone = fieldValue(i, schema.field(n::cfPhone));
    s.inn = fieldValue(i, schema.field(n::cfInn));
    s.organisation = fieldValue(i, schema.field(n::cfOrganisation));
    return s;
}

QUrlQuery callerAppealsQuery(int field, const QString& value) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("project_id"), net::names::project);
    q.addQueryItem(QStringLiteral("status_id"), QStringLiteral("*"));
    // Appeals only: an appeal to many agencies has as many subtasks, which took the places of the caller's older
    // appeals among the 50.
    q.addQueryItem(QStringLiteral("parent_id"), QStringLiteral("!*"));
    // A literal '+' in a query reads as a space on the server (Rack): +7… must go as %2B7….
    q.addQueryItem(QStringLiteral("cf_%1").arg(field), QString(value).replace(QLatin1Char('+'), QStringLiteral("%2B")));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("created_on:desc"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("50"));
    return q;
}

void CallerHistory::fetch(const CallerKey& key, QObject* context,
                          std::function<void(Result<QList<AppealSummary>>)> done) {
    if (!serverConfigured())
        return done(
            Error{Error::Code::Unavailable, tr("No server is connected: only this workstation's data is shown.")});
    if (key.isEmpty())
        return done(QList<AppealSummary>{});
    withSchema(context, [this, key, context, done](Result<net::RedmineSchema> schema) {
        if (!schema)
            return done(schema.error());
        const net::RedmineSchema sc = schema.value();
        QList<QPair<int, QString>> queries;
        if (!key.phone.isEmpty() && sc.field(net::names::cfPhone) != 0)
            queries.append({sc.field(net::names::cfPhone), key.phone});
        if (!key.inn.isEmpty() && sc.field(net::names::cfInn) != 0)
            queries.append({sc.field(net::names::cfInn), key.inn});
        if (queries.isEmpty())
            return done(QList<AppealSummary>{});
        struct State {
            int left = 0;
            QList<AppealSummary> found;
            QSet<int> ids;
            std::optional<Error> error;
        };
        auto state = std::make_shared<State>();
        state->left = int(queries.size());
        for (const auto& [field, value] : queries) {
            m_client->get(QStringLiteral("/issues.json"), callerAppealsQuery(field, value), context,
                          [this, sc, state, done](const auto& r) {
                              if (!r.ok()) {
                                  state->error = *r.error;
                              } else {
                                  for (const QJsonValue& v : r.json.object().value(QLatin1String("issues")).toArray()) {
                                      const QJsonObject issue = v.toObject();
                                      const QString tracker =
                                          issue.value(QLatin1String("tracker"))[QLatin1String("name")].toString();
                                      // Subtasks belong to an appeal listed already; call records are not appeals.
                                      if (issue.contains(QLatin1String("parent")) ||
                                          tracker == net::names::trackerCall || tracker == net::names::trackerStep)
                                          continue;
                                      const AppealSummary s = fromIssue(issue, sc);
                                      if (!state->ids.contains(s.issueId)) {
                                          state->ids.insert(s.issueId);
                                          state->found.append(s);
                                      }
                                  }
                              }
                              if (--state->left > 0)
                                  return;
                              if (state->error)
                                  return done(*state->error);
                              done(mergeAppeals({}, state->found));
                          });
        }
    });
}

} // namespace hotline::phone
