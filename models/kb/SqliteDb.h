#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace hotline::kb {

// A minimal RAII layer over the SQLite C API for the search index (the hot path wants prepared statements
// without QVariant round trips, and the FTS5 tokenizer needs the raw handle anyway).
class SqliteStatement {
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;

    bool valid() const { return m_stmt != nullptr; }
    void bind(int index, const QByteArray& utf8);
    void bind(int index, qint64 value);
    // True while there is a row; false at the end or on an error: failed() tells which.
    [[nodiscard]] bool step();
    bool failed() const { return m_failed; }
    // A statement without rows (INSERT, UPDATE): runs it and resets it for the next bindings; SQLite's error when
    // it failed (a full disk, a constraint).
    [[nodiscard]] Status run();
    void reset();
    QByteArray columnBytes(int index) const;
    QString columnText(int index) const;
    qint64 columnInt(int index) const;
    double columnDouble(int index) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
};

class SqliteDb {
public:
    enum class Mode { ReadOnly, Create };
    static Result<std::unique_ptr<SqliteDb>> open(const QString& path, Mode mode);
    ~SqliteDb();

    sqlite3* handle() const { return m_db; }
    Status exec(const char* sql);
    QString lastError() const;

private:
    explicit SqliteDb(sqlite3* db)
        : m_db(db) {}
    sqlite3* m_db = nullptr;
};

} // namespace hotline::kb
