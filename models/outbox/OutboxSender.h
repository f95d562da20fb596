#pragma once

#include "OutboxStore.h"
#include "RetryPolicy.h"
#include "call/Clock.h"
#include "domain/ReferenceData.h"
#include "net/IssuePlanner.h"
#include "net/RedmineClient.h"

#include <QHash>
#include <QTimer>
#include <functional>
#include <optional>

namespace hotline::outbox {

// Delivers the outbox to Redmine in order, exactly once. A call record goes after the appeals filed during
// the call: its figures are put onto the first of them that reached Redmine (a PUT, harmless to repeat), or,
// when none did, it is filed as a closed «Звонок» issue the same exactly-once way as an appeal. Before the first POST
// of an entry the attempt is recorded durably (markAttempt sets "maybe delivered"); an entry that may have reached the
// server (timeout, reset, a crash mid-request — the flag survives restarts) is first looked up by its client UUID (and
// the derived UUIDs of its subtasks), and only what does not exist is created. 422 and similar refusals wait for a
// person (Failed); network trouble, 5xx, timeouts and TLS failures are retried with backoff and jitter. A note
// for an existing appeal («Дополнить обращение») is a PUT with the note's id in its text: after an ambiguous
// failure the issue's journal is read first, and the note is put only when its id is not there. A key the
// server no longer accepts (401, or 403 where an operator must be allowed) stops delivery: nothing is failed or
// lost, and start() after a new login goes on from the same entry.
class OutboxSender : public QObject {
    Q_OBJECT
public:
    OutboxSender(OutboxStore& store, net::RedmineClient& client, const domain::ReferenceData& reference,
                 const Clock& clock, std::function<double()> random = {}, QObject* parent = nullptr);

    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }

    // Keeps delivering: now, whenever the outbox changes and when the next retry is due.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // One pass: delivers everything due now, then emits passFinished.
    void deliverDue();
    bool isBusy() const { return m_busy; }

signals:
    void delivered(qint64 entryId, int redmineIssueId);    // an appeal
    void callRecorded(qint64 entryId, int redmineIssueId); // a call record: its «Звонок» or its first appeal
    void noteAdded(qint64 entryId, int redmineIssueId); // «Дополнить обращение»: the note is on the issue
    void failed(qint64 entryId, const QString& reason);
    void retryScheduled(qint64 entryId, const QString& reason, const QDateTime& nextAttempt);
    void passFinished(int filed, int failed, int waiting);
    // The server refused the key: delivery stopped until start() (after a new login).
    void authorizationLost(const QString& message);
    // The local outbox could not record an attempt's outcome: sending stopped (until start()), for the operator.
    void storeFailed(const QString& message);

private:
    struct Job {
        OutboxEntry entry;
        QList<net::PlannedIssue> plan;
        QHash<QUuid, int> existing; // client UUID → issue id, found on the server or created now
        int next = 0;
        QList<net::PlannedUpdate> updates; // a call with appeals: its figures onto them
        int nextUpdate = 0;
        bool posted = false; // a POST left in this pass: the entry may exist on the server from now on
        int lookedUp = 0;    // how many of the plan's client UUIDs were looked up on the server so far
    };

    void scheduleStep();
    void step();
    void withSchema(std::function<void()> then);
    void lookUp();
    void postNext();
    void planCall();
    void putNext();
    void lookUpNote();
    void putNote();
    void finishSent();
    void finishRetry(const Error& error);
    void finishFailed(const Error& error);
    void finishUnauthorized();
    void storeBroken(const Error& error);
    void jobDone();

    OutboxStore& m_store;
    net::RedmineClient& m_client;
    const domain::ReferenceData& m_reference;
    const Clock& m_clock;
    std::function<double()> m_random;
    RetryPolicy m_policy;
    std::optional<net::RedmineSchema> m_schema;
    std::optional<Job> m_job;
    QHash<qint64, int> m_failures; // consecutive failures per entry (for the backoff)
    QTimer m_timer;
    bool m_running = false;
    bool m_pass = false;
    bool m_busy = false;
    bool m_stepQueued = false;
    int m_filed = 0;
    int m_failed = 0;
};

} // namespace hotline::outbox
