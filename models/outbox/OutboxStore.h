#pragma once

#include "AppealNote.h"
#include "call/CallRecord.h"
#include "call/Clock.h"
#include "domain/Appeal.h"
#include "domain/Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <memory>
#include <optional>

class QSqlQuery;

namespace hotline::outbox {

struct OutboxEntry {
    enum class Kind {
        Appeal, // an appeal: its issue(s) are created
        Call,   // a finished call: its figures go onto its first appeal, or a closed «Звонок» is created
        Note,   // «Дополнить обращение»: a note on an appeal that is in Redmine already
    };
    enum class State {
        Pending, // waiting to be delivered (or to be retried)
        Sent,    // exists in Redmine under redmineIssueId
        Failed,  // refused by Redmine for a reason a retry will not fix (e.g. 422): needs a person
    };
    qint64 id = 0; // local sequence number: delivery is in this order
    Kind kind = Kind::Appeal;
    domain::Appeal appeal; // Kind::Appeal
    call::CallRecord call; // Kind::Call: the local call record
    AppealNote note;       // Kind::Note
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt; // UTC
    QString lastError;       // translated message of the last failure
    int redmineIssueId = 0;  // a call: its «Звонок» issue, or the appeal that carries its figures
    // A request may have reached the server (timeout, reset after sending, crash mid-request): before
    // posting again the sender must ask Redmine whether the client UUID already exists.
    bool maybeDelivered = false;
    // Why the stored appeal or call could not be read back (a damaged row); empty when it was. Such an entry
    // is listed like any other and the sender marks it failed with this reason, so it never holds up the queue.
    QString unreadable;
    QDateTime createdAt;
    QDateTime updatedAt;
};

QString outboxStateId(OutboxEntry::State state); // "pending", "sent", "failed"

// The local, durable queue of appeals and call records. Every appeal is committed here (one transaction, WAL,
// synchronous FULL) before any network call, so nothing the operator filed is lost if the network or the app
// dies; every finished call is stored here too and delivered in the same order, after the appeals filed
// during it. The file is readable by the user only. Its times (created, updated) come from `clock`, which must
// outlive it.
class OutboxStore : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<OutboxStore>> open(const QString& path, const Clock& clock);
    const Clock& clock() const { return m_clock; }
    ~OutboxStore() override;

    // Stores a new appeal; returns its local id. A second enqueue of the same client UUID is refused.
    Result<qint64> enqueue(const domain::Appeal& appeal);
    // Stores a finished call (the local call record); returns its local id.
    Result<qint64> enqueueCall(const call::CallRecord& call);
    // Stores a note for an appeal in Redmine; returns its local id.
    Result<qint64> enqueueNote(const AppealNote& note);

    QList<OutboxEntry> entries() const;     // the appeals and notes, newest first (what the operator sees)
    QList<OutboxEntry> callRecords() const; // the calls, newest first
    // The calls stored since `since` (wall clock), newest first: the missed-call list reads these.
    QList<OutboxEntry> callRecordsSince(const QDateTime& since) const;
    std::optional<OutboxEntry> entry(qint64 id) const;
    std::optional<OutboxEntry> entryByClientId(const QString& clientId) const;
    // The oldest pending entry of either kind whose next attempt is due at `now` (delivery is in order); it may
    // be unreadable (see OutboxEntry::unreadable).
    std::optional<OutboxEntry> nextDue(const QDateTime& now) const;
    int pendingCount() const; // appeals and notes not yet delivered
    int pendingTotal() const; // appeals and call records not yet delivered
    // When the oldest pending entry is due (it holds up the later ones); nothing when none is pending.
    std::optional<QDateTime> nextPendingAttempt() const;
    int failedCount() const; // appeals and notes waiting for a person
    // The first read (a list, an entry, a count) that failed since clearReadError(): a failed read gives an empty
    // list or 0, which a view must show as "could not be read", never as "nothing there". Views clear, read, check.
    std::optional<Error> readError() const { return m_readError; }
    void clearReadError() const { m_readError.reset(); }

    // Retention of personal data: deletes call records and delivered appeals stored more than `days` before
    // `now` (what still waits for delivery is kept). Returns how many went.
    Result<int> purgeOlderThan(int days, const QDateTime& now);

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
    Result<qint64> insert(const QUuid& clientId, const QString& kind, const QJsonObject& payload);
    OutboxStore(const QString& connectionName, const Clock& clock);
    QString nowIso() const;
    Status exec(const QString& sql, const QVariantList& values = {});
    QList<OutboxEntry> select(const QString& where, const QVariantList& values, const QString& tail) const;
    int count(const QString& sql) const;
    void noteRead(const QSqlQuery& query, bool ok) const;

    QString m_connection;
    const Clock& m_clock;
    mutable std::optional<Error> m_readError;
};

} // namespace hotline::outbox
