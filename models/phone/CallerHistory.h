#pragma once

#include "AppealSummary.h"
#include "call/CallRecord.h"
#include "domain/Result.h"
#include "net/RedmineSchema.h"

#include <QObject>
#include <QUrlQuery>
#include <functional>
#include <optional>

namespace hotline {
class Clock;
namespace domain {
class DeadlinePolicy;
}
namespace net {
class RedmineClient;
}
namespace outbox {
class OutboxStore;
}
} // namespace hotline

namespace hotline::phone {

// Who the card is about: a phone number (+7XXXXXXXXXX) and/or an ИНН.
// The request behind the card's Redmine part: the line's appeals (any status, newest 50) whose custom field
// `field` (the phone or the ИНН) is `value`.
QUrlQuery callerAppealsQuery(int field, const QString& value);

struct CallerKey {
    QString phone;
    QString inn;
    bool isEmpty() const { return phone.isEmpty() && inn.isEmpty(); }
    friend bool operator==(const CallerKey&, const CallerKey&) = default;
};

// The caller's earlier appeals and calls: this workstation's at once (the outbox, the call records), then
// Redmine's by the «Телефон» and «ИНН» custom fields. The local part never waits for the network.
class CallerHistory : public QObject {
    Q_OBJECT
public:
    // `store` and `client` may be null (no outbox, no server).
    CallerHistory(outbox::OutboxStore* store, net::RedmineClient* client, const domain::DeadlinePolicy& policy,
                  const Clock& clock, QObject* parent = nullptr);

    QList<AppealSummary> localAppeals(const CallerKey& key) const;
    // The earlier calls from this number recorded on this workstation (missed ones included), newest first.
    QList<call::CallRecord> localCalls(const QString& phone, int days = 90) const;

    // Whether Redmine can be asked at all (a server and a key).
    bool serverConfigured() const;
    // Redmine's appeals with this phone or ИНН (both queries; subtasks and call records left out).
    void fetch(const CallerKey& key, QObject* context, std::function<void(Result<QList<AppealSummary>>)> done);

    // The line's field, tracker and status ids on this server (read once, then kept).
    void withSchema(QObject* context, std::function<void(Result<net::RedmineSchema>)> done);
    // One issue of /issues.json as the card shows it.
    AppealSummary fromIssue(const QJsonObject& issue, const net::RedmineSchema& schema) const;
    const domain::DeadlinePolicy& policy() const { return m_policy; }
    const Clock& clock() const { return m_clock; }
    net::RedmineClient* client() const { return m_client; }

private:
    outbox::OutboxStore* m_store;
    net::RedmineClient* m_client;
    const domain::DeadlinePolicy& m_policy;
    const Clock& m_clock;
    std::optional<net::RedmineSchema> m_schema;
};

} // namespace hotline::phone
