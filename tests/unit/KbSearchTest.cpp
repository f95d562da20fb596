#include "CatchQt.h"
#include "TestPaths.h"
#include "kb/KbRepository.h"
#include "kb/SearchIndex.h"
#include "kb/SqliteDb.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <iostream>

using namespace hotline::kb;

namespace {

struct Fixture {
    QTemporaryDir tmp;
    std::unique_ptr<SearchIndex> index;
    KnowledgeBase kb;

    Fixture() {
        auto opened = KbRepository::open(hotline::test::kbDir(), tmp.filePath(QStringLiteral("index.sqlite")));
        REQUIRE(opened.ok());
        index = std::move(opened.value().index);
        kb = std::move(opened.value().kb);
    }
};

Fixture& shared() {
    static Fixture f;
    return f;
}

QStringList ids(const QList<SearchHit>& hits) {
    QStringList out;
    for (const SearchHit& h : hits)
        out << h.id;
    return out;
}

struct Query {
    QString text;
    QString expected;
    QString file;
};

QList<Query> relevanceSet() {
    QList<Query> out;
    const QDir dir(hotline::test::dataDir() + QStringLiteral("/relevance"));
    for (const QString& name : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
        QTextStream in(&f);
        while (!in.atEnd()) {
            const QStringList cols = in.readLine().split(QLatin1Char('\t'));
            if (cols.size() == 2 && !cols.at(0).trimmed().isEmpty())
                out.append({cols.at(0).trimmed(), cols.at(1).trimmed(), name});
        }
    }
    return out;
}

} // namespace

TEST_CASE("Relevance: callers' phrasings find the right article in the top 3", "[kb][search][relevance]") {
    Fixture& f = shared();
    const QList<Query> queries = relevanceSet();
    REQUIRE(queries.size() >= 60);
    int hit1 = 0;
    int hit3 = 0;
    for (const Query& q : queries) {
        REQUIRE(f.kb.article(q.expected) != nullptr); // the set must name real articles
        const QStringList top = ids(f.index->search(q.text, {}, 3));
        INFO(q.file.toStdString() << ": «" << q.text.toStdString() << "» expected " << q.expected.toStdString()
                                  << ", got " << top.join(QStringLiteral(", ")).toStdString());
        CHECK(top.contains(q.expected));
        hit1 += !top.isEmpty() && top.first() == q.expected ? 1 : 0;
        hit3 += top.contains(q.expected) ? 1 : 0;
    }
    std::cout << "relevance: " << queries.size() << " queries, hit@1 " << hit1 << " ("
              << (100.0 * hit1 / queries.size()) << "%), hit@3 " << hit3 << " (" << (100.0 * hit3 / queries.size())
              << "%)\n";
}

TEST_CASE("Search understands word forms, abbreviations, typos and the word being typed", "[kb][search]") {
    SearchIndex& index = *shared().index;
    auto top = [&](const char* q, int n = 3) { return ids(index.search(QString::fromUtf8(q), {}, n)); };
    // Word forms: the stem matches «субсидии», «субсидию», «субсидией».
    CHECK(top("субсидией на оборудование").contains(QStringLiteral("subsidiya-modernizatsiya")));
    // Abbreviations expand to the terms the articles use, and back.
    CHECK(top("ГПЗУ изменить").contains(QStringLiteral("gpzu-izmenenie")));
    CHECK(top("градостроительный план поменять").contains(QStringLiteral("gpzu-izmenenie")));
    // Colloquial words.
    CHECK(top("спилить дерево у магазина").first() == QStringLiteral("porubochnyy-bilet"));
    CHECK(top("повесить табличку на кафе").contains(QStringLiteral("vyveska-soglasovanie")));
    // Typos.
    CHECK(top("субсидя модернизация").contains(QStringLiteral("subsidiya-modernizatsiya")));
    CHECK(top("порубчный билет").contains(QStringLiteral("porubochnyy-bilet")));
    // Prefix: the last word is still being typed.
    CHECK(top("разрешение такс").contains(QStringLiteral("taksi-razreshenie")));
    CHECK(top("порубоч").contains(QStringLiteral("porubochnyy-bilet")));
    // Case and ё/е do not matter.
    CHECK(top("ЛЁГКОВОЕ ТАКСИ") == top("легковое такси"));
    // A word the knowledge base does not know does not empty the results.
    CHECK(top("порубочный билет абракадабра").contains(QStringLiteral("porubochnyy-bilet")));
    CHECK(top("").isEmpty());
    CHECK(top("   ,,, ").isEmpty());
}

