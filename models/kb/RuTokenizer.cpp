#include "RuTokenizer.h"

#include "TextAnalyzer.h"

#include <sqlite3.h>

namespace hotline::kb {

namespace {

struct Tokenizer {
    TextAnalyzer analyzer;
};

int create(void*, const char**, int, Fts5Tokenizer** out) {
    *out = reinterpret_cast<Fts5Tokenizer*>(new Tokenizer);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer* t) {
    delete reinterpret_cast<Tokenizer*>(t);
}

int tokenize(Fts5Tokenizer* t, void* ctx, int flags, const char* text, int size,
             int (*push)(void*, int, const char*, int, int, int)) {
    auto* self = reinterpret_cast<Tokenizer*>(t);
    const bool query = flags & FTS5_TOKENIZE_QUERY;
    const bool prefix = flags & FTS5_TOKENIZE_PREFIX;
    int rc = SQLITE_OK;
    TextAnalyzer::forEachWord(text, size, [&](const std::string& word, int begin, int end) {
        if (query && prefix) {
            rc = push(ctx, 0, word.data(), static_cast<int>(word.size()), begin, end);
            return rc == SQLITE_OK;
        }
        const std::string& stem = self->analyzer.stem(word);
        rc = push(ctx, 0, stem.data(), static_cast<int>(stem.size()), begin, end);
        if (rc == SQLITE_OK && !query && stem != word)
            rc = push(ctx, FTS5_TOKEN_COLOCATED, word.data(), static_cast<int>(word.size()), begin, end);
        return rc == SQLITE_OK;
    });
    return rc;
}

} // namespace

fts5_api* fts5Api(sqlite3* db) {
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

bool registerRuTokenizer(sqlite3* db) {
    fts5_api* api = fts5Api(db);
    if (!api || api->iVersion < 2)
        return false;
    static fts5_tokenizer methods{create, destroy, tokenize};
    return api->xCreateTokenizer(api, "ru_stem", nullptr, &methods, nullptr) == SQLITE_OK;
}

} // namespace hotline::kb
