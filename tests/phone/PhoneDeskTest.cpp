#include "phone/PhoneDesk.h"

#include "CatchQt.h"
#include "ScriptedSoftphone.h"
#include "TestPaths.h"
#include "call/CallSession.h"
#include "call/ManualClock.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "outbox/CallRecordJson.h"

#include <QSignalSpy>

using namespace hotline;
using phone::PhoneDesk;
using Type = phone::SoftphoneEvent::Type;
using call::CallSession;

namespace {

const QString uri = QStringLiteral("sip:+79161234567@127.0.0.1:5062");

QDateTime msk(int h, int m, int s) {
    return domain::moscowDateTime(QDate(2026, 12, 3), QTime(h, m, s)); // a Thursday, a working day
}

struct Desk {
    ManualClock clock{msk(10, 0, 0)};
    CallSession session{clock};
    test::ScriptedSoftphone softphone;
    PhoneDesk desk{&softphone, session, clock};
    QList<call::CallRecord> missed;
    QList<call::CallRecord> finished;
    QStringList notices;
    Desk() {
        session.setOperatorLogin(QStringLiteral("operator1"));
        QObject::connect(&desk, &PhoneDesk::missed, [this](const call::CallRecord& r) { missed << r; });
        QObject::connect(&session, &CallSession::finished, [this](const call::CallRecord& r) { finished << r; });
        QObject::connect(&desk, &PhoneDesk::notice, [this](const QString& n) { notices << n; });
    }
};

} // namespace

TEST_CASE("A ringing call is answered from the desk: the handling time runs from the answer", "[phone]") {
    Desk d;
    QSignalSpy ringing(&d.desk, &PhoneDesk::ringing);
    CHECK(d.desk.statusText() == QStringLiteral("Телефон: готов"));
    d.softphone.send(Type::Incoming, QStringLiteral("c1"), uri);
    REQUIRE(ringing.size() == 1);
    CHECK(ringing.first().at(0).toString() == QStringLiteral("+79161234567"));
    CHECK(d.desk.line() == PhoneDesk::Line::Ringing);
    CHECK(d.desk.statusText() == QStringLiteral("Входящий: +7 916 123-45-67"));
    CHECK(d.session.state() == CallSession::State::Idle); // ringing is not talking yet

    d.clock.advance(12);
    REQUIRE(d.desk.answer());
    CHECK(d.softphone.commands == QStringList{QStringLiteral("accept")});
    d.softphone.send(Type::Established, QStringLiteral("c1"), uri);
    CHECK(d.session.state() == CallSession::State::Active);
    CHECK(d.session.callerNumber() == QStringLiteral("+79161234567"));
    CHECK(d.session.rangAt() == msk(10, 0, 0));
    CHECK(d.session.deadlineBase() == msk(10, 0, 0));
    d.clock.advance(100);
    CHECK(d.session.elapsedSeconds() == 100);

    // F6 holds through the softphone; F7 hangs up through it and stops the timer at once.
    REQUIRE(d.desk.toggleHold());
    CHECK(d.session.state() == CallSession::State::OnHold);
    REQUIRE(d.desk.toggleHold());
    CHECK(d.softphone.commands.mid(1) == QStringList{QStringLiteral("hold"), QStringLiteral("resume")});
    REQUIRE(d.desk.hangup());
    CHECK(d.session.state() == CallSession::State::Ended);
    d.softphone.send(Type::Closed, QStringLiteral("c1"), uri);
    CHECK(d.desk.line() == PhoneDesk::Line::Idle);
    CHECK(d.notices.isEmpty()); // the operator hung up: nothing to tell

    d.session.discard();
    REQUIRE(d.finished.size() == 1);
    const call::CallRecord r = d.finished.first();
    CHECK(r.ringSeconds == 12);
    CHECK(r.ringStart == msk(10, 0, 0));
    CHECK(r.durationSeconds == 100);
    CHECK(r.callerNumber == QStringLiteral("+79161234567"));
    CHECK(d.missed.isEmpty());
}

TEST_CASE("A call that rang at 15:59:50 and was answered at 16:00:05 registers today", "[phone]") {
    Desk d;
    const auto policy = domain::DeadlinePolicy::fromKb(test::kbDir()).value();
    d.clock.set(msk(15, 59, 50));
    d.softphone.send(Type::Incoming, QStringLiteral("c1"), uri);
    d.clock.set(msk(16, 0, 5));
    d.softphone.send(Type::Established, QStringLiteral("c1"), uri);
    const auto deadlines = policy.compute(domain::AppealKind::Complex, d.session.deadlineBase());
    CHECK(deadlines.registered == QDate(2026, 12, 3));
    // By hand at the same moment it would have been tomorrow's.
    CHECK(policy.compute(domain::AppealKind::Complex, d.session.startedAt()).registered == QDate(2026, 12, 4));
}

TEST_CASE("The caller hangs up: the call ends and stays for filing", "[phone]") {
    Desk d;
    d.softphone.send(Type::Incoming, QStringLiteral("c1"), uri);
    d.softphone.send(Type::Established, QStringLiteral("c1"), uri);
    d.clock.advance(30);
    d.softphone.send(Type::Closed, QStringLiteral("c1"), uri);
    CHECK(d.session.state() == CallSession::State::Ended);
    CHECK(d.session.elapsedSeconds() == 30);
    REQUIRE(d.notices.size() == 1);
    CHECK(d.notices.first().contains(QStringLiteral("положил трубку")));
    CHECK(d.finished.isEmpty());
}

