#pragma once

#include <array>

struct sqlite3;

namespace hotline::kb {

// Column weights of the kb table, in its column order (id, category, display, traits, type, title, keywords,
// script, body, agencies, cat).
using ColumnWeights = std::array<double, 11>;

// Where a phrase stands in the query: the position (a word of the query), which of its alternatives, and when
// that alternative is itself several positions («аренда за рубль» OR («аренда» AND «рубль»)), which inner
// position and which of its alternatives. Counts above the limits share the last value.
struct RankPlace {
    int position = 0;
    int alternative = 0;
    int innerPosition = 0;
    int innerAlternative = 0;

    static constexpr int kPositions = 16, kAlternatives = 64;
    int encode() const {
        auto clamp = [](int v, int n) { return v < 0 ? 0 : v >= n ? n - 1 : v; };
        return ((clamp(position, kPositions) * kAlternatives + clamp(alternative, kAlternatives)) * kPositions +
                clamp(innerPosition, kPositions)) *
                   kAlternatives +
               clamp(innerAlternative, kAlternatives);
    }
    static RankPlace decode(int code) {
        if (code < 0)
            return {-1, -1, -1, -1};
        return {code / (kAlternatives * kPositions * kAlternatives),
                code / (kPositions * kAlternatives) % kAlternatives, code / kAlternatives % kPositions,
                code % kAlternatives};
    }
};

// Registers the FTS5 ranking function "kbrank" on a connection. It is Okapi BM25 as FTS5's own bm25()
// computes it, except that the inverse document frequency of every phrase is given by the caller, and so is
// its place in the query (RankPlace::encode(), −1 outside the query's positions, e.g. the category filter):
//   WHERE kb MATCH ?1 AND rank MATCH 'kbrank(idf0, place0, idf1, place1, …)' ORDER BY rank
// The words of one alternative add up; a position scores its best alternative; the positions add up. So
// synonyms and word forms offered as alternatives of one word count once, as the word does.
// FTS5's bm25() counts the documents of every phrase of the query by scanning its whole doclist on every
// query; while the operator types, the phrases repeat from one keystroke to the next, so the caller counts
// each once and remembers it. `weights` must outlive the connection.
bool registerBm25Rank(sqlite3* db, const ColumnWeights* weights);

} // namespace hotline::kb
