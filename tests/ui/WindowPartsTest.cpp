// The parts around the flow: call panel, status bar, draft autosave, outbox view, copy text, settings.
#include "UiFixture.h"
#include "appeal/AppealForm.h"
#include "appeal/DraftKeeper.h"
#include "article/ArticleView.h"
#include "call/CallPanel.h"
#include "call/PhoneUi.h"
#include "itemmodels/OutboxModel.h"
#include "main/StatusIndicators.h"
#include "net/Account.h"
#include "outbox/CallRecorder.h"
#include "outbox/OutboxDialog.h"
#include "phone/CallerHistory.h"
#include "phone/PhoneDesk.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QUuid>

using namespace hotline;
using namespace hotline::test;
using Field = ui::AppealFormData::Field;

TEST_CASE("the call panel shows the cut-off, the deadlines from the start and the target colour", "[ui][call]") {
    UiFixture f(msk(2026, 11, 23, 15, 0));
    f.settings->setTargetHandlingSeconds(100);
    ui::MainWindow& w = f.open();
    ui::CallPanel* panel = w.callPanel();
    CHECK(panel->cutoffText().contains(QStringLiteral("16:00")));
    CHECK(panel->cutoffText().contains(QStringLiteral("1:00:00")));

    press(Qt::Key_F5);
    f.clock.advance(79);
    panel->refresh();
    CHECK(panel->elapsedText() == QStringLiteral("01:19"));
    CHECK(panel->handlingColour() == QStringLiteral("normal"));
    f.clock.advance(1);
    panel->refresh();
    CHECK(panel->handlingColour() == QStringLiteral("near"));
    f.clock.advance(21);
    panel->refresh();
    CHECK(panel->handlingColour() == QStringLiteral("over"));

    f.clock.set(msk(2026, 11, 23, 16, 30)); // long call: still registered on its start day
    panel->refresh();
    CHECK(panel->deadlinesText().contains(QStringLiteral("23.11.2026")));

    press(Qt::Key_F6);
    CHECK(f.session.state() == call::CallSession::State::OnHold);
    press(Qt::Key_F6);
    CHECK(f.session.state() == call::CallSession::State::Active);
    press(Qt::Key_F7);
    CHECK(f.session.state() == call::CallSession::State::Ended);

    // Starting the next call asks before the unfiled one is dropped.
    f.answer = false;
    press(Qt::Key_F5);
    CHECK(f.questions.size() == 1);
    CHECK(f.session.state() == call::CallSession::State::Ended);
    f.answer = true;
    press(Qt::Key_F5);
    CHECK(f.session.state() == call::CallSession::State::Active);
    CHECK(f.session.startedAt() == msk(2026, 11, 23, 16, 30));
}

TEST_CASE("the status bar shows server, outbox and calendar state", "[ui][status]") {
    SECTION("a year with a verified calendar and no server") {
        UiFixture f(msk(2026, 6, 1, 10, 0));
        ui::MainWindow& w = f.open();
        CHECK(w.indicators()->serverText() == QStringLiteral("Сервер не настроен"));
        CHECK(w.indicators()->outboxText() == QStringLiteral("Не отправлено: 0"));
        CHECK(w.indicators()->calendarText().isEmpty());
        domain::Appeal a;
        a.clientId = QUuid::createUuid();
        a.subject = QStringLiteral("Проверка");
        const qint64 id = f.outbox->enqueue(a).value();
        REQUIRE(f.outbox->markFailed(id, QStringLiteral("422")).ok());
        CHECK(w.indicators()->outboxText().contains(QStringLiteral("Ошибок: 1")));
    }
    SECTION("a year without a production calendar") {
        UiFixture f(msk(2031, 3, 3, 10, 0));
        ui::MainWindow& w = f.open();
        CHECK(w.indicators()->calendarText().contains(QStringLiteral("2031")));
        CHECK(w.indicators()->calendarText().contains(QStringLiteral("не загружен")));
    }
    SECTION("a configured server") {
        UiFixture f(msk(2026, 6, 1, 10, 0));
        f.settings->setServerUrl(QUrl(QStringLiteral("https://redmine.example.ru")));
        ui::MainWindow& w = f.open();
        CHECK(w.indicators()->serverText().contains(QStringLiteral("redmine.example.ru")));
    }
}

