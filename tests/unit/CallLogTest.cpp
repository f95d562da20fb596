#include "CatchQt.h"
#include "TestPaths.h"
#include "calllog/CallLogCache.h"
#include "calllog/CallLogFilter.h"
#include "calllog/CallLogJson.h"
#include "calllog/CsvExport.h"
#include "calllog/DashboardFigures.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace hotline;
using namespace hotline::calllog;

namespace {

QDateTime msk(const char* iso) {
    return domain::parseMoscowIso(QString::fromLatin1(iso)).toUTC();
}

const domain::DeadlinePolicy& policy() {
    static const domain::DeadlinePolicy p = domain::DeadlinePolicy::fromKb(test::kbDir()).value();
    return p;
}

CallLogRecord call(int id, const QString& kind, const char* start, int seconds, const QString& op,
                   const QString& category, const QString& article) {
    CallLogRecord r;
    r.issueId = id;
    r.kindId = kind;
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

// The fixed data set; figures below are computed by hand (see the comments). Now: Mon 2026-11-23 12:00 MSK.
CallLogRecords dataSet() {
    const QString iv = QStringLiteral("Иванов"), pe = QStringLiteral("Петров");
    const QString support = QStringLiteral("support"), build = QStringLiteral("build");
    CallLogRecords out;
    // 1: simple, filed closed on the call on Friday → met, closed on the call.
    CallLogRecord r1 = call(1, QStringLiteral("simple"), "2026-11-20T09:55", 300, iv, support, QStringLiteral("a1"));
    r1.closed = true;
    r1.closedOn = r1.createdOn;
    r1.deadline = msk("2026-11-20T18:00");
    out << r1;
    // 2: simple, closed on Monday, due Friday 18:00 → missed.
    CallLogRecord r2 = call(2, QStringLiteral("simple"), "2026-11-20T11:10", 200, pe, support, QStringLiteral("a1"));
    r2.closed = true;
    r2.closedOn = msk("2026-11-23T10:00");
    r2.deadline = msk("2026-11-20T18:00");
    out << r2;
    // 3: complex on Friday after 16:00 → D0 Monday, due Tuesday 18:00 (rule, no deadline filed) → open.
    out << call(3, QStringLiteral("complex"), "2026-11-20T16:30", 600, iv, build, QStringLiteral("a2"));
    // 4: complex on Thursday 10:00 → due Friday 18:00 → overdue.
    out << call(4, QStringLiteral("complex"), "2026-11-19T10:00", 400, pe, build, QString());
    // 5: simple today, due today 18:00 → due today; two searches found nothing.
    CallLogRecord r5 = call(5, QStringLiteral("simple"), "2026-11-23T09:30", 100, iv, support, QStringLiteral("a2"));
    r5.deadline = msk("2026-11-23T18:00");
    r5.searches = QStringLiteral("порубочный билет\t0\nсубсидия\t4\nПорубочный билет\t0\n");
    out << r5;
    // 6: a subtask of 4: not a call.
    CallLogRecord r6 = call(6, QStringLiteral("complex"), "2026-11-19T10:00", 400, pe, build, QStringLiteral("a9"));
    r6.parentId = 4;
    out << r6;
    // 7: task with a due date on Wednesday, duration unknown → open, not in the handling times.
    CallLogRecord r7 =
        call(7, QStringLiteral("task"), "2026-11-23T10:15", 0, pe, QStringLiteral("land"), QStringLiteral("a1"));
    r7.dueDate = QDate(2026, 11, 25);
    out << r7;
    return out;
}

} // namespace

TEST_CASE("dashboard figures match the hand-computed values of a fixed data set", "[calllog]") {
    const DashboardCalculator calc(policy());
    const DashboardFigures f = calc.compute(dataSet(), msk("2026-11-23T12:00"));

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

TEST_CASE("deadline states follow the production calendar", "[calllog]") {
    const DashboardCalculator calc(policy());
    // Tue 3 Nov 2026 is shortened (4 Nov is a holiday): a simple call at 15:00 is due at 17:00 that day.
    CallLogRecord r = call(1, QStringLiteral("simple"), "2026-11-03T15:00", 60, {}, {}, {});
    CHECK(calc.deadlineOf(r) == msk("2026-11-03T17:00"));
    CHECK(calc.deadlineState(r, msk("2026-11-03T16:59")) == DeadlineState::DueToday);
    CHECK(calc.deadlineState(r, msk("2026-11-03T17:01")) == DeadlineState::Overdue);
    // After the cut-off on that day: D0 skips the holiday → Thu 5 Nov, 18:00.
    CallLogRecord late = call(2, QStringLiteral("simple"), "2026-11-03T16:10", 60, {}, {}, {});
    CHECK(calc.deadlineOf(late) == msk("2026-11-05T18:00"));
    CHECK(calc.deadlineState(late, msk("2026-11-04T12:00")) == DeadlineState::Open);
    late.closed = true;
    late.closedOn = msk("2026-11-05T17:00");
    CHECK(calc.deadlineState(late, msk("2026-11-06T12:00")) == DeadlineState::Met);
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
          {"id": 16, "name": "UUID клиента", "value": "6d1b"}]})json";
    const CallLogRecord r = recordFromIssue(QJsonDocument::fromJson(json).object());
    CHECK(r.issueId == 42);
    CHECK(r.parentId == 40);
    CHECK(r.kindId == QStringLiteral("complex"));
    CHECK(r.closed);
    CHECK(r.operatorName == QStringLiteral("Оператор Первый"));
    CHECK(r.channel == QStringLiteral("Линия 0150"));
    CHECK(r.category == QStringLiteral("support/grants"));
    CHECK(r.articleId == QStringLiteral("subsidy-modernization"));
    CHECK(r.callStart == QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC));
    CHECK(r.callSeconds == 245);
    CHECK(r.deadline == QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC));
    CHECK(r.dueDate == QDate(2026, 11, 24));
    CHECK(r.clientUuid == QStringLiteral("6d1b"));
    CHECK_FALSE(r.isCall());
}

