#include "SqliteDb.h"

#include "RuTokenizer.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace hotline::kb {

SqliteStatement::SqliteStatement(sqlite3* db, const char* sql) {
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void SqliteStatement::bind(int index, const QByteArray& utf8) {
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
}

bool SqliteStatement::step() {
    const int rc = m_stmt ? sqlite3_step(m_stmt) : SQLITE_MISUSE;
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    return rc == SQLITE_ROW;
}

Status SqliteStatement::run() {
    const int rc = m_stmt ? sqlite3_step(m_stmt) : SQLITE_MISUSE;
    const bool failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    const QString why = failed && m_stmt ? QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)))
                                         : QStringLiteral("SQLite error %1").arg(rc);
    reset(); // for the next bindings (clears failed())
    if (failed)
        return Error{Error::Code::Database, why};
    return Ok{};
}

void SqliteStatement::reset() {
    m_failed = false;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QByteArray SqliteStatement::columnBytes(int index) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, index));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, index));
}

QString SqliteStatement::columnText(int index) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, index));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, index));
}

qint64 SqliteStatement::columnInt(int index) const {
    return sqlite3_column_int64(m_stmt, index);
}

double SqliteStatement::columnDouble(int index) const {
    return sqlite3_column_double(m_stmt, index);
}

Result<std::unique_ptr<SqliteDb>> SqliteDb::open(const QString& path, Mode mode) {
    sqlite3* db = nullptr;
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return Error{Error::Code::Database,
                     QCoreApplication::translate("SearchIndex", "Cannot open the search index %1: %2").arg(path, why)};
    }
    std::unique_ptr<SqliteDb> out(new SqliteDb(db));
    if (!registerRuTokenizer(db)) {
        return Error{Error::Code::Database,
                     QCoreApplication::translate("SearchIndex", "This SQLite has no FTS5 full-text search.")};
    }
    return out;
}

SqliteDb::~SqliteDb() {
    sqlite3_close(m_db);
}

Status SqliteDb::exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString why = QString::fromUtf8(message ? message : "?");
        sqlite3_free(message);
        return Error{Error::Code::Database, why};
    }
    return Ok{};
}

QString SqliteDb::lastError() const {
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace hotline::kb
