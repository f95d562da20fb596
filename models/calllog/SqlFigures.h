#pragma once

#include "CallLogQuery.h"
#include "DashboardFigures.h"
#include "domain/Result.h"

#include <QSqlDatabase>

namespace hotline::calllog {

// The dashboard computed by SQLite over the cache's `records` (and its articles and searches) for the calls
// `query` selects: the same figures as DashboardCalculator::compute, without loading the records.
// A query that fails gives the error, never figures of zero.
Result<DashboardFigures> sqlFigures(const QSqlDatabase& db, const CallLogQuery& query, const QDateTime& now);

// The same over a connection of its own to the cache file (read-only), so it can run in a worker thread
// while the window goes on with the cache's connection.
Result<DashboardFigures> sqlFiguresFromFile(const QString& path, const CallLogQuery& query, const QDateTime& now);

} // namespace hotline::calllog
