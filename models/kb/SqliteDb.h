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
    bool step(); // true while there is a row
    void reset();
    QByteArray columnBytes(int index) const;
    QString columnText(int index) const;
    qint64 columnInt(int index) const;
    double columnDouble(int index) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
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
