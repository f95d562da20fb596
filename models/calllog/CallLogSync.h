#pragma once

#include "CallLogCache.h"
#include "net/RedmineClient.h"

#include <QObject>
#include <functional>

namespace hotline::calllog {

struct SyncStats {
    int received = 0; // issues Redmine sent
    int changed = 0;  // of them new or changed in the cache
    int pages = 0;
    QDateTime watermark; // the newest updated_on now cached
};

// Incremental sync of the line's call log from Redmine into the cache: every issue of the appeals project
// (any status) with updated_on at or after the last watermark, oldest change first, 100 per page. The
// watermark is the server's own updated_on, so the workstation's clock does not matter. Redmine reads
// "updated_on>=T" as "after T minus one second" (whole seconds on the wire, fractions in its database), so the
// issues changed in those two seconds come again and are skipped by the cache as unchanged.
class CallLogSync : public QObject {
    Q_OBJECT
public:
    static constexpr int pageSize = 100;
    using Progress = std::function<void(int received, int total)>;
    using Done = std::function<void(Result<SyncStats>)>;

    CallLogSync(net::RedmineClient& client, CallLogCache& cache, QObject* parent = nullptr);

    // One sync; `done` runs once. A second call while one runs is refused.
    void run(Progress progress, Done done);
    bool isRunning() const { return m_running; }
    net::RedmineClient& client() const { return m_client; }

private:
    void fetchPage();

    net::RedmineClient& m_client;
    CallLogCache& m_cache;
    Progress m_progress;
    Done m_done;
    SyncStats m_stats;
    QDateTime m_since;
    int m_offset = 0;
    bool m_running = false;
};

} // namespace hotline::calllog
