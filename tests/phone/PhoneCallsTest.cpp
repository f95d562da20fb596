// Real calls: baresip on loopback as the workstation's softphone, sipp as the caller, the operator window
// wired as the app wires it, Redmine from the integration harness. Nothing here fakes the phone.
#include "PhoneFixture.h"
#include "appeal/AppealForm.h"
#include "call/MissedCallsView.h"
#include "phone/CallerAppealsModel.h"
#include "phone/MissedCalls.h"

#include <QTabWidget>
#include <QTreeView>

using namespace hotline;
using namespace hotline::test;
using Line = phone::PhoneDesk::Line;
using State = call::CallSession::State;

namespace {

QDateTime thursday(int h, int m, int s = 0) {
    return domain::moscowDateTime(QDate(2026, 12, 3), QTime(h, m, s));
}

} // namespace

TEST_CASE("A call rings: the window shows the number and the caller's card with their Redmine appeals, "
          "answered with F5 the timer runs from the answer, F7 hangs up",
          "[integration][phone]") {
    const QString number = randomMobile();
    // A colleague filed an appeal for this caller earlier: operators see the line's appeals.
    domain::Appeal earlier = test::makeAppeal(domain::AppealKind::Complex);
    earlier.phone = number;
    const int earlierIssue = fileAs(QStringLiteral("OPERATOR2"), earlier);

    Baresip softphone;
    softphone.start();
    PhoneWindow w(thursday(10, 0), &softphone);
    SippCaller caller;
    caller.ring(softphone, QStringLiteral("caller_waits"), number);
    REQUIRE(w.waitLine(Line::Ringing));
    const QString shown = phone::displayPhone(number);
    CHECK(w.phoneUi->statusText() == QStringLiteral("Входящий: ") + shown);
    CHECK(w.window().callPanel()->findChild<QLabel*>(QStringLiteral("callState"))->text().contains(shown));
    CHECK(w.ui.session.state() == State::Idle); // ringing is not talking yet
    ui::CallerCard* card = w.phoneUi->card();
    CHECK(w.phoneUi->cardDock()->isVisible());
    CHECK(card->titleText().contains(shown));
    REQUIRE(waitUntil([&] {
        return card->scopeText().contains(QStringLiteral("Redmine")) &&
               !card->scopeText().contains(QStringLiteral("…"));
    }));
    INFO(card->scopeText().toStdString());
    bool listed = false;
    for (const phone::AppealSummary& a : card->appealsModel()->appeals())
        listed |= a.issueId == earlierIssue;
    CHECK(listed);
    // The caller's number is in the form for the next appeal.
    CHECK(w.window().appealForm()->data().phone == number);

    w.ui.clock.advance(12); // it rings 12 s before the operator answers
    w.key(Qt::Key_F5);
    REQUIRE(w.waitSession(State::Active));
    REQUIRE(w.waitLine(Line::Connected));
    CHECK(w.ui.session.rangAt() == thursday(10, 0));
    CHECK(w.ui.session.deadlineBase() == thursday(10, 0));
    w.ui.clock.advance(95);
    CHECK(w.ui.session.elapsedSeconds() == 95); // handling time from the answer, not from the ring
    CHECK(w.phoneUi->statusText() == QStringLiteral("Разговор: ") + shown);

    w.key(Qt::Key_F7);
    CHECK(w.ui.session.state() == State::Ended);
    REQUIRE(w.waitLine(Line::Idle));
    INFO(caller.log().toStdString());
    CHECK(caller.finished()); // the caller got the BYE
    CHECK(w.ui.session.elapsedSeconds() == 95);
    // Kept for filing: the record goes when it is filed or discarded, with how long it rang.
    w.ui.session.discard();
    const auto records = w.ui.outbox->callRecords();
    REQUIRE(records.size() == 1);
    CHECK(records.first().call.ringSeconds == 12);
    CHECK(records.first().call.callerNumber == number);
}

