#include "domain/DeadlinePolicy.h"

#include "CatchQt.h"
#include "TestPaths.h"
#include "domain/MoscowTime.h"

using namespace hotline::domain;

namespace {

const DeadlinePolicy& policy() {
    static const DeadlinePolicy p = [] {
        auto r = DeadlinePolicy::fromKb(hotline::test::kbDir());
        REQUIRE(r.ok());
        return r.value();
    }();
    return p;
}

struct Case {
    const char* name;
    const char* kind;
    int days;
    const char* at; // call start, Moscow time unless an offset is given
    const char* registered;
    const char* firstResponse;
    const char* resolution;
    const char* calendar;
};

// clang-format off
const Case kCases[] = {
    // The 16:00 cut-off, on Monday 23 November 2026.
    {"before cut-off",             "complex", 0, "2026-11-23T10:00",    "2026-11-23", "2026-11-23T18:00:00+03:00", "2026-11-24T18:00:00+03:00", "verified"},
    {"one second before cut-off",  "complex", 0, "2026-11-23T15:59:59", "2026-11-23", "2026-11-23T18:00:00+03:00", "2026-11-24T18:00:00+03:00", "verified"},
    {"exactly at cut-off",         "complex", 0, "2026-11-23T16:00",    "2026-11-24", "2026-11-24T18:00:00+03:00", "2026-11-25T18:00:00+03:00", "verified"},
    {"after cut-off",              "complex", 0, "2026-11-23T16:30",    "2026-11-24", "2026-11-24T18:00:00+03:00", "2026-11-25T18:00:00+03:00", "verified"},
    {"late evening",               "complex", 0, "2026-11-23T23:59",    "2026-11-24", "2026-11-24T18:00:00+03:00", "2026-11-25T18:00:00+03:00", "verified"},
    {"simple before cut-off",      "simple",  0, "2026-11-23T09:00",    "2026-11-23", "2026-11-23T18:00:00+03:00", "2026-11-23T18:00:00+03:00", "verified"},
    {"simple after cut-off",       "simple",  0, "2026-11-23T17:00",    "2026-11-24", "2026-11-24T18:00:00+03:00", "2026-11-24T18:00:00+03:00", "verified"},
    {"task 5 days",                "task",    5, "2026-11-23T10:00",    "2026-11-23", "2026-11-23T18:00:00+03:00", "2026-11-27T18:00:00+03:00", "verified"},
    {"task default days",          "task",    0, "2026-11-23T10:00",    "2026-11-23", "2026-11-23T18:00:00+03:00", "2026-11-25T18:00:00+03:00", "verified"},
    {"task days clamped to 5",     "task",    9, "2026-11-23T10:00",    "2026-11-23", "2026-11-23T18:00:00+03:00", "2026-11-27T18:00:00+03:00", "verified"},
    {"complaint default",          "complaint", 0, "2026-11-23T10:00",  "2026-11-23", "2026-11-23T18:00:00+03:00", "2026-12-04T18:00:00+03:00", "verified"},
    // Weekends.
    {"Saturday",                   "complex", 0, "2026-11-21T11:00",    "2026-11-23", "2026-11-23T18:00:00+03:00", "2026-11-24T18:00:00+03:00", "verified"},
    {"Sunday morning",             "complex", 0, "2026-11-22T08:00",    "2026-11-23", "2026-11-23T18:00:00+03:00", "2026-11-24T18:00:00+03:00", "verified"},
    {"Friday evening",             "complex", 0, "2026-11-27T16:30",    "2026-11-30", "2026-11-30T18:00:00+03:00", "2026-12-01T18:00:00+03:00", "verified"},
    {"Friday before cut-off",      "complex", 0, "2026-11-27T15:00",    "2026-11-27", "2026-11-27T18:00:00+03:00", "2026-11-30T18:00:00+03:00", "verified"},
    // New Year holidays 1–8 January and the transferred days off 9 January and 31 December.
    {"30 Dec 2025 after cut-off",  "complex", 0, "2025-12-30T17:00",    "2026-01-12", "2026-01-12T18:00:00+03:00", "2026-01-13T18:00:00+03:00", "verified"},
    {"1 Jan",                      "complex", 0, "2026-01-01T12:00",    "2026-01-12", "2026-01-12T18:00:00+03:00", "2026-01-13T18:00:00+03:00", "verified"},
    {"5 Jan",                      "simple",  0, "2026-01-05T10:00",    "2026-01-12", "2026-01-12T18:00:00+03:00", "2026-01-12T18:00:00+03:00", "verified"},
    {"8 Jan",                      "complex", 0, "2026-01-08T10:00",    "2026-01-12", "2026-01-12T18:00:00+03:00", "2026-01-13T18:00:00+03:00", "verified"},
    {"9 Jan transferred",          "complex", 0, "2026-01-09T10:00",    "2026-01-12", "2026-01-12T18:00:00+03:00", "2026-01-13T18:00:00+03:00", "verified"},
    {"11 Jan Sunday",              "complex", 0, "2026-01-11T10:00",    "2026-01-12", "2026-01-12T18:00:00+03:00", "2026-01-13T18:00:00+03:00", "verified"},
    // 23 February (Monday).
    {"20 Feb, over 23 Feb",        "complex", 0, "2026-02-20T15:00",    "2026-02-20", "2026-02-20T18:00:00+03:00", "2026-02-24T18:00:00+03:00", "verified"},
    {"23 Feb",                     "complex", 0, "2026-02-23T12:00",    "2026-02-24", "2026-02-24T18:00:00+03:00", "2026-02-25T18:00:00+03:00", "verified"},
    // 8 March falls on Sunday: 9 March is off.
    {"6 Mar after cut-off",        "complex", 0, "2026-03-06T17:00",    "2026-03-10", "2026-03-10T18:00:00+03:00", "2026-03-11T18:00:00+03:00", "verified"},
    {"9 Mar transferred",          "simple",  0, "2026-03-09T10:00",    "2026-03-10", "2026-03-10T18:00:00+03:00", "2026-03-10T18:00:00+03:00", "verified"},
    // 30 April is shortened (17:00); 1 May holiday.
    {"30 Apr shortened",           "complex", 0, "2026-04-30T10:00",    "2026-04-30", "2026-04-30T17:00:00+03:00", "2026-05-04T18:00:00+03:00", "verified"},
    {"1 May",                      "complex", 0, "2026-05-01T10:00",    "2026-05-04", "2026-05-04T18:00:00+03:00", "2026-05-05T18:00:00+03:00", "verified"},
    // 8 May shortened; 9 May on Saturday moves the day off to 11 May.
    {"8 May shortened simple",     "simple",  0, "2026-05-08T15:00",    "2026-05-08", "2026-05-08T17:00:00+03:00", "2026-05-08T17:00:00+03:00", "verified"},
    {"8 May shortened complex",    "complex", 0, "2026-05-08T15:00",    "2026-05-08", "2026-05-08T17:00:00+03:00", "2026-05-12T18:00:00+03:00", "verified"},
    {"8 May after cut-off",        "complex", 0, "2026-05-08T16:05",    "2026-05-12", "2026-05-12T18:00:00+03:00", "2026-05-13T18:00:00+03:00", "verified"},
    {"11 May transferred",         "complex", 0, "2026-05-11T10:00",    "2026-05-12", "2026-05-12T18:00:00+03:00", "2026-05-13T18:00:00+03:00", "verified"},
    // 11 June shortened; 12 June holiday.
    {"11 Jun shortened",           "complex", 0, "2026-06-11T15:59",    "2026-06-11", "2026-06-11T17:00:00+03:00", "2026-06-15T18:00:00+03:00", "verified"},
    {"12 Jun",                     "complex", 0, "2026-06-12T10:00",    "2026-06-15", "2026-06-15T18:00:00+03:00", "2026-06-16T18:00:00+03:00", "verified"},
    // 3 November shortened; 4 November holiday.
    {"3 Nov shortened",            "complex", 0, "2026-11-03T10:00",    "2026-11-03", "2026-11-03T17:00:00+03:00", "2026-11-05T18:00:00+03:00", "verified"},
    {"4 Nov",                      "complex", 0, "2026-11-04T10:00",    "2026-11-05", "2026-11-05T18:00:00+03:00", "2026-11-06T18:00:00+03:00", "verified"},
    {"task over 4 Nov",            "task",    3, "2026-11-02T10:00",    "2026-11-02", "2026-11-02T18:00:00+03:00", "2026-11-05T18:00:00+03:00", "verified"},
    // The year boundary 2026 → 2027 (31 December 2026 is a transferred day off; 2027 is provisional).
    {"30 Dec 2026 into 2027",      "complex", 0, "2026-12-30T10:00",    "2026-12-30", "2026-12-30T18:00:00+03:00", "2027-01-11T18:00:00+03:00", "provisional"},
    {"30 Dec 2026 simple",         "simple",  0, "2026-12-30T10:00",    "2026-12-30", "2026-12-30T18:00:00+03:00", "2026-12-30T18:00:00+03:00", "verified"},
    {"31 Dec 2026",                "complex", 0, "2026-12-31T10:00",    "2027-01-11", "2027-01-11T18:00:00+03:00", "2027-01-12T18:00:00+03:00", "provisional"},
    // A working Saturday in 2027 (shortened).
    {"20 Feb 2027 working Sat",    "complex", 0, "2027-02-20T10:00",    "2027-02-20", "2027-02-20T17:00:00+03:00", "2027-02-24T18:00:00+03:00", "provisional"},
    // A year that is not loaded: Monday–Friday, and said so.
    {"2028 not loaded",            "complex", 0, "2028-03-01T10:00",    "2028-03-01", "2028-03-01T18:00:00+03:00", "2028-03-02T18:00:00+03:00", "unknown"},
    // Call start given with an offset: the rule works in Moscow time.
    {"UTC 12:59 is 15:59 MSK",     "complex", 0, "2026-11-23T12:59:00Z",       "2026-11-23", "2026-11-23T18:00:00+03:00", "2026-11-24T18:00:00+03:00", "verified"},
    {"UTC 13:00 is 16:00 MSK",     "complex", 0, "2026-11-23T13:00:00Z",       "2026-11-24", "2026-11-24T18:00:00+03:00", "2026-11-25T18:00:00+03:00", "verified"},
    {"Vladivostok 23:30 is 16:30", "complex", 0, "2026-11-23T23:30:00+10:00",  "2026-11-24", "2026-11-24T18:00:00+03:00", "2026-11-25T18:00:00+03:00", "verified"},
    {"Vladivostok Tue 01:00",      "complex", 0, "2026-11-24T01:00:00+10:00",  "2026-11-24", "2026-11-24T18:00:00+03:00", "2026-11-25T18:00:00+03:00", "verified"},
};
// clang-format on

} // namespace

