#include "SearchIndex.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <map>
#include <set>
#include <sqlite3.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcKb, "hotline.kb")

namespace hotline::kb {

namespace {

// Words that carry no meaning for search in the way callers speak.
const std::unordered_set<std::string>& stopWords() {
    static const std::unordered_set<std::string> words = [] {
        std::unordered_set<std::string> s;
        const char* list[] = {
            "и",       "в",          "во",      "на",         "не",           "что",    "как",   "где",
            "когда",   "какой",      "какая",   "какие",      "каких",        "мне",    "меня",  "я",
            "мы",      "вы",         "нам",     "вам",        "нас",          "вас",    "у",     "к",
            "ко",      "с",          "со",      "о",          "об",           "от",     "до",    "по",
            "за",      "из",         "для",     "а",          "но",           "же",     "ли",    "бы",
            "это",     "этот",       "эта",     "эти",        "то",           "там",    "тут",   "так",
            "уже",     "еще",        "можно",   "нужно",      "надо",         "хочу",   "хотим", "хотел",
            "хотела",  "подскажите", "скажите", "пожалуйста", "здравствуйте", "добрый", "день",  "вопрос",
            "есть",    "был",        "была",    "было",       "быть",         "его",    "ее",    "их",
            "ему",     "ей",         "им",      "мой",        "моя",          "мое",    "мои",   "наш",
            "наша",    "наше",       "наши",    "ваш",        "ваша",         "при",    "про",   "через",
            "или",     "если",       "чтобы",   "тоже",       "все",          "весь",   "вся",   "нет",
            "да",      "ну",         "вот",     "меня",       "чем",          "кто",    "куда",  "зачем",
            "почему",  "сколько",    "нужен",   "нужна",      "нужны",        "могу",   "можем", "который",
            "которая", "которые",    "себе",    "свой",       "давно",        "она",    "он",    "оно",
            "они",     "каком",      "какую",   "каким",      "сейчас",       "теперь", "очень", "просто",
            "под",     "над",        "перед",   "без",        "около",        "возле",  "чтоб",  "этого",
            "этом",    "этой",       "такой",   "такие",      "дайте",        "дай",
        };
        for (const char* w : list)
            s.insert(w);
        return s;
    }();
    return words;
}

int utf8Length(const std::string& s) {
    return static_cast<int>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string quoted(const std::string& words) {
    return '"' + words + '"';
}

Status fail(const QString& what, const QString& why) {
    return Error{Error::Code::Database,
                 QCoreApplication::translate("SearchIndex", "Cannot build the search index (%1): %2").arg(what, why)};
}

bool syncFile(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

Status SearchIndex::build(const KnowledgeBase& kb, const QString& path) {
    const QString tmp = path + QStringLiteral(".building");
    QFile::remove(tmp);
    QFile::remove(tmp + QStringLiteral("-journal"));
    {
        auto opened = SqliteDb::open(tmp, SqliteDb::Mode::Create);
        if (!opened)
            return opened.error();
        SqliteDb& db = *opened.value();
        for (const char* sql :
             {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA page_size=8192",
              "CREATE VIRTUAL TABLE kb USING fts5(id UNINDEXED, category UNINDEXED, title, keywords, script, body, cat,"
              " tokenize='ru_stem', prefix='3 4 5 6')",
              "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)",
              "CREATE TABLE vocab(word TEXT PRIMARY KEY, stem TEXT NOT NULL, freq INTEGER NOT NULL,"
              " docs INTEGER NOT NULL, title_docs INTEGER NOT NULL)",
              "CREATE TABLE synonyms(grp INTEGER NOT NULL, phrase TEXT NOT NULL)", "BEGIN"}) {
            if (auto st = db.exec(sql); !st)
                return fail(QString::fromUtf8(sql), st.error().message);
        }
        SqliteStatement insert(db.handle(), "INSERT INTO kb(id, category, title, keywords, script, body, cat) "
                                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        // Per word: occurrences (spelling suggestions prefer frequent words), articles with it anywhere and
        // in the title or keywords (estimates of how many rows a query matches, to budget its ranking).
        struct Counts {
            int occurrences = 0;
            int articles = 0;
            int titleArticles = 0;
            int lastArticle = -1;
            int lastTitleArticle = -1;
        };
        std::unordered_map<std::string, Counts> counts;
        int article = 0;
        auto count = [&](const QByteArray& utf8, bool titleOrKeywords) {
            TextAnalyzer::forEachWord(utf8.constData(), static_cast<int>(utf8.size()),
                                      [&](const std::string& w, int, int) {
                                          Counts& c = counts[w];
                                          ++c.occurrences;
                                          if (c.lastArticle != article) {
                                              c.lastArticle = article;
                                              ++c.articles;
                                          }
                                          if (titleOrKeywords && c.lastTitleArticle != article) {
                                              c.lastTitleArticle = article;
                                              ++c.titleArticles;
                                          }
                                          return true;
                                      });
        };
        for (const Article& a : kb.articles()) {
            const QByteArray title = a.title.toUtf8();
            const QByteArray keywords = a.keywords.join(QStringLiteral(", ")).toUtf8();
            const QByteArray script = Article::plainText(a.script).toUtf8();
            const QByteArray body = a.bodyText().toUtf8();
            insert.bind(1, a.id.toUtf8());
            insert.bind(2, a.category.toUtf8());
            insert.bind(3, title);
            insert.bind(4, keywords);
            insert.bind(5, script);
            insert.bind(6, body);
            insert.bind(7, (a.category + QLatin1Char(' ') + kb.topCategoryOf(a.category)).toUtf8());
            insert.step();
            insert.reset();
            count(title, true);
            count(keywords, true);
            count(script, false);
            count(body, false);
            ++article;
        }
        TextAnalyzer analyzer;
        SqliteStatement vocab(db.handle(),
                              "INSERT INTO vocab(word, stem, freq, docs, title_docs) VALUES(?1, ?2, ?3, ?4, ?5)");
        for (const auto& [word, n] : counts) {
            vocab.bind(1, QByteArray::fromStdString(word));
            vocab.bind(2, QByteArray::fromStdString(analyzer.stem(word)));
            vocab.bind(3, n.occurrences);
            vocab.bind(4, n.articles);
            vocab.bind(5, n.titleArticles);
            vocab.step();
            vocab.reset();
        }
        SqliteStatement synonym(db.handle(), "INSERT INTO synonyms(grp, phrase) VALUES(?1, ?2)");
        qint64 group = 0;
        for (const QStringList& g : kb.synonymGroups()) {
            for (const QString& phrase : g) {
                synonym.bind(1, group);
                synonym.bind(2, TextAnalyzer::fold(phrase).toUtf8());
                synonym.step();
                synonym.reset();
            }
            ++group;
        }
        SqliteStatement meta(db.handle(), "INSERT INTO meta(key, value) VALUES(?1, ?2)");
        for (const auto& [key, value] :
             std::map<QByteArray, QByteArray>{{"fingerprint", kb.fingerprint()},
                                              {"articles", QByteArray::number(kb.articles().size())},
                                              {"format", QByteArray::number(kFormat)}}) {
            meta.bind(1, key);
            meta.bind(2, value);
            meta.step();
            meta.reset();
        }
        if (auto st = buildScripts(db, kb); !st)
            return st;
        // Ranking lives in the table so that ORDER BY rank LIMIT n is sorted inside FTS5 and snippets are
        // made only for the rows returned. Titles weigh most, then keywords, then the body.
        for (const char* sql : {"INSERT INTO kb(kb, rank) VALUES('rank', 'bm25(0, 0, 10.0, 5.0, 1.0, 1.0, 0)')",
                                "COMMIT", "INSERT INTO kb(kb) VALUES('optimize')"}) {
            if (auto st = db.exec(sql); !st)
                return fail(QString::fromUtf8(sql), st.error().message);
        }
    }
    // The index is derived data, but it lies beside the workstation's personal data: owner only.
    QFile::setPermissions(tmp, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!syncFile(tmp))
        return fail(tmp, QStringLiteral("fsync"));
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(path, QString::fromLocal8Bit(std::strerror(errno)));
    syncFile(QFileInfo(path).absolutePath());
    return Ok{};
}

Result<std::unique_ptr<SearchIndex>> SearchIndex::open(const QString& path) {
    if (!QFileInfo::exists(path))
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("SearchIndex", "The search index %1 does not exist yet.").arg(path)};
    auto opened = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    std::unique_ptr<SearchIndex> index(new SearchIndex);
    index->m_db = std::move(opened).value();
    sqlite3* h = index->m_db->handle();

    SqliteStatement meta(h, "SELECT key, value FROM meta");
    if (!meta.valid())
        return Error{Error::Code::Database,
                     QCoreApplication::translate("SearchIndex", "The search index %1 is damaged.").arg(path)};
    QByteArray fingerprint;
    int format = 0;
    while (meta.step()) {
        const QByteArray key = meta.columnBytes(0);
        if (key == "fingerprint")
            fingerprint = meta.columnBytes(1);
        else if (key == "articles")
            index->m_articleCount = meta.columnBytes(1).toInt();
        else if (key == "format")
            format = meta.columnBytes(1).toInt();
    }
    if (format != kFormat)
        return Error{
            Error::Code::NotFound,
            QCoreApplication::translate("SearchIndex", "The search index %1 was built by another version.").arg(path)};
    index->m_fingerprint = fingerprint;
    SqliteStatement vocab(h, "SELECT word, stem, freq, docs, title_docs FROM vocab ORDER BY word");
    std::unordered_map<std::string, std::pair<int, std::string>> bestSurface;
    std::vector<std::pair<std::string, int>> spellWords;
    while (vocab.step()) {
        std::string word = vocab.columnBytes(0).toStdString();
        const std::string stem = vocab.columnBytes(1).toStdString();
        const int frequency = static_cast<int>(vocab.columnInt(2));
        index->m_stems.insert(stem);
        index->m_stemFrequency[stem] += frequency;
        auto& best = bestSurface[stem];
        if (frequency > best.first)
            best = {frequency, word};
        index->m_frequency.push_back(frequency);
        index->m_documents.push_back(static_cast<int>(vocab.columnInt(3)));
        index->m_titleDocuments.push_back(static_cast<int>(vocab.columnInt(4)));
        index->m_vocabulary.push_back(std::move(word));
    }
    for (auto& [stem, best] : bestSurface) {
        index->m_stemList.push_back(stem);
        index->m_stemRepresentative.emplace(stem, std::move(best.second));
    }
    std::sort(index->m_stemList.begin(), index->m_stemList.end());
    SqliteStatement synonyms(h, "SELECT grp, phrase FROM synonyms ORDER BY grp");
    while (synonyms.step()) {
        const auto group = static_cast<std::size_t>(synonyms.columnInt(0));
        const std::string phrase = synonyms.columnBytes(1).toStdString();
        if (index->m_synonymGroups.size() <= group)
            index->m_synonymGroups.resize(group + 1);
        index->m_synonymGroups[group].push_back(phrase);
        Synonym s;
        s.group = static_cast<int>(group);
        TextAnalyzer::forEachWord(phrase.data(), static_cast<int>(phrase.size()), [&](const std::string& w, int, int) {
            s.stems.push_back(index->m_analyzer.stem(w));
            return true;
        });
        if (!s.stems.empty())
            index->m_synonymsByFirstStem[s.stems.front()].push_back(s);
    }
    if (!registerBm25Rank(h, &index->m_weights))
        return Error{Error::Code::Database,
                     QCoreApplication::translate("SearchIndex", "This SQLite has no FTS5 full-text search.")};
    index->m_query = SqliteStatement(h, "SELECT rowid, id, category, title, rank, script FROM kb WHERE kb MATCH ?1 "
                                        "AND rank MATCH ?3 AND rowid <= ?4 ORDER BY rank LIMIT ?2");
    SqliteStatement rows(h, "SELECT max(rowid) FROM kb");
    index->m_maxRowid = rows.step() ? rows.columnInt(0) : 0;
    index->m_count = SqliteStatement(h, "SELECT count(*) FROM kb WHERE kb MATCH ?1");
    if (!index->m_query.valid() || !index->m_count.valid() || !index->openScripts())
        return Error{Error::Code::Database,
                     QCoreApplication::translate("SearchIndex", "The search index %1 is damaged.").arg(path)};
    return index;
}

std::vector<std::string> SearchIndex::phraseStems(const std::string& phrase) {
    std::vector<std::string> stems;
    TextAnalyzer::forEachWord(phrase.data(), static_cast<int>(phrase.size()), [&](const std::string& w, int, int) {
        stems.push_back(m_analyzer.stem(w));
        return true;
    });
    return stems;
}

int SearchIndex::phraseFrequency(const std::string& phrase) {
    // A phrase is as frequent as its rarest word's stem (an upper bound, good enough to find the main term).
    int f = -1;
    for (const std::string& stem : phraseStems(phrase)) {
        const auto it = m_stemFrequency.find(stem);
        const int n = it == m_stemFrequency.end() ? 0 : it->second;
        f = f < 0 ? n : std::min(f, n);
    }
    return std::max(f, 0);
}

int SearchIndex::stemFrequency(const std::string& stem) const {
    const auto it = m_stemFrequency.find(stem);
    return it == m_stemFrequency.end() ? 0 : it->second;
}

std::vector<std::string> SearchIndex::derivedWords(const std::string& stem) const {
    // Stems that extend this one (a different word built on it), each by its most frequent surface form.
    std::vector<std::pair<int, std::string>> found;
    for (auto it = std::lower_bound(m_stemList.begin(), m_stemList.end(), stem);
         it != m_stemList.end() && it->compare(0, stem.size(), stem) == 0; ++it) {
        if (it->size() == stem.size())
            continue;
        const auto rep = m_stemRepresentative.find(*it);
        if (rep != m_stemRepresentative.end())
            found.emplace_back(m_stemFrequency.at(*it), rep->second);
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < found.size() && i < 3; ++i)
        out.push_back(found[i].second);
    return out;
}

bool SearchIndex::hasCompletion(const std::string& prefix) const {
    const auto it = std::lower_bound(m_vocabulary.begin(), m_vocabulary.end(), prefix);
    return it != m_vocabulary.end() && it->compare(0, prefix.size(), prefix) == 0;
}

std::vector<std::string> SearchIndex::typoCandidates(const std::string& word) {
    if (m_spell.empty()) {
        // Built on the first typo, not at start-up: most sessions open many searches and few typos.
        std::vector<std::pair<std::string, int>> words;
        words.reserve(m_vocabulary.size());
        for (std::size_t i = 0; i < m_vocabulary.size(); ++i)
            words.emplace_back(m_vocabulary[i], m_frequency[i]);
        m_spell.build(words);
    }
    return m_spell.suggest(word, 3);
}

SearchIndex::Position SearchIndex::withoutRedundant(Position alternatives) {
    // Alternatives that match no document the others do not: word forms with the same stem (аукцион,
    // аукциона) and phrases containing a word that is itself an alternative (электронные торги beside
    // торги). Each costs FTS5 a doclist and changes no answer.
    struct Alternative {
        std::string text;
        std::vector<std::string> stems; // empty for a prefix
    };
    std::vector<Alternative> all;
    std::unordered_set<std::string> single;
    for (std::string& a : alternatives) {
        Alternative alt{std::move(a), {}};
        if (alt.text.back() != '*') {
            alt.stems = phraseStems(alt.text.substr(1, alt.text.size() - 2));
            if (alt.stems.size() == 1)
                single.insert(alt.stems.front());
        }
        all.push_back(std::move(alt));
    }
    Position out;
    std::set<std::vector<std::string>> seen;
    for (const Alternative& a : all) {
        if (!a.stems.empty()) {
            if (!seen.insert(a.stems).second)
                continue;
            if (a.stems.size() > 1 &&
                std::any_of(a.stems.begin(), a.stems.end(), [&](const std::string& s) { return single.count(s) > 0; }))
                continue;
        }
        out.push_back(a.text);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<SearchIndex::Position> SearchIndex::plan(const QString& query) {
    struct Word {
        std::string surface;
        std::string stem;
    };
    std::vector<Word> words;
    const QByteArray utf8 = query.toUtf8();
    int lastEnd = 0;
    TextAnalyzer::forEachWord(utf8.constData(), static_cast<int>(utf8.size()), [&](const std::string& w, int, int end) {
        words.push_back({w, m_analyzer.stem(w)});
        lastEnd = end;
        return words.size() < 16;
    });
    // The word under the cursor is still being typed: match it as a prefix.
    const bool typing = !words.empty() && lastEnd == utf8.size();

    std::vector<Position> positions;
    for (std::size_t i = 0; i < words.size();) {
        const bool last = i + 1 == words.size();
        const Word& w = words[i];
        // A function word narrows nothing, even alone (a query of just «по» would rank the whole base);
        // while it is being typed it may still grow into a real word.
        if (stopWords().count(w.surface) && !(last && typing && words.size() == 1 && utf8Length(w.surface) >= 3)) {
            ++i;
            continue;
        }
        Position alternatives;
        std::size_t span = 1;
        // Synonyms and abbreviations: the longest phrase of the query that is a member of a group.
        const auto syn = m_synonymsByFirstStem.find(w.stem);
        if (syn != m_synonymsByFirstStem.end()) {
            const Synonym* best = nullptr;
            for (const Synonym& s : syn->second) {
                if (s.stems.size() > words.size() - i || (best && s.stems.size() <= best->stems.size()))
                    continue;
                bool match = true;
                for (std::size_t k = 0; k < s.stems.size() && match; ++k)
                    match = words[i + k].stem == s.stems[k];
                if (match)
                    best = &s;
            }
            if (best) {
                span = best->stems.size();
                const auto& group = m_synonymGroups[static_cast<std::size_t>(best->group)];
                // The group's most used member in the articles is what they say; when the caller already said
                // it, the colloquial members would only pull in loosely related articles.
                std::size_t spoken = 0;
                int spokenFrequency = 0;
                int maxFrequency = 0;
                for (std::size_t k = 0; k < group.size(); ++k) {
                    const int f = phraseFrequency(group[k]);
                    maxFrequency = std::max(maxFrequency, f);
                    if (phraseStems(group[k]) == best->stems) {
                        spoken = k;
                        spokenFrequency = f;
                    }
                }
                if (spokenFrequency > 0 && spokenFrequency == maxFrequency) {
                    alternatives.push_back(quoted(group[spoken]));
                    if (span == 1 && w.stem.size() >= 10 && stemFrequency(w.stem) < 3) {
                        for (const std::string& derived : derivedWords(w.stem))
                            alternatives.push_back(quoted(derived));
                    }
                } else {
                    for (const std::string& phrase : group)
                        alternatives.push_back(quoted(phrase));
                }
            }
        }
        if (span == 1) {
            // Sizes are in UTF-8 bytes: a Cyrillic letter takes two.
            const bool prefix = last && typing;
            bool matchable = m_stems.count(w.stem) > 0;
            alternatives.push_back(quoted(w.surface));
            // Expanding one or two letters would rank most of the base: wait for the third letter.
            if (prefix && utf8Length(w.surface) >= 3 && hasCompletion(w.surface)) {
                alternatives.push_back(quoted(w.surface) + '*');
                matchable = true;
            }
            // Derived words share the stem's beginning (вымогают → вымогательство): when the articles hardly use
            // the caller's word itself, add the derived words they do use.
            if (w.stem.size() >= 10 && stemFrequency(w.stem) < 3) {
                for (const std::string& derived : derivedWords(w.stem)) {
                    alternatives.push_back(quoted(derived));
                    matchable = true;
                }
            }
            if (!matchable && w.surface.size() >= 8) {
                for (const std::string& c : typoCandidates(w.surface)) {
                    alternatives.push_back(quoted(c));
                    matchable = true;
                }
            }
            if (!matchable) {
                ++i;
                continue; // a word the knowledge base does not have narrows nothing: leave it out
            }
        }
        positions.push_back(withoutRedundant(std::move(alternatives)));
        i += span;
    }
    return positions;
}

namespace {
std::string join(const std::vector<SearchIndex::Position>& positions, const char* between) {
    std::string out;
    for (const auto& p : positions) {
        if (!out.empty())
            out += between;
        out += '(';
        for (std::size_t k = 0; k < p.size(); ++k) {
            if (k)
                out += " OR ";
            out += p[k];
        }
        out += ')';
    }
    return out;
}
} // namespace

double SearchIndex::documentFrequency(const std::string& phrase, Scope scope) {
    auto& known = m_documentFrequency[static_cast<int>(scope)];
    if (const auto it = known.find(phrase); it != known.end())
        return it->second;
    if (known.size() > 50000)
        known.clear(); // bounded: a long shift of typing must not grow it without end
    double n = 0;
    if (phrase.back() == '*') {
        // A prefix: every keystroke is a new one, and counting its rows costs as much as the query. The
        // articles of its completions, added up, are an upper bound (an article with two counts twice).
        const std::vector<int>& articles = scope == Scope::Titles ? m_titleDocuments : m_documents;
        const std::string prefix = phrase.substr(1, phrase.size() - 3);
        for (auto it = std::lower_bound(m_vocabulary.begin(), m_vocabulary.end(), prefix);
             it != m_vocabulary.end() && it->compare(0, prefix.size(), prefix) == 0 && n < m_articleCount; ++it)
            n += articles[static_cast<std::size_t>(it - m_vocabulary.begin())];
        n = std::min<double>(n, m_articleCount);
    } else {
        m_count.bind(1, QByteArray::fromStdString(scope == Scope::Titles ? "{title keywords} : " + phrase : phrase));
        n = m_count.step() ? static_cast<double>(m_count.columnInt(0)) : 0.0;
        m_count.reset();
    }
    known.emplace(phrase, n);
    return n;
}

double SearchIndex::estimatedRows(const std::vector<Position>& positions, bool all, Scope scope) {
    // An upper bound of the rows an expression matches: for AND the least of its positions, for OR the sum.
    // A base within the ranking budget is ranked whole anyway: nothing to count.
    if (m_maxRowid <= kRankBudget)
        return 0;
    double estimate = all ? m_articleCount : 0;
    for (const Position& p : positions) {
        double alternatives = 0;
        for (const std::string& a : p)
            alternatives += documentFrequency(a, scope);
        estimate = all ? std::min(estimate, alternatives) : estimate + alternatives;
    }
    return std::min<double>(estimate, m_articleCount);
}

std::string SearchIndex::rankFor(const std::string& match) {
    // Every quoted string (with its * if it is a prefix) is one phrase of the expression, in FTS5's order.
    const double rows = std::max(1, m_articleCount);
    std::string rank = "kbrank(";
    bool first = true;
    for (std::size_t at = match.find('"'); at != std::string::npos;) {
        const std::size_t end = match.find('"', at + 1);
        if (end == std::string::npos)
            break;
        const std::size_t stop = end + 1 < match.size() && match[end + 1] == '*' ? end + 2 : end + 1;
        const double n = std::min(rows, documentFrequency(match.substr(at, stop - at), Scope::All));
        // As FTS5's bm25(): a phrase in more than half of the rows still counts, a little.
        const double idf = std::max(1e-6, std::log((rows - n + 0.5) / (n + 0.5)));
        // Fixed notation: FTS5's parser of the rank function's arguments does not read exponents.
        char number[32];
        const auto written = std::to_chars(number, number + sizeof number, idf, std::chars_format::fixed, 6);
        if (!first)
            rank += ", ";
        rank.append(number, written.ptr);
        first = false;
        at = match.find('"', stop);
    }
    return rank + ')';
}

void SearchIndex::run(const std::string& match, double estimatedRows, int limit, QList<SearchHit>& hits) {
    // A query that matches a large part of a big base (a common word, the first letters of one) ranks the
    // first kRankBudget or so rows of the index instead (its first articles stand for the rest); only if they
    // hold too few answers is the whole base ranked.
    const qsizetype before = hits.size();
    const std::string rank = rankFor(match);
    if (estimatedRows > kRankBudget) {
        const auto window = static_cast<qint64>(static_cast<double>(m_maxRowid) * kRankBudget / estimatedRows);
        runWindow(match, rank, limit, std::max<qint64>(window, static_cast<qint64>(kRankBudget)), hits);
        if (hits.size() - before >= std::min<qsizetype>(limit, 3))
            return;
    }
    runWindow(match, rank, limit, m_maxRowid, hits);
}

void SearchIndex::runWindow(const std::string& match, const std::string& rank, int limit, qint64 lastRowid,
                            QList<SearchHit>& hits) {
    m_query.bind(1, QByteArray::fromStdString(match));
    m_query.bind(2, static_cast<qint64>(limit));
    m_query.bind(3, QByteArray::fromStdString(rank));
    m_query.bind(4, lastRowid);
    while (m_query.step()) {
        const QString id = m_query.columnText(1);
        if (std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.id == id; }))
            continue;
        SearchHit hit{id, m_query.columnText(3), m_query.columnText(2), -m_query.columnDouble(4),
                      {}, m_query.columnInt(0)};
        hit.snippet = QString::fromUtf8(m_query.columnBytes(5)); // the raw script; made into a snippet at the end
        hits.append(hit);
    }
    m_query.reset();
}

SearchIndex::Terms SearchIndex::termsOf(const std::vector<Position>& positions) {
    Terms terms;
    for (const Position& p : positions) {
        for (const std::string& alt : p) {
            const bool prefix = !alt.empty() && alt.back() == '*';
            const std::string words = alt.substr(1, alt.size() - (prefix ? 3 : 2)); // strip the quotes (and *)
            TextAnalyzer::forEachWord(words.data(), static_cast<int>(words.size()),
                                      [&](const std::string& w, int, int) {
                                          if (prefix)
                                              terms.prefixes.push_back(w);
                                          else
                                              terms.stems.insert(m_analyzer.stem(w));
                                          return true;
                                      });
        }
    }
    return terms;
}

QString SearchIndex::snippet(const QString& text, const Terms& terms) {
    // The window of the answer script with the most matched words, matches in <b>, the rest HTML-escaped.
    constexpr int kWords = 16;
    const QByteArray utf8 = text.toUtf8();
    struct Word {
        int begin;
        int end;
        bool match;
    };
    std::vector<Word> words;
    TextAnalyzer::forEachWord(utf8.constData(), static_cast<int>(utf8.size()), [&](const std::string& w, int b, int e) {
        bool match = terms.stems.count(m_analyzer.stem(w)) > 0;
        for (std::size_t k = 0; !match && k < terms.prefixes.size(); ++k)
            match = w.compare(0, terms.prefixes[k].size(), terms.prefixes[k]) == 0;
        words.push_back({b, e, match});
        return true;
    });
    if (words.empty())
        return {};
    std::size_t best = 0;
    int bestCount = -1;
    int count = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        count += words[i].match ? 1 : 0;
        if (i >= kWords)
            count -= words[i - kWords].match ? 1 : 0;
        const std::size_t start = i + 1 >= kWords ? i + 1 - kWords : 0;
        if (count > bestCount) {
            bestCount = count;
            best = start;
        }
    }
    const std::size_t last = std::min(words.size(), best + kWords) - 1;
    QString out;
    if (best > 0)
        out += QStringLiteral("…");
    int at = words[best].begin;
    for (std::size_t i = best; i <= last; ++i) {
        out += QString::fromUtf8(utf8.mid(at, words[i].begin - at)).toHtmlEscaped();
        const QString word = QString::fromUtf8(utf8.mid(words[i].begin, words[i].end - words[i].begin)).toHtmlEscaped();
        out += words[i].match ? QStringLiteral("<b>") + word + QStringLiteral("</b>") : word;
        at = words[i].end;
    }
    if (last + 1 < words.size())
        out += QStringLiteral(" …");
    else
        out += QString::fromUtf8(utf8.mid(at)).toHtmlEscaped();
    return out.simplified();
}

QString SearchIndex::explain(const QString& query) {
    return QString::fromStdString(join(plan(query), " AND "));
}

QList<SearchHit> SearchIndex::search(const QString& query, const QString& categoryId, int limit) {
    QList<SearchHit> hits;
    const std::vector<Position> positions = plan(query);
    if (positions.empty() || limit <= 0)
        return hits;
    std::string filter;
    if (!categoryId.isEmpty())
        filter = "cat : " + quoted(TextAnalyzer::fold(categoryId).toStdString()) + " AND ";
    const std::string content = "{title keywords script body} : ";
    // Every position must match, first in titles and keywords (they rank above the body), then anywhere;
    // if that leaves too few answers, all but one position (callers add words the articles do not use);
    // then any position (ranked by bm25).
    const std::string all = '(' + join(positions, " AND ") + ')';
    run(filter + "{title keywords} : " + all, estimatedRows(positions, true, Scope::Titles), limit, hits);
    if (hits.size() < limit)
        run(filter + content + all, estimatedRows(positions, true, Scope::All), limit, hits);
    // Relaxing costs a query per position: only when the strict match left almost nothing.
    constexpr qsizetype kEnough = 3;
    if (hits.size() < std::min<qsizetype>(kEnough, limit) && positions.size() > 2 && positions.size() <= 6) {
        QList<SearchHit> relaxed;
        for (std::size_t skip = 0; skip < positions.size(); ++skip) {
            std::vector<Position> rest = positions;
            rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(skip));
            run(filter + content + '(' + join(rest, " AND ") + ')', estimatedRows(rest, true, Scope::All), limit,
                relaxed);
        }
        std::sort(relaxed.begin(), relaxed.end(),
                  [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
        for (const SearchHit& h : std::as_const(relaxed)) {
            if (std::none_of(hits.begin(), hits.end(), [&](const SearchHit& x) { return x.id == h.id; }))
                hits.append(h);
        }
    }
    const std::string any = content + '(' + join(positions, " OR ") + ')';
    if (hits.size() < std::min<qsizetype>(kEnough, limit) && positions.size() > 1)
        run(filter + any, estimatedRows(positions, false, Scope::All), limit, hits);
    while (hits.size() > limit)
        hits.removeLast();
    const Terms terms = termsOf(positions);
    for (SearchHit& h : hits)
        h.snippet = snippet(h.snippet, terms);
    return hits;
}

} // namespace hotline::kb
