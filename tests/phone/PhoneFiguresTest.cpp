// Missed calls and the share answered within 20 s: the supervisor's dashboard, in C++ and in SQL, and the
// missed-call list of a workstation.
#include "CallLogData.h"
#include "call/ManualClock.h"
#include "calllog/CallLogCache.h"
#include "calllog/CallLogJson.h"
#include "outbox/OutboxStore.h"
#include "phone/CallerAppealsModel.h"
#include "phone/MissedCalls.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace hotline;
using calllog::CallLogRecord;

namespace {

CallLogRecord phoned(int id, int ringSeconds, bool missed) {
    CallLogRecord r = test::call(id, QStringLiteral("call"), "2026-12-03T10:00", missed ? 0 : 120,
                                 QStringLiteral("Оператор Первый"), QString(), QString());
    r.tracker = QStringLiteral("Звонок");
    r.result = missed ? QStringLiteral("Пропущен") : QStringLiteral("Консультация дана");
    r.ringSeconds = ringSeconds;
    r.closed = true;
    r.status = QStringLiteral("Закрыта");
    return r;
}

call::CallRecord record(const QString& number, const char* at, call::CallResult result, bool outgoing = false) {
    call::CallRecord r;
    r.id = QUuid::createUuid();
    r.ringStart = test::msk(at);
    r.start = r.ringStart;
    r.callerNumber = number;
    r.result = result;
    r.ringSeconds = 10;
    r.outgoing = outgoing;
    return r;
}

} // namespace

TEST_CASE("The dashboard counts missed calls and the share answered within 20 s, in C++ and in SQL", "[phone]") {
    // Two missed; answered after 5, 20 and 45 s of ringing; one started by hand (ringing time not known).
    calllog::CallLogRecords records{phoned(1, 30, true),  phoned(2, 12, true),  phoned(3, 5, false),
                                    phoned(4, 20, false), phoned(5, 45, false), phoned(6, -1, false)};
    const QDateTime now = test::msk("2026-12-03T18:00");
    const calllog::DashboardFigures reference = calllog::DashboardCalculator(test::policy()).compute(records, now);
    CHECK(reference.total.calls == 6);
    CHECK(reference.total.missedCalls == 2);
    CHECK(reference.total.answeredTimed == 3);
    CHECK(reference.total.answeredInTime == 2); // 20 s itself is within
    CHECK(reference.total.answeredInTimeShare() == Approx(2.0 / 3.0));
    CHECK(reference.perOperator.value(QStringLiteral("Оператор Первый")).missedCalls == 2);

    QTemporaryDir dir;
    auto cache = calllog::CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite")), test::policy()).value();
    REQUIRE(cache->upsert(records).ok());
    const Result<calllog::DashboardFigures> sql = cache->figures({}, now);
    REQUIRE(sql.ok());
    CHECK(sql.value().total == reference.total);
    CHECK(sql.value().perOperator == reference.perOperator);
    // What the cache stores is what it reads back.
    const auto back = cache->records();
    REQUIRE(back.size() == 6);
    CHECK(std::count_if(back.cbegin(), back.cend(), [](const CallLogRecord& r) { return r.ringSeconds == 45; }) == 1);
}

TEST_CASE("A call record's ringing time and result travel from Redmine to the supervisor", "[phone]") {
    const QByteArray json = R"json({"id": 77, "tracker": {"id": 8, "name": "Звонок"},
        "status": {"id": 6, "name": "Закрыта"}, "author": {"id": 5, "name": "Оператор Первый"}, "subject": "Звонок",
        "created_on": "2026-12-03T07:00:30Z", "updated_on": "2026-12-03T07:00:30Z", "closed_on": "2026-12-03T07:00:30Z",
        "custom_fields": [
          {"id": 7, "name": "Телефон", "value": "+79161234567"},
          {"id": 13, "name": "Начало звонка", "value": "2026-12-03T10:00:00+03:00"},
          {"id": 20, "name": "Результат звонка", "value": "Пропущен"},
          {"id": 22, "name": "Ожидание ответа, с", "value": "27"}]})json";
    const CallLogRecord r = calllog::recordFromIssue(QJsonDocument::fromJson(json).object());
    CHECK(r.isMissedCall());
    CHECK(r.ringSeconds == 27);
    CHECK(r.countsAsCall());
}

