#include "CallLogCache.h"

#include "CallLogSql.h"
#include "SqlFigures.h"
#include "domain/MoscowTime.h"
#include "net/CallPlanner.h"
#include "settings/DataPaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

Q_LOGGING_CATEGORY(lcCallLog, "hotline.calllog")

namespace hotline::calllog {

using sql::fromMs;
using sql::ms;

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

// The record as Redmine gave it (read back by rows() and records()), then what is derived from it.
const char* const recordColumns =
    "r.issue_id, r.parent_id, r.tracker, r.kind, r.status, r.closed, r.subject, r.operator_id, r.operator_name,"
    " r.channel, r.category, r.article, r.articles, r.result, r.searches, r.client_uuid, r.call_uuid, r.call_start,"
    " r.call_seconds, r.deadline, r.due_date, r.created_on, r.updated_on, r.closed_on, r.deadline_at, r.ring_seconds";
const char* const derivedColumns =
    ", call_at, close_at, is_call, counts_call, closed_on_call, msk_hour, msk_day, search_text, fingerprint";

CallLogRecord readRecord(const QSqlQuery& q) {
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
    r.articles = q.value(12).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    r.result = q.value(13).toString();
    r.searches = q.value(14).toString();
    r.clientUuid = q.value(15).toString();
    r.callUuid = q.value(16).toString();
    r.callStart = fromMs(q.value(17).toLongLong());
    r.callSeconds = q.value(18).toInt();
    r.deadline = fromMs(q.value(19).toLongLong());
    r.dueDate = QDate::fromString(q.value(20).toString(), Qt::ISODate);
    r.createdOn = fromMs(q.value(21).toLongLong());
    r.updatedOn = fromMs(q.value(22).toLongLong());
    r.closedOn = fromMs(q.value(23).toLongLong());
    r.ringSeconds = q.value(25).toInt();
    return r;
}

QString searchText(const CallLogRecord& r) {
    return QStringList{r.subject,    r.operatorName, r.category, r.articleId, r.articles.join(QLatin1Char(' ')),
                       r.clientUuid, r.channel}
        .join(QLatin1Char('\n'))
        .toLower();
}

} // namespace

CallLogCache::CallLogCache(QString connection, const domain::DeadlinePolicy& policy)
    : m_connection(std::move(connection))
    , m_calculator(policy) {}

CallLogCache::~CallLogCache() {
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<CallLogCache>> CallLogCache::open(const QString& path, const domain::DeadlinePolicy& policy) {
    // Owner-only before anything personal is written (SQLite gives -wal/-shm the same mode).
    if (!QFile::exists(path)) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return Error{
                Error::Code::Io,
                QCoreApplication::translate("CallLogCache", "Cannot create %1: %2").arg(path, f.errorString())};
    }
    if (auto st = restrictToOwner(path); !st)
        return st.error();
    const QString name = QStringLiteral("calllog-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<CallLogCache> cache(new CallLogCache(name, policy));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        return dbError(db.lastError());
    if (const Status s = cache->createSchema(); !s)
        return s.error();
    return cache;
}

Status CallLogCache::createSchema() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    auto run = [&q](const char* sql) { return q.exec(QString::fromLatin1(sql)); };
    for (const char* sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000",
                            "PRAGMA cache_size=-32768", // 32 MB: the indexes of 100k records stay in memory
                            "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"}) {
        if (!run(sql))
            return dbError(q.lastError());
    }
    // A cache of an older layout is dropped, its saved histories with it (version 2 kept the callers' ИНН, phones
    // and e-mails there): the next sync fetches everything again.
    if (meta(QStringLiteral("schema")) != QString::number(schemaVersion)) {
        for (const char* sql : {"DROP TABLE IF EXISTS records", "DROP TABLE IF EXISTS record_articles",
                                "DROP TABLE IF EXISTS record_searches", "DROP TABLE IF EXISTS record_scripts",
                                "DROP TABLE IF EXISTS history", "DELETE FROM meta"}) {
            if (!run(sql))
                return dbError(q.lastError());
        }
    }
    for (const char* sql : sql::schema()) {
        if (!run(sql))
            return dbError(q.lastError());
    }
    return setMeta(QStringLiteral("schema"), QString::number(schemaVersion));
}

