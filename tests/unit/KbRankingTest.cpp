// The parts of the ranking that do not depend on the shipped articles: negated title clauses, the topic
// factors, and the line's usage (decay, the usage.json format, its weight in a search over a small base).
#include "CatchQt.h"
#include "kb/SearchDocument.h"
#include "kb/SearchIndex.h"
#include "kb/TextAnalyzer.h"
#include "kb/TopicRanking.h"
#include "kb/UsageStats.h"

#include <QTemporaryDir>

using namespace hotline::kb;

namespace {

std::vector<std::string> words(const char* text) {
    std::vector<std::string> out;
    const QByteArray utf8(text);
    TextAnalyzer::forEachWord(utf8.constData(), static_cast<int>(utf8.size()), [&](const std::string& w, int, int) {
        out.push_back(w);
        return true;
    });
    return out;
}

Article article(const QString& id, const QString& title, const QString& category = QStringLiteral("sub")) {
    Article a;
    a.id = id;
    a.title = title;
    a.category = category;
    a.keywords = QStringList{title};
    a.script = QStringLiteral("Ответ оператора по теме.");
    return a;
}

std::unique_ptr<SearchIndex> indexOf(const KnowledgeBase& kb, const QTemporaryDir& tmp) {
    const QString path = tmp.filePath(QStringLiteral("index.sqlite"));
    REQUIRE(SearchIndex::build(kb, path).ok());
    auto opened = SearchIndex::open(path);
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

QStringList ids(const QList<SearchHit>& hits) {
    QStringList out;
    for (const SearchHit& h : hits)
        out << h.id;
    return out;
}

} // namespace

TEST_CASE("A title's negated clause is not what the article is about", "[kb][ranking]") {
    const TitleParts lesfond =
        splitNegated(QStringLiteral("Рубка деревьев на землях лесного фонда: не порубочный билет, а лесничество"));
    CHECK_FALSE(lesfond.about.contains(QStringLiteral("порубочный")));
    CHECK(lesfond.about.contains(QStringLiteral("лесничество")));
    CHECK(lesfond.negated == QStringLiteral("не порубочный билет"));
    const TitleParts beer =
        splitNegated(QStringLiteral("Продажа пива и сидра: лицензия не нужна, но есть ЕГАИС и маркировка"));
    CHECK_FALSE(beer.about.contains(QStringLiteral("лицензия")));
    CHECK(beer.about.contains(QStringLiteral("ЕГАИС")));
    // «не» without a contrast after it says what the article is about.
    const QString complaint =
        QStringLiteral("Жалоба на бездействие администрации (ОМСУ): нет ответа, вопрос не рассматривают");
    CHECK(splitNegated(complaint).about == complaint);
    CHECK(splitNegated(complaint).negated.isEmpty());

    // In the index: the negated words do not make a title match, the rest of the title does.
    KnowledgeBase kb;
    kb.setCategories({Category{QStringLiteral("top"), QStringLiteral("Верх"), {}, 0, {}},
                      Category{QStringLiteral("sub"), QStringLiteral("Под"), QStringLiteral("top"), 0, {}}});
    Article lesnoy = article(QStringLiteral("lesnoy"),
                             QStringLiteral("Рубка на землях лесного фонда: не порубочный билет, а лесничество"));
    lesnoy.keywords = QStringList{QStringLiteral("лесной фонд")};
    Article bilet = article(QStringLiteral("bilet"), QStringLiteral("Как оформить вырубку во дворе"));
    bilet.keywords = QStringList{QStringLiteral("вырубка")};
    bilet.script = QStringLiteral("Порубочный билет выдаёт администрация округа.");
    kb.addArticle(lesnoy);
    kb.addArticle(bilet);
    kb.setFingerprint("negation");
    QTemporaryDir tmp;
    auto index = indexOf(kb, tmp);
    // Neither has «порубочный» in its title as such: the one that talks about it comes first.
    CHECK(ids(index->search(QStringLiteral("порубочный билет"), {}, 2)).first() == QStringLiteral("bilet"));
    CHECK(ids(index->search(QStringLiteral("лесничество"), {}, 2)).first() == QStringLiteral("lesnoy"));
    // The shown title is the article's own, whole.
    CHECK(index->search(QStringLiteral("лесничество"), {}, 1).first().title == lesnoy.title);
}

TEST_CASE("Topic factors: the head for a bare topic, a side or a complaint only when asked", "[kb][ranking]") {
    TextAnalyzer analyzer;
    const TopicTraits head = TopicRanking::traitsOf(words("получить гпзу"), false, true, analyzer);
    const TopicTraits term = TopicRanking::traitsOf(words("срок действия гпзу"), false, false, analyzer);
    const TopicTraits change = TopicRanking::traitsOf(words("внести изменения в гпзу"), false, false, analyzer);
    const TopicTraits complaint = TopicRanking::traitsOf(words("жалоба: отказ в выдаче гпзу"), true, false, analyzer);
    const TopicTraits visit =
        TopicRanking::traitsOf(words("профилактический визит можно ли отказаться"), false, false, analyzer);
    CHECK(head.flags == TopicTraits::Main);
    CHECK(term.sides != 0);
    CHECK(change.sides != 0);
    CHECK(term.sides != change.sides);
    CHECK((complaint.flags & TopicTraits::Complaint));
    CHECK_FALSE((visit.flags & TopicTraits::Complaint)); // a refusal mentioned is no complaint article
    CHECK(TopicTraits::unpack(complaint.packed()).flags == complaint.flags);
    CHECK(TopicTraits::unpack(term.packed()).sides == term.sides);

    auto rank = [&](const char* query) {
        const QueryIntent q = TopicRanking::intentOf(words(query), analyzer);
        return std::vector<double>{TopicRanking::factor(head, q), TopicRanking::factor(term, q),
                                   TopicRanking::factor(change, q), TopicRanking::factor(complaint, q)};
    };
    const auto bare = rank("гпзу");
    CHECK(bare[0] > bare[1]);
    CHECK(bare[0] > bare[2]);
    CHECK(bare[0] > bare[3]);
    const auto asksTerm = rank("срок действия гпзу");
    CHECK(asksTerm[1] > asksTerm[0]);
    CHECK(asksTerm[1] > asksTerm[2]);
    const auto complains = rank("не выдают гпзу");
    CHECK(complains[3] > complains[0]);
    CHECK(rank("жалоба на гпзу")[3] > rank("гпзу")[3]);
    // A caller's longer sentence leans on the priors less than a bare topic.
    CHECK(rank("как получить гпзу на участок под склад")[0] < bare[0]);
}

TEST_CASE("Usage: opens after a search, decayed by age, in usage.json and back", "[kb][usage]") {
    const QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    const QList<UsageEvent> events{
        {now.addDays(-1), {QStringLiteral("ГПЗУ")}, {QStringLiteral("gpzu-poluchenie")}},
        {now.addDays(-30),
         {QStringLiteral("гпзу")},
         {QStringLiteral("gpzu-poluchenie"), QStringLiteral("gpzu-izmenenie")}},
        {now.addDays(-60), {QStringLiteral("срок действия гпзу")}, {QStringLiteral("gpzu-srok-deystviya")}},
        {now.addDays(-2), {}, {QStringLiteral("opened-from-tree")}},                // no search: no query led to it
        {now.addDays(-2), {QStringLiteral("такси")}, {}},                           // searched, opened nothing
        {now.addDays(-4000), {QStringLiteral("такси")}, {QStringLiteral("taksi")}}, // too old to count
    };
    const UsageStats usage = UsageStats::compute(events, now, 30);
    CHECK(usage.calls() == 3);
    // Half a weight a half-life ago, a quarter at two.
    CHECK(usage.articles().value(QStringLiteral("gpzu-srok-deystviya")) == Approx(0.25).epsilon(1e-6));
    CHECK(usage.articles().value(QStringLiteral("gpzu-izmenenie")) == Approx(0.5).epsilon(1e-6));
    CHECK(usage.articles().value(QStringLiteral("gpzu-poluchenie")) ==
          Approx(std::exp2(-1.0 / 30) + 0.5).epsilon(1e-6));
    CHECK_FALSE(usage.articles().contains(QStringLiteral("opened-from-tree")));
    CHECK_FALSE(usage.articles().contains(QStringLiteral("taksi")));
    CHECK(usage.openedArticles().size() == 3);

    // By query: the words' stems, any case or form; the call's opens are shared among its articles.
    TextAnalyzer analyzer;
    const std::vector<std::string> gpzu{analyzer.stem(std::string("гпзу"))};
    const UsageStats::ForQuery forGpzu = usage.forQuery(gpzu);
    REQUIRE(forGpzu.query);
    CHECK(forGpzu.query->value(QStringLiteral("gpzu-poluchenie")) == Approx(1.0));
    CHECK(forGpzu.query->value(QStringLiteral("gpzu-izmenenie")) < 0.5);
    CHECK(forGpzu.value(QStringLiteral("gpzu-poluchenie"), 0) > forGpzu.value(QStringLiteral("gpzu-izmenenie"), 0));
    CHECK(UsageStats::keyOf(QStringLiteral("Срок действия ГПЗУ")) ==
          UsageStats::keyOf(QStringLiteral("гпзу сроки действия")));

    // usage.json: written and read back the same; a damaged one is refused with a reason.
    auto back = UsageStats::fromJson(usage.toJson());
    REQUIRE(back.ok());
    CHECK(back.value().toJson() == usage.toJson());
    CHECK(back.value().computedAt() == now);
    CHECK(back.value().articles().value(QStringLiteral("gpzu-izmenenie")) == Approx(0.5).epsilon(1e-3));
    CHECK_FALSE(UsageStats::fromJson("{\"format\": 1}").ok());
    CHECK_FALSE(UsageStats::fromJson("{\"format\": 1, \"computed\": \"2026-12-03T09:00:00Z\", \"articles\": "
                                     "{\"Not An Id\": 1}}")
                    .ok());
    CHECK_FALSE(UsageStats::fromJson("not json").ok());
}

TEST_CASE("Usage reorders near-equal articles for a query, never over an exact title", "[kb][usage][ranking]") {
    KnowledgeBase kb;
    kb.setCategories({Category{QStringLiteral("top"), QStringLiteral("Верх"), {}, 0, {}},
                      Category{QStringLiteral("sub"), QStringLiteral("Под"), QStringLiteral("top"), 0, {}}});
    kb.addArticle(article(QStringLiteral("vyvoz-a"), QStringLiteral("Вывоз мусора от магазина")));
    kb.addArticle(article(QStringLiteral("vyvoz-b"), QStringLiteral("Вывоз мусора от кафе")));
    kb.addArticle(article(QStringLiteral("other"), QStringLiteral("Аренда помещения")));
    kb.setFingerprint("usage");
    QTemporaryDir tmp;
    auto index = indexOf(kb, tmp);
    const QString query = QStringLiteral("вывоз мусора");
    const QStringList before = ids(index->search(query, {}, 2));
    REQUIRE(before.size() == 2);
    const QString favoured = before.last(); // the line opens the one that comes second without usage
    const QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    QList<UsageEvent> events;
    for (int i = 0; i < 20; ++i)
        events.append({now.addDays(-i), {QStringLiteral("вывоз мусора")}, {favoured}});
    index->setUsage(UsageStats::compute(events, now));
    CHECK(ids(index->search(query, {}, 2)).first() == favoured);
    // A title typed whole is that article, whatever the line opens.
    const QString exact = favoured == QStringLiteral("vyvoz-a") ? QStringLiteral("Вывоз мусора от кафе")
                                                                : QStringLiteral("Вывоз мусора от магазина");
    CHECK(ids(index->search(exact, {}, 2)).first() != favoured);
    // Usage never brings in an article the words do not match.
    CHECK_FALSE(ids(index->search(query, {}, 5)).contains(QStringLiteral("other")));
}
