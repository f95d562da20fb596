#pragma once

#include "CallLogRecord.h"
#include "domain/Result.h"

#include <QDateTime>
#include <memory>

namespace hotline::calllog {

// The supervisor's local copy of the line's call log (SQLite, WAL, readable by the user only), so the mode
// works offline and opens fast. It holds personal data (callers' organisations, names, phones in subjects),
// so records older than the retention are purged.
class CallLogCache {
public:
    static constexpr int defaultRetentionDays = 90;

    static Result<std::unique_ptr<CallLogCache>> open(const QString& path);
    ~CallLogCache();
    CallLogCache(const CallLogCache&) = delete;
    CallLogCache& operator=(const CallLogCache&) = delete;

    // Inserts or replaces by Redmine issue id, in one transaction. Returns how many were new or changed
    // (a record whose updated_on is the one already cached does not count).
    Result<int> upsert(const CallLogRecords& records);
    CallLogRecords records() const; // all, newest call first
    int count() const;

    // The watermark of the incremental sync: the newest updated_on received from Redmine (server time).
    QDateTime lastSync() const;
    Status setLastSync(const QDateTime& updatedOn);

    // Deletes records whose call (or filing, when the start is unknown) is older than `days` before `now`;
    // returns how many went.
    Result<int> purgeOlderThan(int days, const QDateTime& now);

private:
    explicit CallLogCache(QString connection);
    QString m_connection;
};

} // namespace hotline::calllog
