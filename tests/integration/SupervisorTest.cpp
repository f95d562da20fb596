// Supervisor mode against the real Redmine: calls made by two operators (with appeals and without) reach the
// supervisor's table by incremental sync with the right figures and history; Redmine refuses the line's data
// to an operator's key; the mode follows the roles; provisioning an older server tightens the operator role.
#include "AwaitCallback.h"
#include "ItSupport.h"
#include "call/CallSession.h"
#include "call/ManualClock.h"
#include "calllog/CallLogCache.h"
#include "calllog/CallLogSync.h"
#include "calllog/CallLogTableModel.h"
#include "calllog/DashboardFigures.h"
#include "calllog/IssueHistory.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "net/Account.h"
#include "net/CallPlanner.h"
#include "net/DuplicateFinder.h"
#include "outbox/CallRecorder.h"

#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

using namespace hotline;

namespace {

const domain::DeadlinePolicy& policy() {
    static const auto p = domain::DeadlinePolicy::fromKb(test::kbDir()).value();
    return p;
}

QDateTime msk(int month, int day, int h, int m) {
    return domain::moscowDateTime(QDate(2026, month, day), QTime(h, m));
}

// One operator's workstation: the call panel's session, the recorder and the outbox with its sender.
struct Desk {
    QTemporaryDir dir;
    it::Client net;
    QString login;
    ManualClock callClock;
    test::FakeClock senderClock;
    domain::ReferenceData reference = domain::ReferenceData::load(test::kbDir() + QStringLiteral("/reference")).value();
    std::unique_ptr<outbox::OutboxStore> store;
    std::unique_ptr<outbox::OutboxSender> sender;
    call::CallSession session{callClock};
    std::unique_ptr<outbox::CallRecorder> recorder;

