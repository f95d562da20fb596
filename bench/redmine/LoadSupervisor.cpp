#include "LoadSupervisor.h"

#include <QDir>

namespace hotline::bench {

LoadSupervisor::LoadSupervisor(QString dataDir, const net::ServerConfig& server, const QByteArray& apiKey,
                               const domain::DeadlinePolicy& policy, LoadStats& stats, int syncSeconds, quint32 seed,
                               QObject* parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_server(server)
    , m_apiKey(apiKey)
    , m_policy(policy)
    , m_stats(stats)
    , m_syncSeconds(syncSeconds)
    , m_rnd(seed) {
    connect(&m_timer, &QTimer::timeout, this, &LoadSupervisor::sync);
}

Status LoadSupervisor::open(const QDateTime& watermark) {
    QDir().mkpath(m_dataDir);
    if (auto st = m_client.configure(m_server); !st)
        return st;
    m_client.setApiKey(m_apiKey);
    auto cache = calllog::CallLogCache::open(m_dataDir + QStringLiteral("/calllog.sqlite"), m_policy);
    if (!cache)
        return cache.error();
    m_cache = std::move(cache.value());
    if (auto st = m_cache->setLastSync(watermark); !st)
        return st;
    m_sync = std::make_unique<calllog::CallLogSync>(m_client, *m_cache);
    m_history = std::make_unique<calllog::IssueHistoryFetcher>(&m_client, *m_cache, m_clock);
    return Ok{};
}

void LoadSupervisor::start() {
    QTimer::singleShot(int(m_rnd.bounded(m_syncSeconds * 1000)), this, [this] {
        sync();
        m_timer.start(m_syncSeconds * 1000);
    });
}

void LoadSupervisor::sync() {
    if (m_sync->isRunning())
        return;
    const double at = m_stats.msNow();
    m_sync->run({}, [this, at](Result<calllog::SyncStats> r) {
        ++m_stats.supervisorSyncs;
        m_stats.supervisorSyncMs.push_back(m_stats.msNow() - at);
        if (!r) {
            ++m_stats.syncErrors[QStringLiteral("call-log sync: ") + r.error().message];
            return;
        }
        m_stats.supervisorIssues += r.value().received;
        openHistory(2);
    });
}

void LoadSupervisor::openHistory(int left) {
    if (left == 0 || m_stats.recentIssues.isEmpty())
        return;
    const int issue = m_stats.recentIssues.at(m_rnd.bounded(int(m_stats.recentIssues.size())));
    const double at = m_stats.msNow();
    m_history->fetch(issue, [this, at, left](calllog::HistoryView view) {
        m_stats.historyMs.push_back(m_stats.msNow() - at);
        if (!view.notice.isEmpty())
            ++m_stats.syncErrors[QStringLiteral("call history: ") + view.notice];
        openHistory(left - 1);
    });
}

} // namespace hotline::bench