TEST_CASE("A call nobody answered is a missed call with how long it rang", "[phone]") {
    Desk d;
    d.softphone.send(Type::Incoming, QStringLiteral("c1"), QStringLiteral("sip:84951234567@pbx"));
    d.clock.advance(25);
    d.softphone.send(Type::Closed, QStringLiteral("c1"), QStringLiteral("sip:84951234567@pbx"));
    REQUIRE(d.missed.size() == 1);
    const call::CallRecord r = d.missed.first();
    CHECK(r.result == call::CallResult::Missed);
    CHECK(r.callerNumber == QStringLiteral("+74951234567"));
    CHECK(r.ringSeconds == 25);
    CHECK(r.start == msk(10, 0, 0));
    CHECK(r.operatorLogin == QStringLiteral("operator1"));
    CHECK(d.session.state() == CallSession::State::Idle);
    CHECK(d.desk.line() == PhoneDesk::Line::Idle);
    // It travels through the outbox like any call record.
    const auto back = outbox::callFromJson(outbox::toJson(r));
    REQUIRE(back);
    CHECK(back->result == call::CallResult::Missed);
    CHECK(back->ringSeconds == 25);
    CHECK(back->callerNumber == QStringLiteral("+74951234567"));
}

TEST_CASE("The softphone stops mid-call: the operator is told and the call is kept", "[phone]") {
    Desk d;
    d.softphone.send(Type::Incoming, QStringLiteral("c1"), uri);
    d.softphone.send(Type::Established, QStringLiteral("c1"), uri);
    d.clock.advance(40);
    d.softphone.setState(phone::Softphone::State::Connecting);
    CHECK(d.session.state() == CallSession::State::Ended);
    CHECK(d.session.elapsedSeconds() == 40);
    REQUIRE(d.notices.size() == 1);
    CHECK(d.notices.first().contains(QStringLiteral("софтфон"), Qt::CaseInsensitive));
    CHECK(d.desk.statusText() == QStringLiteral("Телефон: не подключён"));
    CHECK_FALSE(d.desk.answer());
}

TEST_CASE("Without a softphone the desk takes no key and the panel works by hand", "[phone]") {
    ManualClock clock(msk(10, 0, 0));
    CallSession session(clock);
    PhoneDesk desk(nullptr, session, clock);
    CHECK(desk.statusText() == QStringLiteral("Телефон: не подключён"));
    CHECK_FALSE(desk.answer());
    CHECK_FALSE(desk.hangup());
    CHECK_FALSE(desk.toggleHold());
    CHECK_FALSE(desk.callBack(QStringLiteral("+79161234567")).ok());
    // A call reported by another softphone (--incoming-call) starts the call with the number.
    QSignalSpy identified(&desk, &PhoneDesk::callerIdentified);
    desk.takeExternalCall(QStringLiteral("tel:+79161234567"));
    CHECK(session.state() == CallSession::State::Active);
    CHECK(session.callerNumber() == QStringLiteral("+79161234567"));
    CHECK(identified.size() == 1);
}

TEST_CASE("A missed call is called back through the softphone with the dial format", "[phone]") {
    Desk d;
    d.desk.setDialFormat(QStringLiteral("sip:%1@pbx.example.ru"));
    REQUIRE(d.desk.callBack(QStringLiteral("+79161234567")).ok());
    CHECK(d.softphone.commands == QStringList{QStringLiteral("dial sip:+79161234567@pbx.example.ru")});
    CHECK(d.desk.statusText() == QStringLiteral("Вызов: +7 916 123-45-67"));
    CHECK_FALSE(d.desk.callBack(QStringLiteral("+79161234567")).ok()); // one call at a time
    d.clock.advance(8);
    d.softphone.send(Type::Ringing, QStringLiteral("out1"), QStringLiteral("sip:+79161234567@pbx.example.ru"), true);
    d.softphone.send(Type::Established, QStringLiteral("out1"), QStringLiteral("sip:+79161234567@pbx.example.ru"),
                     true);
    CHECK(d.session.state() == CallSession::State::Active);
    CHECK(d.session.callerNumber() == QStringLiteral("+79161234567"));
    d.softphone.send(Type::Closed, QStringLiteral("out1"), {}, true);
    d.session.discard();
    REQUIRE(d.finished.size() == 1);
    CHECK(d.finished.first().outgoing);
    CHECK(d.missed.isEmpty());
}

TEST_CASE("A second call while one is open is missed unless answered, the first one keeps the keys", "[phone]") {
    Desk d;
    d.softphone.send(Type::Incoming, QStringLiteral("c1"), uri);
    d.softphone.send(Type::Established, QStringLiteral("c1"), uri);
    d.softphone.send(Type::Incoming, QStringLiteral("c2"), QStringLiteral("sip:+74951234567@pbx"));
    CHECK(d.desk.line() == PhoneDesk::Line::Connected);
    CHECK(d.desk.currentNumber().number == QStringLiteral("+79161234567"));
    d.softphone.send(Type::Closed, QStringLiteral("c2"));
    REQUIRE(d.missed.size() == 1);
    CHECK(d.missed.first().callerNumber == QStringLiteral("+74951234567"));
    CHECK(d.session.isRunning());
}