    explicit Desk(const QString& user)
        : net(user)
        , login(user.toLower()) {
        store = outbox::OutboxStore::open(dir.filePath(QStringLiteral("outbox.sqlite")), senderClock).value();
        sender = std::make_unique<outbox::OutboxSender>(*store, net.client, reference, senderClock);
        session.setOperatorLogin(login);
        recorder = std::make_unique<outbox::CallRecorder>(session, *store);
    }
    // The appeal form, submitted now for the current call (deadlines from its start).
    domain::Appeal file(domain::AppealKind kind, const QString& category, bool closedOnCall) {
        domain::Appeal a = test::makeAppeal(kind);
        const domain::Deadlines d = policy().compute(kind, session.startedAt());
        a.categoryId = category;
        a.callStart = session.startedAt();
        a.callSeconds = session.elapsedSeconds();
        a.operatorLogin = login;
        a.registered = d.registered;
        a.days = d.days;
        a.firstResponseDue = d.firstResponseDue;
        a.resolutionDue = d.resolutionDue;
        a.closedOnCall = closedOnCall;
        REQUIRE(store->enqueue(a).ok());
        session.noteAppealFiled(a.clientId.toString(QUuid::WithoutBraces));
        return a;
    }
    void deliver() {
        for (int i = 0; i < 5 && store->pendingTotal() > 0; ++i) {
            QSignalSpy done(sender.get(), &outbox::OutboxSender::passFinished);
            sender->deliverDue();
            REQUIRE(done.wait(60000));
            senderClock.t = senderClock.t.addSecs(3600);
        }
        REQUIRE(store->pendingTotal() == 0);
        REQUIRE(store->failedCount() == 0);
        for (const outbox::OutboxEntry& e : store->callRecords()) {
            INFO(e.lastError.toStdString());
            REQUIRE(e.state == outbox::OutboxEntry::State::Sent);
        }
    }
};

Result<calllog::SyncStats> syncOnce(calllog::CallLogSync& sync, QList<QPair<int, int>>* progress = nullptr) {
    auto out = test::awaitCallback<Result<calllog::SyncStats>>(
        [&](auto done) {
            sync.run(
                [progress](int received, int total) {
                    progress ? progress->append({received, total}) : void();
                },
                done);
        },
        180000);
    REQUIRE(out.has_value());
    return *out;
}

calllog::HistoryView historyOf(calllog::IssueHistoryFetcher& fetcher, int issueId) {
    auto out = test::awaitCallback<calllog::HistoryView>([&](auto done) { fetcher.fetch(issueId, done); });
    REQUIRE(out.has_value());
    return *out;
}

net::UserModes modesOf(const QString& user) {
    it::Client c(user);
    QObject context;
    auto out = test::awaitCallback<Result<net::Account>>(
        [&](auto done) { net::AccountService::currentAccount(c.client, &context, done); });
    REQUIRE(out.has_value());
    REQUIRE(out->ok());
    return out->value().modes;
}

int countUpdatedSince(const calllog::CallLogCache& cache, const QDateTime& since) {
    const auto records = cache.records();
    return int(std::count_if(records.cbegin(), records.cend(),
                             [&](const calllog::CallLogRecord& r) { return r.updatedOn >= since; }));
}

QString uniqueCategory() {
    return QStringLiteral("it/supervisor-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

} // namespace

TEST_CASE("calls of two operators, with and without appeals, reach the supervisor with the right figures",
          "[integration][supervisor]") {
    const QString category = uniqueCategory(); // this run's calls only, whatever else the server holds
    Desk op1(QStringLiteral("OPERATOR1"));
    Desk op2(QStringLiteral("OPERATOR2"));

    // A (operator1, Mon 2 Nov 10:00): searched, opened an article, filed a simple consultation closed on the call
    // 100 s in, searched once more (nothing found) and ended the call at 240 s.
    op1.callClock.set(msk(11, 2, 10, 0));
    op1.session.start();
    op1.session.noteSearch(QStringLiteral("порубочный билет"), 3);
    op1.session.noteArticleOpened(QStringLiteral("porubochnyy-bilet"), category);
    op1.callClock.advance(100);
    const domain::Appeal a = op1.file(domain::AppealKind::Simple, category, true);
    op1.callClock.advance(5);
    op1.session.noteSearch(QStringLiteral("вывоз снега"), 0);
    op1.callClock.advance(135);
    op1.session.end();
    // B (operator1, Tue 3 Nov 16:10, before the 4 Nov holiday): ended at 420 s, then the complex appeal filed.
    op1.callClock.set(msk(11, 3, 16, 10));
    op1.session.start();
    op1.session.noteArticleOpened(QStringLiteral("gpzu-izmenenie"), category);
    op1.callClock.advance(420);
    op1.session.end();
    const domain::Appeal b = op1.file(domain::AppealKind::Complex, category, false);
    // C (operator2, Mon 2 Nov 11:00): nothing in the KB, answered anyway, no appeal: a «Звонок».
    op2.callClock.set(msk(11, 2, 11, 0));
    op2.session.start();
    op2.session.noteSearch(QStringLiteral("маркировка пива"), 0);
    op2.session.noteArticleOpened(QStringLiteral("razreshenie-taksi"), category);
    op2.callClock.advance(90);
    REQUIRE(op2.session.discard(call::CallResult::Consulted));
    // D (operator2, Mon 2 Nov 11:30): two appeals in one call of 300 s.
    op2.callClock.set(msk(11, 2, 11, 30));
    op2.session.start();
    op2.callClock.advance(60);
    const domain::Appeal d1 = op2.file(domain::AppealKind::Simple, category, false);
    op2.callClock.advance(60);
    const domain::Appeal d2 = op2.file(domain::AppealKind::Complex, category, false);
    op2.callClock.advance(180);
    op2.session.end();
    REQUIRE(op1.store->callRecords().size() == 2);
    REQUIRE(op2.store->callRecords().size() == 2);
    op1.deliver();
    op2.deliver();

    it::Client supervisor(QStringLiteral("SUPERVISOR1"));
    QTemporaryDir dir;
    auto cache = calllog::CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite")), policy()).value();
    calllog::CallLogSync sync(supervisor.client, *cache);
    QList<QPair<int, int>> progress;
    const auto full = syncOnce(sync, &progress);
    REQUIRE(full.ok());
    CHECK(full.value().received >= 5);
    CHECK(full.value().changed == full.value().received);
    CHECK(full.value().pages ==
          (full.value().received + calllog::CallLogSync::pageSize - 1) / calllog::CallLogSync::pageSize);
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last().first == progress.last().second);

    // The supervisor's table, filtered to this run's category: four calls, five rows (D has two appeals).
    calllog::CallLogTableModel table(*cache);
    calllog::CallLogQuery query;
    query.category = category;
    query.sort = calllog::CallLogQuery::Sort::Start;
    query.descending = false;
    table.setQuery(query);
    const QDateTime friday = msk(11, 6, 17, 0);
    table.reload(friday);
    REQUIRE(table.rowCount() == 5);
    QHash<QString, calllog::CallLogRecord> byUuid;
    QHash<QString, calllog::DeadlineState> states;
    QHash<QString, QDateTime> deadlines;
    for (int row = 0; row < table.rowCount(); ++row) {
        const calllog::CallLogRecord r = *table.record(row);
        byUuid.insert(r.clientUuid, r);
        states.insert(r.clientUuid, table.stateAt(row));
        deadlines.insert(r.clientUuid, table.deadlineAt(row));
    }
    auto rec = [&](const domain::Appeal& x) { return byUuid.value(x.clientId.toString(QUuid::WithoutBraces)); };
    const calllog::CallLogRecord recA = rec(a), recB = rec(b), recD1 = rec(d1), recD2 = rec(d2);
    const auto callC =
        std::find_if(byUuid.cbegin(), byUuid.cend(), [](const auto& r) { return r.kindId == QLatin1String("call"); });
    REQUIRE(callC != byUuid.cend());
    const calllog::CallLogRecord recC = *callC;

    CHECK(recA.operatorId == recB.operatorId);
    CHECK(recA.operatorId != recC.operatorId);
    CHECK(recC.operatorId == recD1.operatorId);
    CHECK(recA.callStart == msk(11, 2, 10, 0));
    CHECK(recA.callSeconds == 240); // the whole call, not the 100 s at filing
    CHECK(recA.result == QStringLiteral("Обращение зарегистрировано"));
    CHECK(net::searchesFromText(recA.searches) ==
          QList<call::CallSearch>{{QStringLiteral("порубочный билет"), 3}, {QStringLiteral("вывоз снега"), 0}});
    CHECK(recA.allArticles() == QStringList{a.articleId, QStringLiteral("porubochnyy-bilet")});
    CHECK(recA.closed);
    CHECK(recB.callSeconds == 420);
    CHECK(recC.tracker == QStringLiteral("Звонок"));
    CHECK(recC.closed);
    CHECK(recC.callSeconds == 90);
    CHECK(recC.result == QStringLiteral("Консультация дана"));
    CHECK(recC.articleId == QStringLiteral("razreshenie-taksi"));
    CHECK(recD1.callUuid == recD2.callUuid);
    CHECK(recD1.countsAsCall());
    CHECK_FALSE(recD2.countsAsCall()); // the second appeal of call D
    CHECK(recD1.callSeconds == 300);
    // Production calendar: B (3 Nov 16:10, after the cut-off, 4 Nov a holiday) is due Fri 6 Nov 18:00; D2
    // (2 Nov, N=2) is due Tue 3 Nov at 17:00, the shortened pre-holiday day.
    CHECK(deadlines.value(b.clientId.toString(QUuid::WithoutBraces)) == msk(11, 6, 18, 0));
    CHECK(deadlines.value(d2.clientId.toString(QUuid::WithoutBraces)) == msk(11, 3, 17, 0));
    CHECK(states.value(b.clientId.toString(QUuid::WithoutBraces)) == calllog::DeadlineState::DueToday);
    CHECK(states.value(a.clientId.toString(QUuid::WithoutBraces)) == calllog::DeadlineState::Missed); // closed today
    CHECK(states.value(d2.clientId.toString(QUuid::WithoutBraces)) == calllog::DeadlineState::Overdue);

    const calllog::DashboardFigures f = cache->figures(query, friday).value();
    CHECK(f.total.calls == 4);
    CHECK(f.total.handled == 4);
    CHECK(f.total.averageSeconds == Approx(262.5)); // (240 + 420 + 90 + 300) / 4
    CHECK(f.total.medianSeconds == Approx(270.0));  // 90 [240 300] 420
    CHECK(f.total.simple == 2);
    CHECK(f.total.simpleClosedOnCall == 1);
    CHECK(f.total.missed == 1);   // A
    CHECK(f.total.dueToday == 1); // B
    CHECK(f.total.overdue == 2);  // D1 (due 2 Nov 18:00), D2 (due 3 Nov 17:00)
    CHECK(f.total.met + f.total.open == 0);
    CHECK(f.perHour[10] == 1);
    CHECK(f.perHour[11] == 2);
    CHECK(f.perHour[16] == 1);
    REQUIRE(f.perOperator.size() == 2);
    CHECK(f.perOperator.value(recA.operatorName).averageSeconds == Approx(330.0));
    CHECK(f.perOperator.value(recC.operatorName).averageSeconds == Approx(195.0));
    CHECK(f.topArticles.first() == qMakePair(a.articleId, 4)); // A, B, D1, D2
    CHECK(f.topArticles.size() == 4);
    CHECK(f.emptySearches ==
          QList<QPair<QString, int>>{{QStringLiteral("вывоз снега"), 1}, {QStringLiteral("маркировка пива"), 1}});

    // The detail view's history: the call's final figures were put onto A by operator1's workstation.
    SystemClock historyClock;
    calllog::IssueHistoryFetcher fetcher(&supervisor.client, *cache, historyClock);
    const calllog::HistoryView history = historyOf(fetcher, recA.issueId);
    REQUIRE(history.history);
    CHECK_FALSE(history.fromCache);
    bool durationChange = false;
    for (const auto& e : history.history->entries) {
        for (const auto& c : e.changes)
            durationChange |= c.field == QStringLiteral("Длительность звонка, с") && c.from == QStringLiteral("100") &&
                              c.to == QStringLiteral("240");
    }
    CHECK(durationChange);
    // Offline: the history saved a moment ago, with a note saying so.
    it::Client unreachable(QStringLiteral("SUPERVISOR1"), QStringLiteral("https://127.0.0.1:1"), 3000);
    calllog::IssueHistoryFetcher offlineFetcher(&unreachable.client, *cache, historyClock);
    const calllog::HistoryView offline = historyOf(offlineFetcher, recA.issueId);
    REQUIRE(offline.history);
    CHECK(offline.fromCache);
    CHECK(offline.history->entries.size() == history.history->entries.size());
    CHECK_FALSE(offline.notice.isEmpty());

    // A note on B and one more call without an appeal: the second sync fetches those (plus the issues at the
    // watermark), the third nothing.
    // Redmine's ">=" on updated_on means "after one second before" (Query#date_clause): what changed in the
    // watermark's second and the one before comes again, and is skipped by the cache as unchanged.
    const int atWatermark = countUpdatedSince(*cache, full.value().watermark.addSecs(-1));
    const auto note = net::RedmineClient::wait([&](QObject* ctx, auto cb) {
        supervisor.client.put(
            QStringLiteral("/issues/%1.json").arg(recB.issueId),
            QJsonObject{{QStringLiteral("issue"), QJsonObject{{QStringLiteral("notes"), QStringLiteral("Проверено")}}}},
            ctx, cb);
    });
    REQUIRE(note.ok());
    op2.callClock.set(msk(11, 5, 9, 0));
    op2.session.start();
    op2.callClock.advance(12);
    op2.session.discard(call::CallResult::Dropped);
    op2.deliver();
    const auto incremental = syncOnce(sync);
    REQUIRE(incremental.ok());
    CHECK(incremental.value().changed == 2);
    CHECK(atWatermark >= 1);
    CHECK(incremental.value().received >= 2);
    CHECK(incremental.value().received <= 2 + atWatermark);
    CHECK(incremental.value().received < full.value().received + 2);
    CHECK(cache->lastSync() >= full.value().watermark);
    table.reload(friday);
    CHECK(table.rowCount() == 5); // the dropped call had no article: no category
    const QString dropped = op2.store->callRecords().first().call.id.toString(QUuid::WithoutBraces);
    const auto records = cache->records();
    const auto e =
        std::find_if(records.cbegin(), records.cend(), [&](const auto& r) { return r.clientUuid == dropped; });
    REQUIRE(e != records.cend());
    CHECK(e->result == QStringLiteral("Сорвался"));
    CHECK(e->callSeconds == 12);
    const auto idle = syncOnce(sync);
    REQUIRE(idle.ok());
    CHECK(idle.value().changed == 0);
}

TEST_CASE("Operators see the line's appeals but not other operators' call records, the supervisor sees all",
          "[integration][supervisor]") {
    const auto e = it::env();
    const QString inn = QString::number(QRandomGenerator::global()->bounded(1000000000, 2000000000));
    Desk op1(QStringLiteral("OPERATOR1"));
    Desk op2(QStringLiteral("OPERATOR2"));
    for (Desk* desk : {&op1, &op2}) {
        // A call with an appeal, then a call without one (a «Звонок» record).
        desk->callClock.set(msk(11, 23, 10, 0));
        desk->session.start();
        desk->callClock.advance(60);
        domain::Appeal appeal = test::makeAppeal(domain::AppealKind::Complex);
        appeal.inn = inn;
        REQUIRE(desk->store->enqueue(appeal).ok());
        desk->session.noteAppealFiled(appeal.clientId.toString(QUuid::WithoutBraces));
        desk->session.end();
        desk->session.start();
        desk->callClock.advance(30);
        desk->session.discard(call::CallResult::Consulted);
        desk->deliver();
    }
    const int op2Appeal = op2.store->entries().first().redmineIssueId;
    const int op2Call = op2.store->callRecords().first().redmineIssueId;
    const int op1Call = op1.store->callRecords().first().redmineIssueId;
    REQUIRE(op2Call != op2Appeal);

    it::Client operatorKey(QStringLiteral("OPERATOR1"));
    it::Client supervisorKey(QStringLiteral("SUPERVISOR1"));
    // By number: a colleague's appeal yes, a colleague's call record no, the operator's own call record yes.
    CHECK(operatorKey.get(QStringLiteral("/issues/%1.json").arg(op2Appeal)).ok());
    CHECK(operatorKey.get(QStringLiteral("/issues/%1.json").arg(op2Call)).httpStatus == 403);
    CHECK(operatorKey.get(QStringLiteral("/issues/%1.json").arg(op1Call)).ok());
    CHECK(supervisorKey.get(QStringLiteral("/issues/%1.json").arg(op2Call)).ok());
    // In lists: the call records an operator's key gets are the operator's own.
    QUrlQuery all;
    all.addQueryItem(QStringLiteral("project_id"), net::names::project);
    all.addQueryItem(QStringLiteral("status_id"), QStringLiteral("*"));
    all.addQueryItem(QStringLiteral("sort"), QStringLiteral("id:desc"));
    all.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    const auto seen = operatorKey.get(QStringLiteral("/issues.json"), all);
    REQUIRE(seen.ok());
    const QString op1Id = e.value(QStringLiteral("REDMINE_UID_OPERATOR1"));
    bool colleaguesAppeal = false;
    for (const QJsonValue& v : seen.json.object().value(QLatin1String("issues")).toArray()) {
        const QString tracker = v[QLatin1String("tracker")][QLatin1String("name")].toString();
        const QString author = QString::number(v[QLatin1String("author")][QLatin1String("id")].toInt());
        if (tracker == net::names::trackerCall) {
            INFO("call record #" << v[QLatin1String("id")].toInt());
            CHECK(author == op1Id);
        }
        colleaguesAppeal |= v[QLatin1String("id")].toInt() == op2Appeal;
    }
    CHECK(colleaguesAppeal);
    // A sync with an operator's key never gets another operator's call records.
    QTemporaryDir dir;
    auto cache = calllog::CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite")), policy()).value();
    calllog::CallLogSync operatorSync(operatorKey.client, *cache);
    REQUIRE(syncOnce(operatorSync).ok());
    for (const calllog::CallLogRecord& r : cache->records()) {
        if (r.kindId == QLatin1String("call"))
            CHECK(QString::number(r.operatorId) == op1Id);
    }

    // The duplicate hint covers the whole line for operators and supervisors.
    auto hints = [&](it::Client& client, const net::UserModes& modes) {
        QObject context;
        auto schema = test::awaitCallback<Result<net::RedmineSchema>>(
            [&](auto done) { net::RedmineSchema::discover(client.client, &context, done); });
        REQUIRE(schema.has_value());
        REQUIRE(schema->ok());
        auto out = test::awaitCallback<Result<net::DuplicateHints>>([&](auto done) {
            net::findOpenAppealsByInn(client.client, schema->value(), inn, {}, modes, &context, done);
        });
        REQUIRE(out.has_value());
        REQUIRE(out->ok());
        return out->value();
    };
    const net::DuplicateHints line = hints(operatorKey, modesOf(QStringLiteral("OPERATOR1")));
    CHECK_FALSE(line.ownOnly);
    CHECK(line.hints.size() == 2);
    CHECK(line.total == 2);
    const net::DuplicateHints whole = hints(supervisorKey, modesOf(QStringLiteral("SUPERVISOR1")));
    CHECK_FALSE(whole.ownOnly);
    CHECK(whole.hints.size() == 2);
}

TEST_CASE("supervisor mode follows the Redmine roles", "[integration][supervisor]") {
    CHECK(net::supervisorModeAccess(modesOf(QStringLiteral("SUPERVISOR1"))).ok());
    CHECK(net::supervisorModeAccess(modesOf(QStringLiteral("ADMIN"))).ok());
    for (const QString& user : {QStringLiteral("OPERATOR1"), QStringLiteral("OPERATOR2"), QStringLiteral("EDITOR1"),
                                QStringLiteral("EXECUTOR1")}) {
        INFO(user.toStdString());
        const Status gate = net::supervisorModeAccess(modesOf(user));
        REQUIRE_FALSE(gate.ok());
        CHECK(gate.error().code == Error::Code::Forbidden);
    }

    // Redmine's side: data only the Супервизор role may read is refused to an operator's key.
    it::Client op(QStringLiteral("OPERATOR1"));
    CHECK(op.get(QStringLiteral("/projects/hotline0150/time_entries.json")).httpStatus == 403);
    it::Client sup(QStringLiteral("SUPERVISOR1"));
    CHECK(sup.get(QStringLiteral("/projects/hotline0150/time_entries.json")).ok());
}

TEST_CASE("provisioning a server set up by the previous scripts gives operators the line's appeals and only their own "
          "call records, then changes nothing",
          "[integration][supervisor]") {
    // The previous provision.rb: operators saw only their own issues, of every tracker, and could not edit them;
    // the call-records role did not exist on their memberships.
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("old-operator-role.rb"));
    QFile f(old);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("role = Role.find_by!(name: 'Оператор 0150')\n"
            "role.issues_visibility = 'own'\n"
            "role.permissions = role.permissions - [:edit_own_issues]\n"
            "role.set_permission_trackers(:view_issues, :all)\n"
            "role.set_permission_trackers(:add_issue_notes, :all)\n"
            "role.save!\n"
            "calls = Role.find_by!(name: 'Оператор 0150 (свои звонки)')\n"
            "project = Project.find_by!(identifier: 'hotline0150')\n"
            "Member.where(project_id: project.id).each do |m|\n"
            "  next unless m.role_ids.include?(calls.id)\n"
            "  m.role_ids = m.role_ids - [calls.id]\n"
            "  m.save!\n"
            "end\n"
            "puts \"visibility #{role.reload.issues_visibility}\"\n");
    f.close();
    const QString before = it::harness({QStringLiteral("runner"), it::harnessDir(), old});
    INFO(before.toStdString());
    REQUIRE(before.contains(QStringLiteral("visibility own")));
    const QString upgrade = it::harness({QStringLiteral("provision"), it::harnessDir()});
    INFO(upgrade.toStdString());
    CHECK(upgrade.contains(QStringLiteral("updated: role Оператор 0150 (issues_visibility)")));
    CHECK(upgrade.contains(QStringLiteral("+edit_own_issues")));
    CHECK(upgrade.contains(QStringLiteral("updated: role Оператор 0150 view_issues trackers")));
    CHECK(upgrade.contains(QStringLiteral("updated: role Оператор 0150 add_issue_notes trackers")));
    CHECK(upgrade.contains(QStringLiteral("(+Оператор 0150 (свои звонки))")));
    const QString again = it::harness({QStringLiteral("provision"), it::harnessDir()});
    INFO(again.toStdString());
    CHECK(again.contains(QRegularExpression(QStringLiteral("^created 0, updated 0, unchanged \\d+"),
                                            QRegularExpression::MultilineOption)));
    // And the server keeps other operators' call records from operators again, their own ones not.
    Desk op1(QStringLiteral("OPERATOR1"));
    Desk op2(QStringLiteral("OPERATOR2"));
    for (Desk* desk : {&op1, &op2}) {
        desk->callClock.set(msk(11, 24, 11, 0));
        desk->session.start();
        desk->callClock.advance(20);
        desk->session.discard(call::CallResult::Consulted);
        desk->deliver();
    }
    it::Client op(QStringLiteral("OPERATOR1"));
    CHECK(op.get(QStringLiteral("/issues/%1.json").arg(op1.store->callRecords().first().redmineIssueId)).ok());
    CHECK(op.get(QStringLiteral("/issues/%1.json").arg(op2.store->callRecords().first().redmineIssueId)).httpStatus ==
          403);
}
