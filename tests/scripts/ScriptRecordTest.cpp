// Script runs in the call record: the session keeps them, the outbox and Redmine carry them, and the
// supervisor's figures per script come out of the call-log cache as computed by hand here.
#include "CallLogData.h"
#include "CatchQt.h"
#include "call/CallSession.h"
#include "call/ManualClock.h"
#include "calllog/CallLogCache.h"
#include "calllog/ScriptFigures.h"
#include "net/CallPlanner.h"
#include "outbox/CallRecordJson.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hotline;
using namespace hotline::test;
using call::CallScriptRun;
using End = CallScriptRun::End;

namespace {

CallScriptRun run(const char* script, End end, const QStringList& nodes) {
    return {QString::fromLatin1(script), nodes, end};
}

calllog::CallLogRecord withRuns(calllog::CallLogRecord r, const QList<CallScriptRun>& runs) {
    r.scripts = net::scriptRunsText(runs);
    r.result = QStringLiteral("Обращение зарегистрировано");
    return r;
}

const QString kSupport = QStringLiteral("podbor-mery-podderzhki");

} // namespace

TEST_CASE("The session keeps the script runs of the call and puts them into its record", "[scripts][record]") {
    ManualClock clock(msk("2026-11-23T11:00"));
    call::CallSession session(clock);
    const QList<CallScriptRun> runs{run("t-a", End::Jumped, {QStringLiteral("q1"), QStringLiteral("j1")}),
                                    run("t-b", End::Result, {QStringLiteral("q1"), QStringLiteral("r2")})};
    session.noteScriptRuns(runs); // no call: ignored
    CHECK(session.scriptRuns().isEmpty());
    REQUIRE(session.start());
    session.noteScriptRuns(runs);
    QSignalSpy finished(&session, &call::CallSession::finished);
    REQUIRE(session.end());
    REQUIRE(session.discard());
    REQUIRE(finished.size() == 1);
    const auto record = finished.first().first().value<call::CallRecord>();
    CHECK(record.scriptRuns == runs);
    REQUIRE(session.start());
    CHECK(session.scriptRuns().isEmpty()); // the next call starts with none

    // Through the outbox and into the «Сценарии» field and back.
    const auto back = outbox::callFromJson(outbox::toJson(record));
    REQUIRE(back.has_value());
    CHECK(back->scriptRuns == runs);
    const QString text = net::scriptRunsText(runs);
    CHECK(text == QStringLiteral("t-a\tjumped\tq1 j1\nt-b\tresult\tq1 r2\n"));
    CHECK(net::scriptRunsFromText(text) == runs);
    CHECK(net::scriptRunsFromText(QStringLiteral("набрано вручную\nt-c\tnowhere\tq1\n")).isEmpty());
}

