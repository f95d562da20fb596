#include "CallLogCache.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace hotline::calllog {

namespace {

Error dbError(const QSqlError& e) {
    return {
        Error::Code::Database,
        QCoreApplication::translate("CallLogCache", "The local call-log cache could not be used: %1").arg(e.text())};
}

// SQLite would store a null QString as NULL; the columns are NOT NULL text.
QVariant txt(const QString& s) {
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

QVariant iso(const QDateTime& t) {
    return txt(t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString());
}

QDateTime fromIso(const QVariant& v) {
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODate).toUTC();
}

const char* const columns = "issue_id, parent_id, tracker, kind, status, closed, subject, operator_id, operator_name,"
                            " channel, category, article, result, searches, client_uuid, call_start, call_seconds,"
                            " deadline, due_date, created_on, updated_on, closed_on, call_at";

} // namespace

CallLogCache::CallLogCache(QString connection)
    : m_connection(std::move(connection)) {}

CallLogCache::~CallLogCache() {
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<CallLogCache>> CallLogCache::open(const QString& path) {
    // Owner-only before anything personal is written (SQLite gives -wal/-shm the same mode).
    if (!QFile::exists(path)) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return Error{
                Error::Code::Io,
                QCoreApplication::translate("CallLogCache", "Cannot create %1: %2").arg(path, f.errorString())};
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString name = QStringLiteral("calllog-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<CallLogCache> cache(new CallLogCache(name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        return dbError(db.lastError());
    QSqlQuery q(db);
    for (const char* sql : {
             "PRAGMA journal_mode=WAL",
             "PRAGMA synchronous=NORMAL",
             "PRAGMA busy_timeout=5000",
             "CREATE TABLE IF NOT EXISTS records("
             " issue_id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL, tracker TEXT NOT NULL, kind TEXT NOT NULL,"
             " status TEXT NOT NULL, closed INTEGER NOT NULL, subject TEXT NOT NULL, operator_id INTEGER NOT NULL,"
             " operator_name TEXT NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL, article TEXT NOT NULL,"
             " result TEXT NOT NULL, searches TEXT NOT NULL, client_uuid TEXT NOT NULL, call_start TEXT NOT NULL,"
             " call_seconds INTEGER NOT NULL, deadline TEXT NOT NULL, due_date TEXT NOT NULL,"
             " created_on TEXT NOT NULL, updated_on TEXT NOT NULL, closed_on TEXT NOT NULL, call_at TEXT NOT NULL)",
             "CREATE INDEX IF NOT EXISTS records_call_at ON records(call_at)",
             "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
         }) {
        if (!q.exec(QString::fromLatin1(sql)))
            return dbError(q.lastError());
    }
    return cache;
}

Result<int> CallLogCache::upsert(const CallLogRecords& records) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return dbError(db.lastError());
    QSqlQuery known(db);
    known.prepare(QStringLiteral("SELECT updated_on FROM records WHERE issue_id = ?"));
    QSqlQuery put(db);
    put.prepare(
        QStringLiteral("INSERT OR REPLACE INTO records(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
            .arg(QLatin1String(columns)));
    int changed = 0;
    for (const CallLogRecord& r : records) {
        known.addBindValue(r.issueId);
        if (!known.exec()) {
            db.rollback();
            return dbError(known.lastError());
        }
        if (known.next() && fromIso(known.value(0)) == r.updatedOn)
            continue;
        known.finish();
        for (const QVariant& v : {QVariant(r.issueId),
                                  QVariant(r.parentId),
                                  txt(r.tracker),
                                  txt(r.kindId),
                                  txt(r.status),
                                  QVariant(r.closed ? 1 : 0),
                                  txt(r.subject),
                                  QVariant(r.operatorId),
                                  txt(r.operatorName),
                                  txt(r.channel),
                                  txt(r.category),
                                  txt(r.articleId),
                                  txt(r.result),
                                  txt(r.searches),
                                  txt(r.clientUuid),
                                  iso(r.callStart),
                                  QVariant(r.callSeconds),
                                  iso(r.deadline),
                                  txt(r.dueDate.isValid() ? r.dueDate.toString(Qt::ISODate) : QString()),
                                  iso(r.createdOn),
                                  iso(r.updatedOn),
                                  iso(r.closedOn),
                                  iso(r.when())})
            put.addBindValue(v);
        if (!put.exec()) {
            db.rollback();
            return dbError(put.lastError());
        }
        ++changed;
    }
    if (!db.commit())
        return dbError(db.lastError());
    return changed;
}

CallLogRecords CallLogCache::records() const {
    CallLogRecords out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM records ORDER BY call_at DESC, issue_id DESC").arg(QLatin1String(columns))))
        return out;
    while (q.next()) {
        CallLogRecord r;
        r.issueId = q.value(0).toInt();
        r.parentId = q.value(1).toInt();
        r.tracker = q.value(2).toString();
        r.kindId = q.value(3).toString();
        r.status = q.value(4).toString();
        r.closed = q.value(5).toInt() != 0;
        r.subject = q.value(6).toString();
        r.operatorId = q.value(7).toInt();
        r.operatorName = q.value(8).toString();
        r.channel = q.value(9).toString();
        r.category = q.value(10).toString();
        r.articleId = q.value(11).toString();
        r.result = q.value(12).toString();
        r.searches = q.value(13).toString();
        r.clientUuid = q.value(14).toString();
        r.callStart = fromIso(q.value(15));
        r.callSeconds = q.value(16).toInt();
        r.deadline = fromIso(q.value(17));
        r.dueDate = QDate::fromString(q.value(18).toString(), Qt::ISODate);
        r.createdOn = fromIso(q.value(19));
        r.updatedOn = fromIso(q.value(20));
        r.closedOn = fromIso(q.value(21));
        out.append(std::move(r));
    }
    return out;
}

int CallLogCache::count() const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM records")) && q.next() ? q.value(0).toInt() : 0;
}

QDateTime CallLogCache::lastSync() const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'last_sync'"));
    return q.exec() && q.next() ? fromIso(q.value(0)) : QDateTime();
}

Status CallLogCache::setLastSync(const QDateTime& updatedOn) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('last_sync', ?)"));
    q.addBindValue(iso(updatedOn));
    if (!q.exec())
        return dbError(q.lastError());
    return Ok{};
}

Result<int> CallLogCache::purgeOlderThan(int days, const QDateTime& now) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM records WHERE call_at <> '' AND call_at < ?"));
    q.addBindValue(iso(now.addDays(-days)));
    if (!q.exec())
        return dbError(q.lastError());
    return q.numRowsAffected();
}

} // namespace hotline::calllog
