#include "SqlFigures.h"

#include "CallLogSql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <map>
#include <optional>

namespace hotline::calllog {

namespace {

class Runner {
public:
    Runner(const QSqlDatabase& db, const CallLogQuery& query, const QDateTime& now)
        : m_db(db)
        , m_where(sql::where(query, now)) {
        m_where.sql += QStringLiteral(" AND r.is_call = 1");
    }

    // Runs `sql` (the WHERE clause goes where it says %1) and hands each row over.
    template <typename Row>
    void each(const QString& sql, Row row) const {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QString(sql).replace(QStringLiteral("%1"), m_where.sql));
        for (const QVariant& v : m_where.binds)
            q.addBindValue(v);
        if (!q.exec())
            return fail(q);
        while (q.next())
            row(q);
        if (q.lastError().isValid())
            fail(q);
    }
    // The first query that failed: the figures are then not the data's, and are not shown as if they were.
    const std::optional<Error>& error() const { return m_error; }

private:
    void fail(const QSqlQuery& q) const {
        if (!m_error)
            m_error = Error{Error::Code::Database,
                            QCoreApplication::translate("CallLogCache", "The call log data could not be read: %1")
                                .arg(q.lastError().text())};
    }
    const QSqlDatabase& m_db;
    sql::Clause m_where;
    mutable std::optional<Error> m_error;
};

// The handling times of a group as a histogram (seconds → calls): exact average and median without the list.
using Durations = std::map<int, int>;

void finish(GroupFigures& f, const Durations& d) {
    qint64 n = 0, sum = 0;
    for (const auto& [seconds, count] : d) {
        n += count;
        sum += qint64(seconds) * count;
    }
    f.handled = int(n);
    if (n == 0)
        return;
    f.averageSeconds = double(sum) / double(n);
    // The middle one (odd) or the two middle ones (even), counting from 0.
    const qint64 lo = (n - 1) / 2, hi = n / 2;
    qint64 seen = 0;
    double a = 0, b = 0;
    bool haveA = false;
    for (const auto& [seconds, count] : d) {
        if (!haveA && lo < seen + count) {
            a = seconds;
            haveA = true;
        }
        if (hi < seen + count) {
            b = seconds;
            break;
        }
        seen += count;
    }
    f.medianSeconds = (a + b) / 2.0;
}

void addCounts(GroupFigures& to, const GroupFigures& from) {
    to.calls += from.calls;
    to.simple += from.simple;
    to.simpleClosedOnCall += from.simpleClosedOnCall;
    to.met += from.met;
    to.missed += from.missed;
    to.dueToday += from.dueToday;
    to.overdue += from.overdue;
    to.open += from.open;
    to.missedCalls += from.missedCalls;
    to.answeredTimed += from.answeredTimed;
    to.answeredInTime += from.answeredInTime;
}

QList<QPair<QString, int>> ranked(const Runner& run, const QString& sql) {
    QList<QPair<QString, int>> out;
    run.each(QString(sql).replace(QStringLiteral("%2"), QString::number(DashboardCalculator::topArticleCount)),
             [&out](const QSqlQuery& q) {
                 out.append({q.value(0).toString(), q.value(1).toInt()});
             });
    return out;
}

} // namespace

Result<DashboardFigures> sqlFigures(const QSqlDatabase& db, const CallLogQuery& query, const QDateTime& now) {
    const Runner run(db, query, now);
    DashboardFigures out;
    // Counts per (category, operator), added up into the line, the categories and the operators.
    run.each(QStringLiteral("SELECT c, o, SUM(n), SUM(k = 'simple'), SUM(oc), SUM(st = 1), SUM(st = 2), SUM(st = 4),"
                            " SUM(st = 5), SUM(st = 3), SUM(n AND mc), SUM(n AND NOT mc AND rs >= 0),"
                            " SUM(n AND NOT mc AND rs >= 0 AND rs <= %4) FROM (SELECT r.category AS c,"
                            " r.operator_name AS o, r.counts_call AS n, r.kind AS k, r.closed_on_call AS oc,"
                            " r.result = 'Пропущен' AS mc, r.ring_seconds AS rs, %3 AS st FROM records r%1)"
                            " GROUP BY c, o")
                 .replace(QStringLiteral("%3"), sql::stateExpr(now))
                 .replace(QStringLiteral("%4"), QString::number(DashboardCalculator::answerTargetSeconds)),
             [&out](const QSqlQuery& q) {
                 GroupFigures f;
                 f.calls = q.value(2).toInt();
                 f.simple = q.value(3).toInt();
                 f.simpleClosedOnCall = q.value(4).toInt();
                 f.met = q.value(5).toInt();
                 f.missed = q.value(6).toInt();
                 f.dueToday = q.value(7).toInt();
                 f.overdue = q.value(8).toInt();
                 f.open = q.value(9).toInt();
                 f.missedCalls = q.value(10).toInt();
                 f.answeredTimed = q.value(11).toInt();
                 f.answeredInTime = q.value(12).toInt();
                 addCounts(out.total, f);
                 addCounts(out.perCategory[q.value(0).toString()], f);
                 addCounts(out.perOperator[q.value(1).toString()], f);
             });
    // Handling times of the calls, as histograms per (category, operator).
    Durations total;
    QHash<QString, Durations> categories, operators;
    run.each(QStringLiteral("SELECT r.category, r.operator_name, r.call_seconds, COUNT(*) FROM records r%1"
                            " AND r.counts_call = 1 AND r.call_seconds > 0 GROUP BY 1, 2, 3"),
             [&](const QSqlQuery& q) {
                 const int seconds = q.value(2).toInt(), n = q.value(3).toInt();
                 total[seconds] += n;
                 categories[q.value(0).toString()][seconds] += n;
                 operators[q.value(1).toString()][seconds] += n;
             });
    finish(out.total, total);
    for (auto it = out.perCategory.begin(); it != out.perCategory.end(); ++it)
        finish(it.value(), categories.value(it.key()));
    for (auto it = out.perOperator.begin(); it != out.perOperator.end(); ++it)
        finish(it.value(), operators.value(it.key()));
    run.each(QStringLiteral("SELECT r.msk_day, r.msk_hour, COUNT(*) FROM records r%1 AND r.counts_call = 1"
                            " AND r.call_at <> 0 GROUP BY 1, 2"),
             [&out](const QSqlQuery& q) {
                 const int hour = q.value(1).toInt(), n = q.value(2).toInt();
                 if (hour >= 0 && hour < 24)
                     out.perHour[size_t(hour)] += n;
                 out.perDay[QDate::fromString(q.value(0).toString(), Qt::ISODate)] += n;
             });
    out.topArticles = ranked(run, QStringLiteral("SELECT a.article, COUNT(*) AS n FROM records r JOIN record_articles a"
                                                 " ON a.issue_id = r.issue_id%1 GROUP BY a.article"
                                                 " ORDER BY n DESC, a.article LIMIT %2"));
    out.emptySearches = ranked(run, QStringLiteral("SELECT s.query, COUNT(*) AS n FROM records r JOIN record_searches s"
                                                   " ON s.issue_id = r.issue_id%1 AND s.hits = 0 GROUP BY s.query"
                                                   " ORDER BY n DESC, s.query LIMIT %2"));
    if (run.error())
        return *run.error();
    return out;
}

Result<DashboardFigures> sqlFiguresFromFile(const QString& path, const CallLogQuery& query, const QDateTime& now) {
    const QString name = QStringLiteral("calllog-figures-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<DashboardFigures> out = Error{Error::Code::Database, QString()};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            out = sqlFigures(db, query, now);
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