TEST_CASE("The supervisor's figures per script from known call records", "[scripts][calllog]") {
    QTemporaryDir dir;
    auto cache = calllog::CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite")), policy());
    REQUIRE(cache.ok());
    const QString iv = QStringLiteral("Иванов");
    calllog::CallLogRecords records;
    // 1: reached «Модернизация».
    records << withRuns(
        test::call(1, QStringLiteral("complex"), "2026-11-23T09:00", 300, iv, QStringLiteral("subsidii"), {}),
        {run("podbor-mery-podderzhki", End::Result,
             {QStringLiteral("q-registratsiya"), QStringLiteral("q-tsel"), QStringLiteral("q-otrasl"),
              QStringLiteral("i-vozmeshchenie"), QStringLiteral("q-lizing"), QStringLiteral("r-modernizatsiya")})});
    // 2: left at the purpose question.
    records << withRuns(
        test::call(2, QStringLiteral("call"), "2026-11-23T09:30", 120, iv, {}, {}),
        {run("podbor-mery-podderzhki", End::Abandoned, {QStringLiteral("q-registratsiya"), QStringLiteral("q-tsel")})});
    // 3: started again after the sector question and reached the leasing result: a result, not an abandon.
    records << withRuns(
        test::call(3, QStringLiteral("complex"), "2026-11-23T10:00", 400, iv, {}, {}),
        {run("podbor-mery-podderzhki", End::Abandoned,
             {QStringLiteral("q-registratsiya"), QStringLiteral("q-tsel"), QStringLiteral("q-otrasl")}),
         run("podbor-mery-podderzhki", End::Result,
             {QStringLiteral("q-registratsiya"), QStringLiteral("q-tsel"), QStringLiteral("q-otrasl"),
              QStringLiteral("i-vozmeshchenie"), QStringLiteral("q-lizing"), QStringLiteral("r-lizing")})});
    // 4: from the Штаб script on into the complaint script, which reached a result.
    records << withRuns(
        test::call(4, QStringLiteral("complaint"), "2026-11-23T10:30", 500, iv, {}, {}),
        {run("shtab-kogda-peredavat", End::Jumped,
             {QStringLiteral("q-vopros"), QStringLiteral("q-obrashchalis"), QStringLiteral("j-zhaloba")}),
         run("zhaloba-kuda-i-kak", End::Result,
             {QStringLiteral("i-start"), QStringLiteral("q-sut"), QStringLiteral("r-srok")})});
    // 5: a subtask of 4 is no call of its own, whatever it carries.
    auto sub = withRuns(test::call(5, QStringLiteral("step"), "2026-11-23T10:30", 0, iv, {}, {}),
                        {run("zhaloba-kuda-i-kak", End::Abandoned, {QStringLiteral("i-start")})});
    sub.parentId = 4;
    records << sub;
    // 6: the previous Friday, left at the purpose question.
    records << withRuns(
        test::call(6, QStringLiteral("call"), "2026-11-20T15:00", 60, iv, {}, {}),
        {run("podbor-mery-podderzhki", End::Abandoned, {QStringLiteral("q-registratsiya"), QStringLiteral("q-tsel")})});
    // 7: no script at all.
    records << test::call(7, QStringLiteral("simple"), "2026-11-23T11:00", 90, iv, {}, {});
    REQUIRE(cache.value()->upsert(records).ok());

    const QDateTime now = msk("2026-11-23T12:00");
    calllog::CallLogQuery all;
    const auto usage = calllog::scriptUsageFromFile(cache.value()->path(), all, now);
    REQUIRE(usage.ok());
    REQUIRE(usage.value().size() == 3);
    const calllog::ScriptUsage& support = usage.value()[0];
    CHECK(support.script == kSupport);
    CHECK(support.started == 4);
    CHECK(support.results ==
          QList<QPair<QString, int>>{{QStringLiteral("r-lizing"), 1}, {QStringLiteral("r-modernizatsiya"), 1}});
    CHECK(support.abandoned == QList<QPair<QString, int>>{{QStringLiteral("q-tsel"), 2}});
    CHECK(support.jumped == 0);
    CHECK(support.reachedResult() == 2);
    // Equal starts: by id.
    CHECK(usage.value()[1].script == QStringLiteral("shtab-kogda-peredavat"));
    CHECK(usage.value()[1].started == 1);
    CHECK(usage.value()[1].jumped == 1);
    CHECK(usage.value()[1].results.isEmpty());
    CHECK(usage.value()[1].abandoned.isEmpty());
    CHECK(usage.value()[2].script == QStringLiteral("zhaloba-kuda-i-kak"));
    CHECK(usage.value()[2].started == 1);
    CHECK(usage.value()[2].results == QList<QPair<QString, int>>{{QStringLiteral("r-srok"), 1}});
    CHECK(usage.value()[2].abandoned.isEmpty());

    // The supervisor's filters apply: this Monday only.
    calllog::CallLogQuery monday;
    monday.from = QDate(2026, 11, 23);
    monday.to = QDate(2026, 11, 23);
    const auto filtered = calllog::scriptUsageFromFile(cache.value()->path(), monday, now);
    REQUIRE(filtered.ok());
    CHECK(filtered.value()[0].started == 3);
    CHECK(filtered.value()[0].abandoned == QList<QPair<QString, int>>{{QStringLiteral("q-tsel"), 1}});

    // A record synced again with other runs replaces its rows.
    records[1].scripts =
        net::scriptRunsText({run("podbor-mery-podderzhki", End::Result,
                                 {QStringLiteral("q-registratsiya"), QStringLiteral("r-status-zayavki")})});
    records[1].updatedOn = records[1].updatedOn.addSecs(60);
    REQUIRE(cache.value()->upsert({records[1]}).ok());
    const auto again = calllog::scriptUsageFromFile(cache.value()->path(), monday, now);
    REQUIRE(again.ok());
    CHECK(again.value()[0].abandoned.isEmpty());
    CHECK(again.value()[0].results.size() == 3);
}

TEST_CASE("A cache that cannot be read is an error, not empty figures", "[scripts][calllog]") {
    QTemporaryDir dir;
    const auto usage = calllog::scriptUsageFromFile(dir.filePath(QStringLiteral("none/calllog.sqlite")),
                                                    calllog::CallLogQuery{}, msk("2026-11-23T12:00"));
    CHECK_FALSE(usage.ok());
}
