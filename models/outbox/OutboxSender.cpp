#include "OutboxSender.h"

#include "net/CallPlanner.h"
#include "net/NetLog.h"
#include "net/RedmineNames.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace hotline::outbox {

using net::RedmineReply;

namespace {

// Reading the project, looking up and creating issues is what every operator's key may do: a refusal means the
// key is no longer valid (or its user lost the role), not that this entry is wrong.
bool refusesKey(Error::Code code) {
    return code == Error::Code::Unauthorized || code == Error::Code::Forbidden;
}

} // namespace

OutboxSender::OutboxSender(OutboxStore& store, net::RedmineClient& client, const domain::ReferenceData& reference,
                           const Clock& clock, std::function<double()> random, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_reference(reference)
    , m_clock(clock)
    , m_random(random ? std::move(random) : [] { return QRandomGenerator::global()->generateDouble(); }) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::scheduleStep);
    connect(&m_store, &OutboxStore::changed, this, [this] {
        if (m_running && !m_busy)
            scheduleStep();
    });
}

void OutboxSender::start() {
    m_running = true;
    scheduleStep();
}

void OutboxSender::stop() {
    m_running = false;
    m_timer.stop();
}

void OutboxSender::deliverDue() {
    m_pass = true;
    m_filed = 0;
    m_failed = 0;
    scheduleStep();
}

void OutboxSender::scheduleStep() {
    if (m_stepQueued)
        return;
    m_stepQueued = true;
    QMetaObject::invokeMethod(this, &OutboxSender::step, Qt::QueuedConnection);
}

void OutboxSender::step() {
    m_stepQueued = false;
    if (m_busy)
        return;
    const std::optional<OutboxEntry> entry = m_store.nextDue(m_clock.now());
    if (!entry) {
        if (m_pass) {
            m_pass = false;
            emit passFinished(m_filed, m_failed, m_store.pendingTotal());
        }
        if (m_running) {
            if (const auto at = m_store.nextPendingAttempt())
                m_timer.start(int(std::clamp<qint64>(m_clock.now().msecsTo(*at), 0, 24 * 3600 * 1000)));
        }
        return;
    }
    m_busy = true;
    m_job = Job{};
    m_job->entry = *entry;
    if (!entry->unreadable.isEmpty()) // a damaged row waits for a person instead of blocking the queue
        return finishFailed(Error{Error::Code::Parse, entry->unreadable});
    if (m_job->entry.kind == OutboxEntry::Kind::Note)
        return m_job->entry.maybeDelivered ? lookUpNote() : putNote();
    withSchema([this] {
        if (m_job->entry.kind == OutboxEntry::Kind::Call)
            return planCall();
        auto plan = net::planIssues(m_job->entry.appeal, *m_schema, m_reference);
        if (!plan)
            return finishFailed(plan.error());
        m_job->plan = plan.value();
        if (m_job->entry.maybeDelivered)
            lookUp();
        else
            postNext();
    });
}

void OutboxSender::withSchema(std::function<void()> then) {
    if (m_schema)
        return then();
    net::RedmineSchema::discover(m_client, this, [this, then](Result<net::RedmineSchema> schema) {
        if (!schema && refusesKey(schema.error().code))
            return finishUnauthorized();
        if (!schema)
            return finishRetry(schema.error());
        m_schema = schema.value();
        then();
    });
}

void OutboxSender::lookUp() {
    if (m_job->lookedUp >= m_job->plan.size()) {
        qCInfo(net::lcNet) << "outbox entry" << m_job->entry.id << "checked on the server:" << m_job->existing.size()
                           << "of" << m_job->plan.size() << "issues exist";
        return postNext();
    }
    QStringList ids;
    for (const net::PlannedIssue& p : m_job->plan.mid(m_job->lookedUp, net::maxClientUuidsPerLookup))
        ids << p.clientId.toString(QUuid::WithoutBraces);
    const int uuidField = m_schema->field(net::names::cfClientUuid);
    const QUrlQuery q = net::issuesByClientUuidQuery(uuidField, ids);
    m_client.get(QStringLiteral("/issues.json"), q, this, [this, uuidField, asked = ids.size()](const RedmineReply& r) {
        if (!r.ok() && refusesKey(r.error->code))
            return finishUnauthorized();
        if (!r.ok())
            return finishRetry(*r.error);
        for (const QJsonValue& v : r.json.object().value(QLatin1String("issues")).toArray()) {
            for (const QJsonValue& f : v[QLatin1String("custom_fields")].toArray()) {
                if (f[QLatin1String("id")].toInt() != uuidField)
                    continue;
                const QUuid id = QUuid::fromString(f[QLatin1String("value")].toString());
                // The oldest one wins should a duplicate ever exist.
                if (!id.isNull() && !m_job->existing.contains(id))
                    m_job->existing.insert(id, v[QLatin1String("id")].toInt());
            }
        }
        m_job->lookedUp += asked;
        lookUp();
    });
}

