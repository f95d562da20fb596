#include "OutboxStore.h"

#include "AppealJson.h"
#include "CallRecordJson.h"
#include "settings/DataPaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hotline::outbox {

namespace {

Error dbError(const QSqlError& e) {
    return {Error::Code::Database,
            QCoreApplication::translate("OutboxStore", "The local outbox could not be written: %1").arg(e.text())};
}

Q_LOGGING_CATEGORY(lcOutbox, "hotline.outbox")

OutboxEntry::State stateFrom(const QString& s) {
    if (s == QLatin1String("sent"))
        return OutboxEntry::State::Sent;
    if (s == QLatin1String("failed"))
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Pending;
}

} // namespace

QString outboxStateId(OutboxEntry::State state) {
    switch (state) {
    case OutboxEntry::State::Sent:
        return QStringLiteral("sent");
    case OutboxEntry::State::Failed:
        return QStringLiteral("failed");
    case OutboxEntry::State::Pending:
        break;
    }
    return QStringLiteral("pending");
}

OutboxStore::OutboxStore(const QString& connectionName, const Clock& clock)
    : m_connection(connectionName)
    , m_clock(clock) {}

QString OutboxStore::nowIso() const {
    return m_clock.now().toUTC().toString(Qt::ISODateWithMs);
}

OutboxStore::~OutboxStore() {
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<OutboxStore>> OutboxStore::open(const QString& path, const Clock& clock) {
    const QString name = QStringLiteral("outbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<OutboxStore> store(new OutboxStore(name, clock));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return dbError(db.lastError());
    }
    // Owner-only before anything personal is written (SQLite gives -wal and -shm the mode of the database).
    if (auto st = restrictToOwner(path); !st)
        return st.error();
    for (const char* sql : {
             "PRAGMA journal_mode=WAL",
             "PRAGMA synchronous=FULL",
             "PRAGMA busy_timeout=5000",
             "CREATE TABLE IF NOT EXISTS appeals("
             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " client_id TEXT NOT NULL UNIQUE,"
             " payload TEXT NOT NULL,"
             " state TEXT NOT NULL DEFAULT 'pending',"
             " attempts INTEGER NOT NULL DEFAULT 0,"
             " next_attempt_at TEXT NOT NULL,"
             " last_error TEXT NOT NULL DEFAULT '',"
             " redmine_id INTEGER NOT NULL DEFAULT 0,"
             " maybe_delivered INTEGER NOT NULL DEFAULT 0,"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL)",
         }) {
        if (auto st = store->exec(QString::fromLatin1(sql)); !st)
            return st.error();
    }
    // Outboxes written before call records existed hold appeals only.
    {
        QSqlQuery q(QSqlDatabase::database(name));
        bool hasKind = false;
        if (q.exec(QStringLiteral("PRAGMA table_info(appeals)"))) {
            while (q.next())
                hasKind |= q.value(1).toString() == QLatin1String("kind");
        }
        if (!hasKind) {
            if (auto st =
                    store->exec(QStringLiteral("ALTER TABLE appeals ADD COLUMN kind TEXT NOT NULL DEFAULT 'appeal'"));
                !st)
                return st.error();
        }
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix)) {
            if (auto st = restrictToOwner(path + suffix); !st)
                return st.error();
        }
    }
    return store;
}

Status OutboxStore::exec(const QString& sql, const QVariantList& values) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.prepare(sql))
        return dbError(q.lastError());
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q.lastError());
    return Ok{};
}

Result<qint64> OutboxStore::enqueue(const domain::Appeal& appeal) {
    if (appeal.clientId.isNull())
        return Error{Error::Code::InvalidInput, QStringLiteral("appeal without a client UUID")};
    return insert(appeal.clientId, QStringLiteral("appeal"), toJson(appeal));
}

Result<qint64> OutboxStore::enqueueCall(const call::CallRecord& call) {
    if (call.id.isNull())
        return Error{Error::Code::InvalidInput, QStringLiteral("call record without an id")};
    return insert(call.id, QStringLiteral("call"), toJson(call));
}

