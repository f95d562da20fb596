// Supervisor mode against the real Redmine: calls filed by two operators through the outbox reach the
// supervisor's cache by incremental sync with the right figures, and the mode follows the Redmine roles.
#include "ItSupport.h"
#include "calllog/CallLogCache.h"
#include "calllog/CallLogSync.h"
#include "calllog/DashboardFigures.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "net/Account.h"

#include <QEventLoop>
#include <QTimer>

using namespace hotline;

namespace {

struct OperatorRig {
    QTemporaryDir dir;
    it::Client net;
    test::FakeClock clock;
    domain::ReferenceData reference = domain::ReferenceData::load(test::kbDir() + QStringLiteral("/reference")).value();
    std::unique_ptr<outbox::OutboxStore> store;
    std::unique_ptr<outbox::OutboxSender> sender;

    explicit OperatorRig(const QString& user)
        : net(user) {
        store = outbox::OutboxStore::open(dir.filePath(QStringLiteral("outbox.sqlite"))).value();
        clock.t = QDateTime::currentDateTimeUtc().addDays(1);
        sender = std::make_unique<outbox::OutboxSender>(*store, net.client, reference, clock);
    }
    void file(const QList<domain::Appeal>& appeals) {
        for (const domain::Appeal& a : appeals)
            REQUIRE(store->enqueue(a).ok());
        QSignalSpy done(sender.get(), &outbox::OutboxSender::passFinished);
        sender->deliverDue();
        REQUIRE(done.wait(60000));
        REQUIRE(store->pendingCount() == 0);
        REQUIRE(store->failedCount() == 0);
    }
};

domain::Appeal appeal(domain::AppealKind kind, const domain::DeadlinePolicy& policy, const QDateTime& start,
                      int seconds, bool closedOnCall) {
    domain::Appeal a = test::makeAppeal(kind);
    const domain::Deadlines d = policy.compute(kind, start);
    a.callStart = start;
    a.callSeconds = seconds;
    a.registered = d.registered;
    a.days = d.days;
    a.firstResponseDue = d.firstResponseDue;
    a.resolutionDue = d.resolutionDue;
    a.closedOnCall = closedOnCall;
    return a;
}

Result<calllog::SyncStats> syncOnce(calllog::CallLogSync& sync, QList<QPair<int, int>>* progress = nullptr) {
    std::optional<Result<calllog::SyncStats>> out;
    QEventLoop loop;
    sync.run(
        [progress](int received, int total) {
            progress ? progress->append({received, total}) : void();
        },
        [&](Result<calllog::SyncStats> r) {
            out = std::move(r);
            loop.quit();
        });
    if (!out) {
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    REQUIRE(out.has_value());
    return *out;
}

calllog::CallLogRecords mine(const calllog::CallLogCache& cache, const QList<domain::Appeal>& appeals) {
    QStringList ids;
    for (const domain::Appeal& a : appeals)
        ids << a.clientId.toString(QUuid::WithoutBraces);
    calllog::CallLogRecords out;
    for (const calllog::CallLogRecord& r : cache.records()) {
        if (ids.contains(r.clientUuid))
            out << r;
    }
    return out;
}

} // namespace

TEST_CASE("supervisor1 syncs the calls of two operators with the right figures, then only what changed",
          "[integration][supervisor]") {
    const auto policy = domain::DeadlinePolicy::fromKb(test::kbDir()).value();
    // Tue 3 Nov 2026 16:10, before the 4 Nov holiday: D0 is Thu 5 Nov, a complex appeal is due Fri 6 Nov 18:00
    // (a plain Monday–Friday calendar would say Thu 5 Nov).
    const QDateTime beforeHoliday = domain::moscowDateTime(QDate(2026, 11, 3), QTime(16, 10));
    const QDateTime morning = domain::moscowDateTime(QDate(2026, 11, 2), QTime(10, 0));
    const QList<domain::Appeal> first{appeal(domain::AppealKind::Simple, policy, morning, 180, true),
                                      appeal(domain::AppealKind::Complex, policy, beforeHoliday, 420, false)};
    const QList<domain::Appeal> second{appeal(domain::AppealKind::Simple, policy, morning.addSecs(3600), 240, false)};
    OperatorRig op1(QStringLiteral("OPERATOR1"));
    OperatorRig op2(QStringLiteral("OPERATOR2"));
    op1.file(first);
    op2.file(second);

    it::Client supervisor(QStringLiteral("SUPERVISOR1"));
    QTemporaryDir dir;
    auto cache = calllog::CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite"))).value();
    calllog::CallLogSync sync(supervisor.client, *cache);
    QList<QPair<int, int>> progress;
    const auto full = syncOnce(sync, &progress);
    REQUIRE(full.ok());
    CHECK(full.value().received >= 3);
    CHECK(full.value().changed == full.value().received);
    CHECK(full.value().pages ==
          (full.value().received + calllog::CallLogSync::pageSize - 1) / calllog::CallLogSync::pageSize);
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last().first == progress.last().second);

