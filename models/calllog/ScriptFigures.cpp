#include "ScriptFigures.h"

#include "CallLogSql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <algorithm>

namespace hotline::calllog {

namespace {

// Runs `sql` with the query's WHERE clause where it says %1 (the calls among the records `r`).
template <typename Row>
Status each(const QSqlDatabase& db, const sql::Clause& where, const QString& sql, Row row) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QString(sql).replace(QStringLiteral("%1"), where.sql + QStringLiteral(" AND r.is_call = 1")));
    for (const QVariant& v : where.binds)
        q.addBindValue(v);
    if (!q.exec())
        return Error{Error::Code::Database,
                     QCoreApplication::translate("CallLogCache", "The local call-log cache could not be used: %1")
                         .arg(q.lastError().text())};
    while (q.next())
        row(q);
    return Ok{};
}

void sortCounts(QList<QPair<QString, int>>& list) {
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
}

} // namespace

int ScriptUsage::reachedResult() const {
    return started - jumped - abandonedTotal();
}

int ScriptUsage::abandonedTotal() const {
    int n = 0;
    for (const auto& [node, calls] : abandoned)
        n += calls;
    return n;
}

Result<QList<ScriptUsage>> scriptUsage(const QSqlDatabase& db, const CallLogQuery& query, const QDateTime& now) {
    const sql::Clause where = sql::where(query, now);
    QHash<QString, ScriptUsage> by;
    auto usage = [&by](const QString& script) -> ScriptUsage& {
        ScriptUsage& u = by[script];
        u.script = script;
        return u;
    };
    const QString from = QStringLiteral(" FROM record_scripts s JOIN records r ON r.issue_id = s.issue_id%1");
    Status st = each(
        db, where, QStringLiteral("SELECT s.script, COUNT(DISTINCT s.issue_id)") + from + QStringLiteral(" GROUP BY 1"),
        [&](const QSqlQuery& q) { usage(q.value(0).toString()).started = q.value(1).toInt(); });
    if (!st)
        return st.error();
    st = each(db, where,
              QStringLiteral("SELECT s.script, s.node, COUNT(DISTINCT s.issue_id)") + from +
                  QStringLiteral(" AND s.ending = 'result' GROUP BY 1, 2"),
              [&](const QSqlQuery& q) {
                  usage(q.value(0).toString()).results.append({q.value(1).toString(), q.value(2).toInt()});
              });
    if (!st)
        return st.error();
    // The calls that did not reach a result of the script: jumped on, or left at the last node of their last run.
    const QString noResult = QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM record_scripts x WHERE x.issue_id ="
                                            " s.issue_id AND x.script = s.script AND x.ending = 'result')");
    st = each(db, where,
              QStringLiteral("SELECT s.script, COUNT(DISTINCT s.issue_id)") + from +
                  QStringLiteral(" AND s.ending = 'jumped'") + noResult + QStringLiteral(" GROUP BY 1"),
              [&](const QSqlQuery& q) { usage(q.value(0).toString()).jumped = q.value(1).toInt(); });
    if (!st)
        return st.error();
    st = each(
        db, where,
        QStringLiteral("SELECT s.script, s.node, COUNT(*)") + from + noResult +
            QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM record_scripts x WHERE x.issue_id = s.issue_id AND"
                           " x.script = s.script AND x.ending = 'jumped')"
                           " AND s.rowid = (SELECT MAX(x.rowid) FROM record_scripts x WHERE x.issue_id = s.issue_id"
                           " AND x.script = s.script) GROUP BY 1, 2"),
        [&](const QSqlQuery& q) {
            usage(q.value(0).toString()).abandoned.append({q.value(1).toString(), q.value(2).toInt()});
        });
    if (!st)
        return st.error();
    QList<ScriptUsage> out = by.values();
    for (ScriptUsage& u : out) {
        sortCounts(u.results);
        sortCounts(u.abandoned);
    }
    std::sort(out.begin(), out.end(), [](const ScriptUsage& a, const ScriptUsage& b) {
        return a.started != b.started ? a.started > b.started : a.script < b.script;
    });
    return out;
}

Result<QList<ScriptUsage>> scriptUsageFromFile(const QString& path, const CallLogQuery& query, const QDateTime& now) {
    const QString name = QStringLiteral("calllog-scripts-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QList<ScriptUsage>> out = Error{Error::Code::Database, QString()};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            out = scriptUsage(db, query, now);
        else
            out = Error{Error::Code::Database,
                        QCoreApplication::translate("CallLogCache", "The local call-log cache could not be used: %1")
                            .arg(db.lastError().text())};
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace hotline::calllog
