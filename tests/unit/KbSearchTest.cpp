#include "CatchQt.h"
#include "TestPaths.h"
#include "kb/KbRepository.h"
#include "kb/SearchIndex.h"
#include "kb/SqliteDb.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
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

QList<Query> relevanceSet(const QString& folder = QStringLiteral("relevance")) {
    QList<Query> out;
    const QDir dir(hotline::test::dataDir() + QLatin1Char('/') + folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
        QTextStream in(&f);
        while (!in.atEnd()) {
            const QString line = in.readLine();
            if (line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList cols = line.split(QLatin1Char('\t'));
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

TEST_CASE("Relevance: a bare topic puts the topic's main article first (hit@1 ≥ 90 %)", "[kb][search][relevance]") {
    // tests/data/relevance_topics: one or two words, as operators type them; written before the ranking was tuned.
    Fixture& f = shared();
    const QList<Query> queries = relevanceSet(QStringLiteral("relevance_topics"));
    REQUIRE(queries.size() >= 40);
    int hit1 = 0;
    for (const Query& q : queries) {
        REQUIRE(f.kb.article(q.expected) != nullptr);
        const QList<SearchHit> hits = f.index->search(q.text, {}, 3);
        const QStringList top = ids(hits);
        UNSCOPED_INFO("«" << q.text.toStdString() << "» expected " << q.expected.toStdString() << ", got "
                          << top.join(QStringLiteral(", ")).toStdString());
        CHECK_FALSE(hits.isEmpty());
        hit1 += !top.isEmpty() && top.first() == q.expected ? 1 : 0;
    }
    std::cout << "short topics: " << queries.size() << " queries, hit@1 " << hit1 << " ("
              << (100.0 * hit1 / queries.size()) << "%)\n";
    CHECK(hit1 * 100 >= 90 * queries.size());
}

// The words of an article's title or keywords as stems, to see whether a synonym group's term is in them.
bool containsTerm(TextAnalyzer& analyzer, const QString& text, const QString& term) {
    auto stems = [&](const QString& t) {
        std::vector<std::string> out;
        const QByteArray utf8 = t.toUtf8();
        TextAnalyzer::forEachWord(utf8.constData(), static_cast<int>(utf8.size()), [&](const std::string& w, int, int) {
            out.push_back(analyzer.stem(w));
            return true;
        });
        return out;
    };
    const std::vector<std::string> haystack = stems(text);
    const std::vector<std::string> needle = stems(term);
    return !needle.empty() &&
           std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

TEST_CASE("Every phrase of synonyms.json finds articles, the group's own articles first", "[kb][search][synonyms]") {
    // A synonym the editors wrote down is a promise that the word works. The group's own articles are those
    // whose title or keywords hold one of its terms: when there are any, one of them comes first.
    Fixture& f = shared();
    TextAnalyzer analyzer;
    REQUIRE(f.kb.synonymGroups().size() > 50);
    int phrases = 0;
    for (const QStringList& group : f.kb.synonymGroups()) {
        QSet<QString> own;
        for (const Article& a : f.kb.articles()) {
            for (const QString& term : group) {
                bool in = containsTerm(analyzer, a.title, term);
                for (const QString& k : a.keywords)
                    in = in || containsTerm(analyzer, k, term);
                if (in)
                    own.insert(a.id);
            }
        }
        for (const QString& phrase : group) {
            ++phrases;
            const QList<SearchHit> hits = f.index->search(phrase, {}, 3);
            INFO("«" << phrase.toStdString() << "» → " << ids(hits).join(QStringLiteral(", ")).toStdString()
                     << "; the group's own: " << QStringList(own.values()).join(QStringLiteral(", ")).toStdString());
            REQUIRE_FALSE(hits.isEmpty());
            CHECK_FALSE(hits.first().partial);
            if (!own.isEmpty())
                CHECK(own.contains(hits.first().id));
        }
    }
    CHECK(phrases > 300);
}

TEST_CASE("A query that equals a multi-word synonym keeps the caller's words", "[kb][search][synonyms]") {
    SearchIndex& index = *shared().index;
    // The phrase is one more alternative, never a replacement: the words still count on their own.
    const QString plan = index.explain(QStringLiteral("аренда за рубль"));
    CHECK(plan.contains(QStringLiteral("\"аренда за рубль\"")));
    CHECK(plan.contains(QStringLiteral("\"аренда\"")));
    CHECK(plan.contains(QStringLiteral("\"рубль\"")));
    CHECK_FALSE(index.search(QStringLiteral("аренда за рубль"), {}, 3).isEmpty());
}

TEST_CASE("Agency names and abbreviations find the articles routed to the agency", "[kb][search]") {
    // An article routed to Мининвест that never names it: «МИПН» and «Мининвест» find it all the same, through the
    // agency's names in reference/agencies.json indexed with it (weighed below the article's own words).
    KnowledgeBase kb;
    kb.setCategories({Category{QStringLiteral("top"), QStringLiteral("Верх"), {}, 0, {}},
                      Category{QStringLiteral("sub"), QStringLiteral("Под"), QStringLiteral("top"), 0, {}}});
    kb.setAgencyNames(shared().kb.allAgencyNames());
    REQUIRE(kb.agencyNames(QStringLiteral("mininvest")).contains(QStringLiteral("МИПН")));
    Article routed;
    routed.id = QStringLiteral("routed");
    routed.title = QStringLiteral("Возмещение затрат на станки");
    routed.category = QStringLiteral("sub");
    routed.agencies = QStringList{QStringLiteral("mininvest")};
    routed.keywords = QStringList{QStringLiteral("станки")};
    routed.script = QStringLiteral("Подайте заявку на портале.");
    Article other = routed;
    other.id = QStringLiteral("other");
    other.title = QStringLiteral("Аренда помещения");
    other.agencies = QStringList{QStringLiteral("minimushchestvo")};
    kb.addArticle(routed);
    kb.addArticle(other);
    kb.setFingerprint("agencies");
    QTemporaryDir tmp;
    REQUIRE(SearchIndex::build(kb, tmp.filePath(QStringLiteral("i.sqlite"))).ok());
    auto index = SearchIndex::open(tmp.filePath(QStringLiteral("i.sqlite")));
    REQUIRE(index.ok());
    for (const char* query : {"мипн", "МИПН", "мининвест"}) {
        INFO(query);
        CHECK(ids(index.value()->search(QString::fromUtf8(query), {}, 5)) == QStringList{QStringLiteral("routed")});
    }
    CHECK(ids(index.value()->search(QStringLiteral("министерство инвестиций"), {}, 5)).first() ==
          QStringLiteral("routed"));
    CHECK(ids(index.value()->search(QStringLiteral("минимущество"), {}, 5)) == QStringList{QStringLiteral("other")});
    // An article's own words outweigh the name of the agency it routes to.
    CHECK(ids(index.value()->search(QStringLiteral("аренда"), {}, 5)).first() == QStringLiteral("other"));
    // On the shipped base every abbreviation of the reference finds something.
    Fixture& f = shared();
    for (const QStringList& names : f.kb.allAgencyNames()) {
        for (const QString& name : names) {
            INFO(name.toStdString());
            CHECK_FALSE(f.index->search(name, {}, 3).isEmpty());
        }
    }
}

TEST_CASE("Every article is found first by its exact title", "[kb][search]") {
    Fixture& f = shared();
    for (const Article& a : f.kb.articles()) {
        const QList<SearchHit> hits = f.index->search(a.title, {}, 3);
        INFO(a.title.toStdString() << " → " << ids(hits).join(QStringLiteral(", ")).toStdString());
        REQUIRE_FALSE(hits.isEmpty());
        CHECK(hits.first().id == a.id);
    }
}

TEST_CASE("Nothing matched: the best partial match, marked partial, before nothing at all", "[kb][search]") {
    SearchIndex& index = *shared().index;
    // A word the base does not have, but whose beginning it does: shown, and said to be partial.
    const QList<SearchHit> partial = index.search(QStringLiteral("электрогенераторщики"), {}, 5);
    REQUIRE_FALSE(partial.isEmpty());
    for (const SearchHit& h : partial)
        CHECK(h.partial);
    // What the words find as they are is never marked partial.
    for (const SearchHit& h : index.search(QStringLiteral("порубочный билет"), {}, 5))
        CHECK_FALSE(h.partial);
    // Nothing like it at all: nothing.
    CHECK(index.search(QStringLiteral("ъъъъъъъъъъ"), {}, 5).isEmpty());
}

// Everything the operator sees of a hit, to compare two searches' answers.
QString shown(const QList<SearchHit>& hits) {
    QStringList out;
    for (const SearchHit& h : hits)
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7")
                   .arg(h.id, h.title, h.category, QString::number(h.score, 'g', 17), h.snippet,
                        QString::number(h.rowid), h.partial ? QStringLiteral("partial") : QString());
    return out.join(QLatin1Char('\n'));
}

TEST_CASE("A keystroke's search is the whole search, or says that the whole search would widen it",
          "[kb][search][typing]") {
    // The operator's window runs searchTyped on every keystroke and search() once typing pauses: a keystroke's
    // answer that claims to be complete must be exactly the whole search's, at every length of every query.
    SearchIndex& index = *shared().index;
    QList<Query> queries = relevanceSet();
    queries += relevanceSet(QStringLiteral("relevance_topics"));
    queries += relevanceSet(QStringLiteral("relevance_heldout"));
    REQUIRE(queries.size() >= 200);
    int complete = 0;
    int deferred = 0;
    for (const Query& q : std::as_const(queries)) {
        for (qsizetype len = 2; len <= q.text.size(); ++len) {
            const QString typed = q.text.left(len);
            const SearchIndex::Typed keystroke = index.searchTyped(typed, {}, 30);
            if (!keystroke.complete) {
                ++deferred;
                continue;
            }
            ++complete;
            INFO("«" << typed.toStdString() << "»");
            CHECK(shown(keystroke.hits) == shown(index.search(typed, {}, 30)));
        }
        const SearchIndex::Typed whole = index.searchTyped(q.text, {}, 3);
        if (whole.complete) {
            INFO("«" << q.text.toStdString() << "», limit 3");
            CHECK(shown(whole.hits) == shown(index.search(q.text, {}, 3)));
        }
    }
    // Both kinds occur, or the test would prove nothing.
    CHECK(complete > 1000);
    CHECK(deferred > 100);
    std::cout << "keystrokes: " << complete << " complete, " << deferred << " widened once typing pauses\n";

    // What only widening finds is never a keystroke's answer, and the keystroke says the answer is not final.
    const SearchIndex::Typed unknownWord = index.searchTyped(QStringLiteral("электрогенераторщики"), {}, 30);
    CHECK_FALSE(unknownWord.complete);
    CHECK(unknownWord.hits.isEmpty());
    CHECK_FALSE(index.search(QStringLiteral("электрогенераторщики"), {}, 30).isEmpty());
    // A category filter is kept alike.
    for (const QString& query : {QStringLiteral("заявка"), QStringLiteral("субсидия на аренду помещения")}) {
        const SearchIndex::Typed inCategory = index.searchTyped(query, QStringLiteral("podderzhka"), 10);
        INFO("«" << query.toStdString() << "» in podderzhka");
        if (inCategory.complete)
            CHECK(shown(inCategory.hits) == shown(index.search(query, QStringLiteral("podderzhka"), 10)));
    }
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
