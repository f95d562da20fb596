#include "domain/WorkCalendar.h"

#include "CatchQt.h"
#include "TestPaths.h"

using namespace hotline::domain;

namespace {
WorkCalendar shipped() {
    auto r = WorkCalendar::load(hotline::test::kbDir() + QStringLiteral("/reference/calendar.json"));
    REQUIRE(r.ok());
    return r.value();
}

int workingDays(const WorkCalendar& cal, int year) {
    int n = 0;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
        n += cal.isWorkingDay(d) ? 1 : 0;
    return n;
}
} // namespace

TEST_CASE("Production calendar: totals match the published year totals", "[calendar]") {
    const WorkCalendar cal = shipped();
    // Published totals for the five-day week: 2025 — 247, 2026 — 247, 2027 (provisional) — 247.
    CHECK(workingDays(cal, 2025) == 247);
    CHECK(workingDays(cal, 2026) == 247);
    CHECK(workingDays(cal, 2027) == 247);
}

TEST_CASE("Production calendar: statuses of loaded and missing years", "[calendar]") {
    const WorkCalendar cal = shipped();
    CHECK(cal.yearStatus(2025) == CalendarStatus::Verified);
    CHECK(cal.yearStatus(2026) == CalendarStatus::Verified);
    CHECK(cal.yearStatus(2027) == CalendarStatus::Provisional);
    CHECK(cal.yearStatus(2028) == CalendarStatus::Unknown);
    CHECK(cal.statusBetween(QDate(2026, 12, 30), QDate(2027, 1, 11)) == CalendarStatus::Provisional);
    CHECK(cal.statusBetween(QDate(2027, 12, 30), QDate(2028, 1, 3)) == CalendarStatus::Unknown);
}

TEST_CASE("Production calendar: a missing year is Monday to Friday", "[calendar]") {
    const WorkCalendar cal = shipped();
    CHECK(cal.isWorkingDay(QDate(2028, 1, 3)));       // Monday, though a holiday in reality: the data is not loaded
    CHECK_FALSE(cal.isWorkingDay(QDate(2028, 1, 1))); // Saturday
    CHECK(cal.nextWorkingDay(QDate(2028, 3, 3)) == QDate(2028, 3, 6));
}

TEST_CASE("Production calendar: shortened days and working weekends", "[calendar]") {
    const WorkCalendar cal = shipped();
    for (const QDate d : {QDate(2026, 4, 30), QDate(2026, 5, 8), QDate(2026, 6, 11), QDate(2026, 11, 3)}) {
        CHECK(cal.isShortDay(d));
        CHECK(cal.isWorkingDay(d));
    }
    CHECK(cal.isWorkingDay(QDate(2027, 2, 20)));
    CHECK(cal.isShortDay(QDate(2027, 2, 20)));
    CHECK_FALSE(cal.isShortDay(QDate(2026, 11, 23)));
}

TEST_CASE("Production calendar: a damaged file is refused with a message", "[calendar]") {
    CHECK_FALSE(WorkCalendar::fromJson("[]").ok());
    const auto bad = WorkCalendar::fromJson(R"({"years": {"2026": {"holidays": ["2026-13-45"]}}})");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("2026-13-45")));
    const auto missing = WorkCalendar::load(QStringLiteral("/nonexistent/calendar.json"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == hotline::Error::Code::Io);
}