Result<int> CallLogCache::upsert(const CallLogRecords& records) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return dbError(db.lastError());
    auto fail = [&db](const QSqlQuery& q) {
        const QSqlError e = q.lastError();
        db.rollback();
        return dbError(e);
    };
    QSqlQuery known(db), put(db), dropArticles(db), putArticle(db), dropSearches(db), putSearch(db), dropScripts(db),
        putScript(db);
    known.prepare(QStringLiteral("SELECT fingerprint FROM records WHERE issue_id = ?"));
    put.prepare(QStringLiteral("INSERT OR REPLACE INTO records(%1%2) VALUES(%3)")
                    .arg(QString::fromLatin1(recordColumns).remove(QStringLiteral("r.")), QLatin1String(derivedColumns),
                         QStringList(35, QStringLiteral("?")).join(QLatin1Char(','))));
    dropArticles.prepare(QStringLiteral("DELETE FROM record_articles WHERE issue_id = ?"));
    putArticle.prepare(QStringLiteral("INSERT INTO record_articles(issue_id, article) VALUES(?, ?)"));
    dropSearches.prepare(QStringLiteral("DELETE FROM record_searches WHERE issue_id = ?"));
    putSearch.prepare(QStringLiteral("INSERT INTO record_searches(issue_id, query, hits) VALUES(?, ?, ?)"));
    dropScripts.prepare(QStringLiteral("DELETE FROM record_scripts WHERE issue_id = ?"));
    putScript.prepare(
        QStringLiteral("INSERT INTO record_scripts(issue_id, script, ending, node, steps) VALUES(?, ?, ?, ?, ?)"));
    int changed = 0;
    for (const CallLogRecord& r : records) {
        const QDateTime when = r.when();
        const QDateTime local = domain::toMoscow(when);
        const QDateTime closeAt = r.closedOn.isValid() ? r.closedOn : r.updatedOn;
        const QVariantList values{QVariant(r.issueId),
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
                                  txt(r.articles.join(QLatin1Char('\n'))),
                                  txt(r.result),
                                  txt(r.searches),
                                  txt(r.clientUuid),
                                  txt(r.callUuid),
                                  QVariant(ms(r.callStart)),
                                  QVariant(r.callSeconds),
                                  QVariant(ms(r.deadline)),
                                  txt(r.dueDate.isValid() ? r.dueDate.toString(Qt::ISODate) : QString()),
                                  QVariant(ms(r.createdOn)),
                                  QVariant(ms(r.updatedOn)),
                                  QVariant(ms(r.closedOn)),
                                  QVariant(ms(m_calculator.deadlineOf(r))),
                                  QVariant(r.ringSeconds),
                                  QVariant(ms(when)),
                                  QVariant(ms(closeAt)),
                                  QVariant(r.isCall() ? 1 : 0),
                                  QVariant(r.countsAsCall() ? 1 : 0),
                                  QVariant(DashboardCalculator::closedOnCall(r) ? 1 : 0),
                                  QVariant(when.isValid() ? local.time().hour() : -1),
                                  txt(when.isValid() ? local.date().toString(Qt::ISODate) : QString()),
                                  txt(searchText(r))};
        // Redmine's updated_on has whole seconds: two changes within one second, with a sync between them, have the
        // same updated_on. What the record says decides whether it changed.
        QCryptographicHash fingerprint(QCryptographicHash::Sha256);
        for (const QVariant& v : values) {
            fingerprint.addData(v.toString().toUtf8());
            fingerprint.addData(QByteArrayView("\x1f", 1));
        }
        fingerprint.addData(r.scripts.toUtf8());
        const QByteArray print = fingerprint.result();
        known.addBindValue(r.issueId);
        if (!known.exec())
            return fail(known);
        const bool wasKnown = known.next();
        if (wasKnown && known.value(0).toByteArray() == print) {
            known.finish();
            continue;
        }
        known.finish();
        for (const QVariant& v : values)
            put.addBindValue(v);
        put.addBindValue(print);
        if (!put.exec())
            return fail(put);
        if (wasKnown) {
            for (QSqlQuery* drop : {&dropArticles, &dropSearches, &dropScripts}) {
                drop->addBindValue(r.issueId);
                if (!drop->exec())
                    return fail(*drop);
            }
        }
        for (const QString& article : r.allArticles()) {
            putArticle.addBindValue(r.issueId);
            putArticle.addBindValue(article);
            if (!putArticle.exec())
                return fail(putArticle);
        }
        for (const call::CallSearch& s : net::searchesFromText(r.searches)) {
            putSearch.addBindValue(r.issueId);
            putSearch.addBindValue(s.query.toLower());
            putSearch.addBindValue(s.hits);
            if (!putSearch.exec())
                return fail(putSearch);
        }
        for (const call::CallScriptRun& run : net::scriptRunsFromText(r.scripts)) {
            for (const QVariant& v : {QVariant(r.issueId), txt(run.script), txt(call::scriptRunEndId(run.end)),
                                      txt(run.nodes.value(run.nodes.size() - 1)), QVariant(int(run.nodes.size()))})
                putScript.addBindValue(v);
            if (!putScript.exec())
                return fail(putScript);
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
    if (!q.exec(QStringLiteral("SELECT %1 FROM records r ORDER BY r.call_at DESC, r.issue_id DESC")
                    .arg(QLatin1String(recordColumns))))
        return out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

bool CallLogCache::noteRead(const QSqlQuery& query, bool ok) const {
    if (!ok && !m_readError) {
        // SQLite's reason (locked, damaged); no caller's data.
        qCWarning(lcCallLog) << "call-log cache read failed:" << query.lastError().text();
        m_readError = Error{Error::Code::Database,
                            QCoreApplication::translate("CallLogCache", "The call log data could not be read: %1")
                                .arg(query.lastError().text())};
    }
    return ok;
}

std::optional<CallLogRecord> CallLogCache::record(int issueId) const {
    const QList<Row> found = rows({issueId});
    return found.isEmpty() ? std::nullopt : std::optional<CallLogRecord>(found.first().record);
}

int CallLogCache::count() const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return noteRead(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM records")) && q.next()) ? q.value(0).toInt() : 0;
}

QList<int> CallLogCache::select(const CallLogQuery& query, const QDateTime& now) const {
    const sql::Clause where = sql::where(query, now);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.issue_id FROM records r") + where.sql + sql::orderBy(query, now));
    for (const QVariant& v : where.binds)
        q.addBindValue(v);
    QList<int> out;
    if (!noteRead(q, q.exec()))
        return out;
    while (q.next())
        out.append(q.value(0).toInt());
    noteRead(q, !q.lastError().isValid());
    return out;
}

QList<CallLogCache::Row> CallLogCache::rows(const QList<int>& issueIds) const {
    QList<Row> out;
    if (issueIds.isEmpty())
        return out;
    QStringList ids;
    ids.reserve(issueIds.size());
    for (int id : issueIds)
        ids << QString::number(id);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!noteRead(q, q.exec(QStringLiteral("SELECT %1 FROM records r WHERE r.issue_id IN (%2)")
                                .arg(QLatin1String(recordColumns), ids.join(QLatin1Char(','))))))
        return out;
    QHash<int, Row> found;
    while (q.next())
        found.insert(q.value(0).toInt(), Row{readRecord(q), fromMs(q.value(24).toLongLong())});
    noteRead(q, !q.lastError().isValid());
    out.reserve(found.size());
    for (int id : issueIds) {
        if (const auto it = found.constFind(id); it != found.cend())
            out.append(it.value());
    }
    return out;
}

Result<DashboardFigures> CallLogCache::figures(const CallLogQuery& query, const QDateTime& now) const {
    return sqlFigures(QSqlDatabase::database(m_connection), query, now);
}

QString CallLogCache::path() const {
    return QSqlDatabase::database(m_connection, false).databaseName();
}

QStringList CallLogCache::distinct(Field field) const {
    static const char* const columns[] = {"operator_name", "category", "channel", "status"}; // in Field's order
    const QLatin1String column(columns[int(field)]);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    QStringList out;
    if (noteRead(q, q.exec(QStringLiteral("SELECT DISTINCT %1 FROM records WHERE %1 <> ''").arg(column)))) {
        while (q.next())
            out << q.value(0).toString();
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

QSet<QString> CallLogCache::openedArticles() const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    QSet<QString> out;
    if (noteRead(q, q.exec(QStringLiteral("SELECT DISTINCT article FROM record_articles")))) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

QDateTime CallLogCache::lastSync() const {
    const QString v = meta(QStringLiteral("last_sync"));
    return v.isEmpty() ? QDateTime() : QDateTime::fromString(v, Qt::ISODateWithMs).toUTC();
}

Status CallLogCache::setLastSync(const QDateTime& updatedOn) {
    return setMeta(QStringLiteral("last_sync"),
                   updatedOn.isValid() ? updatedOn.toUTC().toString(Qt::ISODateWithMs) : QString());
}

QString CallLogCache::meta(const QString& key) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    const bool ran = noteRead(q, q.exec());
    return ran && q.next() ? q.value(0).toString() : QString();
}

Status CallLogCache::setMeta(const QString& key, const QString& value) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    q.addBindValue(key);
    q.addBindValue(txt(value));
    if (!q.exec())
        return dbError(q.lastError());
    return Ok{};
}

Result<int> CallLogCache::purgeOlderThan(int days, const QDateTime& now) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM records WHERE call_at <> 0 AND call_at < ?"));
    q.addBindValue(ms(now.addDays(-days)));
    if (!q.exec())
        return dbError(q.lastError());
    const int purged = q.numRowsAffected();
    if (purged > 0) {
        for (const char* table : {"record_articles", "record_searches", "record_scripts", "history"}) {
            if (!q.exec(QStringLiteral("DELETE FROM %1 WHERE issue_id NOT IN (SELECT issue_id FROM records)")
                            .arg(QLatin1String(table))))
                return dbError(q.lastError());
        }
    }
    return purged;
}

Status CallLogCache::storeHistory(int issueId, const QByteArray& json, const QDateTime& fetchedAt) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO history(issue_id, json, fetched_at) VALUES(?, ?, ?)"));
    q.addBindValue(issueId);
    q.addBindValue(json);
    q.addBindValue(ms(fetchedAt));
    if (!q.exec())
        return dbError(q.lastError());
    return Ok{};
}

Status CallLogCache::removeHistory(int issueId) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM history WHERE issue_id = ?"));
    q.addBindValue(issueId);
    if (!q.exec())
        return dbError(q.lastError());
    return Ok{};
}

std::optional<CallLogCache::SavedHistory> CallLogCache::history(int issueId) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT json, fetched_at FROM history WHERE issue_id = ?"));
    q.addBindValue(issueId);
    if (!noteRead(q, q.exec()) || !q.next())
        return std::nullopt;
    return SavedHistory{q.value(0).toByteArray(), fromMs(q.value(1).toLongLong())};
}

} // namespace hotline::calllog
