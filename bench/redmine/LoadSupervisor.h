#pragma once

#include "LoadWorkstation.h"
#include "calllog/CallLogCache.h"
#include "calllog/CallLogSync.h"
#include "calllog/IssueHistory.h"

namespace hotline::bench {

// A supervisor with the call-log window open: an incremental sync of the line every `syncSeconds` (its own
// cache, starting from a recent watermark as after a day's work), then the Redmine history of two calls, as
// when drilling into single calls.
class LoadSupervisor : public QObject {
    Q_OBJECT
public:
    LoadSupervisor(QString dataDir, const net::ServerConfig& server, const QByteArray& apiKey,
                   const domain::DeadlinePolicy& policy, LoadStats& stats, int syncSeconds, quint32 seed,
                   QObject* parent = nullptr);
    Status open(const QDateTime& watermark);
    void start();
    void stop() { m_timer.stop(); }

private:
    void sync();
    void openHistory(int left);

    QString m_dataDir;
    net::ServerConfig m_server;
    QByteArray m_apiKey;
    const domain::DeadlinePolicy& m_policy;
    LoadStats& m_stats;
    int m_syncSeconds;
    QRandomGenerator m_rnd;
    QNetworkAccessManager m_network;
    net::RedmineClient m_client{m_network};
    SystemClock m_clock;
    std::unique_ptr<calllog::CallLogCache> m_cache;
    std::unique_ptr<calllog::CallLogSync> m_sync;
    std::unique_ptr<calllog::IssueHistoryFetcher> m_history;
    QTimer m_timer;
};

} // namespace hotline::bench
