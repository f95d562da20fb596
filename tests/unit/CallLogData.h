#pragma once

// The fixed call-log data sets of the call-log tests, with the figures computed by hand in the tests.

#include "TestPaths.h"
#include "calllog/CallLogRecord.h"
#include "calllog/DashboardFigures.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"

#include <catch2/catch.hpp>

namespace hotline::test {

inline QDateTime msk(const char* iso) {
    return domain::parseMoscowIso(QString::fromLatin1(iso)).toUTC();
}

inline const domain::DeadlinePolicy& policy() {
    static const domain::DeadlinePolicy p = domain::DeadlinePolicy::fromKb(kbDir()).value();
    return p;
}

inline calllog::CallLogRecord call(int id, const QString& kind, const char* start, int seconds, const QString& op,
                                   const QString& category, const QString& article) {
    calllog::CallLogRecord r;
    r.issueId = id;
    r.kindId = kind;
    r.tracker = kind;
    r.callStart = msk(start);
    r.createdOn = r.callStart.addSecs(seconds);
    r.updatedOn = r.createdOn;
    r.callSeconds = seconds;
    r.operatorName = op;
    r.category = category;
    r.articleId = article;
    r.status = QStringLiteral("Новая");
    return r;
}

// Appeals as older workstations filed them (no call figures). Now: Mon 2026-11-23 12:00 MSK.
inline calllog::CallLogRecords dataSet() {
    const QString iv = QStringLiteral("Иванов"), pe = QStringLiteral("Петров");
    const QString support = QStringLiteral("support"), build = QStringLiteral("build");
    calllog::CallLogRecords out;
    // 1: simple, filed closed on the call on Friday → met, closed on the call.
    auto r1 = call(1, QStringLiteral("simple"), "2026-11-20T09:55", 300, iv, support, QStringLiteral("a1"));
    r1.closed = true;
    r1.closedOn = r1.createdOn;
    r1.deadline = msk("2026-11-20T18:00");
    out << r1;
    // 2: simple, closed on Monday, due Friday 18:00 → missed.
    auto r2 = call(2, QStringLiteral("simple"), "2026-11-20T11:10", 200, pe, support, QStringLiteral("a1"));
    r2.closed = true;
    r2.closedOn = msk("2026-11-23T10:00");
    r2.deadline = msk("2026-11-20T18:00");
    out << r2;
    // 3: complex on Friday after 16:00 → D0 Monday, due Tuesday 18:00 (rule, no deadline filed) → open.
    out << call(3, QStringLiteral("complex"), "2026-11-20T16:30", 600, iv, build, QStringLiteral("a2"));
    // 4: complex on Thursday 10:00 → due Friday 18:00 → overdue.
    out << call(4, QStringLiteral("complex"), "2026-11-19T10:00", 400, pe, build, QString());
    // 5: simple today, due today 18:00 → due today; two searches found nothing.
    auto r5 = call(5, QStringLiteral("simple"), "2026-11-23T09:30", 100, iv, support, QStringLiteral("a2"));
    r5.deadline = msk("2026-11-23T18:00");
    r5.searches = QStringLiteral("порубочный билет\t0\nсубсидия\t4\nПорубочный билет\t0\n");
    out << r5;
    // 6: a subtask of 4: not a call.
    auto r6 = call(6, QStringLiteral("complex"), "2026-11-19T10:00", 400, pe, build, QStringLiteral("a9"));
    r6.parentId = 4;
    out << r6;
    // 7: task with a due date on Wednesday, duration unknown → open, not in the handling times.
    auto r7 = call(7, QStringLiteral("task"), "2026-11-23T10:15", 0, pe, QStringLiteral("land"), QStringLiteral("a1"));
    r7.dueDate = QDate(2026, 11, 25);
    out << r7;
    return out;
}

// Calls recorded by this version: figures on the first appeal or on a «Звонок», the call's UUID on every
// appeal of the call. Now: Mon 2026-11-23 12:00 MSK.
inline calllog::CallLogRecords callSet() {
    const QString iv = QStringLiteral("Иванов"), si = QStringLiteral("Сидорова");
    calllog::CallLogRecords out;
    // 11: a call without an appeal, 90 s, searched twice (one found nothing), opened b1 and b2.
    auto c11 =
        call(11, QStringLiteral("call"), "2026-11-23T09:10", 90, si, QStringLiteral("support"), QStringLiteral("b2"));
    c11.tracker = QStringLiteral("Звонок");
    c11.closed = true;
    c11.closedOn = c11.createdOn;
    c11.callUuid = QStringLiteral("call-11");
    c11.result = QStringLiteral("Консультация дана");
    c11.articles = {QStringLiteral("b1"), QStringLiteral("b2")};
    c11.searches = QStringLiteral("вывоз снега\t0\nгрант\t3\n");
    out << c11;
    // 12: the first appeal of a call (simple, closed on the call), figures of the call: 500 s, article b1.
    auto a12 = call(12, QStringLiteral("simple"), "2026-11-23T10:00", 500, iv, QStringLiteral("support"),
                    QStringLiteral("b1"));
    a12.closed = true;
    a12.closedOn = a12.createdOn.addSecs(-400); // filed (closed) during the call, 100 s in
    a12.createdOn = a12.closedOn;
    a12.deadline = msk("2026-11-23T18:00");
    a12.callUuid = QStringLiteral("call-12");
    a12.result = QStringLiteral("Обращение зарегистрировано");
    a12.articles = {QStringLiteral("b1"), QStringLiteral("b3")};
    a12.searches = QStringLiteral("вывоз снега\t0\n");
    out << a12;
    // 13: the second appeal of the same call: an appeal (due today), not another call.
    auto a13 =
        call(13, QStringLiteral("complex"), "2026-11-23T10:00", 120, iv, QStringLiteral("build"), QStringLiteral("b3"));
    a13.deadline = msk("2026-11-23T18:00");
    a13.callUuid = QStringLiteral("call-12");
    out << a13;
    return out;
}

// Doubles from SQL and from C++ may differ in the last bits.
inline void requireSame(const calllog::GroupFigures& a, const calllog::GroupFigures& b) {
    CHECK(a.calls == b.calls);
    CHECK(a.handled == b.handled);
    CHECK(a.averageSeconds == Approx(b.averageSeconds));
    CHECK(a.medianSeconds == Approx(b.medianSeconds));
    CHECK(a.simple == b.simple);
    CHECK(a.simpleClosedOnCall == b.simpleClosedOnCall);
    CHECK(a.met == b.met);
    CHECK(a.missed == b.missed);
    CHECK(a.dueToday == b.dueToday);
    CHECK(a.overdue == b.overdue);
    CHECK(a.open == b.open);
}

inline void requireSame(const calllog::DashboardFigures& a, const calllog::DashboardFigures& b) {
    requireSame(a.total, b.total);
    CHECK(a.perHour == b.perHour);
    CHECK(a.perDay == b.perDay);
    CHECK(a.perCategory.keys() == b.perCategory.keys());
    for (const QString& k : a.perCategory.keys())
        requireSame(a.perCategory.value(k), b.perCategory.value(k));
    CHECK(a.perOperator.keys() == b.perOperator.keys());
    for (const QString& k : a.perOperator.keys())
        requireSame(a.perOperator.value(k), b.perOperator.value(k));
    CHECK(a.topArticles == b.topArticles);
    CHECK(a.emptySearches == b.emptySearches);
}

} // namespace hotline::test
