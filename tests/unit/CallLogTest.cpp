// The supervisor's call log: dashboard figures on fixed data sets computed by hand (both the C++ reference
// calculator and the SQL the window uses), deadline states by the production calendar, Redmine issues as
// records, and the local cache (owner-only, incremental, retention, history for offline use).
#include "CallLogData.h"
#include "CatchQt.h"
#include "DemoCallLog.h"
#include "calllog/CallLogCache.h"
#include "calllog/CallLogJson.h"
#include "calllog/SqlFigures.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace hotline;
using namespace hotline::calllog;
using test::msk;
using test::policy;

namespace {

std::unique_ptr<CallLogCache> cacheWith(const QTemporaryDir& dir, const CallLogRecords& records) {
    auto cache = CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite")), policy());
    REQUIRE(cache.ok());
    REQUIRE(cache.value()->upsert(records).ok());
    return std::move(cache).value();
}

void checkHandComputed(const DashboardFigures& f) {
    CHECK(f.total.calls == 6);
    CHECK(f.total.handled == 5);
    CHECK(f.total.averageSeconds == Approx(320.0)); // (300+200+600+400+100)/5
    CHECK(f.total.medianSeconds == Approx(300.0));  // 100 200 [300] 400 600
    CHECK(f.total.simple == 3);
    CHECK(f.total.simpleClosedOnCall == 1);
    CHECK(f.total.closedOnCallShare() == Approx(1.0 / 3));
    CHECK(f.total.met == 1);
    CHECK(f.total.missed == 1);
    CHECK(f.total.open == 2);
    CHECK(f.total.overdue == 1);
    CHECK(f.total.dueToday == 1);

    CHECK(f.perHour[9] == 2);
    CHECK(f.perHour[10] == 2);
    CHECK(f.perHour[11] == 1);
    CHECK(f.perHour[16] == 1);
    CHECK(f.perDay.value(QDate(2026, 11, 19)) == 1);
    CHECK(f.perDay.value(QDate(2026, 11, 20)) == 3);
    CHECK(f.perDay.value(QDate(2026, 11, 23)) == 2);

    REQUIRE(f.perCategory.size() == 3);
    CHECK(f.perCategory[QStringLiteral("support")].calls == 3);
    CHECK(f.perCategory[QStringLiteral("support")].averageSeconds == Approx(200.0));
    CHECK(f.perCategory[QStringLiteral("build")].medianSeconds == Approx(500.0)); // (400+600)/2
    CHECK(f.perCategory[QStringLiteral("build")].overdue == 1);
    CHECK(f.perCategory[QStringLiteral("land")].handled == 0);

    const GroupFigures iv = f.perOperator[QStringLiteral("Иванов")];
    CHECK(iv.calls == 3);
    CHECK(iv.averageSeconds == Approx(1000.0 / 3));
    CHECK(iv.medianSeconds == Approx(300.0));
    CHECK((iv.met == 1 && iv.dueToday == 1 && iv.open == 1));
    const GroupFigures pe = f.perOperator[QStringLiteral("Петров")];
    CHECK(pe.calls == 3);
    CHECK(pe.averageSeconds == Approx(300.0));
    CHECK((pe.missed == 1 && pe.overdue == 1 && pe.open == 1));

    REQUIRE(f.topArticles.size() == 2);
    CHECK(f.topArticles[0] == qMakePair(QStringLiteral("a1"), 3));
    CHECK(f.topArticles[1] == qMakePair(QStringLiteral("a2"), 2));
    REQUIRE(f.emptySearches.size() == 1);
    CHECK(f.emptySearches[0] == qMakePair(QStringLiteral("порубочный билет"), 2));
}

// callSet(): a «Звонок» (90 s), a call with two appeals (500 s; the second appeal is not another call).
void checkCallSet(const DashboardFigures& f) {
    CHECK(f.total.calls == 2);
    CHECK(f.total.handled == 2);
    CHECK(f.total.averageSeconds == Approx(295.0)); // (90 + 500) / 2
    CHECK(f.total.medianSeconds == Approx(295.0));
    CHECK(f.total.simple == 1);
    CHECK(f.total.simpleClosedOnCall == 1);
    CHECK(f.total.met == 1);      // 12
    CHECK(f.total.dueToday == 1); // 13: an appeal, due today, counted though it is not a call of its own
    CHECK(f.total.open + f.total.overdue + f.total.missed == 0);
    CHECK(f.perHour[9] == 1);
    CHECK(f.perHour[10] == 1);
    CHECK(f.perDay.value(QDate(2026, 11, 23)) == 2);
    CHECK(f.perCategory[QStringLiteral("support")].calls == 2);
    CHECK(f.perCategory[QStringLiteral("build")].calls == 0);
    CHECK(f.perCategory[QStringLiteral("build")].dueToday == 1);
    CHECK(f.perOperator[QStringLiteral("Сидорова")].medianSeconds == Approx(90.0));
    CHECK(f.perOperator[QStringLiteral("Иванов")].calls == 1);
    CHECK(f.perOperator[QStringLiteral("Иванов")].averageSeconds == Approx(500.0));
    // Every article opened counts once per record: b1 (11, 12), b3 (12, 13), b2 (11).
    CHECK(f.topArticles ==
          QList<QPair<QString, int>>{{QStringLiteral("b1"), 2}, {QStringLiteral("b3"), 2}, {QStringLiteral("b2"), 1}});
    CHECK(f.emptySearches == QList<QPair<QString, int>>{{QStringLiteral("вывоз снега"), 2}});
}

} // namespace

