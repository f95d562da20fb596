// Search as you type: every keystroke runs the fast tiers of the search (SearchIndex::searchTyped); the tiers
// that widen a query finding little run once typing pauses (or at Enter and the arrows). The operator never sees
// «nothing found» while that wider search is still to come, and ends up with exactly the whole search's results.
#include "UiFixture.h"
#include "itemmodels/SearchResultsModel.h"
#include "kb/SearchIndex.h"
#include "search/NavigatorPanel.h"
#include "search/SearchField.h"

#include <QLabel>

using namespace hotline;
using namespace hotline::test;

namespace {

QStringList ids(const QList<kb::SearchHit>& hits) {
    QStringList out;
    for (const kb::SearchHit& h : hits)
        out << h.id + (h.partial ? QStringLiteral(" (partial)") : QString());
    return out;
}

const QLabel& resultsInfo(ui::MainWindow& w) {
    const auto* info = w.navigator()->findChild<QLabel*>(QStringLiteral("resultsInfo"));
    REQUIRE(info);
    return *info;
}

// Types a query and waits for the keystroke's search only: the pause that would run the whole search is an hour.
void typeWithoutPause(ui::MainWindow& w, const QString& query) {
    w.searchField()->setDebounceMs(0);
    w.searchField()->setSettleMs(3600 * 1000);
    press(Qt::Key_F3);
    typeText(query);
    REQUIRE(QTest::qWaitFor([&] { return w.navigator()->showingResults(); }, 5000));
}

} // namespace

TEST_CASE("While typing, a query only a wider search answers says it is still searching, never «nothing found»",
          "[ui][search][typing]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    press(Qt::Key_F5); // a call is running: its searches are recorded
    const QString query = QStringLiteral("электрогенераторщики");
    typeWithoutPause(w, query);
    // The words as they are find nothing; the partial match is still to come.
    CHECK(w.navigator()->widerSearchPending());
    CHECK(w.navigator()->resultsModel()->rowCount() == 0);
    CHECK_FALSE(resultsInfo(w).text().contains(QStringLiteral("Ничего не найдено")));
    CHECK_FALSE(resultsInfo(w).text().contains(QStringLiteral("Nothing found")));
    CHECK(f.session.searches().isEmpty()); // not recorded as a search without a result before it is one

    press(Qt::Key_Down); // the operator goes to the results: the whole search runs now
    CHECK_FALSE(w.navigator()->widerSearchPending());
    CHECK(ids(w.navigator()->resultsModel()->hits()) == ids(f.services.index->search(query, {}, 30)));
    CHECK(w.navigator()->partialResults());
    CHECK(resultsInfo(w).text().contains(QStringLiteral("Точных совпадений нет")));
    REQUIRE_FALSE(f.session.searches().isEmpty());
    CHECK(f.session.searches().last().query == query);
    CHECK(f.session.searches().last().hits == 0);
}

TEST_CASE("A query nothing answers says «nothing found» once the wider search has run", "[ui][search][typing]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    typeWithoutPause(w, QStringLiteral("ъъъъъъъъъъ"));
    CHECK(w.navigator()->widerSearchPending());
    CHECK_FALSE(resultsInfo(w).text().contains(QStringLiteral("Ничего не найдено")));
    // A pause in typing (a short one here, waited for; nothing is pressed).
    w.searchField()->setSettleMs(0);
    typeText(QStringLiteral("ъ"));
    REQUIRE(QTest::qWaitFor([&] { return !w.navigator()->widerSearchPending(); }, 5000));
    CHECK(w.navigator()->resultsModel()->rowCount() == 0);
    CHECK(resultsInfo(w).text().contains(QStringLiteral("Ничего не найдено")));
}

TEST_CASE("After a pause in typing the operator sees exactly the whole search's results", "[ui][search][typing]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    // A query the strict tiers answer, one that needs the relaxed or any-word tiers, one only a partial match
    // answers, each typed and then left alone until the pause has passed.
    for (const QString& query :
         {QStringLiteral("порубочный билет"),
          QStringLiteral("сменился арендатор участка внести изменения в разрешение"),
          QStringLiteral("займ для бизнеса в деревне отдалённые территории"), QStringLiteral("электрогенераторщики")}) {
        INFO("«" << query.toStdString() << "»");
        press(Qt::Key_F3);
        if (!w.searchField()->text().isEmpty())
            press(Qt::Key_Escape); // clears the field
        w.searchField()->setDebounceMs(0);
        w.searchField()->setSettleMs(50);
        typeText(query);
        REQUIRE(QTest::qWaitFor([&] { return w.navigator()->showingResults() && !w.navigator()->widerSearchPending(); },
                                5000));
        // What the whole search shows: its articles and the guided scripts the query matches.
        itemmodels::SearchResultsModel whole;
        whole.setHits(f.services.index->search(query, {}, 30), f.services.index->searchScripts(query, {}, 3));
        CHECK(ids(w.navigator()->resultsModel()->hits()) == ids(whole.hits()));
    }
}

TEST_CASE("A knowledge base swapped in while the wider search is pending runs it, and the call record notes it",
          "[ui][search][typing]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    press(Qt::Key_F5);
    const QString query = QStringLiteral("электрогенераторщики");
    typeWithoutPause(w, query);
    REQUIRE(w.navigator()->widerSearchPending());
    // A sync brings the base again (the same one here): the navigator asks the whole search of it at once, so the
    // pause that follows has nothing left to do.
    w.setKnowledgeBase(f.services.kb, f.services.index, {});
    CHECK_FALSE(w.navigator()->widerSearchPending());
    CHECK(w.navigator()->partialResults());
    REQUIRE_FALSE(f.session.searches().isEmpty());
    CHECK(f.session.searches().last().query == query);
    CHECK(f.session.searches().last().hits == 0);
}
