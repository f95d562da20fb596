#pragma once

#include "Bm25Rank.h"
#include "KnowledgeBase.h"
#include "SpellIndex.h"
#include "SqliteDb.h"
#include "TextAnalyzer.h"

#include <QList>
#include <QString>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace hotline::kb {

struct SearchHit {
    QString id;
    QString title;
    QString category;
    double score = 0; // higher is better
    QString snippet;  // a piece of the answer script, HTML-escaped, with <b>…</b> around the matched words
    qint64 rowid = 0; // the index row, for follow-up queries
};

// The full-text index of the knowledge base: an SQLite FTS5 database with a Russian stemming tokenizer,
// synonym and abbreviation expansion, prefix matching for the word being typed, and typo correction.
// One instance per thread.
class SearchIndex {
public:
    static constexpr int kFormat = 4; // bumped when the file changes; an index of another format is rebuilt
    // One position of the query: alternatives joined with OR (FTS5 syntax, already quoted).
    using Position = std::vector<std::string>;

    // Builds the index for kb into path atomically: a new file is written beside it and renamed over it,
    // so a crash mid-build leaves the previous index usable.
    static Status build(const KnowledgeBase& kb, const QString& path);
    static Result<std::unique_ptr<SearchIndex>> open(const QString& path);

    QByteArray fingerprint() const { return m_fingerprint; }
    int articleCount() const { return m_articleCount; }
    int vocabularySize() const { return static_cast<int>(m_vocabulary.size()); }

    // categoryId: a subcategory or a top category (with its subcategories); empty for all.
    QList<SearchHit> search(const QString& query, const QString& categoryId = {}, int limit = 10);

    // The FTS5 expression a query turns into (for tests and the CLI's --explain).
    QString explain(const QString& query);

    // Guided scripts (models/scripts) the query matches, best first, by title, keywords and the text of their
    // nodes. A table of their own beside the articles' (SearchIndexScripts.cpp): the articles' ranking and
    // figures do not see them. The query is planned as for articles (synonyms, typos, the word being typed).
    QList<SearchHit> searchScripts(const QString& query, const QString& categoryId = {}, int limit = 5);

private:
    SearchIndex() = default;
    struct Synonym {
        std::vector<std::string> stems;
        int group = 0;
    };
    std::vector<Position> plan(const QString& query);
    Position withoutRedundant(Position alternatives);
    std::vector<std::string> typoCandidates(const std::string& word);
    bool hasCompletion(const std::string& prefix) const;
    std::vector<std::string> derivedWords(const std::string& stem) const;
    int stemFrequency(const std::string& stem) const;
    std::vector<std::string> phraseStems(const std::string& phrase);
    int phraseFrequency(const std::string& phrase);
    void run(const std::string& match, double estimatedRows, int limit, QList<SearchHit>& hits);
    void runWindow(const std::string& match, const std::string& rank, int limit, qint64 lastRowid,
                   QList<SearchHit>& hits);
    std::string rankFor(const std::string& match);
    enum class Scope { All, Titles }; // the columns a phrase is counted in
    double documentFrequency(const std::string& phrase, Scope scope);
    double estimatedRows(const std::vector<Position>& positions, bool all, Scope scope);
    struct Terms {
        std::unordered_set<std::string> stems;
        std::vector<std::string> prefixes;
    };
    Terms termsOf(const std::vector<Position>& positions);
    QString snippet(const QString& text, const Terms& terms);
    static Status buildScripts(SqliteDb& db, const KnowledgeBase& kb);
    Status openScripts();
    void runScripts(const std::string& match, int limit, QList<SearchHit>& hits);

    std::unique_ptr<SqliteDb> m_db;
    SqliteStatement m_query;
    SqliteStatement m_count;
    // Titles weigh most, then keywords, then the answer script and the body; ids and categories nothing.
    ColumnWeights m_weights{0, 0, 10.0, 5.0, 1.0, 1.0, 0};
    // Ranking costs about a microsecond a row: a query that may match more rows than this ranks a window first.
    static constexpr double kRankBudget = 2500;
    std::unordered_map<std::string, double> m_documentFrequency[2]; // by Scope: phrase (FTS5 syntax) → rows
    qint64 m_maxRowid = 0;
    TextAnalyzer m_analyzer;
    QByteArray m_fingerprint;
    int m_articleCount = 0;
    std::vector<std::string> m_vocabulary; // folded surface words, sorted (prefix checks)
    std::vector<int> m_frequency;
    std::vector<int> m_documents;      // articles with the word, parallel to m_vocabulary
    std::vector<int> m_titleDocuments; // articles with the word in the title or keywords
    std::unordered_set<std::string> m_stems;
    std::unordered_map<std::string, int> m_stemFrequency;
    std::vector<std::string> m_stemList;                               // sorted, for derived-word lookups
    std::unordered_map<std::string, std::string> m_stemRepresentative; // stem → its most frequent word
    std::vector<std::vector<std::string>> m_synonymGroups;             // folded phrases
    std::unordered_map<std::string, std::vector<Synonym>> m_synonymsByFirstStem;
    SpellIndex m_spell;
    SqliteStatement m_scriptQuery;
    std::vector<std::string> m_scriptWords; // folded words only the scripts have, sorted (plan() drops them)
};

} // namespace hotline::kb