TEST_CASE("dashboard figures match the hand-computed values of a fixed data set", "[calllog]") {
    const DashboardCalculator calc(policy());
    const QDateTime now = msk("2026-11-23T12:00");
    SECTION("computed in C++") {
        checkHandComputed(calc.compute(test::dataSet(), now));
    }
    SECTION("computed in SQL by the cache") {
        QTemporaryDir dir;
        checkHandComputed(cacheWith(dir, test::dataSet())->figures(CallLogQuery{}, now).value());
    }
}

TEST_CASE("a call counts once: figures of calls with appeals and without", "[calllog]") {
    const DashboardCalculator calc(policy());
    const QDateTime now = msk("2026-11-23T12:00");
    checkCallSet(calc.compute(test::callSet(), now));
    QTemporaryDir dir;
    auto cache = cacheWith(dir, test::callSet());
    checkCallSet(cache->figures(CallLogQuery{}, now).value());
    // Filtered: the dashboard follows the table's filter.
    CallLogQuery ivanov;
    ivanov.operatorName = QStringLiteral("Иванов");
    const DashboardFigures f = cache->figures(ivanov, now).value();
    CHECK(f.total.calls == 1);
    CHECK(f.topArticles.first() == qMakePair(QStringLiteral("b3"), 2));
}

TEST_CASE("SQL figures and deadline states agree with the C++ reference on a large demo log", "[calllog]") {
    const QDateTime now = msk("2026-11-23T15:40");
    CallLogRecords demo = demoCallLog(3000, now, policy(), 60, 7);
    // Some records without a filed deadline (the rule decides) and second appeals of a call.
    for (int i = 0; i < demo.size(); i += 7)
        demo[i].deadline = {};
    for (int i = 3; i < demo.size(); i += 11)
        demo[i].result.clear();
    QTemporaryDir dir;
    auto cache = cacheWith(dir, demo);
    const DashboardCalculator calc(policy());
    for (const QDateTime& at : {now, now.addDays(-3), now.addSecs(3 * 3600)})
        test::requireSame(cache->figures(CallLogQuery{}, at).value(), calc.compute(demo, at));
    CallLogQuery q;
    q.category = QStringLiteral("stroyka/gpzu");
    q.from = QDate(2026, 11, 2);
    CallLogRecords subset;
    for (const CallLogRecord& r : demo) {
        if (r.category == q.category && domain::toMoscow(r.when()).date() >= q.from)
            subset << r;
    }
    test::requireSame(cache->figures(q, now).value(), calc.compute(subset, now));
    // The same from a connection of its own (what the window runs in a worker thread).
    const auto fromFile = sqlFiguresFromFile(cache->path(), q, now);
    REQUIRE(fromFile.ok());
    test::requireSame(fromFile.value(), calc.compute(subset, now));

    // The overdue filter in SQL selects exactly what the C++ rule calls overdue or late.
    q = {};
    q.overdueOnly = true;
    q.callsOnly = false;
    QList<int> expected;
    for (const CallLogRecord& r : demo) {
        const DeadlineState s = calc.deadlineState(r, now);
        if (s == DeadlineState::Overdue || s == DeadlineState::Missed)
            expected << r.issueId;
    }
    QList<int> selected = cache->select(q, now);
    std::sort(selected.begin(), selected.end());
    std::sort(expected.begin(), expected.end());
    CHECK_FALSE(expected.isEmpty());
    CHECK(selected == expected);
}