TEST_CASE("The caller hangs up: the call ends and stays for filing", "[integration][phone]") {
    Baresip softphone;
    softphone.start();
    PhoneWindow w(thursday(11, 0), &softphone, false);
    const QString number = randomMobile();
    SippCaller caller;
    // The caller talks 6 s after the answer, then hangs up: time for the test to see the call taken and to move
    // the clock on before the BYE, even when the machine is busy.
    caller.ring(softphone, QStringLiteral("caller_hangs_up"), number, 6000);
    REQUIRE(w.waitLine(Line::Ringing));
    w.key(Qt::Key_F5);
    REQUIRE(w.waitSession(State::Active));
    w.ui.clock.advance(40);
    REQUIRE(w.waitSession(State::Ended)); // the caller's BYE
    INFO(caller.log().toStdString());
    CHECK(caller.finished());
    CHECK(w.desk->line() == Line::Idle);
    CHECK(w.statusMessage().contains(QStringLiteral("положил трубку")));
    CHECK(w.ui.session.elapsedSeconds() == 40);
    CHECK(w.ui.session.callerNumber() == number);
    CHECK(w.window().callPanel()->findChild<QLabel*>(QStringLiteral("callState"))->text() ==
          QStringLiteral("Звонок завершён: оформите обращение или сбросьте звонок"));
    // Offline the card says it shows this workstation's data only.
    CHECK(w.phoneUi->card()->scopeText().contains(QStringLiteral("только данные этого рабочего места")));
}

