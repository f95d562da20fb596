#pragma once

struct sqlite3;
struct fts5_api;

namespace hotline::kb {

// Registers the FTS5 tokenizer "ru_stem" on a connection (it must be registered on every connection).
// Indexing: each word yields its Snowball stem and, colocated, its folded surface form (for prefix search).
// Queries: a whole word yields its stem; a prefix term ("word"*) yields the folded surface form.
bool registerRuTokenizer(sqlite3* db);

// The connection's FTS5 extension API, or null when SQLite was built without FTS5.
fts5_api* fts5Api(sqlite3* db);

} // namespace hotline::kb
