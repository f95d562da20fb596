#pragma once

#include "Bm25Rank.h"
#include "KnowledgeBase.h"
#include "SpellIndex.h"
#include "SqliteDb.h"
#include "TextAnalyzer.h"
#include "TopicRanking.h"
#include "UsageStats.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>
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
    // Found only by the last-resort partial match (the query's words as they are found nothing): the operator
    // is told so, and the call's statistics count the search as one without a result.
    bool partial = false;
};

// The full-text index of the knowledge base: an SQLite FTS5 database with a Russian stemming tokenizer,
// synonym and abbreviation expansion, prefix matching for the word being typed, and typo correction.
// Documents come from SearchDocument (articles today). Ranking: BM25 over title, keywords, script, body and
// the routed agencies' names, in tiers (all words in titles, all words anywhere, all but one, any), each tier
// reordered by the topic (TopicRanking) and the line's usage (UsageStats); an exact title comes first.
// One instance per thread.
class SearchIndex {
public:
    static constexpr int kFormat = 5; // bumped when the file changes; an index of another format is rebuilt
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

    // A keystroke's search while the operator is still typing: search()'s strict tiers only (every word in the
    // titles, then anywhere). The tiers that widen a query that found little (all words but one, any word, the
    // partial match) run a query per position and take most of a slow keystroke's time (kb_bench): they wait
    // until typing pauses.
    struct Typed {
        QList<SearchHit> hits;
        // True: the hits are exactly search()'s. False: search() would widen them; run it once typing pauses.
        bool complete = true;
    };
    Typed searchTyped(const QString& query, const QString& categoryId = {}, int limit = 10);

    // The FTS5 expression a query turns into (for tests and the CLI's --explain).
    QString explain(const QString& query);

    // How the line's operators use the articles (usage.json): a ranking signal. Replaces the previous one.
    void setUsage(UsageStats usage);
    const UsageStats& usage() const { return m_usage; }

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
    struct Word {
        std::string surface; // folded
        std::string stem;
    };
    struct Plan {
        std::vector<Position> positions;
        std::vector<Word> words; // every word of the query, function words too
        bool typing = false;     // the last word is still being typed
    };
    Plan plan(const QString& query);
    const Synonym* longestSynonym(const std::vector<Word>& words, std::size_t i) const;
    Position synonymAlternatives(const Synonym& spoken, const Word& first);
    std::optional<Position> wordPosition(const std::vector<Word>& words, std::size_t i, bool prefix);
    std::vector<Position> partialPlan(const Plan& plan);
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
    enum class Reach { Strict, Widened }; // Strict: the tiers every word must match only (searchTyped)
    Typed find(const QString& query, const QString& categoryId, int limit, Reach reach);
    static void rerank(QList<SearchHit>& hits, qsizetype from);
    static void exactTitleFirst(const QString& query, QList<SearchHit>& hits);
    double usageFactor(const QString& id) const;
    static Status buildScripts(SqliteDb& db, const KnowledgeBase& kb);
    Status openScripts();
    void runScripts(const std::string& match, int limit, QList<SearchHit>& hits);

    std::unique_ptr<SqliteDb> m_db;
    SqliteStatement m_query;
    SqliteStatement m_count;
    // Titles weigh most, then keywords, then the agencies' names, the answer script and the body; the columns a
    // hit shows and the category filter nothing.
    ColumnWeights m_weights{0, 0, 0, 0, 0, 10.0, 5.0, 1.0, 1.0, 2.0, 0};
    // Ranking costs a few microseconds a row (kbrank over a word's synonyms and forms): a query that may match more
    // rows than this ranks a window first. At 2500 a common word or prefix cost up to ≈ 10 ms of a keystroke at 10k
    // articles (kb_bench); a base of up to this many articles is still ranked whole.
    static constexpr double kRankBudget = 1000;
    // Rows every tier asks for, so that the ranking factors choose among the same candidates whatever the limit.
    static constexpr int kPool = 30;
    struct RankContext {
        QueryIntent intent;
        UsageStats::ForQuery usage;
    };
    RankContext m_context; // of the search running now
    // Phrases a synonym group added that the caller did not say (of the last plan), and what they weigh.
    std::unordered_map<std::string, double> m_expanded;
    static constexpr double kSynonymWeight = 0.7;
    static constexpr double kWeakSynonymWeight = 0.3;
    static constexpr double kScatteredWeight = 0.35;
    static constexpr double kPrefixWeight = 0.6;
    UsageStats m_usage;
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
