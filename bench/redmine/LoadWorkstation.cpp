#include "LoadWorkstation.h"

#include <QDir>
#include <cmath>

namespace hotline::bench {

LoadWorkstation::LoadWorkstation(Config config, LoadCalls& calls, LoadStats& stats, std::vector<Submitted>& submitted,
                                 const domain::ReferenceData& reference, quint32 seed, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_calls(calls)
    , m_stats(stats)
    , m_submitted(submitted)
    , m_reference(reference)
    , m_rnd(seed) {
    m_callTimer.setSingleShot(true);
    connect(&m_callTimer, &QTimer::timeout, this, &LoadWorkstation::fileCall);
    connect(&m_kbTimer, &QTimer::timeout, this, &LoadWorkstation::syncKb);
}

Status LoadWorkstation::open() {
    QDir().mkpath(m_config.dataDir);
    if (auto st = m_client.configure(m_config.server); !st)
        return st;
    m_client.setApiKey(m_config.apiKey);
    auto store = outbox::OutboxStore::open(m_config.dataDir + QStringLiteral("/outbox.sqlite"), m_clock);
    if (!store)
        return store.error();
    m_store = std::move(store.value());
    m_sender = std::make_unique<outbox::OutboxSender>(*m_store, m_client, m_reference, m_clock);
    m_wiki = std::make_unique<kbsync::WikiPublisher>(m_client);
    m_sync = std::make_unique<kbsync::WikiSync>(*m_wiki, m_config.shippedKbDir, m_config.dataDir);

    connect(m_sender.get(), &outbox::OutboxSender::delivered, this, [this](qint64 entry, int issueId) {
        ++m_stats.appealsDelivered;
        if (m_entryOf.contains(entry))
            m_submitted[m_entryOf.take(entry)].delivered = true;
        if (m_submittedAt.contains(entry))
            m_stats.deliveryMs.push_back(m_stats.msNow() - m_submittedAt.take(entry));
        m_stats.recentIssues.append(issueId);
        if (m_stats.recentIssues.size() > 500)
            m_stats.recentIssues.removeFirst();
    });
    connect(m_sender.get(), &outbox::OutboxSender::callRecorded, this, [this](qint64 entry, int) {
        ++m_stats.callsRecorded;
        if (m_entryOf.contains(entry))
            m_submitted[m_entryOf.take(entry)].delivered = true;
        if (m_submittedAt.contains(entry))
            m_stats.callMs.push_back(m_stats.msNow() - m_submittedAt.take(entry));
    });
    connect(m_sender.get(), &outbox::OutboxSender::retryScheduled, this,
            [this](qint64, const QString& reason, const QDateTime&) { ++m_stats.operatorErrors[reason]; });
    connect(m_sender.get(), &outbox::OutboxSender::failed, this,
            [this](qint64, const QString& reason) { ++m_stats.failedForGood[reason]; });
    return Ok{};
}

void LoadWorkstation::start() {
    m_filing = true;
    m_sender->start();
    scheduleCall();
    // Staggered, as workstations started at different moments.
    QTimer::singleShot(int(m_rnd.bounded(m_config.kbSyncSeconds * 1000)), this, [this] {
        syncKb();
        m_kbTimer.start(m_config.kbSyncSeconds * 1000);
    });
}

void LoadWorkstation::stopFiling() {
    m_filing = false;
    m_callTimer.stop();
    m_kbTimer.stop();
}

int LoadWorkstation::pending() const {
    return m_store ? m_store->pendingTotal() : 0;
}

void LoadWorkstation::scheduleCall() {
    // Poisson arrivals: exponential gaps with the workstation's mean.
    const double gap = -std::log(1.0 - m_rnd.generateDouble()) / m_config.callsPerSecond;
    m_callTimer.start(int(std::min(gap, 3600.0) * 1000));
}

void LoadWorkstation::fileCall() {
    if (!m_filing)
        return;
    const LoadCall call = m_calls.next(m_clock.now(), m_config.login);
    const double at = m_stats.msNow();
    if (call.appeal) {
        // The form's one transaction into the outbox, then the call record after it (CallRecorder).
        auto id = m_store->enqueue(*call.appeal);
        if (!id) {
            ++m_stats.operatorErrors[id.error().message];
        } else {
            ++m_stats.appealsSubmitted;
            m_submittedAt.insert(id.value(), at);
            Submitted s{call.appeal->clientId.toString(QUuid::WithoutBraces), {}, false};
            s.issueIds << s.clientId;
            for (int i = 1; i < call.expectedIssues; ++i)
                s.issueIds << net::subtaskClientId(call.appeal->clientId, i).toString(QUuid::WithoutBraces);
            m_entryOf.insert(id.value(), m_submitted.size());
            m_submitted.push_back(s);
        }
    } else {
        ++m_stats.callsWithoutAppeal;
        const QString id = call.record.id.toString(QUuid::WithoutBraces);
        m_submitted.push_back({id, {id}, true});
    }
    auto rec = m_store->enqueueCall(call.record);
    if (!rec) {
        ++m_stats.operatorErrors[rec.error().message];
    } else {
        m_submittedAt.insert(rec.value(), at);
        if (!call.appeal)
            m_entryOf.insert(rec.value(), m_submitted.size() - 1);
    }
    scheduleCall();
}

void LoadWorkstation::syncKb() {
    syncKbNow([](const kbsync::SyncReport&) {});
}

void LoadWorkstation::syncKbNow(std::function<void(const kbsync::SyncReport&)> done) {
    if (m_syncing)
        return;
    m_syncing = true;
    const double at = m_stats.msNow();
    m_sync->run(this, [this, at, done](kbsync::SyncReport report) {
        m_syncing = false;
        ++m_stats.kbSyncs;
        m_stats.kbSyncMs.push_back(m_stats.msNow() - at);
        m_stats.kbPagesFetched += int(report.updated.size());
        if (report.error)
            ++m_stats.syncErrors[QStringLiteral("KB sync: ") + report.error->message];
        done(report);
    });
}

} // namespace hotline::bench