    QList<domain::Appeal> all = first + second;
    calllog::CallLogRecords records = mine(*cache, all);
    REQUIRE(records.size() == 3);
    QHash<QString, calllog::CallLogRecord> byUuid;
    for (const auto& r : records)
        byUuid.insert(r.clientUuid, r);
    const auto& simple1 = byUuid[first[0].clientId.toString(QUuid::WithoutBraces)];
    const auto& complex1 = byUuid[first[1].clientId.toString(QUuid::WithoutBraces)];
    const auto& simple2 = byUuid[second[0].clientId.toString(QUuid::WithoutBraces)];
    CHECK(simple1.operatorId == complex1.operatorId);
    CHECK(simple1.operatorId != simple2.operatorId);
    CHECK_FALSE(simple1.operatorName.isEmpty());
    CHECK(simple1.callStart == morning);
    CHECK(simple1.callSeconds == 180);
    CHECK(simple1.closed);
    CHECK_FALSE(simple2.closed);
    CHECK(complex1.kindId == QStringLiteral("complex"));
    CHECK(complex1.deadline == domain::moscowDateTime(QDate(2026, 11, 6), QTime(18, 0)));

    const calllog::DashboardCalculator calc(policy);
    const auto figures = calc.compute(records, domain::moscowDateTime(QDate(2026, 11, 6), QTime(17, 0)));
    CHECK(figures.total.calls == 3);
    CHECK(figures.total.averageSeconds == Approx(280.0)); // (180 + 420 + 240) / 3
    CHECK(figures.total.medianSeconds == Approx(240.0));
    CHECK(figures.total.simple == 2);
    CHECK(figures.total.simpleClosedOnCall == 1);
    CHECK(figures.total.missed == 1);   // simple1: filed closed today for a call of 2 Nov, so closed late
    CHECK(figures.total.overdue == 1);  // simple2: due Mon 2 Nov 18:00
    CHECK(figures.total.dueToday == 1); // complex1: due Fri 6 Nov by the production calendar
    CHECK(figures.perOperator.size() == 2);
    CHECK(calc.deadlineState(complex1, domain::moscowDateTime(QDate(2026, 11, 6), QTime(18, 30))) ==
          calllog::DeadlineState::Overdue);

    // A note on one issue and a new call: the second sync fetches those (plus the issue at the watermark).
    const auto note = net::RedmineClient::wait([&](QObject* ctx, auto cb) {
        supervisor.client.put(
            QStringLiteral("/issues/%1.json").arg(complex1.issueId),
            QJsonObject{{QStringLiteral("issue"), QJsonObject{{QStringLiteral("notes"), QStringLiteral("Проверено")}}}},
            ctx, cb);
    });
    REQUIRE(note.ok());
    const QList<domain::Appeal> third{appeal(domain::AppealKind::Task, policy, morning, 300, false)};
    op2.file(third);
    const auto incremental = syncOnce(sync);
    REQUIRE(incremental.ok());
    CHECK(incremental.value().changed == 2);
    CHECK(incremental.value().received <= 4); // the issue(s) at the old watermark come again
    CHECK(incremental.value().received < full.value().received + 2);
    CHECK(mine(*cache, all + third).size() == 4);
    CHECK(cache->lastSync() >= full.value().watermark);

    // Nothing changed: nothing new.
    const auto idle = syncOnce(sync);
    REQUIRE(idle.ok());
    CHECK(idle.value().changed == 0);
}

TEST_CASE("supervisor mode follows the Redmine roles", "[integration][supervisor]") {
    auto modes = [](const QString& user) {
        it::Client c(user);
        std::optional<Result<net::Account>> out;
        QEventLoop loop;
        net::AccountService::currentAccount(c.client, &loop, [&](Result<net::Account> a) {
            out = std::move(a);
            loop.quit();
        });
        if (!out)
            loop.exec();
        REQUIRE(out->ok());
        return out->value().modes;
    };
    CHECK(modes(QStringLiteral("SUPERVISOR1")).supervisor);
    CHECK_FALSE(modes(QStringLiteral("OPERATOR1")).supervisor);
    CHECK_FALSE(modes(QStringLiteral("OPERATOR2")).supervisor);

    // Redmine's side: data only the Супервизор role may read is refused to an operator's key.
    it::Client op(QStringLiteral("OPERATOR1"));
    const auto timeEntries = op.get(QStringLiteral("/projects/hotline0150/time_entries.json"));
    CHECK(timeEntries.httpStatus == 403);
    it::Client sup(QStringLiteral("SUPERVISOR1"));
    CHECK(sup.get(QStringLiteral("/projects/hotline0150/time_entries.json")).ok());
}
