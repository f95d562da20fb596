// The KB editor's window from the keyboard: find an article, edit it, see the check's problem, fix it, publish
// to an in-memory wiki, meet another editor's change as a conflict, keep drafts across closing; the category tree.

#include "AdminWindow.h"

#include "ArticleEditor.h"
#include "ArticleListPanel.h"
#include "CategoriesPage.h"
#include "ConflictDialog.h"
#include "FakeWiki.h"
#include "MetadataForm.h"
#include "ProblemList.h"
#include "PublishDialog.h"
#include "UiFixture.h"
#include "kbedit/KbWorkspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace hotline;
using test::press;
using test::typeText;

namespace {

const QString kAgro = QStringLiteral("grant-agrostartap");

QString shippedText() {
    QFile f(test::kbDir() + QStringLiteral("/articles/podderzhka/grant-agrostartap.md"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

// Runs `act` on the next modal dialog of type T as soon as it is open (the key that opens it blocks in exec()).
template <typename T>
void onDialog(std::function<void(T*)> act, bool* seen) {
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, act, seen] {
        if (auto* d = qobject_cast<T*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            // Keys go to the focus widget: the dialog must be the active window (offscreen does not always do it).
            // No REQUIRE here: an exception must not cross Qt's event loop; the caller checks `seen`.
            QApplication::setActiveWindow(d);
            if (!QTest::qWaitForWindowActive(d))
                return d->reject();
            *seen = true;
            // A REQUIRE in `act` (typeText, press) has been recorded as failed when it throws; the exception stops
            // here, and the dialog is closed so that the test goes on to its end and reports.
            try {
                act(d);
            } catch (...) {
                d->reject();
            }
        }
    });
    poll->start();
}

struct AdminFixture {
    QTemporaryDir data;
    test::FakeWiki wiki;
    ManualClock clock{test::msk(2026, 11, 23, 15, 12)};
    Settings settings{data.filePath(QStringLiteral("settings.ini"))};
    QStringList questions;
    std::unique_ptr<ui::AdminWindow> window;

    AdminFixture() {
        // The article is on the wiki as uploaded from the shipped base (hotline-cli kb publish).
        wiki.save(kAgro, shippedText(), QStringLiteral("Администратор"), QStringLiteral("первая загрузка"));
    }
    ui::AdminWindow& open() {
        ui::AdminContext c;
        c.shippedKbDir = test::kbDir();
        c.dataDir = data.path();
        c.wiki = &wiki.wiki;
        c.settings = &settings;
        c.clock = &clock;
        c.confirm = [this](QWidget*, const QString& q) {
            questions << q;
            return true;
        };
        window = std::make_unique<ui::AdminWindow>(c);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        return *window;
    }
    const kbedit::ArticleEntry& entry() const { return *window->workspace()->article(kAgro); }
};

// Finds the article from the keyboard: Ctrl+F, its name typed letter by letter, into the list, the first row.
void findArticle(ui::AdminWindow& w) {
    press(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == w.articleList()->textFilter());
    typeText(QStringLiteral("агростартап"));
    press(Qt::Key_L, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == w.articleList()->view());
    press(Qt::Key_Home);
    REQUIRE(w.articleEditor()->articleId() == kAgro);
}

// After a dialog: the editor's window is the active one again (offscreen does not always give it back).
void backTo(QWidget& window) {
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// Puts the cursor at the end of the answer script's first line in the body editor.
void toEndOfScriptLine(ui::AdminWindow& w) {
    QPlainTextEdit* body = w.articleEditor()->bodyField();
    body->setFocus();
    QTextCursor c(body->document()->findBlockByNumber(1)); // the line after "## Скрипт ответа"
    c.movePosition(QTextCursor::EndOfBlock);
    body->setTextCursor(c);
}

} // namespace

TEST_CASE("Admin: edit, see the check's problem, fix it, publish, meet a conflict", "[ui][admin]") {
    AdminFixture f;
    ui::AdminWindow& w = f.open();
    findArticle(w);
    CHECK(w.articleEditor()->form()->titleField()->text() == f.entry().doc.title);
    QTRY_COMPARE(f.entry().baseVersion, 1); // opening it asked the wiki which version this text is

    // A mistyped placeholder: the check says so next to the editor, in Russian, and publishing is refused.
    toEndOfScriptLine(w);
    typeText(QStringLiteral(" Ответ до {{сроки}}."));
    CHECK(f.entry().doc.body.contains(QStringLiteral("Ответ до {{сроки}}.")));
    CHECK(f.entry().modified());
    press(Qt::Key_F7);
    ui::ProblemList* problems = w.articleEditor()->problems();
    REQUIRE(problems->count() == 1);
    CHECK(problems->text().contains(QStringLiteral("неизвестная подстановка {{сроки}}")));
    CHECK(problems->text().contains(QStringLiteral("2")));                                   // the line of the body
    QTRY_VERIFY(w.articleEditor()->preview()->toHtml().contains(QStringLiteral("#f3b5b5"))); // marked red
    const int putsBefore = f.wiki.puts();
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.wiki.puts() == putsBefore);
    CHECK(w.statusText().contains(f.entry().doc.title));

    // Enter on the problem goes to its line; Ctrl+Z undoes the typing word by word, Ctrl+Shift+Z redoes.
    problems->list()->setFocus();
    problems->list()->setCurrentRow(0);
    press(Qt::Key_Return);
    REQUIRE(QApplication::focusWidget() == w.articleEditor()->bodyField());
    CHECK(w.articleEditor()->bodyField()->textCursor().blockNumber() == 1);
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.entry().doc.body.contains(QStringLiteral("Ответ до")));
    CHECK_FALSE(f.entry().doc.body.contains(QStringLiteral("{{сроки}}")));
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.entry().doc.body.contains(QStringLiteral("{{сроки}}.")));
    press(Qt::Key_Z, Qt::ControlModifier);
    press(Qt::Key_Z, Qt::ControlModifier);
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(f.entry().doc.body.contains(QStringLiteral("Ответ до")));
    CHECK(w.articleEditor()->bodyField()->toPlainText() == f.entry().doc.body);
    toEndOfScriptLine(w);
    typeText(QStringLiteral(" Ответ до {{срок}}."));
    press(Qt::Key_F7);
    CHECK(problems->count() == 0);

    // Publishing: an empty comment is refused and the dialog stays; with a comment it goes to the wiki.
    bool sawDialog = false;
    onDialog<ui::PublishDialog>(
        [](ui::PublishDialog* d) {
            d->commentField()->setFocus();
            press(Qt::Key_Return);
            CHECK(d->isVisible());
            CHECK(d->errorLabel()->isVisible());
            typeText(QStringLiteral("срок ответа в скрипте"));
            press(Qt::Key_Return);
        },
        &sawDialog);
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(sawDialog);
    backTo(w);
    QTRY_COMPARE(f.wiki.version(kAgro), 2);
    QTRY_VERIFY(!f.entry().modified());
    CHECK(f.wiki.pages[kAgro].at(1).comments == QStringLiteral("срок ответа в скрипте"));
    CHECK(f.wiki.text(kAgro).contains(QStringLiteral("Ответ до {{срок}}.")));
    CHECK(f.wiki.text(kAgro).contains(QStringLiteral("\"updated\": \"2026-11-23\""))); // set to today, offered
    CHECK(f.entry().baseVersion == 2);

    // Another editor saves meanwhile; my next publish is a conflict with the difference, nothing overwritten.
    QString theirs = f.wiki.text(kAgro);
    theirs.replace(QStringLiteral("Ответ до {{срок}}."), QStringLiteral("Ответ придёт до {{срок}}."));
    f.wiki.save(kAgro, theirs, QStringLiteral("Петров Игорь"), QStringLiteral("стиль"));
    toEndOfScriptLine(w);
    typeText(QStringLiteral(" Спасибо."));
    const QString mine = f.entry().doc.toText();
    QString diffShown;
    QString title;
    sawDialog = false;
    bool sawConflict = false;
    onDialog<ui::PublishDialog>(
        [&](ui::PublishDialog*) {
            typeText(QStringLiteral("вежливость"));
            onDialog<ui::ConflictDialog>(
                [&](ui::ConflictDialog* c) {
                    title = c->windowTitle();
                    diffShown = c->diffText();
                    press(Qt::Key_Escape); // decide later
                },
                &sawConflict);
            press(Qt::Key_Return);
        },
        &sawDialog);
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(sawConflict);
    backTo(w);
    CHECK(title == QCoreApplication::translate("hotline::ui::ConflictDialog", "Another editor changed the article"));
    CHECK(diffShown.contains(QStringLiteral("Ответ придёт до {{срок}}.")));
    CHECK(diffShown.contains(QStringLiteral("Спасибо.")));
    CHECK(f.wiki.text(kAgro) == theirs);   // nothing overwritten
    CHECK(f.entry().doc.toText() == mine); // nothing lost
    CHECK(w.articleEditor()->bodyField()->toPlainText() == f.entry().doc.body);

    SECTION("keeping my text publishes it over theirs after a confirmation") {
        bool again = false, conflictAgain = false;
        onDialog<ui::PublishDialog>(
            [&](ui::PublishDialog*) {
                typeText(QStringLiteral("вежливость"));
                onDialog<ui::ConflictDialog>(
                    [](ui::ConflictDialog* c) { c->findChild<QPushButton*>(QStringLiteral("keepMine"))->click(); },
                    &conflictAgain);
                press(Qt::Key_Return);
            },
            &again);
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(conflictAgain);
        backTo(w);
        CHECK(f.questions.size() == 1);
        QTRY_COMPARE(f.wiki.version(kAgro), 4);
        CHECK(f.wiki.text(kAgro) == mine);
    }
    SECTION("taking the server's text; Ctrl+Z brings mine back") {
        bool again = false, conflictAgain = false;
        onDialog<ui::PublishDialog>(
            [&](ui::PublishDialog*) {
                typeText(QStringLiteral("вежливость"));
                onDialog<ui::ConflictDialog>(
                    [](ui::ConflictDialog* c) { c->findChild<QPushButton*>(QStringLiteral("takeServer"))->click(); },
                    &conflictAgain);
                press(Qt::Key_Return);
            },
            &again);
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(conflictAgain);
        backTo(w);
        CHECK(f.entry().doc.toText() == theirs);
        CHECK_FALSE(f.entry().modified());
        w.articleEditor()->bodyField()->setFocus();
        press(Qt::Key_Z, Qt::ControlModifier);
        CHECK(f.entry().doc.toText() == mine);
        CHECK(f.wiki.text(kAgro) == theirs);
    }
}

