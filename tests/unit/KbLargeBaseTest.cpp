// Search over a base much larger than the shipped one: the ranking budget must never hide an answer.
#include "CatchQt.h"
#include "kb/SearchIndex.h"

#include <QTemporaryDir>

using namespace hotline::kb;

namespace {

constexpr int kArticles = 6000;

// Article i: "альфа" in the first half and in the very last article, "бета" in the second half, so the two
// common words meet in the last article only; one rare word sits in the last article's title.
KnowledgeBase largeBase() {
    KnowledgeBase kb;
    kb.setCategories({Category{QStringLiteral("test"), QStringLiteral("Тест"), {}, 0, {}}});
    for (int i = 0; i < kArticles; ++i) {
        Article a;
        a.id = QStringLiteral("a%1").arg(i);
        a.category = QStringLiteral("test");
        a.title = QStringLiteral("Справка номер %1").arg(i);
        const bool last = i == kArticles - 1;
        QStringList words{QStringLiteral("субсидия для бизнеса")};
        if (i < kArticles / 2 || last)
            words << QStringLiteral("альфа");
        if (i >= kArticles / 2)
            words << QStringLiteral("бета");
        if (last)
            a.title += QStringLiteral(" редкостный");
        a.script = words.join(QLatin1Char(' '));
        kb.addArticle(a);
    }
    kb.setFingerprint("large");
    return kb;
}

struct Large {
    QTemporaryDir tmp;
    std::unique_ptr<SearchIndex> index;
    Large() {
        const QString path = tmp.filePath(QStringLiteral("index.sqlite"));
        REQUIRE(SearchIndex::build(largeBase(), path).ok());
        auto opened = SearchIndex::open(path);
        REQUIRE(opened.ok());
        index = std::move(opened).value();
    }
};

} // namespace

TEST_CASE("In a large base a word in every article still gives a full page of answers", "[kb][search][large]") {
    Large f;
    const QList<SearchHit> hits = f.index->search(QStringLiteral("субсидия"), {}, 10);
    CHECK(hits.size() == 10);
    const QList<SearchHit> typing = f.index->search(QStringLiteral("субс"), {}, 10);
    CHECK(typing.size() == 10);
}

TEST_CASE("In a large base two common words that meet in one article find it, wherever it lies",
          "[kb][search][large]") {
    Large f;
    const QList<SearchHit> hits = f.index->search(QStringLiteral("альфа бета"), {}, 10);
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first().id == QStringLiteral("a%1").arg(kArticles - 1));
    const QList<SearchHit> rare = f.index->search(QStringLiteral("субсидия редкостный"), {}, 10);
    REQUIRE_FALSE(rare.isEmpty());
    CHECK(rare.first().id == QStringLiteral("a%1").arg(kArticles - 1));
}
