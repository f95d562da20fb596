#pragma once

#include "CallLogQuery.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace hotline::calllog {

// How the guided scripts were used in the calls a query selects, per script. Each figure counts calls (a call
// that ran a script twice counts once):
// - started: calls that ran the script (from its start, or jumped into it from another script);
// - results: per result node, the calls that reached it;
// - jumped: calls that went on from it into another script and reached none of its results;
// - abandoned: per node, the calls that left it there — their last run of the script stopped at that node and
//   none of their runs reached a result or jumped on.
struct ScriptUsage {
    QString script;
    int started = 0;
    int jumped = 0;
    QList<QPair<QString, int>> results;   // node → calls, most first (ties by node id)
    QList<QPair<QString, int>> abandoned; // node → calls, most first (ties by node id)

    int reachedResult() const; // calls that reached any result
    int abandonedTotal() const;
    friend bool operator==(const ScriptUsage&, const ScriptUsage&) = default;
};

// Per script, most started first (ties by id); computed by SQLite over the cache's record_scripts.
Result<QList<ScriptUsage>> scriptUsage(const QSqlDatabase& db, const CallLogQuery& query, const QDateTime& now);
// The same over a read-only connection of its own (for a worker thread).
Result<QList<ScriptUsage>> scriptUsageFromFile(const QString& path, const CallLogQuery& query, const QDateTime& now);

} // namespace hotline::calllog