TEST_CASE("Deadline rule: registration day, first response and resolution", "[deadline]") {
    for (const Case& c : kCases) {
        SECTION(c.name) {
            const auto kind = appealKindFromId(QString::fromLatin1(c.kind));
            REQUIRE(kind.has_value());
            const QDateTime at = parseMoscowIso(QString::fromLatin1(c.at));
            REQUIRE(at.isValid());
            const Deadlines d = policy().compute(*kind, at, c.days);
            CHECK(d.registered.toString(Qt::ISODate).toStdString() == c.registered);
            CHECK(toMoscowIso(d.firstResponseDue).toStdString() == c.firstResponse);
            CHECK(toMoscowIso(d.resolutionDue).toStdString() == c.resolution);
            CHECK(calendarStatusId(d.calendar).toStdString() == c.calendar);
        }
    }
}

TEST_CASE("Deadline rule: the call's start counts, not when the form is filed", "[deadline]") {
    const QDateTime start = parseMoscowIso(QStringLiteral("2026-11-23T15:50"));
    const QDateTime end = parseMoscowIso(QStringLiteral("2026-11-23T16:10"));
    const Deadlines byStart = policy().compute(AppealKind::Complex, start);
    CHECK(byStart.registered == QDate(2026, 11, 23));
    CHECK(toMoscowIso(byStart.resolutionDue) == QStringLiteral("2026-11-24T18:00:00+03:00"));
    // Had the end been used, the appeal would have slipped a day: the two must differ for this call.
    CHECK(policy().registrationDay(end) == QDate(2026, 11, 24));
}