void OutboxSender::postNext() {
    while (m_job->next < m_job->plan.size() && m_job->existing.contains(m_job->plan.at(m_job->next).clientId))
        ++m_job->next;
    if (m_job->next >= m_job->plan.size())
        return finishSent();
    const net::PlannedIssue& planned = m_job->plan.at(m_job->next);
    QJsonObject issue = planned.issue;
    if (planned.subtask)
        issue.insert(QStringLiteral("parent_issue_id"), m_job->existing.value(m_job->plan.first().clientId));
    if (!m_job->posted) {
        // Durable before anything leaves: from here on the entry may exist on the server.
        if (auto st = m_store.markAttempt(m_job->entry.id); !st)
            return finishRetry(st.error());
        m_job->posted = true;
    }
    const QUuid id = planned.clientId;
    m_client.post(QStringLiteral("/issues.json"), QJsonObject{{QStringLiteral("issue"), issue}}, this,
                  [this, id](const RedmineReply& r) {
                      if (!r.ok()) {
                          const Error::Code c = r.error->code;
                          if (refusesKey(c))
                              return finishUnauthorized();
                          if (c == Error::Code::InvalidInput || c == Error::Code::NotFound ||
                              c == Error::Code::Conflict) {
                              m_schema.reset(); // a changed server set-up shows up like this
                              return finishFailed(*r.error);
                          }
                          return finishRetry(*r.error);
                      }
                      const int issueId = r.json.object().value(QLatin1String("issue"))[QLatin1String("id")].toInt();
                      if (issueId == 0)
                          return finishRetry(Error{Error::Code::Parse, QStringLiteral("no issue id in the answer")});
                      m_job->existing.insert(id, issueId);
                      ++m_job->next;
                      postNext();
                  });
}

void OutboxSender::planCall() {
    const call::CallRecord& c = m_job->entry.call;
    // Its appeals were queued before it and delivery is in order: those that reached Redmine are sent now.
    QList<int> appealIssues;
    for (const QString& id : c.appealClientIds) {
        const auto e = m_store.entryByClientId(id);
        if (e && e->state == OutboxEntry::State::Sent && e->redmineIssueId > 0)
            appealIssues << e->redmineIssueId;
    }
    if (!appealIssues.isEmpty()) {
        m_job->updates = net::planCallUpdates(c, appealIssues, *m_schema);
        return putNext();
    }
    auto planned = net::planCallIssue(c, *m_schema, m_reference);
    if (!planned)
        return finishFailed(planned.error());
    m_job->plan = {planned.value()};
    if (m_job->entry.maybeDelivered)
        lookUp();
    else
        postNext();
}

void OutboxSender::putNext() {
    if (m_job->nextUpdate >= m_job->updates.size())
        return finishSent();
    if (!m_job->posted) {
        if (auto st = m_store.markAttempt(m_job->entry.id); !st)
            return finishRetry(st.error());
        m_job->posted = true;
    }
    const net::PlannedUpdate& u = m_job->updates.at(m_job->nextUpdate);
    m_client.put(QStringLiteral("/issues/%1.json").arg(u.issueId), QJsonObject{{QStringLiteral("issue"), u.issue}},
                 this, [this](const RedmineReply& r) {
                     if (!r.ok()) {
                         const Error::Code c = r.error->code;
                         if (c == Error::Code::Unauthorized)
                             return finishUnauthorized();
                         // A refusal a retry will not fix must not hold up the appeals queued behind it.
                         if (c == Error::Code::InvalidInput || c == Error::Code::NotFound ||
                             c == Error::Code::Conflict || c == Error::Code::Forbidden) {
                             m_schema.reset();
                             return finishFailed(*r.error);
                         }
                         return finishRetry(*r.error);
                     }
                     ++m_job->nextUpdate;
                     putNext();
                 });
}

void OutboxSender::lookUpNote() {
    const AppealNote& note = m_job->entry.note;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("include"), QStringLiteral("journals"));
    m_client.get(QStringLiteral("/issues/%1.json").arg(note.issueId), q, this, [this](const RedmineReply& r) {
        if (!r.ok()) {
            const Error::Code c = r.error->code;
            if (c == Error::Code::NotFound || c == Error::Code::Forbidden)
                return finishFailed(*r.error);
            return finishRetry(*r.error);
        }
        const QJsonArray journals = r.json.object().value(QLatin1String("issue"))[QLatin1String("journals")].toArray();
        const bool there = journalsHaveNote(journals, m_job->entry.note.id);
        qCInfo(net::lcNet) << "outbox entry" << m_job->entry.id << "note checked on the server:" << there;
        if (there)
            return finishSent();
        putNote();
    });
}

