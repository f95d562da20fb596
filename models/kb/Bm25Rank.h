#pragma once

#include <array>

struct sqlite3;

namespace hotline::kb {

// Column weights of the kb table, in its column order (id, category, title, keywords, script, body, cat).
using ColumnWeights = std::array<double, 7>;

// Registers the FTS5 ranking function "kbrank" on a connection. It is Okapi BM25 exactly as FTS5's own
// bm25() computes it, except that the inverse document frequency of every phrase is given by the caller:
//   WHERE kb MATCH ?1 AND rank MATCH 'kbrank(idf0, idf1, …)' ORDER BY rank
// FTS5's bm25() counts the documents of every phrase of the query by scanning its whole doclist on every
// query; while the operator types, the phrases repeat from one keystroke to the next, so the caller counts
// each once and remembers it. `weights` must outlive the connection.
bool registerBm25Rank(sqlite3* db, const ColumnWeights* weights);

} // namespace hotline::kb
