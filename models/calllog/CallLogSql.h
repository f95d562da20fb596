#pragma once

#include "CallLogQuery.h"

#include <QDateTime>
#include <QList>
#include <QVariantList>

// The SQL pieces of the cache's queries (table `records` aliased `r`); internal to models/calllog.
namespace hotline::calllog::sql {

// The cache's tables and indexes (CREATE ... IF NOT EXISTS).
QList<const char*> schema();

// Instants are stored as milliseconds since the epoch, 0 when unknown.
qint64 ms(const QDateTime& t);
QDateTime fromMs(qint64 ms);

// The DeadlineState (as int) of a record at `now`, the same rule as deadlineStateFor().
QString stateExpr(const QDateTime& now);

struct Clause {
    QString sql; // starts with " WHERE "
    QVariantList binds;
};
Clause where(const CallLogQuery& query, const QDateTime& now);
QString orderBy(const CallLogQuery& query, const QDateTime& now);

} // namespace hotline::calllog::sql
