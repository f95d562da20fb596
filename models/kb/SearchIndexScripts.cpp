// The guided scripts' part of the search index: a small FTS5 table of their own beside the articles', so that
// the articles' ranking, statistics and relevance figures stay exactly as they are.
#include "SearchIndex.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>
#include <set>

Q_DECLARE_LOGGING_CATEGORY(lcKb)

namespace hotline::kb {

namespace {

std::string quotedWord(const std::string& w) {
    return '"' + w + '"';
}

} // namespace

Status SearchIndex::buildScripts(SqliteDb& db, const KnowledgeBase& kb) {
    for (const char* sql :
         {"CREATE VIRTUAL TABLE scripts USING fts5(id UNINDEXED, category UNINDEXED, title, keywords, nodes, cat,"
          " tokenize='ru_stem', prefix='3 4 5 6')",
          "CREATE TABLE script_words(word TEXT PRIMARY KEY)"}) {
        if (auto st = db.exec(sql); !st)
            return Error{Error::Code::Database,
                         QCoreApplication::translate("SearchIndex", "Cannot build the search index (%1): %2")
                             .arg(QString::fromUtf8(sql), st.error().message)};
    }
    SqliteStatement insert(
        db.handle(), "INSERT INTO scripts(id, category, title, keywords, nodes, cat) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    SqliteStatement known(db.handle(), "SELECT 1 FROM vocab WHERE word = ?1");
    std::set<std::string> own;
    bool lookupFailed = false;
    for (const scripts::Script& s : kb.scripts()) {
        const QByteArray title = s.title.toUtf8();
        const QByteArray keywords = s.keywords.join(QStringLiteral(", ")).toUtf8();
        const QByteArray nodes = Article::plainText(s.nodeText()).toUtf8();
        insert.bind(1, s.id.toUtf8());
        insert.bind(2, s.category.toUtf8());
        insert.bind(3, title);
        insert.bind(4, keywords);
        insert.bind(5, nodes);
        insert.bind(6, (s.category + QLatin1Char(' ') + kb.topCategoryOf(s.category)).toUtf8());
        if (auto st = insert.run(); !st)
            return st;
        for (const QByteArray* text : {&title, &keywords, &nodes}) {
            TextAnalyzer::forEachWord(text->constData(), int(text->size()), [&](const std::string& w, int, int) {
                known.bind(1, QByteArray::fromStdString(w));
                const bool inArticles = known.step();
                const bool failed = known.failed();
                if (!inArticles && !failed)
                    own.insert(w);
                known.reset();
                return !(lookupFailed = failed);
            });
        }
        if (lookupFailed)
            return Error{Error::Code::Database, db.lastError()};
    }
    SqliteStatement word(db.handle(), "INSERT INTO script_words(word) VALUES(?1)");
    for (const std::string& w : own) {
        word.bind(1, QByteArray::fromStdString(w));
        if (auto st = word.run(); !st)
            return st;
    }
    return Ok{};
}

Status SearchIndex::openScripts() {
    sqlite3* h = m_db->handle();
    m_scriptQuery = SqliteStatement(h, "SELECT rowid, id, category, title, bm25(scripts, 0, 0, 10.0, 5.0, 1.0, 0),"
                                       " nodes FROM scripts WHERE scripts MATCH ?1 ORDER BY 5 LIMIT ?2");
    SqliteStatement words(h, "SELECT word FROM script_words ORDER BY word");
    if (!m_scriptQuery.valid() || !words.valid())
        return Error{Error::Code::Database, QString()};
    while (words.step())
        m_scriptWords.push_back(words.columnBytes(0).toStdString());
    if (words.failed())
        return Error{Error::Code::Database, QString()};
    return Ok{};
}

void SearchIndex::runScripts(const std::string& match, int limit, QList<SearchHit>& hits) {
    m_scriptQuery.bind(1, QByteArray::fromStdString(match));
    m_scriptQuery.bind(2, static_cast<qint64>(limit));
    while (m_scriptQuery.step()) {
        const QString id = m_scriptQuery.columnText(1);
        if (std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.id == id; }))
            continue;
        SearchHit hit{id,
                      m_scriptQuery.columnText(3),
                      m_scriptQuery.columnText(2),
                      -m_scriptQuery.columnDouble(4),
                      QString::fromUtf8(m_scriptQuery.columnBytes(5)),
                      m_scriptQuery.columnInt(0)};
        hits.append(hit);
    }
    if (m_scriptQuery.failed())
        qCWarning(lcKb) << "script search query failed:" << m_db->lastError();
    m_scriptQuery.reset();
}

QList<SearchHit> SearchIndex::searchScripts(const QString& query, const QString& categoryId, int limit) {
    QList<SearchHit> hits;
    if (limit <= 0 || !m_scriptQuery.valid())
        return hits;
    std::vector<Position> positions = plan(query).positions;
    // Words the articles do not have were left out of the plan; the scripts may have them.
    const QByteArray utf8 = query.toUtf8();
    TextAnalyzer::forEachWord(utf8.constData(), int(utf8.size()), [&](const std::string& w, int, int end) {
        const auto it = std::lower_bound(m_scriptWords.begin(), m_scriptWords.end(), w);
        const bool exact = it != m_scriptWords.end() && *it == w;
        const bool typing = end == utf8.size() && w.size() >= 6; // three Cyrillic letters
        const bool prefix = typing && it != m_scriptWords.end() && it->compare(0, w.size(), w) == 0;
        if (exact || prefix)
            positions.push_back(prefix && !exact ? Position{quotedWord(w) + '*'} : Position{quotedWord(w)});
        return true;
    });
    if (positions.empty())
        return hits;
    auto join = [&positions](const char* between) {
        std::string out;
        for (const Position& p : positions) {
            if (!out.empty())
                out += between;
            out += '(';
            for (std::size_t k = 0; k < p.size(); ++k)
                out += (k ? " OR " : "") + p[k];
            out += ')';
        }
        return out;
    };
    std::string filter;
    if (!categoryId.isEmpty())
        filter = "cat : " + quotedWord(TextAnalyzer::fold(categoryId).toStdString()) + " AND ";
    const std::string all = '(' + join(" AND ") + ')';
    runScripts(filter + "{title keywords} : " + all, limit, hits);
    if (hits.size() < limit)
        runScripts(filter + "{title keywords nodes} : " + all, limit, hits);
    if (hits.isEmpty() && positions.size() > 1)
        runScripts(filter + "{title keywords nodes} : (" + join(" OR ") + ')', limit, hits);
    while (hits.size() > limit)
        hits.removeLast();
    const Terms terms = termsOf(positions);
    for (SearchHit& h : hits)
        h.snippet = snippet(h.snippet, terms);
    return hits;
}

} // namespace hotline::kb
