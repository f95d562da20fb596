// A guided script in the operator's window, from the keyboard alone: found by search, answered with the number
// keys, a step back with Backspace, a result that opens the article and fills the appeal form with the path in
// its description, and the run in the call record.
#include "UiFixture.h"
#include "appeal/AppealForm.h"
#include "article/ArticleView.h"
#include "itemmodels/CategoryTreeModel.h"
#include "itemmodels/SearchResultsModel.h"
#include "scripts/ScriptRunnerView.h"
#include "search/NavigatorPanel.h"
#include "search/SearchField.h"

#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>

using namespace hotline;
using namespace hotline::test;
using itemmodels::SearchResultsModel;

namespace {

const QString kScript = QStringLiteral("podbor-mery-podderzhki");

// Moves the search results to the script `id` with the arrow keys; returns false if it is not listed.
bool selectResult(ui::MainWindow& w, const QString& id) {
    const SearchResultsModel* results = w.navigator()->resultsModel();
    for (int row = 0; row < results->rowCount(); ++row) {
        if (results->index(row).data(SearchResultsModel::IdRole).toString() != id)
            continue;
        CHECK(results->kindAt(row) == SearchResultsModel::ScriptHit);
        for (int i = 0; i < row; ++i)
            press(Qt::Key_Down);
        return true;
    }
    return false;
}

QString nodeId(ui::MainWindow& w) {
    const scripts::Node* n = w.scriptView()->runner().node();
    return n ? n->id : QString();
}

} // namespace

TEST_CASE("A script runs from the keyboard to a result that opens the article and fills the form", "[ui][scripts]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    QSignalSpy finished(&f.session, &call::CallSession::finished);
    press(Qt::Key_F5); // the call starts
    press(Qt::Key_F, Qt::ControlModifier);
    typeText(QStringLiteral("какая мера поддержки подходит"));
    w.searchField()->flush();
    // The articles keep the first rows; the script is listed among the first results.
    REQUIRE(w.navigator()->resultsModel()->rowCount() > 0);
    CHECK(w.navigator()->resultsModel()->kindAt(0) == SearchResultsModel::ArticleHit);
    REQUIRE(selectResult(w, kScript));
    press(Qt::Key_Return);

    ui::ScriptRunnerView* view = w.scriptView();
    REQUIRE(view->isVisible());
    REQUIRE(QApplication::focusWidget() == view);
    CHECK(nodeId(w) == QStringLiteral("q-registratsiya"));
    CHECK_FALSE(w.articleView()->isVisible()); // the questions have the room
    CHECK(view->answerButtons().size() == 5);
    CHECK(view->answerButtons().first()->text().startsWith(QStringLiteral("1")));

    press(Qt::Key_1); // «Да, ИП или организация»
    CHECK(nodeId(w) == QStringLiteral("q-tsel"));
    press(Qt::Key_1); // equipment
    CHECK(nodeId(w) == QStringLiteral("q-otrasl"));
    press(Qt::Key_2); // agriculture — a slip
    CHECK(nodeId(w) == QStringLiteral("r-selkhoz"));
    press(Qt::Key_Backspace); // one step back
    CHECK(nodeId(w) == QStringLiteral("q-otrasl"));
    press(Qt::Key_9); // no ninth answer here: nothing happens
    CHECK(nodeId(w) == QStringLiteral("q-otrasl"));
    press(Qt::Key_4); // another small or medium business
    CHECK(nodeId(w) == QStringLiteral("i-vozmeshchenie"));
    CHECK(view->nodeText().contains(QStringLiteral("возмещают")));
    press(Qt::Key_Return); // information: on
    CHECK(nodeId(w) == QStringLiteral("q-lizing"));
    press(Qt::Key_1); // buying the equipment
    REQUIRE(nodeId(w) == QStringLiteral("r-modernizatsiya"));

    // The breadcrumb shows the way, the article is open below, the form is filled in.
    const QString trail = view->breadcrumbText();
    CHECK(trail.contains(QStringLiteral("Регистрация: <b>Да, ИП или организация</b>")));
    CHECK(trail.contains(QStringLiteral("Отрасль: <b>Другой малый или средний бизнес</b>")));
    CHECK_FALSE(trail.contains(QStringLiteral("Сельское хозяйство")));
    CHECK(w.articleView()->isVisible());
    REQUIRE(w.articleView()->article() != nullptr);
    CHECK(w.articleView()->article()->id == QStringLiteral("subsidiya-modernizatsiya"));
    const ui::AppealFormData d = w.appealForm()->data();
    CHECK(d.articleId == QStringLiteral("subsidiya-modernizatsiya"));
    CHECK(d.kind == domain::AppealKind::Complex);
    CHECK(d.agencyIds == QStringList{QStringLiteral("mininvest")});
    CHECK(d.algorithm == domain::Algorithm::Single);
    CHECK(d.categoryId == QStringLiteral("subsidii"));
    CHECK(d.description.startsWith(w.articleView()->article()->title));
    CHECK(
        d.description.contains(QStringLiteral("Сценарий «Какая мера поддержки подходит: подбор по заявителю и цели»")));
    CHECK(d.description.contains(QStringLiteral("— Цель: Купить оборудование или взять его в лизинг")));
    CHECK(d.description.contains(QStringLiteral("— Оборудование: Покупаю или уже купил")));
    CHECK(d.description.contains(QStringLiteral("— итог: Субсидия «Модернизация»")));
    CHECK_FALSE(d.description.contains(QStringLiteral("Сельское хозяйство")));

    // F8 takes the operator to the form as filled in by the result.
    press(Qt::Key_F8);
    CHECK(w.appealForm()->data().articleId == QStringLiteral("subsidiya-modernizatsiya"));
    CHECK(w.appealForm()->data().description == d.description);

    // The call record keeps the run: the nodes after the step back, ended at the result.
    press(Qt::Key_F7);
    REQUIRE(f.session.discard());
    REQUIRE(finished.size() == 1);
    const auto record = finished.first().first().value<call::CallRecord>();
    REQUIRE(record.scriptRuns.size() == 1);
    CHECK(record.scriptRuns.first().script == kScript);
    CHECK(record.scriptRuns.first().end == call::CallScriptRun::End::Result);
    CHECK(record.scriptRuns.first().nodes == QStringList{QStringLiteral("q-registratsiya"), QStringLiteral("q-tsel"),
                                                         QStringLiteral("q-otrasl"), QStringLiteral("i-vozmeshchenie"),
                                                         QStringLiteral("q-lizing"),
                                                         QStringLiteral("r-modernizatsiya")});
    CHECK(record.articles.contains(QStringLiteral("subsidiya-modernizatsiya")));
}