TEST_CASE("Titles and keywords rank above a mention in the body, and snippets highlight matches", "[kb][search]") {
    SearchIndex& index = *shared().index;
    const QList<SearchHit> hits = index.search(QStringLiteral("порубочный билет"), {}, 10);
    REQUIRE(hits.size() >= 2);
    CHECK(hits.first().id == QStringLiteral("porubochnyy-bilet"));
    for (int i = 1; i < hits.size(); ++i)
        CHECK(hits.at(i - 1).score >= hits.at(i).score);
    bool highlighted = false;
    for (const SearchHit& h : hits)
        highlighted = highlighted || h.snippet.contains(QStringLiteral("<b>"));
    CHECK(highlighted);
    // Snippets are escaped HTML: no raw markup from the article text gets through.
    for (const SearchHit& h : hits)
        CHECK_FALSE(h.snippet.contains(QStringLiteral("<script")));
}

TEST_CASE("Category filter keeps results inside the category and its subcategories", "[kb][search]") {
    Fixture& f = shared();
    const QList<SearchHit> sub = f.index->search(QStringLiteral("заявка"), QStringLiteral("subsidii"), 50);
    REQUIRE_FALSE(sub.isEmpty());
    for (const SearchHit& h : sub)
        CHECK(h.category == QStringLiteral("subsidii"));
    const QList<SearchHit> top = f.index->search(QStringLiteral("заявка"), QStringLiteral("podderzhka"), 50);
    CHECK(top.size() >= sub.size());
    for (const SearchHit& h : top)
        CHECK(f.kb.topCategoryOf(h.category) == QStringLiteral("podderzhka"));
}

TEST_CASE("The index is rebuilt only when the knowledge base changes, and atomically", "[kb][index]") {
    QTemporaryDir tmp;
    const QString indexPath = tmp.filePath(QStringLiteral("index.sqlite"));
    auto first = KbRepository::open(hotline::test::kbDir(), indexPath);
    REQUIRE(first.ok());
    CHECK(first.value().rebuilt);
    auto second = KbRepository::open(hotline::test::kbDir(), indexPath);
    REQUIRE(second.ok());
    CHECK_FALSE(second.value().rebuilt);

    // An index left by an older version of the app (another file format) is rebuilt, not misread.
    {
        auto db = SqliteDb::open(indexPath, SqliteDb::Mode::Create);
        REQUIRE(db.ok());
        REQUIRE(db.value()->exec("UPDATE meta SET value = '1' WHERE key = 'format'").ok());
    }
    auto upgraded = KbRepository::open(hotline::test::kbDir(), indexPath);
    REQUIRE(upgraded.ok());
    CHECK(upgraded.value().rebuilt);
    CHECK_FALSE(upgraded.value().index->search(QStringLiteral("такси"), {}, 3).isEmpty());

    // A crash mid-rebuild leaves a half-written file beside the index: the index still opens and answers.
    {
        QFile partial(indexPath + QStringLiteral(".building"));
        REQUIRE(partial.open(QIODevice::WriteOnly));
        partial.write(QByteArray("SQLite format 3\0 half a page", 28));
    }
    auto afterCrash = SearchIndex::open(indexPath);
    REQUIRE(afterCrash.ok());
    CHECK_FALSE(afterCrash.value()->search(QStringLiteral("такси"), {}, 3).isEmpty());

    // A build that fails part-way leaves the previous index in place.
    QFile::remove(indexPath + QStringLiteral(".building"));
    QDir().mkpath(indexPath + QStringLiteral(".building")); // the new file cannot be created
    KnowledgeBase empty;
    CHECK_FALSE(SearchIndex::build(empty, indexPath).ok());
    auto stillThere = SearchIndex::open(indexPath);
    REQUIRE(stillThere.ok());
    CHECK(stillThere.value()->articleCount() == first.value().kb.articles().size());

    // The index file is the user's only.
    CHECK((QFile::permissions(indexPath) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
}
