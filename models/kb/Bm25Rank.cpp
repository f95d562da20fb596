#include "Bm25Rank.h"

#include "RuTokenizer.h"

#include <algorithm>
#include <sqlite3.h>

namespace hotline::kb {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

void deleteDouble(void* p) {
    delete static_cast<double*>(p);
}

// The average row length in tokens, computed once per query and kept as the query's aux data.
double averageLength(const Fts5ExtensionApi* api, Fts5Context* fts) {
    if (auto* cached = static_cast<double*>(api->xGetAuxdata(fts, 0)))
        return *cached;
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    api->xRowCount(fts, &rows);
    api->xColumnTotalSize(fts, -1, &tokens);
    auto* average = new double(rows > 0 && tokens > 0 ? static_cast<double>(tokens) / static_cast<double>(rows) : 1.0);
    if (api->xSetAuxdata(fts, average, deleteDouble) != SQLITE_OK)
        return 1.0; // SQLite freed it
    return *average;
}

void kbrank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int nVal, sqlite3_value** apVal) {
    const auto& weights = *static_cast<const ColumnWeights*>(api->xUserData(fts));
    int length = 0;
    if (api->xColumnSize(fts, -1, &length) != SQLITE_OK) {
        sqlite3_result_error(ctx, "kbrank: no row size", -1);
        return;
    }
    const double norm = kK1 * (1.0 - kB + kB * static_cast<double>(length) / averageLength(api, fts));
    const int phrases = api->xPhraseCount(fts);
    // The phrases come in the query's order, so the places arrive grouped: each level is closed when the place
    // moves on — an alternative's words add up, a position keeps its best alternative, the positions add up
    // (and the same one level down, inside an alternative made of several positions).
    double score = 0;
    double positionBest = 0;
    double alternativeSum = 0;
    double innerBest = 0;
    double innerSum = 0;
    auto closeInnerAlternative = [&] {
        innerBest = std::max(innerBest, innerSum);
        innerSum = 0;
    };
    auto closeInnerPosition = [&] {
        closeInnerAlternative();
        alternativeSum += innerBest;
        innerBest = 0;
    };
    auto closeAlternative = [&] {
        closeInnerPosition();
        positionBest = std::max(positionBest, alternativeSum);
        alternativeSum = 0;
    };
    auto closePosition = [&] {
        closeAlternative();
        score += positionBest;
        positionBest = 0;
    };
    int current = -1;
    for (int p = 0; p < phrases && 2 * p + 1 < nVal; ++p) {
        const double idf = sqlite3_value_double(apVal[2 * p]);
        const int code = sqlite3_value_int(apVal[2 * p + 1]);
        const RankPlace at = RankPlace::decode(code);
        if (code != current) {
            const RankPlace was = RankPlace::decode(current);
            if (current < 0 || code < 0 || at.position != was.position)
                closePosition();
            else if (at.alternative != was.alternative)
                closeAlternative();
            else if (at.innerPosition != was.innerPosition)
                closeInnerPosition();
            else
                closeInnerAlternative();
            current = code;
        }
        if (idf <= 0 || code < 0)
            continue;
        double frequency = 0;
        Fts5PhraseIter it;
        int column = -1;
        int offset = -1;
        for (api->xPhraseFirst(fts, p, &it, &column, &offset); column >= 0;
             api->xPhraseNext(fts, &it, &column, &offset)) {
            if (static_cast<std::size_t>(column) < weights.size())
                frequency += weights[static_cast<std::size_t>(column)];
        }
        if (frequency > 0)
            innerSum += idf * frequency * (kK1 + 1.0) / (frequency + norm);
    }
    closePosition();
    sqlite3_result_double(ctx, -score); // FTS5 sorts ascending: better matches are more negative
}

} // namespace

bool registerBm25Rank(sqlite3* db, const ColumnWeights* weights) {
    fts5_api* api = fts5Api(db);
    if (!api)
        return false;
    return api->xCreateFunction(api, "kbrank", const_cast<ColumnWeights*>(weights), kbrank, nullptr) == SQLITE_OK;
}

} // namespace hotline::kb
