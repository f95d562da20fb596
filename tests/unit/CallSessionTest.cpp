// The call timer on a fake clock: what the operator sees and what the deadlines count from.
#include "call/CallSession.h"

#include "CatchQt.h"
#include "TestPaths.h"
#include "call/ManualClock.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"

#include <QSignalSpy>

using namespace hotline;
using call::CallRecord;
using call::CallSession;
using domain::AppealKind;
using domain::moscowDateTime;

namespace {

const domain::DeadlinePolicy& policy() {
    static const domain::DeadlinePolicy p = domain::DeadlinePolicy::fromKb(test::kbDir()).value();
    return p;
}

QDateTime msk(int y, int m, int d, int h, int min) {
    return moscowDateTime(QDate(y, m, d), QTime(h, min));
}

} // namespace

TEST_CASE("a call that crosses 16:00 keeps the registration day of its start", "[call]") {
    ManualClock clock(msk(2026, 11, 23, 15, 58)); // Monday
    CallSession session(clock);
    REQUIRE(session.start());
    REQUIRE(session.secondsToCutoff(policy()) == std::optional<int>(120));

    clock.advance(12 * 60); // 16:10: past the cut-off while still talking
    CHECK(session.elapsedSeconds() == 12 * 60);
    CHECK_FALSE(session.secondsToCutoff(policy()).has_value());
    CHECK(session.deadlineBase() == msk(2026, 11, 23, 15, 58));

    const domain::Deadlines d = policy().compute(AppealKind::Complex, session.deadlineBase());
    CHECK(d.registered == QDate(2026, 11, 23));
    CHECK(d.firstResponseDue == msk(2026, 11, 23, 18, 0));
    CHECK(d.resolutionDue == msk(2026, 11, 24, 18, 0));

    // Filing after the call ended still counts from the start.
    REQUIRE(session.end());
    clock.advance(30 * 60);
    CHECK(session.elapsedSeconds() == 12 * 60);
    CHECK(policy().compute(AppealKind::Simple, session.deadlineBase()).registered == QDate(2026, 11, 23));
}

TEST_CASE("a call started after 16:00 registers on the next working day", "[call]") {
    ManualClock clock(msk(2026, 11, 23, 16, 1));
    CallSession session(clock);
    session.start();
    const domain::Deadlines d = policy().compute(AppealKind::Complex, session.deadlineBase());
    CHECK(d.registered == QDate(2026, 11, 24));
    CHECK(d.resolutionDue == msk(2026, 11, 25, 18, 0));
}

TEST_CASE("a call started on a Friday evening registers on Monday", "[call]") {
    ManualClock clock(msk(2026, 11, 20, 17, 45)); // Friday
    CallSession session(clock);
    session.start();
    clock.advance(40 * 60); // the call runs past 18:25, still Friday
    CHECK_FALSE(session.secondsToCutoff(policy()).has_value());
    const domain::Deadlines d = policy().compute(AppealKind::Simple, session.deadlineBase());
    CHECK(d.registered == QDate(2026, 11, 23));
    CHECK(d.resolutionDue == msk(2026, 11, 23, 18, 0));
}

TEST_CASE("time on hold is counted separately and the call can be resumed", "[call]") {
    ManualClock clock(msk(2026, 11, 23, 10, 0));
    CallSession session(clock);
    CHECK_FALSE(session.hold()); // no call yet
    session.start();
    clock.advance(60);
    REQUIRE(session.hold());
    CHECK(session.state() == CallSession::State::OnHold);
    clock.advance(45);
    CHECK(session.holdSeconds() == 45);
    REQUIRE(session.resume());
    clock.advance(15);
    CHECK(session.elapsedSeconds() == 120);
    CHECK(session.holdSeconds() == 45);
    CHECK(session.holdCount() == 1);
}

TEST_CASE("the handling colour changes at 80% of the target and over it", "[call]") {
    ManualClock clock(msk(2026, 11, 23, 10, 0));
    CallSession session(clock);
    session.start();
    CHECK(session.handling(300) == CallSession::Handling::Normal);
    clock.advance(239);
    CHECK(session.handling(300) == CallSession::Handling::Normal);
    clock.advance(1);
    CHECK(session.handling(300) == CallSession::Handling::Near);
    clock.advance(61);
    CHECK(session.handling(300) == CallSession::Handling::Over);
}

TEST_CASE("an ended call is kept until it is filed or discarded", "[call]") {
    ManualClock clock(msk(2026, 11, 23, 10, 0));
    CallSession session(clock);
    QSignalSpy finished(&session, &CallSession::finished);

    SECTION("filed") {
        session.start();
        clock.advance(200);
        session.setArticleId(QStringLiteral("porubochnyy-bilet"));
        session.end();
        CHECK(session.state() == CallSession::State::Ended);
        CHECK(session.isOpen());
        CHECK_FALSE(session.start()); // the ended call is not dropped silently
        CHECK(finished.count() == 0);
        session.noteAppealFiled(QStringLiteral("uuid-1"));
        CHECK(session.state() == CallSession::State::Idle);
        REQUIRE(finished.count() == 1);
        const auto record = finished.first().first().value<CallRecord>();
        CHECK(record.outcome == CallRecord::Outcome::Filed);
        CHECK(record.durationSeconds == 200);
        CHECK(record.articleId == QStringLiteral("porubochnyy-bilet"));
        CHECK(record.appealClientIds == QStringList{QStringLiteral("uuid-1")});
    }
    SECTION("filed during the call, then ended") {
        session.start();
        session.noteAppealFiled(QStringLiteral("uuid-2"));
        CHECK(session.state() == CallSession::State::Active);
        session.end();
        CHECK(session.state() == CallSession::State::Idle);
        CHECK(finished.count() == 1);
    }
    SECTION("discarded") {
        session.start();
        clock.advance(30);
        REQUIRE(session.discard());
        CHECK(session.state() == CallSession::State::Idle);
        REQUIRE(finished.count() == 1);
        CHECK(finished.first().first().value<CallRecord>().outcome == CallRecord::Outcome::Discarded);
    }
}