TEST_CASE("a draft survives a crash and is gone once filed", "[ui][draft]") {
    QTemporaryDir shared;
    const QString draftPath = shared.filePath(QStringLiteral("appeal-draft.json"));
    {
        UiFixture f(msk(2026, 11, 23, 11, 0), shared.path());
        ui::MainWindow& w = f.open();
        press(Qt::Key_F5);
        w.openArticle(QStringLiteral("porubochnyy-bilet"));
        press(Qt::Key_F8);
        static_cast<QLineEdit*>(w.appealForm()->fieldWidget(Field::Organisation))->setFocus();
        typeText(QStringLiteral("ИП Сидоров"));
        w.draftKeeper()->saveNow();
        REQUIRE(QFileInfo::exists(draftPath));
        CHECK(QFileInfo(draftPath).permissions() ==
              (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
        f.window.reset(); // the app dies: no close event, nothing saved on the way out
    }
    UiFixture f(msk(2026, 11, 23, 11, 30), shared.path());
    ui::MainWindow& w = f.open();
    const ui::AppealFormData restored = w.appealForm()->data();
    CHECK(restored.organisation == QStringLiteral("ИП Сидоров"));
    CHECK(restored.articleId == QStringLiteral("porubochnyy-bilet"));
    // The call it belonged to is back as an ended call, so its start still sets the deadlines.
    CHECK(f.session.state() == call::CallSession::State::Ended);
    CHECK(f.session.startedAt() == msk(2026, 11, 23, 11, 0));

    w.appealForm()->setFocus();
    auto* contact = static_cast<QLineEdit*>(w.appealForm()->fieldWidget(Field::ContactPerson));
    contact->setText(QStringLiteral("Сидоров Пётр"));
    static_cast<QLineEdit*>(w.appealForm()->fieldWidget(Field::Phone))->setText(QStringLiteral("+79031112233"));
    // A permit of the municipality: the form insists on the municipality before filing.
    CHECK_FALSE(w.appealForm()->submit());
    QWidget* municipality = w.appealForm()->fieldWidget(Field::Municipality);
    const bool municipalityFocused =
        QApplication::focusWidget() == municipality || municipality->isAncestorOf(QApplication::focusWidget());
    CHECK(municipalityFocused);
    CHECK(w.appealForm()->message(Field::Municipality).contains(QStringLiteral("муниципалитет")));
    typeText(QStringLiteral("Подольск"));
    CHECK(w.appealForm()->message(Field::Municipality) == QStringLiteral("Выберите муниципалитет из списка."));
    static_cast<QComboBox*>(w.appealForm()->fieldWidget(Field::Municipality))
        ->setEditText(QStringLiteral("Городской округ Подольск"));
    REQUIRE(w.appealForm()->submit());
    CHECK_FALSE(QFileInfo::exists(draftPath));
    CHECK(f.session.state() == call::CallSession::State::Idle); // the ended call is complete now
    CHECK(f.outbox->entries().first().appeal.callStart == msk(2026, 11, 23, 11, 0));
}

TEST_CASE("the copy button puts a text for the caller on the clipboard", "[ui][article]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    w.openArticle(QStringLiteral("porubochnyy-bilet"));
    QApplication::clipboard()->clear();
    press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QString text = QApplication::clipboard()->text();
    CHECK(text.startsWith(w.articleView()->article()->title));
    CHECK(text.contains(QStringLiteral("Документы:")));
    CHECK(text.contains(QStringLiteral("Срок ответа:")));
}

TEST_CASE("the outbox view lists appeals and deletes only after a confirmation", "[ui][outbox]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    domain::Appeal a;
    a.clientId = QUuid::createUuid();
    a.subject = QStringLiteral("Порубочный билет");
    REQUIRE(f.outbox->enqueue(a).ok());
    w.showOutbox();
    ui::OutboxDialog* dialog = w.outboxDialog();
    REQUIRE(dialog->model()->rowCount() == 1);
    dialog->table()->selectRow(0);
    f.answer = false;
    dialog->deleteSelected();
    CHECK(f.outbox->entries().size() == 1);
    f.answer = true;
    dialog->deleteSelected();
    CHECK(f.outbox->entries().isEmpty());
    CHECK(f.questions.size() == 2);
}

TEST_CASE("an outbox that cannot be read is shown as unreadable, not as nothing to send", "[ui][outbox]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    domain::Appeal a;
    a.clientId = QUuid::createUuid();
    a.subject = QStringLiteral("Порубочный билет");
    REQUIRE(f.outbox->enqueue(a));
    w.indicators()->refresh();
    CHECK(w.indicators()->outboxText() == QStringLiteral("Не отправлено: 1"));

    // The database breaks under the running app (another program, a damaged file): its table is gone.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        other.setDatabaseName(f.dataDir + QStringLiteral("/outbox.sqlite"));
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("DROP TABLE appeals")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    w.indicators()->refresh();
    CHECK(w.indicators()->outboxText() == QStringLiteral("Исходящие: не удалось прочитать"));
    CHECK(f.outbox->readError().has_value());
    w.showOutbox();
    auto* summary = w.outboxDialog()->findChild<QLabel*>(QStringLiteral("outboxSummary"));
    REQUIRE(summary);
    CHECK(summary->text().startsWith(QStringLiteral("Не удалось прочитать локальную очередь исходящих")));
}

TEST_CASE("a call that could not be recorded is reported in the status bar", "[ui][outbox]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    // As main() wires it.
    outbox::CallRecorder recorder(*f.services.session, *f.outbox);
    QObject::connect(&recorder, &outbox::CallRecorder::failed, &w, &ui::MainWindow::showProblem);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        other.setDatabaseName(f.dataDir + QStringLiteral("/outbox.sqlite"));
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("DROP TABLE appeals")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    f.services.session->start();
    f.clock.advance(60);
    f.services.session->end();
    QSignalSpy failed(&recorder, &outbox::CallRecorder::failed);
    REQUIRE(f.services.session->discard(call::CallResult::Consulted)); // no appeal: the call is recorded now
    REQUIRE(failed.size() == 1);
    INFO(w.statusBar()->currentMessage().toStdString());
    CHECK(w.statusBar()->currentMessage().startsWith(QStringLiteral("Звонок не записан на этом компьютере")));
}

TEST_CASE("the window remembers its geometry and splitters", "[ui][settings]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    CHECK(f.settings->targetHandlingSeconds(300) == 300);
    CHECK(f.settings->language() == QStringLiteral("ru"));
    {
        ui::MainWindow& w = f.open();
        auto* splitter = w.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        REQUIRE(splitter);
        splitter->setSizes({333, 600});
        w.close();
    }
    CHECK_FALSE(f.settings->windowGeometry().isEmpty());
    f.window.reset();
    ui::MainWindow& again = f.open();
    auto* splitter = again.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    CHECK(std::abs(splitter->sizes().first() - 333) <= 12); // the layout may shift it by a few pixels
}

TEST_CASE("the appeal form shows only the fields of the chosen kind", "[ui][appeal]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    w.openAppealForm();
    ui::AppealForm* form = w.appealForm();
    auto* days = form->findChild<QSpinBox*>();
    auto* closedOnCall = form->findChild<QCheckBox*>();
    REQUIRE(days);
    REQUIRE(closedOnCall);
    const auto labelOf = [form](QWidget* field) {
        for (auto* l : form->findChildren<QLabel*>()) {
            if (l->buddy() == field)
                return l;
        }
        return static_cast<QLabel*>(nullptr);
    };
    REQUIRE(labelOf(days));
    for (domain::AppealKind kind : {domain::AppealKind::Simple, domain::AppealKind::Complex, domain::AppealKind::Task,
                                    domain::AppealKind::Complaint}) {
        INFO(domain::appealKindId(kind).toStdString());
        ui::AppealFormData data = form->data();
        data.kind = kind;
        form->setData(data);
        // No disabled «Рабочих дней: 3» for a kind without working days: the row is not there at all.
        CHECK(days->isVisibleTo(form) == (kind == domain::AppealKind::Task));
        CHECK(labelOf(days)->isVisibleTo(form) == (kind == domain::AppealKind::Task));
        CHECK(closedOnCall->isVisibleTo(form) == (kind == domain::AppealKind::Simple));
    }
}

TEST_CASE("an appeal answered on the call asks nothing about agencies", "[ui][appeal]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    w.openAppealForm();
    ui::AppealForm* form = w.appealForm();
    QWidget* agencies = form->fieldWidget(ui::AppealFormData::Field::Agencies);
    auto* algorithm = form->findChild<QComboBox*>(QStringLiteral("algorithmField"));
    REQUIRE(agencies);
    REQUIRE(algorithm);
    ui::AppealFormData data = form->data();
    data.kind = domain::AppealKind::Simple;
    data.closedOnCall = true;
    form->setData(data);
    // Nothing goes to an agency or a municipality: the routing rows are not shown.
    CHECK_FALSE(agencies->isVisibleTo(form));
    CHECK_FALSE(algorithm->isVisibleTo(form));
    data.closedOnCall = false; // answered later: it may still be routed to an agency
    form->setData(data);
    CHECK(agencies->isVisibleTo(form));
    CHECK(algorithm->isVisibleTo(form));
    data.kind = domain::AppealKind::Task;
    data.closedOnCall = true; // not a choice for a task
    form->setData(data);
    CHECK(agencies->isVisibleTo(form));
    CHECK(algorithm->isVisibleTo(form));
}

namespace {

// The window assembled as the app is: the call panel with its «Пропущенные» tab, the caller's card, the duplicate
// hint (no softphone, no server).
struct AssembledPhone {
    AssembledPhone(test::UiFixture& f, ui::MainWindow& w)
        : desk(nullptr, f.session, f.clock)
        , history(f.outbox.get(), nullptr, *f.policy, f.clock)
        , ui(w, {&desk, &history, f.outbox.get(), &f.clock, [] { return net::UserModes{}; }}) {}
    phone::PhoneDesk desk;
    phone::CallerHistory history;
    ui::PhoneUi ui;
};

} // namespace

TEST_CASE("at 1366×768 the whole appeal form fits under the call panel, for every kind", "[ui][appeal]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    AssembledPhone assembled(f, w);
    ui::PhoneUi& phoneUi = assembled.ui;
    // The window as it first opens on a 1366×768 screen (no saved geometry).
    REQUIRE(w.width() <= 1366);
    REQUIRE(w.height() <= 740);
    press(Qt::Key_F5); // a call is running: the call panel shows its timer and deadlines
    w.openAppealForm();
    ui::AppealForm* form = w.appealForm();
    QScrollArea* scroll = nullptr;
    for (QWidget* p = form->parentWidget(); p && !scroll; p = p->parentWidget())
        scroll = qobject_cast<QScrollArea*>(p);
    REQUIRE(scroll);
    auto* submit = form->findChild<QPushButton*>(QStringLiteral("submitButton"));
    REQUIRE(submit);
    for (domain::AppealKind kind : domain::allAppealKinds) {
        INFO(domain::appealKindId(kind).toStdString());
        ui::AppealFormData data = form->data();
        data.kind = kind;
        data.inn = QStringLiteral("7707083893"); // the card and the duplicate hint's line are shown
        form->setData(data);
        QTest::qWait(800); // the card follows the form 600 ms after the last edit
        REQUIRE(phoneUi.cardDock()->isVisible());
        // Every row up to «Зарегистрировать обращение» is on the screen without scrolling.
        CHECK(scroll->verticalScrollBar()->maximum() == 0);
        CHECK(submit->mapTo(scroll->viewport(), QPoint(0, submit->height())).y() <= scroll->viewport()->height());
        if (const QString dir = qEnvironmentVariable("HOTLINE_SCREENSHOT_DIR"); !dir.isEmpty())
            CHECK(w.grab().save(dir + QStringLiteral("/appeal-form-%1.png").arg(domain::appealKindId(kind))));

        // Filed with the rest empty: every problem is said under its field; when those lines make the form taller
        // than its dock, the first field with a problem is the one on the screen, with its message.
        CHECK_FALSE(form->submit());
        QWidget* first = QApplication::focusWidget();
        REQUIRE(first);
        const auto problem = form->data().firstProblem(f.reference.get());
        REQUIRE(problem);
        CHECK(first == form->fieldWidget(*problem));
        CHECK_FALSE(form->message(*problem).isEmpty());
        const QRect shown = scroll->viewport()->rect();
        CHECK(shown.contains(first->mapTo(scroll->viewport(), QPoint(0, 0))));
        CHECK(shown.contains(first->mapTo(scroll->viewport(), QPoint(first->width() - 1, first->height() - 1))));
        if (const QString dir = qEnvironmentVariable("HOTLINE_SCREENSHOT_DIR"); !dir.isEmpty())
            CHECK(w.grab().save(dir + QStringLiteral("/appeal-form-%1-problems.png").arg(domain::appealKindId(kind))));
        scroll->verticalScrollBar()->setValue(0);
        form->clearForm();
    }
}

TEST_CASE("after the cut-off every line of the call panel stays on the screen", "[ui][call]") {
    UiFixture f(msk(2026, 11, 23, 21, 14)); // a working day, after 16:00: the cut-off notice wraps
    ui::MainWindow& w = f.open();
    AssembledPhone assembled(f, w);
    press(Qt::Key_F5);
    w.openAppealForm();
    ui::AppealFormData data = w.appealForm()->data();
    data.kind = domain::AppealKind::Complex; // four deadline lines
    w.appealForm()->setData(data);
    QApplication::processEvents();
    ui::CallPanel* panel = w.callPanel();
    for (const char* name : {"callCutoff", "callDeadlines"}) {
        INFO(name);
        auto* label = panel->findChild<QLabel*>(QLatin1String(name));
        REQUIRE(label);
        REQUIRE_FALSE(label->text().isEmpty());
        CHECK(label->height() >= label->heightForWidth(label->width())); // no line cut off
        CHECK(label->geometry().bottom() < panel->height());             // and inside the panel
    }
    CHECK(w.callPanel()->deadlinesText().count(QLatin1Char('\n')) >= 3);
}