TEST_CASE("A call nobody answers is a missed call, listed and called back through the softphone with one key",
          "[integration][phone]") {
    Baresip softphone;
    softphone.start();
    PhoneWindow w(thursday(12, 0), &softphone, false);
    const QString number = randomMobile();
    SippCaller caller;
    // It rings 8 s, then the caller gives up (CANCEL): time to see it ring and move the clock on, even when busy.
    caller.ring(softphone, QStringLiteral("caller_gives_up"), number, 8000);
    REQUIRE(w.waitLine(Line::Ringing));
    w.ui.clock.advance(25);
    REQUIRE(w.waitLine(Line::Idle));
    INFO(caller.log().toStdString());
    CHECK(caller.finished());
    CHECK(w.ui.session.state() == State::Idle);
    const auto records = w.ui.outbox->callRecords();
    REQUIRE(records.size() == 1);
    CHECK(records.first().call.result == call::CallResult::Missed);
    CHECK(records.first().call.ringSeconds == 25);
    CHECK(records.first().call.callerNumber == number);

    // «Пропущенные» lists it; Enter calls back through the softphone.
    w.key(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    ui::MissedCallsView* missed = w.phoneUi->missedView();
    REQUIRE(w.phoneUi->callTabs()->currentWidget() == missed);
    CHECK(w.phoneUi->callTabs()->tabText(1) == QStringLiteral("Пропущенные (1)"));
    REQUIRE(missed->view()->model()->rowCount() == 1);
    CHECK(missed->view()->model()->index(0, phone::MissedCallsModel::NumberColumn).data().toString() ==
          phone::displayPhone(number));
    // The other side of the call-back: a sipp that answers.
    const quint16 answerPort = freePorts(2);
    QProcess answerer;
    answerer.setProcessChannelMode(QProcess::MergedChannels);
    answerer.start(QStringLiteral("sipp"),
                   {QStringLiteral("-sn"), QStringLiteral("uas"), QStringLiteral("-i"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("-p"), QString::number(answerPort), QStringLiteral("-mp"),
                    QString::number(answerPort + 1), QStringLiteral("-m"), QStringLiteral("1"),
                    QStringLiteral("-nostdin"), QStringLiteral("-timeout"), QStringLiteral("60s")});
    REQUIRE(answerer.waitForStarted());
    // sipp listens once it holds its port.
    REQUIRE(waitUntil([&] {
        QUdpSocket probe;
        return !probe.bind(QHostAddress::LocalHost, answerPort, QUdpSocket::DontShareAddress) ||
               answerer.state() == QProcess::NotRunning;
    }));
    REQUIRE(answerer.state() == QProcess::Running);
    w.desk->setDialFormat(QStringLiteral("sip:%1@127.0.0.1:") + QString::number(answerPort));
    QTest::keyClick(missed->view(), Qt::Key_Return);
    REQUIRE(w.waitSession(State::Active));
    CHECK(w.ui.session.callerNumber() == number);
    w.key(Qt::Key_F7);
    REQUIRE(waitUntil([&] { return answerer.state() == QProcess::NotRunning; }));
    CHECK(answerer.exitCode() == 0);
    w.ui.session.discard();
    // Talked to them: off the list.
    CHECK(missed->view()->model()->rowCount() == 0);
    CHECK(w.phoneUi->callTabs()->tabText(1) == QStringLiteral("Пропущенные"));
}

TEST_CASE("A call that rang at 15:59:50 and was answered at 16:00:05 is registered today", "[integration][phone]") {
    Baresip softphone;
    softphone.start();
    PhoneWindow w(thursday(15, 59, 50), &softphone, false);
    SippCaller caller;
    caller.ring(softphone, QStringLiteral("caller_waits"), randomMobile());
    REQUIRE(w.waitLine(Line::Ringing));
    w.ui.clock.set(thursday(16, 0, 5));
    w.key(Qt::Key_F5);
    REQUIRE(w.waitSession(State::Active));
    w.ui.clock.advance(120);
    // Filed through the form: the deadlines count from the ring.
    ui::AppealForm* form = w.window().appealForm();
    ui::AppealFormData data = form->data();
    data.kind = domain::AppealKind::Complex;
    data.organisation = QStringLiteral("ООО «Ромашка»");
    data.inn = QStringLiteral("7707083893");
    data.contactPerson = QStringLiteral("Иванов Иван");
    data.municipality = QStringLiteral("Городской округ Балашиха");
    data.agencyIds = {QStringLiteral("mininvest")};
    data.description = QStringLiteral("Вопрос о субсидии");
    form->setData(data);
    REQUIRE(form->submit());
    const domain::Appeal filed = w.ui.outbox->entries().first().appeal;
    CHECK(filed.registered == QDate(2026, 12, 3));
    CHECK(filed.callStart == thursday(15, 59, 50));
    CHECK(filed.resolutionDue == domain::moscowDateTime(QDate(2026, 12, 4), QTime(18, 0)));
    w.key(Qt::Key_F7);
    CHECK(caller.finished());
}

TEST_CASE("The softphone killed mid-call: the window says so, keeps the call, and the phone comes back by itself",
          "[integration][phone]") {
    Baresip softphone;
    softphone.start();
    PhoneWindow w(thursday(13, 0), &softphone, false);
    SippCaller caller;
    caller.ring(softphone, QStringLiteral("caller_waits"), randomMobile());
    REQUIRE(w.waitLine(Line::Ringing));
    w.key(Qt::Key_F5);
    REQUIRE(w.waitSession(State::Active));
    w.ui.clock.advance(50);
    softphone.kill();
    REQUIRE(w.waitSession(State::Ended));
    CHECK(w.ui.session.elapsedSeconds() == 50);
    CHECK(w.statusMessage().contains(QStringLiteral("Софтфон отключился во время звонка")));
    CHECK(w.phoneUi->statusText() == QStringLiteral("Телефон: не подключён"));
    // Without the softphone the keys work by hand: the kept call can be discarded, a new one started.
    w.ui.session.discard();
    w.key(Qt::Key_F5);
    CHECK(w.ui.session.state() == State::Active);
    w.key(Qt::Key_F7);
    CHECK(w.ui.session.state() == State::Ended);
    w.ui.session.discard();
    // baresip back on the same port: the link reconnects by itself.
    softphone.process.start(QStringLiteral("baresip"), {QStringLiteral("-f"), softphone.dir.path()});
    REQUIRE(softphone.process.waitForStarted());
    REQUIRE(waitUntil([&] { return w.phoneUi->statusText() == QStringLiteral("Телефон: готов"); }, 30000));
}
