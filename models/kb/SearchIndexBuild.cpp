// Building and opening the search index file (the queries are in SearchIndex.cpp).
#include "SearchDocument.h"
#include "SearchIndex.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <sqlite3.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcKb, "hotline.kb")

namespace hotline::kb {

namespace {

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

// Per word: occurrences (spelling suggestions prefer frequent words), documents with it anywhere and in the
// title or keywords (estimates of how many rows a query matches, to budget its ranking).
class WordCounts {
public:
    void nextDocument() { ++m_document; }
    void add(const QByteArray& utf8, bool titleOrKeywords) {
        TextAnalyzer::forEachWord(utf8.constData(), static_cast<int>(utf8.size()), [&](const std::string& w, int, int) {
            Counts& c = m_counts[w];
            ++c.occurrences;
            if (c.lastDocument != m_document) {
                c.lastDocument = m_document;
                ++c.documents;
            }
            if (titleOrKeywords && c.lastTitleDocument != m_document) {
                c.lastTitleDocument = m_document;
                ++c.titleDocuments;
            }
            return true;
        });
    }
    Status write(SqliteDb& db) const {
        TextAnalyzer analyzer;
        SqliteStatement vocab(db.handle(),
                              "INSERT INTO vocab(word, stem, freq, docs, title_docs) VALUES(?1, ?2, ?3, ?4, ?5)");
        if (!vocab.valid())
            return fail(QStringLiteral("vocab"), db.lastError());
        for (const auto& [word, n] : m_counts) {
            vocab.bind(1, QByteArray::fromStdString(word));
            vocab.bind(2, QByteArray::fromStdString(analyzer.stem(word)));
            vocab.bind(3, n.occurrences);
            vocab.bind(4, n.documents);
            vocab.bind(5, n.titleDocuments);
            if (auto st = vocab.run(); !st)
                return fail(QStringLiteral("vocab"), st.error().message);
        }
        return Ok{};
    }

private:
    struct Counts {
        int occurrences = 0;
        int documents = 0;
        int titleDocuments = 0;
        int lastDocument = -1;
        int lastTitleDocument = -1;
    };
    std::unordered_map<std::string, Counts> m_counts;
    int m_document = 0;
};

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
        // The columns in ColumnWeights order: what a hit shows (unindexed), what is searched, the category filter.
        for (const char* sql :
             {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA page_size=8192",
              "CREATE VIRTUAL TABLE kb USING fts5(id UNINDEXED, category UNINDEXED, display UNINDEXED,"
              " traits UNINDEXED, type UNINDEXED, title, keywords, script, body, agencies, cat,"
              " tokenize='ru_stem', prefix='3 4 5 6')",
              "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)",
              "CREATE TABLE vocab(word TEXT PRIMARY KEY, stem TEXT NOT NULL, freq INTEGER NOT NULL,"
              " docs INTEGER NOT NULL, title_docs INTEGER NOT NULL)",
              "CREATE TABLE synonyms(grp INTEGER NOT NULL, phrase TEXT NOT NULL)", "BEGIN"}) {
            if (auto st = db.exec(sql); !st)
                return fail(QString::fromUtf8(sql), st.error().message);
        }
        SqliteStatement insert(db.handle(),
                               "INSERT INTO kb(id, category, display, traits, type, title, keywords, script, body,"
                               " agencies, cat) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        WordCounts counts;
        for (const SearchDocument& d : articleDocuments(kb)) {
            const QByteArray title = d.title.toUtf8();
            const QByteArray keywords = d.keywords.toUtf8();
            const QByteArray script = d.script.toUtf8();
            const QByteArray body = d.body.toUtf8();
            const QByteArray agencies = d.agencies.toUtf8();
            insert.bind(1, d.id.toUtf8());
            insert.bind(2, d.category.toUtf8());
            insert.bind(3, d.displayTitle.toUtf8());
            insert.bind(4, d.traits.packed());
            insert.bind(5, static_cast<qint64>(d.type));
            insert.bind(6, title);
            insert.bind(7, keywords);
            insert.bind(8, script);
            insert.bind(9, body);
            insert.bind(10, agencies);
            insert.bind(11, d.categories.toUtf8());
            if (auto st = insert.run(); !st)
                return fail(QStringLiteral("kb"), st.error().message);
            counts.add(title, true);
            counts.add(keywords, true);
            counts.add(script, false);
            counts.add(body, false);
            counts.add(agencies, false);
            counts.nextDocument();
        }
        if (auto st = counts.write(db); !st)
            return st;
        SqliteStatement synonym(db.handle(), "INSERT INTO synonyms(grp, phrase) VALUES(?1, ?2)");
        qint64 group = 0;
        for (const QStringList& g : kb.synonymGroups()) {
            for (const QString& phrase : g) {
                synonym.bind(1, group);
                synonym.bind(2, TextAnalyzer::fold(phrase).toUtf8());
                if (auto st = synonym.run(); !st)
                    return fail(QStringLiteral("synonyms"), st.error().message);
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
            if (auto st = meta.run(); !st)
                return fail(QStringLiteral("meta"), st.error().message);
        }
        if (auto st = buildScripts(db, kb); !st)
            return st;
        // Ranking lives in the table so that ORDER BY rank LIMIT n is sorted inside FTS5 and snippets are
        // made only for the rows returned (the queries give kbrank with the same weights).
        for (const char* sql : {"INSERT INTO kb(kb, rank) VALUES('rank', 'bm25(0, 0, 0, 0, 0, 10.0, 5.0, 1.0, 1.0, "
                                "2.0, 0)')",
                                "COMMIT", "INSERT INTO kb(kb) VALUES('optimize')"}) {
            if (auto st = db.exec(sql); !st)
                return fail(QString::fromUtf8(sql), st.error().message);
        }
    }
    // The index is derived data, but it lies beside the workstation's personal data: owner only.
    if (!QFile::setPermissions(tmp, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(tmp, QStringLiteral("chmod 600"));
    if (!syncFile(tmp))
        return fail(tmp, QStringLiteral("fsync"));
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(path, QString::fromLocal8Bit(std::strerror(errno)));
    // The index is in place; a folder that cannot be synced only risks a rebuild after a power cut.
    (void)syncFile(QFileInfo(path).absolutePath());
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
    const auto damaged = [&path] {
        return Error{Error::Code::Database,
                     QCoreApplication::translate("SearchIndex", "The search index %1 is damaged.").arg(path)};
    };
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
    if (meta.failed())
        return damaged();
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
    if (vocab.failed())
        return damaged();
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
    if (synonyms.failed())
        return damaged();
    if (!registerBm25Rank(h, &index->m_weights))
        return Error{Error::Code::Database,
                     QCoreApplication::translate("SearchIndex", "This SQLite has no FTS5 full-text search.")};
    index->m_query = SqliteStatement(h, "SELECT rowid, id, category, display, rank, script, traits FROM kb "
                                        "WHERE kb MATCH ?1 AND rank MATCH ?3 AND rowid <= ?4 ORDER BY rank LIMIT ?2");
    SqliteStatement rows(h, "SELECT max(rowid) FROM kb");
    index->m_maxRowid = rows.step() ? rows.columnInt(0) : 0;
    if (rows.failed())
        return damaged();
    index->m_count = SqliteStatement(h, "SELECT count(*) FROM kb WHERE kb MATCH ?1");
    if (!index->m_query.valid() || !index->m_count.valid() || !index->openScripts())
        return Error{Error::Code::Database,
                     QCoreApplication::translate("SearchIndex", "The search index %1 is damaged.").arg(path)};
    return index;
}

} // namespace hotline::kb
