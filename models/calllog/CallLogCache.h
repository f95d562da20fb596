#pragma once

#include "CallLogQuery.h"
#include "CallLogRecord.h"
#include "DashboardFigures.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <memory>
#include <optional>

namespace hotline::domain {
class DeadlinePolicy;
}

class QSqlQuery;

namespace hotline::calllog {

// The supervisor's local copy of the line's call log (SQLite, WAL, readable by the user only), so the mode
// works offline and opens fast. Filters, sorting and the dashboard figures run in SQL over indexed columns
// derived when a record is stored (its effective deadline by the production calendar, Moscow hour and date,
// whether it counts as a call), so the table never loads the whole log. It holds personal data (callers'
// organisations, names, phones in subjects), so records older than the retention are purged.
class CallLogCache {
public:
    static constexpr int defaultRetentionDays = 90;
    static constexpr int schemaVersion = 5; // 3 was taken twice (ring seconds; script runs): both rebuild

    // `policy` decides the deadline of records filed without one; it must outlive the cache.
    static Result<std::unique_ptr<CallLogCache>> open(const QString& path, const domain::DeadlinePolicy& policy);
    ~CallLogCache();
    CallLogCache(const CallLogCache&) = delete;
    CallLogCache& operator=(const CallLogCache&) = delete;

    // Inserts or replaces by Redmine issue id, in one transaction. Returns how many were new or changed
    // (a record whose updated_on is the one already cached does not count).
    Result<int> upsert(const CallLogRecords& records);
    CallLogRecords records() const; // all, newest call first
    std::optional<CallLogRecord> record(int issueId) const;
    int count() const;

    // The issue ids the query selects, in its order.
    QList<int> select(const CallLogQuery& query, const QDateTime& now) const;
    struct Row {
        CallLogRecord record;
        QDateTime deadline; // effective: filed, due date or the rule
    };
    // The rows of these ids, in the same order (ids not cached are left out).
    QList<Row> rows(const QList<int>& issueIds) const;
    // The dashboard over the calls the query selects (its order does not matter). sqlFiguresFromFile(path())
    // computes the same in a worker thread.
    Result<DashboardFigures> figures(const CallLogQuery& query, const QDateTime& now) const;
    QString path() const;
    // The first read that failed since clearReadError() (a locked or damaged cache): its empty list or 0 is not
    // data, and the supervisor window says so. Views clear, read, check.
    std::optional<Error> readError() const { return m_readError; }
    void clearReadError() const { m_readError.reset(); }

    enum class Field { Operator, Category, Channel, Status };
    // The distinct non-empty values of a field over the top-level records, for the filter choices.
    QStringList distinct(Field field) const;
    // Every KB article opened in a cached call (the KB editor's "never opened by operators" filter).
    QSet<QString> openedArticles() const;

    // The watermark of the incremental sync: the newest updated_on received from Redmine (server time).
    QDateTime lastSync() const;
    Status setLastSync(const QDateTime& updatedOn);

    // Deletes records whose call (or filing, when the start is unknown) is older than `days` before `now`,
    // with their saved history; returns how many went.
    Result<int> purgeOlderThan(int days, const QDateTime& now);

    // The Redmine history (GET /issues/:id.json?include=journals,children) as last fetched, for offline use.
    Status storeHistory(int issueId, const QByteArray& json, const QDateTime& fetchedAt);
    struct SavedHistory {
        QByteArray json;
        QDateTime fetchedAt;
    };
    std::optional<SavedHistory> history(int issueId) const;
    Status removeHistory(int issueId);
    // Small values kept with the cache (e.g. the server's status names for the history).
    QString meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);

private:
    CallLogCache(QString connection, const domain::DeadlinePolicy& policy);
    Status createSchema();
    bool noteRead(const QSqlQuery& query, bool ok) const;
    QString m_connection;
    mutable std::optional<Error> m_readError;
    DashboardCalculator m_calculator;
};

} // namespace hotline::calllog