TEST_CASE("deadline states follow the production calendar", "[calllog]") {
    const DashboardCalculator calc(policy());
    // Tue 3 Nov 2026 is shortened (4 Nov is a holiday): a simple call at 15:00 is due at 17:00 that day.
    CallLogRecord r = test::call(1, QStringLiteral("simple"), "2026-11-03T15:00", 60, {}, {}, {});
    CHECK(calc.deadlineOf(r) == msk("2026-11-03T17:00"));
    CHECK(calc.deadlineState(r, msk("2026-11-03T16:59")) == DeadlineState::DueToday);
    CHECK(calc.deadlineState(r, msk("2026-11-03T17:01")) == DeadlineState::Overdue);
    // After the cut-off on that day: D0 skips the holiday → Thu 5 Nov, 18:00.
    CallLogRecord late = test::call(2, QStringLiteral("simple"), "2026-11-03T16:10", 60, {}, {}, {});
    CHECK(calc.deadlineOf(late) == msk("2026-11-05T18:00"));
    CHECK(calc.deadlineState(late, msk("2026-11-04T12:00")) == DeadlineState::Open);
    late.closed = true;
    late.closedOn = msk("2026-11-05T17:00");
    CHECK(calc.deadlineState(late, msk("2026-11-06T12:00")) == DeadlineState::Met);
    // A call without an appeal has no deadline.
    CHECK(calc.deadlineState(test::call(3, QStringLiteral("call"), "2026-11-03T15:00", 60, {}, {}, {}),
                             msk("2026-11-09T12:00")) == DeadlineState::None);
}

TEST_CASE("a Redmine issue becomes a call-log record", "[calllog]") {
    const QByteArray json = R"json({"id": 42, "parent": {"id": 40},
        "tracker": {"id": 1, "name": "Сложная консультация"}, "status": {"id": 6, "name": "Закрыта"},
        "author": {"id": 5, "name": "Оператор Первый"}, "subject": "Вопрос", "due_date": "2026-11-24",
        "created_on": "2026-11-23T07:00:05Z", "updated_on": "2026-11-23T08:00:00Z", "closed_on": "2026-11-23T08:00:00Z",
        "custom_fields": [
          {"id": 1, "name": "Канал", "value": "Линия 0150"},
          {"id": 2, "name": "Категория", "value": "support/grants"},
          {"id": 12, "name": "Статья БЗ", "value": "subsidy-modernization"},
          {"id": 13, "name": "Начало звонка", "value": "2026-11-23T10:00:00+03:00"},
          {"id": 14, "name": "Длительность звонка, с", "value": "245"},
          {"id": 15, "name": "Крайний срок (точный)", "value": "2026-11-24T18:00:00+03:00"},
          {"id": 11, "name": "Ведомства", "value": ["Минэкономики"]},
          {"id": 16, "name": "UUID клиента", "value": "6d1b"},
          {"id": 17, "name": "Оператор", "value": "operator1"},
          {"id": 18, "name": "Поисковые запросы", "value": "вывоз снега\t0\nгрант\t2\n"},
          {"id": 19, "name": "Открытые статьи", "value": "grant-a, subsidy-modernization"},
          {"id": 20, "name": "Результат звонка", "value": "Обращение зарегистрировано"},
          {"id": 21, "name": "UUID звонка", "value": "c-1"}]})json";
    const CallLogRecord r = recordFromIssue(QJsonDocument::fromJson(json).object());
    CHECK(r.issueId == 42);
    CHECK(r.parentId == 40);
    CHECK(r.kindId == QStringLiteral("complex"));
    CHECK(r.closed);
    CHECK(r.operatorName == QStringLiteral("Оператор Первый")); // the author, not the login field
    CHECK(r.channel == QStringLiteral("Линия 0150"));
    CHECK(r.category == QStringLiteral("support/grants"));
    CHECK(r.articleId == QStringLiteral("subsidy-modernization"));
    CHECK(r.callStart == QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC));
    CHECK(r.callSeconds == 245);
    CHECK(r.deadline == QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC));
    CHECK(r.dueDate == QDate(2026, 11, 24));
    CHECK(r.clientUuid == QStringLiteral("6d1b"));
    CHECK(r.callUuid == QStringLiteral("c-1"));
    CHECK(r.result == QStringLiteral("Обращение зарегистрировано"));
    CHECK(r.allArticles() == QStringList{QStringLiteral("subsidy-modernization"), QStringLiteral("grant-a")});
    CHECK(r.searches.startsWith(QStringLiteral("вывоз снега\t0\n")));
    CHECK_FALSE(r.isCall());
}