Result<qint64> OutboxStore::enqueueNote(const AppealNote& note) {
    if (note.id.isNull() || note.issueId <= 0 || note.text.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput, QStringLiteral("note without an id, an issue or a text")};
    return insert(note.id, QStringLiteral("note"), toJson(note));
}

Result<qint64> OutboxStore::insert(const QUuid& clientId, const QString& kind, const QJsonObject& payload) {
    const QString now = nowIso();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO appeals(client_id, kind, payload, next_attempt_at, created_at, updated_at) "
                             "VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(clientId.toString(QUuid::WithoutBraces));
    q.addBindValue(kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return dbError(q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    emit changed();
    return id;
}

QList<OutboxEntry> OutboxStore::select(const QString& where, const QVariantList& values, const QString& tail) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, payload, state, attempts, next_attempt_at, last_error, redmine_id, "
                             "maybe_delivered, created_at, updated_at, kind FROM appeals ") +
              where + QLatin1Char(' ') + tail);
    for (const QVariant& v : values)
        q.addBindValue(v);
    QList<OutboxEntry> out;
    const bool ok = q.exec();
    noteRead(q, ok);
    if (!ok)
        return out;
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        const QJsonObject payload = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        const QString kind = q.value(10).toString();
        if (kind == QLatin1String("note")) {
            e.kind = OutboxEntry::Kind::Note;
            if (const auto note = noteFromJson(payload))
                e.note = *note;
            else
                e.unreadable = QCoreApplication::translate(
                    "OutboxStore", "The stored addition to an appeal could not be read (the local outbox is damaged "
                                   "at this entry): it cannot be sent.");
        } else if (kind == QLatin1String("call")) {
            e.kind = OutboxEntry::Kind::Call;
            if (const auto call = callFromJson(payload))
                e.call = *call;
            else
                e.unreadable =
                    QCoreApplication::translate("OutboxStore", "The stored call record could not be read (the local "
                                                               "outbox is damaged at this entry): it cannot be sent.");
        } else {
            if (const auto appeal = appealFromJson(payload))
                e.appeal = *appeal;
            else
                e.unreadable = QCoreApplication::translate(
                    "OutboxStore", "The stored appeal could not be read (the local outbox is damaged at this entry): "
                                   "it cannot be sent. File it again from the caller's details if you have them.");
        }
        e.state = stateFrom(q.value(2).toString());
        e.attempts = q.value(3).toInt();
        e.nextAttemptAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        e.lastError = q.value(5).toString();
        e.redmineIssueId = q.value(6).toInt();
        e.maybeDelivered = q.value(7).toInt() != 0;
        e.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        e.updatedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        out.append(e);
    }
    if (q.lastError().isValid())
        noteRead(q, false);
    return out;
}

void OutboxStore::noteRead(const QSqlQuery& query, bool ok) const {
    if (ok || m_readError)
        return;
    // SQLite's text names the failure (locked, damaged, no such table); it holds no caller's data.
    qCWarning(lcOutbox) << "outbox read failed:" << query.lastError().text();
    m_readError = Error{Error::Code::Database,
                        QCoreApplication::translate("OutboxStore", "The local outbox could not be read: %1")
                            .arg(query.lastError().text())};
}

int OutboxStore::count(const QString& sql) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const bool ok = q.exec(sql) && q.next();
    noteRead(q, ok);
    return ok ? q.value(0).toInt() : 0;
}

QList<OutboxEntry> OutboxStore::entries() const {
    return select(QStringLiteral("WHERE kind IN ('appeal', 'note')"), {}, QStringLiteral("ORDER BY id DESC"));
}

QList<OutboxEntry> OutboxStore::callRecords() const {
    return select(QStringLiteral("WHERE kind = 'call'"), {}, QStringLiteral("ORDER BY id DESC"));
}

QList<OutboxEntry> OutboxStore::callRecordsSince(const QDateTime& since) const {
    return select(QStringLiteral("WHERE kind = 'call' AND created_at >= ?"),
                  {since.toUTC().toString(Qt::ISODateWithMs)}, QStringLiteral("ORDER BY id DESC"));
}

std::optional<OutboxEntry> OutboxStore::entryByClientId(const QString& clientId) const {
    const auto list = select(QStringLiteral("WHERE client_id = ?"), {clientId}, {});
    return list.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(list.first());
}