void OutboxSender::putNote() {
    const AppealNote& note = m_job->entry.note;
    if (!m_job->posted) {
        // Durable before anything leaves: from here on the note may be on the issue.
        if (auto st = m_store.markAttempt(m_job->entry.id); !st)
            return finishRetry(st.error());
        m_job->posted = true;
    }
    const QJsonObject body{{QStringLiteral("issue"), QJsonObject{{QStringLiteral("notes"), noteBody(note)}}}};
    m_client.put(QStringLiteral("/issues/%1.json").arg(note.issueId), body, this, [this](const RedmineReply& r) {
        if (!r.ok()) {
            const Error::Code c = r.error->code;
            if (c == Error::Code::InvalidInput || c == Error::Code::NotFound || c == Error::Code::Conflict ||
                c == Error::Code::Forbidden)
                return finishFailed(*r.error);
            return finishRetry(*r.error);
        }
        finishSent();
    });
}

void OutboxSender::finishSent() {
    const bool isCall = m_job->entry.kind == OutboxEntry::Kind::Call;
    const bool isNote = m_job->entry.kind == OutboxEntry::Kind::Note;
    const int issueId = isNote                      ? m_job->entry.note.issueId
                        : !m_job->updates.isEmpty() ? m_job->updates.first().issueId
                                                    : m_job->existing.value(m_job->plan.first().clientId);
    if (auto st = m_store.markSent(m_job->entry.id, issueId); !st) {
        qCWarning(net::lcNet) << "outbox entry" << m_job->entry.id << "sent but not recorded";
        return finishRetry(st.error());
    }
    m_failures.remove(m_job->entry.id);
    if (isCall) {
        emit callRecorded(m_job->entry.id, issueId);
    } else if (isNote) {
        emit noteAdded(m_job->entry.id, issueId);
    } else {
        ++m_filed;
        emit delivered(m_job->entry.id, issueId);
    }
    jobDone();
}

void OutboxSender::finishRetry(const Error& error) {
    const int failures = ++m_failures[m_job->entry.id];
    const QDateTime next = m_clock.now().addMSecs(qint64(retryDelay(m_policy, failures, m_random()).count()));
    const bool maybe = m_job->entry.maybeDelivered || m_job->posted;
    // The client's errors say what happened to the request; what happens to the entry is the outbox's to say.
    // An entry that may have reached the server is looked up before it goes again (never filed twice).
    QString stays;
    switch (m_job->entry.kind) {
    case OutboxEntry::Kind::Appeal:
        stays = maybe ? tr("The appeal stays in the outbox and is checked on the server before it is sent again.")
                      : tr("The appeal stays in the outbox and is sent again later.");
        break;
    case OutboxEntry::Kind::Call:
        stays = maybe ? tr("The call record stays in the outbox and is checked on the server before it is sent "
                           "again.")
                      : tr("The call record stays in the outbox and is sent again later.");
        break;
    case OutboxEntry::Kind::Note:
        stays = maybe ? tr("The addition to the appeal stays in the outbox and is checked on the server before it "
                           "is sent again.")
                      : tr("The addition to the appeal stays in the outbox and is sent again later.");
        break;
    }
    const QString message = error.message + QLatin1Char(' ') + stays;
    if (auto st = m_store.markRetry(m_job->entry.id, message, next, maybe); !st)
        return storeBroken(st.error());
    emit retryScheduled(m_job->entry.id, message, next);
    // Nothing later may overtake this entry: the pass ends here.
    jobDone();
}

void OutboxSender::finishFailed(const Error& error) {
    if (auto st = m_store.markFailed(m_job->entry.id, error.message); !st)
        return storeBroken(st.error());
    m_failures.remove(m_job->entry.id);
    ++m_failed;
    emit failed(m_job->entry.id, error.message);
    jobDone();
}

void OutboxSender::finishUnauthorized() {
    const QString message = tr("The access key is no longer valid — log in again");
    // Waiting, due at once after the next login; the attempt count and the backoff are not touched.
    const bool maybe = m_job->entry.maybeDelivered || m_job->posted;
    if (auto st = m_store.markRetry(m_job->entry.id, message, m_clock.now(), maybe); !st)
        qCWarning(net::lcNet) << "outbox entry" << m_job->entry.id
                              << "could not be marked waiting:" << st.error().message;
    m_schema.reset();
    m_job.reset();
    m_busy = false;
    stop();
    if (m_pass) {
        m_pass = false;
        emit passFinished(m_filed, m_failed, m_store.pendingTotal());
    }
    emit authorizationLost(message);
}

void OutboxSender::storeBroken(const Error& error) {
    // The outcome of this attempt is not on disk: going on would send the entry again at once, and again. The
    // entry stays pending; sending stops until the next start (a login), and the operator is told.
    qCWarning(net::lcNet) << "outbox entry" << m_job->entry.id << "could not record its outcome:" << error.message;
    m_job.reset();
    m_busy = false;
    stop();
    if (m_pass) {
        m_pass = false;
        emit passFinished(m_filed, m_failed, m_store.pendingTotal());
    }
    emit storeFailed(tr("Sending is paused: the outbox could not record a delivery attempt (%1).").arg(error.message));
}

void OutboxSender::jobDone() {
    m_job.reset();
    m_busy = false;
    scheduleStep();
}

} // namespace hotline::outbox