TEST_CASE("the cache keeps records owner-only, counts only real changes and purges old ones", "[calllog]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calllog.sqlite"));
    auto opened = CallLogCache::open(path, policy());
    REQUIRE(opened.ok());
    CallLogCache& cache = *opened.value();
    CHECK(QFile::permissions(path) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    const CallLogRecords set = test::dataSet();
    const auto first = cache.upsert(set);
    INFO((first.ok() ? QString() : first.error().message).toStdString());
    REQUIRE(first.ok());
    CHECK(first.value() == int(set.size()));
    CHECK(cache.upsert(set).value() == 0); // the same records again: nothing changed
    CallLogRecords changed{set[2]};
    changed[0].status = QStringLiteral("В работе");
    changed[0].updatedOn = changed[0].updatedOn.addSecs(60);
    CHECK(cache.upsert(changed).value() == 1);
    CHECK(cache.count() == int(set.size()));
    // Redmine's updated_on has whole seconds: a second change within the same second (the workstation puts the
    // call's figures onto the appeal it has just filed) must still reach the dashboard.
    CallLogRecords sameSecond = changed;
    sameSecond[0].callSeconds = changed[0].callSeconds + 60;
    CHECK(cache.upsert(sameSecond).value() == 1);
    CHECK(cache.record(3)->callSeconds == sameSecond[0].callSeconds);
    sameSecond[0].callSeconds = changed[0].callSeconds; // and back, as a correction would
    CHECK(cache.upsert(sameSecond).value() == 1);
    CHECK(cache.upsert(sameSecond).value() == 0);

    // Round trip, newest call first.
    const CallLogRecords back = cache.records();
    REQUIRE(back.size() == set.size());
    CHECK(back.first().issueId == 7);
    const auto three = cache.record(3);
    REQUIRE(three);
    CHECK(three->status == QStringLiteral("В работе"));
    CHECK(three->callStart == msk("2026-11-20T16:30"));
    CHECK(three->operatorName == QStringLiteral("Иванов"));
    const auto five = cache.record(5);
    CHECK(five->deadline == msk("2026-11-23T18:00"));
    CHECK(five->searches == set[4].searches);
    // The effective deadline of a record filed without one comes from the rule: 3 is due Tue 18:00.
    CHECK(cache.rows({3}).first().deadline == msk("2026-11-24T18:00"));

    CHECK_FALSE(cache.lastSync().isValid());
    REQUIRE(cache.setLastSync(msk("2026-11-23T11:00")).ok());
    CHECK(cache.lastSync() == msk("2026-11-23T11:00"));

    REQUIRE(cache.storeHistory(1, QByteArrayLiteral("{\"id\":1}"), msk("2026-11-23T11:30")).ok());
    REQUIRE(cache.storeHistory(7, QByteArrayLiteral("{\"id\":7}"), msk("2026-11-23T11:30")).ok());
    CHECK(cache.history(7)->fetchedAt == msk("2026-11-23T11:30"));

    // Retention: 3 days before Mon 23 Nov 12:00 is Fri 20 Nov 12:00 → 1, 2 (Fri morning), 4 and 6 (Thu) go,
    // with what was saved for them.
    CHECK(cache.purgeOlderThan(3, msk("2026-11-23T12:00")).value() == 4);
    CHECK(cache.count() == 3);
    CHECK_FALSE(cache.history(1).has_value());
    CHECK(cache.history(7).has_value());
    // 3 and 5 (a2) and 7 (a1) are left.
    CHECK(cache.figures(CallLogQuery{}, msk("2026-11-23T12:00")).value().topArticles ==
          QList<QPair<QString, int>>{{QStringLiteral("a2"), 2}, {QStringLiteral("a1"), 1}});
    CHECK(CallLogCache::defaultRetentionDays == 90);
}

TEST_CASE("a cache written by the previous version is rebuilt by the next sync", "[calllog]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calllog.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE records(issue_id INTEGER PRIMARY KEY, call_at TEXT NOT NULL)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO records VALUES(1, '2026-11-23T07:00:00Z')")));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO meta VALUES('last_sync', '2026-11-23T07:00:00Z')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    auto cache = CallLogCache::open(path, policy());
    REQUIRE(cache.ok());
    CHECK(cache.value()->count() == 0);
    CHECK_FALSE(cache.value()->lastSync().isValid()); // everything is fetched again
    REQUIRE(cache.value()->upsert(test::dataSet()).ok());
    CHECK(cache.value()->count() == 7);
}
