#pragma once

#include "domain/Appeal.h"
#include "domain/Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace hotline::outbox {

struct OutboxEntry {
    enum class State {
        Pending, // waiting to be delivered (or to be retried)
        Sent,    // exists in Redmine under redmineIssueId
        Failed,  // refused by Redmine for a reason a retry will not fix (e.g. 422): needs a person
    };
    qint64 id = 0; // local sequence number: delivery is in this order
    domain::Appeal appeal;
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt; // UTC
    QString lastError;       // translated message of the last failure
    int redmineIssueId = 0;
    // A request may have reached the server (timeout, reset after sending, crash mid-request): before
    // posting again the sender must ask Redmine whether the client UUID already exists.
    bool maybeDelivered = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

QString outboxStateId(OutboxEntry::State state); // "pending", "sent", "failed"

// The local, durable queue of appeals. Every appeal is committed here (one transaction, WAL, synchronous
// FULL) before any network call, so nothing the operator filed is lost if the network or the app dies.
// The file is readable by the user only.
class OutboxStore : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<OutboxStore>> open(const QString& path);
    ~OutboxStore() override;

    // Stores a new appeal; returns its local id. A second enqueue of the same client UUID is refused.
    Result<qint64> enqueue(const domain::Appeal& appeal);

    QList<OutboxEntry> entries() const; // all, newest first
    std::optional<OutboxEntry> entry(qint64 id) const;
    // The oldest pending entry whose next attempt is due at `now` (delivery is in order).
    std::optional<OutboxEntry> nextDue(const QDateTime& now) const;
    int pendingCount() const;
    // When the oldest pending entry is due (it holds up the later ones); nothing when none is pending.
    std::optional<QDateTime> nextPendingAttempt() const;
    int failedCount() const;

    // Before a request that creates something on the server.
    Status markAttempt(qint64 id);
    Status markSent(qint64 id, int redmineIssueId);
    // A failure a retry may fix (network, 5xx, timeout): stays pending until nextAttempt.
    Status markRetry(qint64 id, const QString& error, const QDateTime& nextAttempt, bool maybeDelivered);
    // A failure a retry will not fix (422 and the like): waits for a person.
    Status markFailed(qint64 id, const QString& error);
    // The operator's "retry now": a failed or waiting entry becomes due immediately.
    Status retryNow(qint64 id);
    // Only after the user confirmed it in the UI.
    Status remove(qint64 id);

signals:
    void changed();

private:
    explicit OutboxStore(const QString& connectionName);
    Status exec(const QString& sql, const QVariantList& values = {});
    QList<OutboxEntry> select(const QString& where, const QVariantList& values, const QString& tail) const;

    QString m_connection;
};

} // namespace hotline::outbox
