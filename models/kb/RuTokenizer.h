#pragma once

struct sqlite3;

namespace hotline::kb {

// Registers the FTS5 tokenizer "ru_stem" on a connection (it must be registered on every connection).
// Indexing: each word yields its Snowball stem and, colocated, its folded surface form (for prefix search).
// Queries: a whole word yields its stem; a prefix term ("word"*) yields the folded surface form.
bool registerRuTokenizer(sqlite3* db);

} // namespace hotline::kb