TEST_CASE("A jump goes on in another script, Ctrl+R starts again and Esc leaves the script", "[ui][scripts]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    // Started from the category tree: the scripts are listed under their subcategory.
    QTreeView* tree = w.navigator()->tree();
    auto* model = tree->model();
    const QModelIndex script =
        static_cast<itemmodels::CategoryTreeModel*>(model)->indexOf(QStringLiteral("shtab-kogda-peredavat"));
    REQUIRE(script.isValid());
    CHECK(script.data(itemmodels::CategoryTreeModel::NodeTypeRole).toInt() ==
          itemmodels::CategoryTreeModel::ScriptNode);
    CHECK(script.data().toString().contains(QStringLiteral("Сценарий")));
    tree->setFocus();
    tree->setCurrentIndex(script);
    press(Qt::Key_Return);
    ui::ScriptRunnerView* view = w.scriptView();
    REQUIRE(view->isVisible());
    CHECK(nodeId(w) == QStringLiteral("q-vopros"));
    press(Qt::Key_4); // a problem
    press(Qt::Key_1); // already applied, not solved: on in the complaint script
    CHECK(view->runner().script()->id == QStringLiteral("zhaloba-kuda-i-kak"));
    CHECK(nodeId(w) == QStringLiteral("i-start"));
    CHECK(view->breadcrumbText().contains(QStringLiteral("Жалоба: какой орган")));
    press(Qt::Key_Backspace); // back over the jump
    CHECK(nodeId(w) == QStringLiteral("q-obrashchalis"));
    press(Qt::Key_R, Qt::ControlModifier);
    CHECK(nodeId(w) == QStringLiteral("q-vopros"));
    CHECK_FALSE(view->backButton()->isEnabled());
    press(Qt::Key_Escape);
    CHECK_FALSE(view->isVisible());
    CHECK(w.articleView()->isVisible());
}