TEST_CASE("Deadline rule: complaint roadmap steps count from the complaint's D0", "[deadline]") {
    const QDate d0 = policy().registrationDay(parseMoscowIso(QStringLiteral("2026-11-02T11:00")));
    REQUIRE(d0 == QDate(2026, 11, 2));
    CHECK(toMoscowIso(policy().dueAfter(d0, 1)) == QStringLiteral("2026-11-02T18:00:00+03:00"));
    CHECK(toMoscowIso(policy().dueAfter(d0, 2)) == QStringLiteral("2026-11-03T17:00:00+03:00")); // shortened
    CHECK(toMoscowIso(policy().dueAfter(d0, 3)) == QStringLiteral("2026-11-05T18:00:00+03:00")); // over 4 Nov
}

TEST_CASE("Deadline policy settings come from the policy file", "[deadline]") {
    auto s = DeadlineSettings::fromJson(R"({"cutoff": "15:00", "close_of_business": "17:30",
        "days": {"complex": 3}})");
    REQUIRE(s.ok());
    auto cal = WorkCalendar::load(hotline::test::kbDir() + QStringLiteral("/reference/calendar.json"));
    REQUIRE(cal.ok());
    const DeadlinePolicy custom(cal.value(), s.value());
    const Deadlines d = custom.compute(AppealKind::Complex, parseMoscowIso(QStringLiteral("2026-11-23T15:30")));
    CHECK(d.registered == QDate(2026, 11, 24));
    CHECK(toMoscowIso(d.resolutionDue) == QStringLiteral("2026-11-26T17:30:00+03:00"));

    CHECK_FALSE(DeadlineSettings::fromJson(R"({"cutoff": "25:99"})").ok());
    CHECK_FALSE(DeadlineSettings::fromJson(R"({"days": {"task_default": 9}})").ok());
    const auto broken = DeadlineSettings::fromJson("{not json");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.contains(QStringLiteral("повреждён")));
}
