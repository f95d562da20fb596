#include "SearchIndex.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <map>
#include <sqlite3.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcKb, "hotline.kb")

namespace hotline::kb {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("SearchIndex", text);
}

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
            "этом",    "этой",       "такой",   "такие",
        };
        for (const char* w : list)
            s.insert(w);
        return s;
    }();
    return words;
}

std::string quoted(const std::string& words) {
    return '"' + words + '"';
}

QString htmlSnippet(const QString& raw) {
    QString out = raw.toHtmlEscaped();
    out.replace(QChar(1), QStringLiteral("<b>"));
    out.replace(QChar(2), QStringLiteral("</b>"));
    return out;
}

Status fail(const QString& what, const QString& why) {
    return Error{Error::Code::Database, tr("Cannot build the search index (%1): %2").arg(what, why)};
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
              "CREATE VIRTUAL TABLE kb USING fts5(id UNINDEXED, category UNINDEXED, title, keywords, body, cat,"
              " tokenize='ru_stem', prefix='2 3')",
              "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)",
              "CREATE TABLE vocab(word TEXT PRIMARY KEY, stem TEXT NOT NULL, freq INTEGER NOT NULL)",
              "CREATE TABLE synonyms(grp INTEGER NOT NULL, phrase TEXT NOT NULL)", "BEGIN"}) {
            if (auto st = db.exec(sql); !st)
                return fail(QString::fromUtf8(sql), st.error().message);
        }
        SqliteStatement insert(db.handle(), "INSERT INTO kb(id, category, title, keywords, body, cat) "
                                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        std::unordered_map<std::string, int> counts;
        auto count = [&](const QByteArray& utf8) {
            TextAnalyzer::forEachWord(utf8.constData(), static_cast<int>(utf8.size()),
                                      [&](const std::string& w, int, int) {
                                          ++counts[w];
                                          return true;
                                      });
        };
        for (const Article& a : kb.articles()) {
            const QByteArray title = a.title.toUtf8();
            const QByteArray keywords = a.keywords.join(QStringLiteral(", ")).toUtf8();
            const QByteArray body = a.bodyText().toUtf8();
            insert.bind(1, a.id.toUtf8());
            insert.bind(2, a.category.toUtf8());
            insert.bind(3, title);
            insert.bind(4, keywords);
            insert.bind(5, body);
            insert.bind(6, (a.category + QLatin1Char(' ') + kb.topCategoryOf(a.category)).toUtf8());
            insert.step();
            insert.reset();
            count(title);
            count(keywords);
            count(body);
        }
        TextAnalyzer analyzer;
        SqliteStatement vocab(db.handle(), "INSERT INTO vocab(word, stem, freq) VALUES(?1, ?2, ?3)");
        for (const auto& [word, n] : counts) {
            vocab.bind(1, QByteArray::fromStdString(word));
            vocab.bind(2, QByteArray::fromStdString(analyzer.stem(word)));
            vocab.bind(3, n);
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
        for (const auto& [key, value] : std::map<QByteArray, QByteArray>{
                 {"fingerprint", kb.fingerprint()}, {"articles", QByteArray::number(kb.articles().size())}}) {
            meta.bind(1, key);
            meta.bind(2, value);
            meta.step();
            meta.reset();
        }
        for (const char* sql : {"COMMIT", "INSERT INTO kb(kb) VALUES('optimize')"}) {
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
        return Error{Error::Code::NotFound, tr("The search index %1 does not exist yet.").arg(path)};
    auto opened = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    std::unique_ptr<SearchIndex> index(new SearchIndex);
    index->m_db = std::move(opened).value();
    sqlite3* h = index->m_db->handle();

    SqliteStatement meta(h, "SELECT key, value FROM meta");
    if (!meta.valid())
        return Error{Error::Code::Database, tr("The search index %1 is damaged.").arg(path)};
    while (meta.step()) {
        const QByteArray key = meta.columnBytes(0);
        if (key == "fingerprint")
            index->m_fingerprint = meta.columnBytes(1);
        else if (key == "articles")
            index->m_articleCount = meta.columnBytes(1).toInt();
    }
    SqliteStatement vocab(h, "SELECT word, stem, freq FROM vocab ORDER BY word");
    std::vector<std::pair<std::string, int>> spellWords;
    while (vocab.step()) {
        std::string word = vocab.columnBytes(0).toStdString();
        const std::string stem = vocab.columnBytes(1).toStdString();
        index->m_stems.insert(stem);
        index->m_stemFrequency[stem] += static_cast<int>(vocab.columnInt(2));
        index->m_frequency.push_back(static_cast<int>(vocab.columnInt(2)));
        index->m_vocabulary.push_back(std::move(word));
    }
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
    index->m_query = SqliteStatement(
        h, "SELECT id, category, title, snippet(kb, 4, char(1), char(2), '…', 14), bm25(kb, 0, 0, 10.0, 5.0, 1.0, 0) "
           "FROM kb WHERE kb MATCH ?1 ORDER BY 5 LIMIT ?2");
    if (!index->m_query.valid())
        return Error{Error::Code::Database, tr("The search index %1 is damaged.").arg(path)};
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
        if (stopWords().count(w.surface) && words.size() > 1) {
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
                    if (span == 1 && w.stem.size() >= 10 && hasCompletion(w.stem))
                        alternatives.push_back(quoted(w.stem) + '*');
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
            if (prefix && w.surface.size() >= 4 && hasCompletion(w.surface)) {
                alternatives.push_back(quoted(w.surface) + '*');
                matchable = true;
            }
            // Derived words share the stem's beginning (вымогают → вымогательство).
            if (w.stem.size() >= 10 && w.stem != w.surface && hasCompletion(w.stem)) {
                alternatives.push_back(quoted(w.stem) + '*');
                matchable = true;
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
        std::sort(alternatives.begin(), alternatives.end());
        alternatives.erase(std::unique(alternatives.begin(), alternatives.end()), alternatives.end());
        positions.push_back(std::move(alternatives));
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

void SearchIndex::run(const std::string& match, int limit, QList<SearchHit>& hits) {
    m_query.bind(1, QByteArray::fromStdString(match));
    m_query.bind(2, static_cast<qint64>(limit));
    while (m_query.step()) {
        const QString id = m_query.columnText(0);
        if (std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.id == id; }))
            continue;
        hits.append({id, m_query.columnText(2), m_query.columnText(1), -m_query.columnDouble(4),
                     htmlSnippet(m_query.columnText(3))});
    }
    m_query.reset();
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
    const std::string content = "{title keywords body} : ";
    // Every position must match; if that leaves too few answers, all but one (callers add words the articles
    // do not use); then any position (ranked by bm25).
    run(filter + content + '(' + join(positions, " AND ") + ')', limit, hits);
    if (hits.size() < limit && positions.size() > 2 && positions.size() <= 6) {
        QList<SearchHit> relaxed;
        for (std::size_t skip = 0; skip < positions.size(); ++skip) {
            std::vector<Position> rest = positions;
            rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(skip));
            run(filter + content + '(' + join(rest, " AND ") + ')', limit, relaxed);
        }
        std::sort(relaxed.begin(), relaxed.end(),
                  [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
        for (const SearchHit& h : std::as_const(relaxed)) {
            if (std::none_of(hits.begin(), hits.end(), [&](const SearchHit& x) { return x.id == h.id; }))
                hits.append(h);
        }
    }
    if (hits.size() < limit && positions.size() > 1)
        run(filter + content + '(' + join(positions, " OR ") + ')', limit, hits);
    while (hits.size() > limit)
        hits.removeLast();
    return hits;
}

} // namespace hotline::kb
