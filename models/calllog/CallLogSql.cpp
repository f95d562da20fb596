#include "CallLogSql.h"

#include "domain/MoscowTime.h"

namespace hotline::calllog::sql {

QList<const char*> schema() {
    return {
        "CREATE TABLE IF NOT EXISTS records("
        " issue_id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL, tracker TEXT NOT NULL, kind TEXT NOT NULL,"
        " status TEXT NOT NULL, closed INTEGER NOT NULL, subject TEXT NOT NULL, operator_id INTEGER NOT NULL,"
        " operator_name TEXT NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL, article TEXT NOT NULL,"
        " articles TEXT NOT NULL, result TEXT NOT NULL, searches TEXT NOT NULL, client_uuid TEXT NOT NULL,"
        " call_uuid TEXT NOT NULL, call_start INTEGER NOT NULL, call_seconds INTEGER NOT NULL,"
        " deadline INTEGER NOT NULL, due_date TEXT NOT NULL, created_on INTEGER NOT NULL,"
        " updated_on INTEGER NOT NULL, closed_on INTEGER NOT NULL, deadline_at INTEGER NOT NULL,"
        " ring_seconds INTEGER NOT NULL, call_at INTEGER NOT NULL, close_at INTEGER NOT NULL, is_call INTEGER NOT NULL,"
        " counts_call INTEGER NOT NULL, closed_on_call INTEGER NOT NULL, msk_hour INTEGER NOT NULL,"
        " msk_day TEXT NOT NULL, search_text TEXT NOT NULL, fingerprint BLOB NOT NULL)",
        // The first screen: the calls, newest first.
        "CREATE INDEX IF NOT EXISTS records_calls ON records(is_call, call_at, issue_id)",
        "CREATE INDEX IF NOT EXISTS records_call_at ON records(call_at)",
        // What the dashboard and the filter choices read, in the order records arrive: their scans skip the wide
        // rows.
        "CREATE INDEX IF NOT EXISTS records_figures ON records(is_call, call_at, counts_call, call_seconds, kind,"
        " closed_on_call, closed, deadline_at, close_at, category, operator_name, msk_day, msk_hour, channel, status,"
        " result, ring_seconds)",
        "CREATE TABLE IF NOT EXISTS record_articles(issue_id INTEGER NOT NULL, article TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS record_articles_issue ON record_articles(issue_id)",
        "CREATE TABLE IF NOT EXISTS record_searches(issue_id INTEGER NOT NULL, query TEXT NOT NULL,"
        " hits INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS record_searches_issue ON record_searches(issue_id)",
        // The guided scripts' runs (one row per run): the supervisor's figures per script.
        "CREATE TABLE IF NOT EXISTS record_scripts(issue_id INTEGER NOT NULL, script TEXT NOT NULL,"
        " ending TEXT NOT NULL, node TEXT NOT NULL, steps INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS record_scripts_issue ON record_scripts(issue_id)",
        "CREATE TABLE IF NOT EXISTS history(issue_id INTEGER PRIMARY KEY, json BLOB NOT NULL,"
        " fetched_at INTEGER NOT NULL)",
    };
}

qint64 ms(const QDateTime& t) {
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 value) {
    return value != 0 ? QDateTime::fromMSecsSinceEpoch(value, Qt::UTC) : QDateTime();
}

QString stateExpr(const QDateTime& now) {
    // Open records: overdue past the deadline, due today until the end of today's Moscow date.
    const QDateTime tomorrow = domain::moscowDateTime(domain::toMoscow(now).date().addDays(1), QTime(0, 0));
    return QStringLiteral("(CASE WHEN r.deadline_at = 0 THEN 0"
                          " WHEN r.closed = 1 THEN (CASE WHEN r.close_at > r.deadline_at THEN 2 ELSE 1 END)"
                          " WHEN %1 > r.deadline_at THEN 5 WHEN r.deadline_at < %2 THEN 4 ELSE 3 END)")
        .arg(ms(now))
        .arg(ms(tomorrow));
}

Clause where(const CallLogQuery& q, const QDateTime& now) {
    Clause c{QStringLiteral(" WHERE 1=1"), {}};
    auto add = [&c](const QString& sql, const QVariant& value = {}) {
        c.sql += QStringLiteral(" AND ") + sql;
        if (value.isValid())
            c.binds << value;
    };
    if (q.callsOnly)
        add(QStringLiteral("r.is_call = 1"));
    if (q.from.isValid() || q.to.isValid())
        add(QStringLiteral("r.call_at <> 0"));
    if (q.from.isValid())
        add(QStringLiteral("r.call_at >= ?"), ms(domain::moscowDateTime(q.from, QTime(0, 0))));
    if (q.to.isValid())
        add(QStringLiteral("r.call_at < ?"), ms(domain::moscowDateTime(q.to.addDays(1), QTime(0, 0))));
    const QList<QPair<QString, QString>> equal{{QStringLiteral("r.operator_name"), q.operatorName},
                                               {QStringLiteral("r.category"), q.category},
                                               {QStringLiteral("r.kind"), q.kindId},
                                               {QStringLiteral("r.channel"), q.channel},
                                               {QStringLiteral("r.status"), q.status}};
    for (const auto& [column, value] : equal) {
        if (!value.isEmpty())
            add(column + QStringLiteral(" = ?"), value);
    }
    if (q.overdueOnly)
        add(stateExpr(now) + QStringLiteral(" IN (2, 5)"));
    if (const QString text = q.text.trimmed(); !text.isEmpty()) {
        bool isNumber = false;
        const int id = text.toInt(&isNumber);
        add(QStringLiteral("(instr(r.search_text, ?) > 0 OR r.issue_id = ?)"), text.toLower());
        c.binds << (isNumber ? id : -1);
    }
    return c;
}

QString orderBy(const CallLogQuery& q, const QDateTime& now) {
    using S = CallLogQuery::Sort;
    QString key;
    switch (q.sort) {
    case S::Issue:
        key = QStringLiteral("r.issue_id");
        break;
    case S::Start:
        key = QStringLiteral("r.call_at");
        break;
    case S::Operator:
        key = QStringLiteral("r.operator_name");
        break;
    case S::Channel:
        key = QStringLiteral("r.channel");
        break;
    case S::Category:
        key = QStringLiteral("r.category");
        break;
    case S::Kind:
        key = QStringLiteral("r.tracker");
        break;
    case S::Status:
        key = QStringLiteral("r.status");
        break;
    case S::Duration:
        key = QStringLiteral("r.call_seconds");
        break;
    case S::Deadline:
        key = QStringLiteral("r.deadline_at");
        break;
    case S::DeadlineState:
        key = stateExpr(now);
        break;
    case S::Article:
        key = QStringLiteral("r.article");
        break;
    case S::Subject:
        key = QStringLiteral("r.subject");
        break;
    }
    const QString dir = q.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (q.sort == S::Issue)
        return QStringLiteral(" ORDER BY r.issue_id") + dir;
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", r.issue_id") + dir;
}

} // namespace hotline::calllog::sql