TEST_CASE("Missed callers stay on the call-back list until a call with them is answered", "[phone]") {
    using R = call::CallResult;
    const QString a = QStringLiteral("+79161234567"), b = QStringLiteral("+74951234567");
    QList<call::CallRecord> records{record(a, "2026-12-03T09:00", R::Missed), record(b, "2026-12-03T09:30", R::Missed),
                                    record(a, "2026-12-03T10:00", R::Missed),
                                    record({}, "2026-12-03T10:05", R::Missed)};
    auto list = phone::callersToCallBack(records);
    REQUIRE(list.size() == 3);
    CHECK(list.at(0).number.isEmpty()); // the newest: a hidden number (listed, cannot be called back)
    CHECK(list.at(1).number == a);
    CHECK(list.at(1).times == 2);
    CHECK(list.at(2).number == b);
    // a called back and answered; b called again and was answered.
    records << record(a, "2026-12-03T11:00", R::Consulted, true) << record(b, "2026-12-03T11:30", R::AppealFiled);
    list = phone::callersToCallBack(records);
    REQUIRE(list.size() == 1);
    CHECK(list.first().number.isEmpty());
    // Missed again after the call-back: back on the list.
    records << record(a, "2026-12-03T12:00", R::Missed);
    CHECK(phone::callersToCallBack(records).first().number == a);
}

TEST_CASE("The caller's card and missed-call models pass the item model tester", "[phone]") {
    phone::CallerAppealsModel appeals;
    QAbstractItemModelTester t1(&appeals, QAbstractItemModelTester::FailureReportingMode::Fatal);
    phone::AppealSummary open;
    open.issueId = 12;
    open.kind = QStringLiteral("Задача");
    open.created = test::msk("2026-12-01T10:00");
    open.deadline = test::msk("2026-12-02T18:00");
    open.deadlineState = calllog::DeadlineState::Overdue;
    phone::AppealSummary local;
    local.kind = QStringLiteral("Сложная консультация");
    local.local = true;
    appeals.setAppeals({open, local});
    CHECK(appeals.rowCount() == 2);
    CHECK(appeals.index(0, phone::CallerAppealsModel::NumberColumn).data().toString() == QStringLiteral("№12"));
    CHECK(appeals.index(0, phone::CallerAppealsModel::DeadlineColumn).data().toString() ==
          QStringLiteral("02.12.2026, просрочено"));
    CHECK(appeals.index(0, 0).data(phone::CallerAppealsModel::OverdueRole).toBool());
    CHECK(appeals.index(1, phone::CallerAppealsModel::NumberColumn).data().toString() ==
          QStringLiteral("не отправлено"));

    QTemporaryDir dir;
    ManualClock clock(test::msk("2026-12-03T12:00"));
    auto store = outbox::OutboxStore::open(dir.filePath(QStringLiteral("outbox.sqlite")), clock).value();
    phone::MissedCallsModel missed(store.get());
    QAbstractItemModelTester t2(&missed, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(missed.rowCount() == 0);
    call::CallRecord m = record(QStringLiteral("+79161234567"), "2026-12-03T09:00", call::CallResult::Missed);
    m.ringSeconds = 33;
    REQUIRE(store->enqueueCall(m).ok()); // the model follows the outbox
    REQUIRE(missed.rowCount() == 1);
    CHECK(missed.index(0, phone::MissedCallsModel::NumberColumn).data().toString() ==
          QStringLiteral("+7 916 123-45-67"));
    CHECK(missed.index(0, phone::MissedCallsModel::RangColumn).data().toString() == QStringLiteral("33 с"));
    CHECK(missed.index(0, 0).data(phone::MissedCallsModel::NumberRole).toString() == QStringLiteral("+79161234567"));
}
