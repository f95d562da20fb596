// The one-call flow from the keyboard alone: find, read, start the call, fill the form, file it.
#include "UiFixture.h"
#include "appeal/AppealForm.h"
#include "article/ArticleView.h"
#include "call/CallPanel.h"
#include "itemmodels/SearchResultsModel.h"
#include "main/StatusIndicators.h"
#include "search/NavigatorPanel.h"
#include "search/SearchField.h"

#include <QLineEdit>
#include <QTextBrowser>
#include <QTreeView>

using namespace hotline;
using namespace hotline::test;
using Field = ui::AppealFormData::Field;

namespace {

// Tabs forward until `target` has the focus; a sensible tab order reaches it in a few steps.
void tabTo(QWidget* target) {
    for (int i = 0; i < 25 && QApplication::focusWidget() != target; ++i)
        press(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == target);
}

domain::Appeal walkTheCall(UiFixture& f) {
    ui::MainWindow& w = f.open();
    // The search field has the focus at start; the global shortcut brings it back from anywhere.
    CHECK(QApplication::focusWidget() == w.searchField());
    w.navigator()->tree()->setFocus();
    press(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == w.searchField());

    typeText(QStringLiteral("субсдия модернизация")); // a typo in «субсидия»
    press(Qt::Key_Return);                            // opens the top result of the whole query
    REQUIRE(w.articleView()->article() != nullptr);
    CHECK(w.articleView()->article()->id == QStringLiteral("subsidiya-modernizatsiya"));
    const QString script = w.articleView()->scriptBrowser()->toPlainText();
    CHECK(script.contains(QStringLiteral("Субсидия «Модернизация»")));
    CHECK(script.contains(QStringLiteral("будет присвоен после регистрации"))); // {{номер}} before filing
    CHECK_FALSE(script.contains(QStringLiteral("{{")));
    CHECK_FALSE(w.articleView()->questionBoxes().isEmpty());

    press(Qt::Key_F5); // start the call
    REQUIRE(f.session.state() == call::CallSession::State::Active);
    f.clock.advance(6 * 60); // the caller explains; the clock passes 16:00 in the 15:59 case

    press(Qt::Key_F8); // the form, prefilled from the article
    ui::AppealForm* form = w.appealForm();
    REQUIRE(QApplication::focusWidget() == form->firstInput());
    CHECK(form->data().kind == domain::AppealKind::Complex);
    CHECK(form->data().agencyIds == QStringList{QStringLiteral("mininvest")});
    CHECK(form->data().categoryId == QStringLiteral("subsidii"));
    CHECK(form->data().description.startsWith(w.articleView()->article()->title));

    tabTo(form->fieldWidget(Field::Organisation));
    typeText(QStringLiteral("ООО «Ромашка»"));
    press(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == form->fieldWidget(Field::Inn));
    typeText(QStringLiteral("7707083894")); // wrong check digit
    CHECK(form->message(Field::Inn).contains(QStringLiteral("ИНН")));
    tabTo(form->fieldWidget(Field::ContactPerson));
    typeText(QStringLiteral("Петров Иван"));
    press(Qt::Key_Tab);
    typeText(QStringLiteral("8 (916) 123-45-67"));
    press(Qt::Key_Tab); // leaving the field normalises the number
    CHECK(static_cast<QLineEdit*>(form->fieldWidget(Field::Phone))->text() == QStringLiteral("+79161234567"));

    press(Qt::Key_Return, Qt::ControlModifier); // submit: refused, the wrong field gets the focus
    CHECK(f.outbox->entries().isEmpty());
    CHECK(QApplication::focusWidget() == form->fieldWidget(Field::Inn));
    CHECK_FALSE(form->message(Field::Inn).isEmpty());

    press(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("7707083893"));
    CHECK(form->message(Field::Inn).isEmpty());
    press(Qt::Key_Return, Qt::ControlModifier);

    const QList<outbox::OutboxEntry> entries = f.outbox->entries();
    REQUIRE(entries.size() == 1);
    CHECK(form->data().organisation.isEmpty()); // the form is ready for the next call
    CHECK(w.indicators()->outboxText().contains(QStringLiteral("Не отправлено: 1")));
    const domain::Appeal& a = entries.first().appeal;
    CHECK(a.inn == QStringLiteral("7707083893"));
    CHECK(a.phone == QStringLiteral("+79161234567"));
    CHECK(a.organisation == QStringLiteral("ООО «Ромашка»"));
    CHECK(a.articleId == QStringLiteral("subsidiya-modernizatsiya"));
    CHECK(a.channelId == QStringLiteral("hotline_0150"));
    CHECK(a.callSeconds == 6 * 60);
    CHECK_FALSE(a.clientId.isNull());
    return a;
}

} // namespace

TEST_CASE("the whole call from the keyboard: a call started at 15:59 registers the same day", "[ui][flow]") {
    UiFixture f(msk(2026, 11, 23, 15, 59)); // Monday
    const domain::Appeal a = walkTheCall(f);
    CHECK(a.callStart == msk(2026, 11, 23, 15, 59));
    CHECK(a.registered == QDate(2026, 11, 23));
    CHECK(a.firstResponseDue == msk(2026, 11, 23, 18, 0));
    CHECK(a.resolutionDue == msk(2026, 11, 24, 18, 0));
}

TEST_CASE("the whole call from the keyboard: a call started at 16:01 registers the next working day", "[ui][flow]") {
    UiFixture f(msk(2026, 11, 23, 16, 1));
    const domain::Appeal a = walkTheCall(f);
    CHECK(a.registered == QDate(2026, 11, 24));
    CHECK(a.firstResponseDue == msk(2026, 11, 24, 18, 0));
    CHECK(a.resolutionDue == msk(2026, 11, 25, 18, 0));
}

TEST_CASE("Up and Down move through the results and Enter opens the chosen one", "[ui][search]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    press(Qt::Key_F3);
    typeText(QStringLiteral("порубочный"));
    w.searchField()->flush();
    const auto* results = w.navigator()->resultsModel();
    REQUIRE(results->rowCount() >= 2);
    const QString second = results->index(1).data(itemmodels::SearchResultsModel::IdRole).toString();
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    REQUIRE(w.articleView()->article() != nullptr);
    CHECK(w.articleView()->article()->id == second);

    press(Qt::Key_Escape); // back to the category tree
    CHECK(w.searchField()->text().isEmpty());
    CHECK_FALSE(w.navigator()->showingResults());
}
