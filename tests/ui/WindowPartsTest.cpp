// The parts around the flow: call panel, status bar, draft autosave, outbox view, copy text, settings.
#include "UiFixture.h"
#include "appeal/AppealForm.h"
#include "appeal/DraftKeeper.h"
#include "article/ArticleView.h"
#include "call/CallPanel.h"
#include "itemmodels/OutboxModel.h"
#include "main/StatusIndicators.h"
#include "outbox/CallRecorder.h"
#include "outbox/OutboxDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
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
