// A search whose words find nothing as they are: the operator sees the partial match said to be partial, and
// the call's record counts the search as one without a result (the supervisor's «Поиски без результата»).
#include "UiFixture.h"
#include "itemmodels/SearchResultsModel.h"
#include "search/NavigatorPanel.h"
#include "search/SearchField.h"

#include <QLabel>

using namespace hotline;
using namespace hotline::test;

TEST_CASE("A partial match is shown as partial and recorded as a search without a result", "[ui][search]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    press(Qt::Key_F5); // a call is running: its searches are recorded
    REQUIRE(f.session.state() == call::CallSession::State::Active);
    press(Qt::Key_F3);
    typeText(QStringLiteral("электрогенераторщики"));
    w.searchField()->flush();
    const auto* info = w.navigator()->findChild<QLabel*>(QStringLiteral("resultsInfo"));
    REQUIRE(info);
    REQUIRE(w.navigator()->resultsModel()->rowCount() > 0);
    CHECK(w.navigator()->partialResults());
    CHECK(w.navigator()->foundCount() == 0);
    CHECK(info->text().contains(QStringLiteral("Точных совпадений нет")));
    // To look at it as an operator would: HOTLINE_SCREENSHOT_DIR=/some/dir saves the window at 1366×768.
    if (const QString dir = qEnvironmentVariable("HOTLINE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        w.resize(1366, 768);
        QApplication::processEvents();
        CHECK(w.grab().save(dir + QStringLiteral("/search-partial.png")));
    }
    REQUIRE_FALSE(f.session.searches().isEmpty());
    CHECK(f.session.searches().last().hits == 0);

    // An ordinary search: found, not partial, counted with its hits.
    f.clock.advance(10); // a new search, not a refinement of the last one
    press(Qt::Key_Escape);
    press(Qt::Key_F3);
    typeText(QStringLiteral("порубочный билет"));
    w.searchField()->flush();
    CHECK_FALSE(w.navigator()->partialResults());
    CHECK(w.navigator()->foundCount() == w.navigator()->resultsModel()->rowCount());
    CHECK(info->text().startsWith(QStringLiteral("Найден")));
    CHECK(f.session.searches().last().hits > 0);
    CHECK(f.session.searches().last().query == QStringLiteral("порубочный билет"));
}