std::optional<OutboxEntry> OutboxStore::entry(qint64 id) const {
    const auto list = select(QStringLiteral("WHERE id = ?"), {id}, {});
    return list.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(list.first());
}

std::optional<OutboxEntry> OutboxStore::nextDue(const QDateTime& now) const {
    // In order: the oldest pending entry; if it is not due yet, nothing is (a later appeal never overtakes).
    const auto list = select(QStringLiteral("WHERE state = 'pending'"), {}, QStringLiteral("ORDER BY id LIMIT 1"));
    if (list.isEmpty() || list.first().nextAttemptAt > now.toUTC())
        return std::nullopt;
    return list.first();
}

std::optional<QDateTime> OutboxStore::nextPendingAttempt() const {
    const auto list = select(QStringLiteral("WHERE state = 'pending'"), {}, QStringLiteral("ORDER BY id LIMIT 1"));
    if (list.isEmpty())
        return std::nullopt;
    return list.first().nextAttemptAt;
}

int OutboxStore::pendingCount() const {
    return count(QStringLiteral("SELECT COUNT(*) FROM appeals WHERE state = 'pending' AND kind <> 'call'"));
}

int OutboxStore::pendingTotal() const {
    return count(QStringLiteral("SELECT COUNT(*) FROM appeals WHERE state = 'pending'"));
}

int OutboxStore::failedCount() const {
    return count(QStringLiteral("SELECT COUNT(*) FROM appeals WHERE state = 'failed' AND kind <> 'call'"));
}

Result<int> OutboxStore::purgeOlderThan(int days, const QDateTime& now) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM appeals WHERE created_at < ? AND "
                             "(state = 'sent' OR (kind = 'call' AND state = 'failed'))"));
    q.addBindValue(now.toUTC().addDays(-days).toString(Qt::ISODateWithMs));
    if (!q.exec())
        return dbError(q.lastError());
    const int purged = q.numRowsAffected();
    if (purged > 0)
        emit changed();
    return purged;
}

Status OutboxStore::markAttempt(qint64 id) {
    auto st = exec(QStringLiteral("UPDATE appeals SET attempts = attempts + 1, maybe_delivered = 1, updated_at = ? "
                                  "WHERE id = ?"),
                   {nowIso(), id});
    return st;
}

Status OutboxStore::markSent(qint64 id, int redmineIssueId) {
    auto st = exec(QStringLiteral("UPDATE appeals SET state = 'sent', redmine_id = ?, last_error = '', "
                                  "maybe_delivered = 0, updated_at = ? WHERE id = ?"),
                   {redmineIssueId, nowIso(), id});
    if (st)
        emit changed();
    return st;
}

Status OutboxStore::markRetry(qint64 id, const QString& error, const QDateTime& nextAttempt, bool maybeDelivered) {
    auto st = exec(QStringLiteral("UPDATE appeals SET state = 'pending', last_error = ?, next_attempt_at = ?, "
                                  "maybe_delivered = ?, updated_at = ? WHERE id = ?"),
                   {error, nextAttempt.toUTC().toString(Qt::ISODateWithMs), maybeDelivered ? 1 : 0, nowIso(), id});
    if (st)
        emit changed();
    return st;
}

Status OutboxStore::markFailed(qint64 id, const QString& error) {
    auto st = exec(QStringLiteral("UPDATE appeals SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?"),
                   {error, nowIso(), id});
    if (st)
        emit changed();
    return st;
}

Status OutboxStore::retryNow(qint64 id) {
    auto st = exec(QStringLiteral("UPDATE appeals SET state = 'pending', next_attempt_at = ?, updated_at = ? "
                                  "WHERE id = ? AND state != 'sent'"),
                   {QDateTime::fromSecsSinceEpoch(0, Qt::UTC).toString(Qt::ISODateWithMs), nowIso(), id});
    if (st)
        emit changed();
    return st;
}

Status OutboxStore::remove(qint64 id) {
    auto st = exec(QStringLiteral("DELETE FROM appeals WHERE id = ?"), {id});
    if (st)
        emit changed();
    return st;
}

} // namespace hotline::outbox
