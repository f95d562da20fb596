// The KB editor's «Сценарии» tab from the keyboard: open a script, edit a node's text and undo it, break an
// answer and see the check's problem on the node, fix it, run the preview, publish to an in-memory wiki.
#include "AdminWindow.h"
#include "FakeWiki.h"
#include "ProblemList.h"
#include "PublishDialog.h"
#include "ScriptEditorPage.h"
#include "ScriptNodeForm.h"
#include "UiFixture.h"
#include "kbedit/ScriptEditor.h"
#include "kbsync/ScriptPages.h"
#include "scripts/ScriptRunnerView.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

using namespace hotline;
using test::press;
using test::typeText;

namespace {

const QString kId = QStringLiteral("kadastrovaya-stoimost");

// Runs `act` on the next modal dialog of type T as soon as it is open (the key that opens it blocks in exec()).
template <typename T>
void onDialog(std::function<void(T*)> act, bool* seen) {
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, act, seen] {
        if (auto* d = qobject_cast<T*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            *seen = true;
            QApplication::setActiveWindow(d);
            REQUIRE(QTest::qWaitForWindowActive(d));
            act(d);
        }
    });
    poll->start();
}

} // namespace

TEST_CASE("Admin: a script edited from the keyboard, checked, previewed and published", "[ui][admin][scripts]") {
    QTemporaryDir data;
    test::FakeWiki wiki;
    ManualClock clock(test::msk(2026, 12, 3, 15, 12));
    ui::AdminContext c;
    c.shippedKbDir = test::kbDir();
    c.dataDir = data.path();
    c.wiki = &wiki.wiki;
    c.clock = &clock;
    c.confirm = [](QWidget*, const QString&) { return true; };
    ui::AdminWindow w(c);
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));

    press(Qt::Key_4, Qt::ControlModifier);
    ui::ScriptEditorPage* page = w.scriptsPage();
    REQUIRE(w.tabs()->currentWidget() == page);
    REQUIRE(page->list()->count() >= 10);
    page->list()->setFocus();
    for (int row = 0; row < page->list()->count(); ++row) {
        if (page->list()->item(row)->data(Qt::UserRole).toString() == kId)
            page->list()->setCurrentRow(row);
    }
    REQUIRE(page->scriptId() == kId);
    REQUIRE(page->nodes()->count() == 6);
    // The preview runs the script as the operator sees it.
    ui::ScriptRunnerView* preview = page->preview();
    REQUIRE(preview->isRunning());
    CHECK(preview->runner().node()->id == QStringLiteral("q-vopros"));

    // Typing in the node's text is one undo step; Ctrl+Z takes it back.
    page->nodes()->setFocus();
    press(Qt::Key_Home);
    CHECK(page->nodeForm()->nodeId() == QStringLiteral("q-vopros"));
    QPlainTextEdit* text = page->nodeForm()->textField();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    typeText(QStringLiteral(" Подскажите"));
    const kbedit::ScriptEntry* e = w.scriptWorkspace()->script(kId);
    CHECK(e->doc.node(QStringLiteral("q-vopros"))->text.endsWith(QStringLiteral("стоимости? Подскажите")));
    CHECK(e->modified());
    CHECK(preview->nodeText().contains(QStringLiteral("Подскажите"))); // the preview follows the edit
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(w.scriptWorkspace()->script(kId)->modified());
    CHECK(text->toPlainText() == QStringLiteral("Что Вам нужно по кадастровой стоимости?"));

    // An answer that leads nowhere: the check shows it on the node and publishing is refused.
    const ui::ScriptNodeForm::AnswerRow& first = page->nodeForm()->answerRows().first();
    first.target->setFocus();
    first.target->setCurrentIndex(0); // «— выберите —»
    emit first.target->activated(0);
    press(Qt::Key_F7);
    ui::ProblemList* problems = page->problems();
    REQUIRE(problems->count() >= 1);
    CHECK(problems->text().contains(QStringLiteral("узел «q-vopros»")));
    const int putsBefore = wiki.puts();
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(wiki.puts() == putsBefore);
    CHECK(w.statusText().contains(QStringLiteral("не опубликован")));
    // Enter on the problem goes to the node.
    page->nodes()->setCurrentRow(2);
    problems->list()->setFocus();
    problems->list()->setCurrentRow(0);
    press(Qt::Key_Return);
    CHECK(page->nodeForm()->nodeId() == QStringLiteral("q-vopros"));
    press(Qt::Key_Z, Qt::ControlModifier);
    press(Qt::Key_F7);
    CHECK(problems->count() == 0);

    // A real edit, run in the preview from the start (F9), published with a comment.
    page->nodeForm()->labelField()->setFocus();
    page->nodeForm()->labelField()->selectAll();
    typeText(QStringLiteral("Что нужно"));
    press(Qt::Key_F9);
    preview->choose(1); // «Стоимость кажется завышенной»
    CHECK(preview->breadcrumbText().contains(QStringLiteral("Что нужно: <b>Стоимость кажется завышенной</b>")));
    bool sawDialog = false;
    onDialog<ui::PublishDialog>(
        [](ui::PublishDialog*) {
            typeText(QStringLiteral("короткое имя вопроса"));
            press(Qt::Key_Return);
        },
        &sawDialog);
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(sawDialog);
    const QString title = kbsync::ScriptPage::title(kId);
    QTRY_COMPARE(wiki.version(title), 1);
    QTRY_VERIFY(!w.scriptWorkspace()->script(kId)->modified());
    CHECK(wiki.text(title).contains(QStringLiteral("\"label\": \"Что нужно\"")));
    CHECK(wiki.pages[title.toLower()].first().comments == QStringLiteral("короткое имя вопроса"));
}