TEST_CASE("Admin: a draft is never lost when the window closes, and comes back", "[ui][admin]") {
    AdminFixture f;
    {
        ui::AdminWindow& w = f.open();
        findArticle(w);
        w.articleEditor()->form()->titleField()->setFocus();
        press(Qt::Key_End);
        typeText(QStringLiteral(" (черновик)"));
        REQUIRE(f.entry().modified());
        w.close();
        REQUIRE(f.questions.size() == 1); // "1 change is not published … kept as a draft … close?"
        f.window.reset();
    }
    ui::AdminWindow& again = f.open();
    REQUIRE(again.workspace()->article(kAgro)->doc.title.endsWith(QStringLiteral(" (черновик)")));
    again.openArticle(kAgro);
    CHECK(again.articleEditor()->form()->titleField()->text().endsWith(QStringLiteral(" (черновик)")));
    CHECK(again.articleList()->view()->model()->index(0, 0).isValid());
}

TEST_CASE("Admin: the category tree is edited from the keyboard and undone", "[ui][admin]") {
    AdminFixture f;
    ui::AdminWindow& w = f.open();
    press(Qt::Key_2, Qt::ControlModifier);
    REQUIRE(w.tabs()->currentIndex() == 1);
    ui::CategoriesPage* page = w.categoriesPage();
    page->select(QStringLiteral("granty"));
    page->tree()->setFocus();
    const int before = w.workspace()->categories().positionOf(QStringLiteral("granty"));
    press(Qt::Key_Down, Qt::AltModifier);
    CHECK(w.workspace()->categories().positionOf(QStringLiteral("granty")) == before + 1);
    CHECK(page->currentId() == QStringLiteral("granty"));
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.workspace()->categories().positionOf(QStringLiteral("granty")) == before);

    // Renaming in place with F2; an empty title is refused with a message and the old one stays.
    page->select(QStringLiteral("granty"));
    page->tree()->setFocus();
    press(Qt::Key_F2);
    REQUIRE(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
    press(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("Гранты и премии"));
    press(Qt::Key_Return); // the view commits a moment later
    QTRY_COMPARE(w.workspace()->categories().find(QStringLiteral("granty"))->title, QStringLiteral("Гранты и премии"));
    CHECK(w.workspace()->categoriesModified());
    page->tree()->setFocus();
    press(Qt::Key_F2);
    REQUIRE(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Delete);
    press(Qt::Key_Return);
    QTRY_VERIFY(!page->findChild<QLabel*>(QStringLiteral("categoryError"))->text().isEmpty());
    CHECK(w.workspace()->categories().find(QStringLiteral("granty"))->title == QStringLiteral("Гранты и премии"));
}