TEST_CASE("the cache keeps records owner-only, counts only real changes and purges old ones", "[calllog]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calllog.sqlite"));
    auto opened = CallLogCache::open(path);
    REQUIRE(opened.ok());
    CallLogCache& cache = *opened.value();
    CHECK(QFile::permissions(path) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    const CallLogRecords set = dataSet();
    const auto first = cache.upsert(set);
    INFO((first.ok() ? QString() : first.error().message).toStdString());
    REQUIRE(first.ok());
    CHECK(first.value() == int(set.size()));
    CHECK(cache.upsert(set).value() == 0); // the same updated_on: nothing changed
    CallLogRecords changed{set[2]};
    changed[0].status = QStringLiteral("В работе");
    changed[0].updatedOn = changed[0].updatedOn.addSecs(60);
    CHECK(cache.upsert(changed).value() == 1);
    CHECK(cache.count() == int(set.size()));

    // Round trip, newest call first.
    const CallLogRecords back = cache.records();
    REQUIRE(back.size() == set.size());
    CHECK(back.first().issueId == 7);
    const auto three = std::find_if(back.begin(), back.end(), [](const auto& r) { return r.issueId == 3; });
    CHECK(three->status == QStringLiteral("В работе"));
    CHECK(three->callStart == msk("2026-11-20T16:30"));
    CHECK(three->operatorName == QStringLiteral("Иванов"));
    const auto five = std::find_if(back.begin(), back.end(), [](const auto& r) { return r.issueId == 5; });
    CHECK(five->deadline == msk("2026-11-23T18:00"));
    CHECK(five->searches == set[4].searches);

    CHECK_FALSE(cache.lastSync().isValid());
    REQUIRE(cache.setLastSync(msk("2026-11-23T11:00")).ok());
    CHECK(cache.lastSync() == msk("2026-11-23T11:00"));

    // Retention: 3 days before Mon 23 Nov 12:00 is Fri 20 Nov 12:00 → 1, 2 (Fri morning), 4 and 6 (Thu) go.
    CHECK(cache.purgeOlderThan(3, msk("2026-11-23T12:00")).value() == 4);
    CHECK(cache.count() == 3);
    CHECK(CallLogCache::defaultRetentionDays == 90);
}

TEST_CASE("the call-log table filters, sorts and exports to CSV for Excel", "[calllog]") {
    const DashboardCalculator calc(policy());
    CallLogTableModel model(calc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CallLogRecords set = dataSet();
    set[0].channel = QStringLiteral("Линия 0150");
    set[0].subject = QStringLiteral("Субсидия; \"Модернизация\"");
    model.setRecords(set, msk("2026-11-23T12:00"));
    CallLogFilter filter;
    QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceLog(&model);

    CHECK(model.rowCount() == 7);
    CHECK(filter.rowCount() == 6); // the subtask is hidden
    auto ids = [&] {
        QList<int> out;
        for (int row = 0; row < filter.rowCount(); ++row)
            out << filter.index(row, 0).data(CallLogTableModel::IssueIdRole).toInt();
        return out;
    };
    filter.sort(CallLogTableModel::DurationColumn, Qt::DescendingOrder);
    CHECK(ids() == QList<int>{3, 4, 1, 2, 5, 7});
    filter.sort(CallLogTableModel::StartColumn, Qt::AscendingOrder);
    CHECK(ids() == QList<int>{4, 1, 2, 3, 5, 7});

    filter.setOperator(QStringLiteral("Петров"));
    CHECK(ids() == QList<int>{4, 2, 7});
    filter.setOverdueOnly(true); // overdue, and closed late
    CHECK(ids() == QList<int>{4, 2});
    filter.setOverdueOnly(false);
    filter.setOperator({});
    filter.setDateRange(QDate(2026, 11, 20), QDate(2026, 11, 20));
    CHECK(ids() == QList<int>{1, 2, 3});
    filter.setDateRange({}, {});
    filter.setKind(QStringLiteral("simple"));
    filter.setCategory(QStringLiteral("support"));
    CHECK(ids() == QList<int>{1, 2, 5});
    filter.setKind({});
    filter.setCategory({});
    filter.setText(QStringLiteral("модерниз"));
    CHECK(ids() == QList<int>{1});
    filter.setText({});
    filter.setChannel(QStringLiteral("Линия 0150"));
    CHECK(ids() == QList<int>{1});
    filter.setChannel({});
    CHECK(filter.distinct(CallLogTableModel::OperatorColumn) ==
          QStringList{QStringLiteral("Иванов"), QStringLiteral("Петров")});
    CHECK(model.index(3, CallLogTableModel::DeadlineStateColumn).data().toString() ==
          CallLogTableModel::stateTitle(DeadlineState::Overdue));

    filter.setOperator(QStringLiteral("Иванов"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(writeCsv(filter, buffer).ok());
    const QByteArray csv = buffer.data();
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4); // header + 3 calls of Иванов
    CHECK(lines[0].split(QLatin1Char(';')).size() == CallLogTableModel::ColumnCount);
    CHECK(lines[1].startsWith(QStringLiteral("1;20.11.2026 09:55;Иванов;Линия 0150;support;")));
    CHECK(lines[1].endsWith(QStringLiteral(";a1;\"Субсидия; \"\"Модернизация\"\"\"")));
}
