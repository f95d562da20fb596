#include "outbox/OutboxSender.h"

#include "CatchQt.h"
#include "FakeRedmine.h"
#include "TestAppeals.h"
#include "TestPaths.h"
#include "itemmodels/OutboxModel.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace hotline;
using namespace hotline::outbox;
using namespace std::chrono_literals;
using test::FakeRedmine;
using Fault = FakeRedmine::Fault;
using domain::Algorithm;
using domain::AppealKind;

namespace {

struct Rig {
    QTemporaryDir dir;
    test::FakeNetwork net;
    FakeRedmine redmine{net};
    net::RedmineClient client{net};
    test::FakeClock clock;
    domain::ReferenceData reference = domain::ReferenceData::load(test::kbDir() + QStringLiteral("/reference")).value();
    std::unique_ptr<OutboxStore> store;
    std::unique_ptr<OutboxSender> sender;

    Rig() {
        store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.sqlite")), clock).value();
        net::ServerConfig c;
        c.url = QUrl(QStringLiteral("https://redmine.example.ru"));
        c.timeoutMs = 100;
        REQUIRE(client.configure(c).ok());
        client.setApiKey("k");
        newSender();
    }
    void newSender() {
        sender = std::make_unique<OutboxSender>(*store, client, reference, clock, [] { return 0.0; });
        sender->setRetryPolicy({1000ms, 60000ms});
    }
    qint64 add(const domain::Appeal& a) { return store->enqueue(a).value(); }
    void pass() {
        QSignalSpy done(sender.get(), &OutboxSender::passFinished);
        sender->deliverDue();
        REQUIRE(done.wait(5000));
    }
    OutboxEntry entry(qint64 id) const { return *store->entry(id); }
    QJsonObject issueWithUuid(const QUuid& id) const {
        for (const QJsonObject& i : redmine.issues) {
            if (FakeRedmine::uuidOf(i) == id.toString(QUuid::WithoutBraces))
                return i;
        }
        return {};
    }
};

} // namespace

TEST_CASE("Sender files a closed simple consultation and records the issue number", "[net][outbox]") {
    Rig rig;
    const domain::Appeal a = test::makeAppeal(AppealKind::Simple);
    const qint64 id = rig.add(a);
    rig.pass();
    REQUIRE(rig.redmine.issues.size() == 1);
    const QJsonObject issue = rig.redmine.issues.first();
    CHECK(issue.value(QLatin1String("status_id")).toInt() == 5);
    CHECK(issue.value(QLatin1String("tracker_id")).toInt() == 4);
    CHECK(issue.value(QLatin1String("due_date")).toString() == QStringLiteral("2026-03-02"));
    CHECK(issue.value(QLatin1String("assigned_to_id")).toInt() == 50);
    const OutboxEntry e = rig.entry(id);
    CHECK(e.state == OutboxEntry::State::Sent);
    CHECK(e.redmineIssueId == 1000);
    CHECK_FALSE(e.maybeDelivered);
}

TEST_CASE("Sender marks the attempt durably before the POST leaves", "[net][outbox]") {
    Rig rig;
    const qint64 id = rig.add(test::makeAppeal(AppealKind::Complex));
    bool checked = false;
    auto inner = rig.net.handler;
    rig.net.handler = [&](const test::FakeRequest& r) {
        if (r.method() == QLatin1String("POST")) {
            const OutboxEntry e = rig.entry(id);
            CHECK(e.maybeDelivered);
            CHECK(e.attempts == 1);
            checked = true;
        }
        return inner(r);
    };
    rig.pass();
    CHECK(checked);
    CHECK(rig.entry(id).state == OutboxEntry::State::Sent);
}

TEST_CASE("Sender never duplicates after a reset or a timeout once the issue was created", "[net][outbox]") {
    for (Fault fault : {Fault::ResetAfterCreate, Fault::TimeoutAfterCreate}) {
        Rig rig;
        const domain::Appeal a = test::makeAppeal(AppealKind::Task);
        const qint64 id = rig.add(a);
        rig.redmine.postFaults = {fault};
        rig.pass();
        OutboxEntry e = rig.entry(id);
        CHECK(e.state == OutboxEntry::State::Pending);
        CHECK(e.maybeDelivered);
        // What happened, then what becomes of the appeal (it may be on the server: it is looked up first).
        CHECK(e.lastError.endsWith(QStringLiteral(
            ". Обращение остаётся в исходящих; перед повторной отправкой оно будет проверено на сервере.")));
        CHECK(e.lastError.size() > 100);
        CHECK(e.nextAttemptAt == rig.clock.t.addMSecs(500));
        rig.clock.t = rig.clock.t.addSecs(1);
        rig.pass();
        e = rig.entry(id);
        CHECK(e.state == OutboxEntry::State::Sent);
        CHECK(rig.redmine.posts == 1);
        CHECK(rig.redmine.countWithUuid(a.clientId.toString(QUuid::WithoutBraces)) == 1);
        CHECK(e.redmineIssueId == 1000);
    }
}

TEST_CASE("Sender creates parent and subtasks for several agencies exactly once across failures", "[net][outbox]") {
    Rig rig;
    const domain::Appeal a = test::makeAppeal(AppealKind::Task, Algorithm::Omsu);
    const qint64 id = rig.add(a);
    // parent ok, first subtask created but reset, then a 500 on the second
    rig.redmine.postFaults = {Fault::None, Fault::ResetAfterCreate};
    rig.pass();
    CHECK(rig.redmine.issues.size() == 2);
    rig.clock.t = rig.clock.t.addSecs(10);
    rig.redmine.postFaults = {Fault::Error500};
    rig.pass();
    CHECK(rig.entry(id).state == OutboxEntry::State::Pending);
    rig.clock.t = rig.clock.t.addSecs(10);
    rig.pass();
    REQUIRE(rig.entry(id).state == OutboxEntry::State::Sent);
    // parent + 2 agencies + the municipality
    REQUIRE(rig.redmine.issues.size() == 4);
    const int parent = rig.issueWithUuid(a.clientId).value(QLatin1String("id")).toInt();
    CHECK(rig.entry(id).redmineIssueId == parent);
    QList<int> assignees;
    for (int i = 1; i <= 3; ++i) {
        const QJsonObject sub = rig.issueWithUuid(net::subtaskClientId(a.clientId, i));
        REQUIRE_FALSE(sub.isEmpty());
        CHECK(sub.value(QLatin1String("parent_issue_id")).toInt() == parent);
        assignees << sub.value(QLatin1String("assigned_to_id")).toInt();
    }
    CHECK(assignees == QList<int>{50, 51, 0}); // the municipality has no group in this fake
}

TEST_CASE("Sender: 422 fails the entry for a person, later entries still go", "[net][outbox]") {
    Rig rig;
    const qint64 first = rig.add(test::makeAppeal(AppealKind::Complex));
    const qint64 second = rig.add(test::makeAppeal(AppealKind::Complex));
    rig.redmine.postFaults = {Fault::Reject422};
    QSignalSpy failed(rig.sender.get(), &OutboxSender::failed);
    rig.pass();
    CHECK(failed.size() == 1);
    CHECK(rig.entry(first).state == OutboxEntry::State::Failed);
    CHECK(rig.entry(first).lastError.contains(QStringLiteral("ИНН is invalid")));
    CHECK(rig.entry(second).state == OutboxEntry::State::Sent);
}

TEST_CASE("Sender checks an appeal to every agency in lookups Redmine can answer, and files nothing twice",
          "[net][outbox]") {
    // Redmine 5.0 keeps an API request's filter in its 4 KB cookie session: ≈ 45 client UUIDs in one cf_N filter
    // and it answers HTTP 500, every time. An appeal to all the agencies has more issues than fit comfortably.
    Rig rig;
    domain::Appeal a = test::makeAppeal(AppealKind::Task, Algorithm::Multi);
    a.agencyIds.clear();
    for (const domain::Agency& agency : rig.reference.agencies())
        a.agencyIds << agency.id;
    REQUIRE(a.agencyIds.size() >= 30);
    const qint64 id = rig.add(a);
    rig.redmine.postFaults = {Fault::None, Fault::TimeoutAfterCreate}; // the first subtask's answer is lost
    rig.pass();
    REQUIRE(rig.entry(id).maybeDelivered);
    rig.net.requests.clear();
    rig.clock.t = rig.clock.t.addSecs(10);
    rig.pass();
    REQUIRE(rig.entry(id).state == OutboxEntry::State::Sent);
    int lookups = 0;
    qsizetype largest = 0;
    for (const auto& r : rig.net.requests) {
        const QUrlQuery q(r.request.url());
        const QString uuids = q.queryItemValue(QStringLiteral("cf_%1").arg(FakeRedmine::uuidField));
        if (r.method() != QLatin1String("GET") || uuids.isEmpty())
            continue;
        ++lookups;
        largest = std::max(largest, uuids.split(QLatin1Char('|')).size());
    }
    CHECK(lookups >= 2);
    CHECK(largest <= 20);
    // Every planned issue exactly once: the two that existed were found, the rest created.
    CHECK(rig.redmine.countWithUuid(a.clientId.toString(QUuid::WithoutBraces)) == 1);
    for (int i = 1; i <= a.agencyIds.size(); ++i)
        CHECK(rig.redmine.countWithUuid(net::subtaskClientId(a.clientId, i).toString(QUuid::WithoutBraces)) == 1);
}

TEST_CASE("Sender keeps the order and backs off exponentially while the server is down", "[net][outbox]") {
    Rig rig;
    const qint64 first = rig.add(test::makeAppeal(AppealKind::Simple));
    const qint64 second = rig.add(test::makeAppeal(AppealKind::Simple));
    rig.redmine.getFaults = {Fault::DownForGets, Fault::DownForGets, Fault::DownForGets};
    QList<qint64> waits;
    for (int i = 0; i < 3; ++i) {
        const QDateTime before = rig.clock.t;
        rig.pass();
        const OutboxEntry e = rig.entry(first);
        CHECK(e.state == OutboxEntry::State::Pending);
        CHECK_FALSE(e.maybeDelivered); // nothing was posted: no lookup needed later
        CHECK(e.lastError.endsWith(QStringLiteral(". Обращение остаётся в исходящих и будет отправлено позже.")));
        waits << before.msecsTo(e.nextAttemptAt);
        CHECK(rig.entry(second).state == OutboxEntry::State::Pending);
        rig.clock.t = e.nextAttemptAt;
    }
    CHECK(waits == QList<qint64>{500, 1000, 2000});
    rig.pass();
    CHECK(rig.entry(first).state == OutboxEntry::State::Sent);
    CHECK(rig.entry(second).state == OutboxEntry::State::Sent);
    CHECK(rig.entry(first).redmineIssueId < rig.entry(second).redmineIssueId);
}

TEST_CASE("Sender: a crash mid-request is recovered after restart without duplicates", "[net][outbox]") {
    Rig rig;
    const domain::Appeal a = test::makeAppeal(AppealKind::Complaint);
    const qint64 id = rig.add(a);
    rig.redmine.postFaults = {Fault::TimeoutAfterCreate};
    rig.sender->deliverDue();
    // Wait until the POST is out (the server already created the issue), then "kill" the sender.
    QTRY_VERIFY_WITH_TIMEOUT(rig.redmine.posts == 1, 2000);
    rig.newSender();
    CHECK(rig.entry(id).maybeDelivered);
    rig.pass();
    REQUIRE(rig.entry(id).state == OutboxEntry::State::Sent);
    CHECK(rig.redmine.countWithUuid(a.clientId.toString(QUuid::WithoutBraces)) == 1);
    // the complaint plus its three roadmap steps, with their own due dates and the step tracker
    REQUIRE(rig.redmine.issues.size() == 4);
    const QJsonObject step2 = rig.issueWithUuid(net::subtaskClientId(a.clientId, 2));
    CHECK(step2.value(QLatin1String("tracker_id")).toInt() == 9);
    CHECK(step2.value(QLatin1String("due_date")).toString() == QStringLiteral("2026-03-04"));
    CHECK(step2.value(QLatin1String("subject")).toString() == QStringLiteral("Проверка ведомством"));
}

namespace {

call::CallRecord finishedCall(const QStringList& appeals, call::CallResult result) {
    call::CallRecord c;
    c.id = QUuid::createUuid();
    c.start = domain::moscowDateTime(QDate(2026, 3, 2), QTime(10, 15));
    c.durationSeconds = 412;
    c.end = c.start.addSecs(c.durationSeconds);
    c.operatorLogin = QStringLiteral("operator1");
    c.categoryId = QStringLiteral("stroyka/porubka");
    c.articleId = QStringLiteral("porubochnyy-bilet");
    c.articles = {QStringLiteral("gpzu-izmenenie"), QStringLiteral("porubochnyy-bilet")};
    c.searches = {{QStringLiteral("вывоз снега"), 0}, {QStringLiteral("порубочный билет"), 3}};
    c.appealClientIds = appeals;
    c.result = result;
    c.outcome = appeals.isEmpty() ? call::CallRecord::Outcome::Discarded : call::CallRecord::Outcome::Filed;
    return c;
}

QString id(const domain::Appeal& a) {
    return a.clientId.toString(QUuid::WithoutBraces);
}

} // namespace

TEST_CASE("A call with no appeal is filed once as a closed «Звонок» with its figures", "[net][outbox][call]") {
    Rig rig;
    const call::CallRecord c = finishedCall({}, call::CallResult::Consulted);
    const qint64 entry = rig.store->enqueueCall(c).value();
    rig.redmine.postFaults = {Fault::ResetAfterCreate}; // created, the answer lost
    QSignalSpy recorded(rig.sender.get(), &OutboxSender::callRecorded);
    QSignalSpy delivered(rig.sender.get(), &OutboxSender::delivered);
    rig.pass();
    CHECK(rig.entry(entry).state == OutboxEntry::State::Pending);
    CHECK(rig.entry(entry).maybeDelivered);
    rig.clock.t = rig.clock.t.addSecs(10);
    rig.pass();
    REQUIRE(rig.entry(entry).state == OutboxEntry::State::Sent);
    CHECK(rig.redmine.posts == 1);
    REQUIRE(rig.redmine.countWithUuid(c.id.toString(QUuid::WithoutBraces)) == 1);
    const QJsonObject issue = rig.issueWithUuid(c.id);
    CHECK(issue.value(QLatin1String("tracker_id")).toInt() == 8); // «Звонок»
    CHECK(issue.value(QLatin1String("status_id")).toInt() == 5);  // filed closed
    CHECK(issue.value(QLatin1String("subject")).toString() ==
          QStringLiteral("Звонок 02.03.2026 10:15 (6:52) — Консультация дана"));
    CHECK(FakeRedmine::fieldOf(issue, FakeRedmine::secondsField) == QStringLiteral("412"));
    CHECK(FakeRedmine::fieldOf(issue, FakeRedmine::searchesField) ==
          QStringLiteral("вывоз снега\t0\nпорубочный билет\t3\n"));
    CHECK(FakeRedmine::fieldOf(issue, FakeRedmine::articlesField) ==
          QStringLiteral("gpzu-izmenenie, porubochnyy-bilet"));
    CHECK(FakeRedmine::fieldOf(issue, FakeRedmine::resultField) == QStringLiteral("Консультация дана"));
    CHECK(FakeRedmine::fieldOf(issue, FakeRedmine::operatorField) == QStringLiteral("operator1"));
    CHECK(FakeRedmine::fieldOf(issue, 2) == QStringLiteral("stroyka/porubka")); // «Категория»
    CHECK(rig.entry(entry).redmineIssueId == issue.value(QLatin1String("id")).toInt());
    CHECK(recorded.count() == 1);
    CHECK(delivered.count() == 0); // the operator's "last appeal filed as #N" is about appeals
}

TEST_CASE("A call with appeals puts its figures onto the first appeal and its UUID onto every one",
          "[net][outbox][call]") {
    Rig rig;
    const domain::Appeal first = test::makeAppeal(AppealKind::Simple);
    const domain::Appeal second = test::makeAppeal(AppealKind::Complex);
    const qint64 a1 = rig.add(first);
    const qint64 a2 = rig.add(second);
    const call::CallRecord c = finishedCall({id(first), id(second)}, call::CallResult::AppealFiled);
    const qint64 entry = rig.store->enqueueCall(c).value();
    rig.redmine.putFaults = {Fault::None, Fault::Error500}; // the second PUT fails once
    rig.pass();
    CHECK(rig.entry(a1).state == OutboxEntry::State::Sent);
    CHECK(rig.entry(a2).state == OutboxEntry::State::Sent);
    CHECK(rig.entry(entry).state == OutboxEntry::State::Pending);
    rig.clock.t = rig.clock.t.addSecs(10);
    rig.pass();
    REQUIRE(rig.entry(entry).state == OutboxEntry::State::Sent);
    CHECK(rig.redmine.posts == 2); // no «Звонок»: the appeals carry the call
    CHECK(rig.redmine.puts == 4);  // both again after the failure: a PUT is harmless to repeat
    const QJsonObject* primary = rig.redmine.issueById(rig.entry(a1).redmineIssueId);
    const QJsonObject* other = rig.redmine.issueById(rig.entry(a2).redmineIssueId);
    REQUIRE((primary && other));
    CHECK(FakeRedmine::fieldOf(*primary, FakeRedmine::secondsField) == QStringLiteral("412")); // was 245 at filing
    CHECK(FakeRedmine::fieldOf(*primary, FakeRedmine::resultField) == QStringLiteral("Обращение зарегистрировано"));
    CHECK(FakeRedmine::fieldOf(*primary, FakeRedmine::searchesField).startsWith(QStringLiteral("вывоз снега\t0")));
    CHECK(FakeRedmine::fieldOf(*primary, FakeRedmine::callUuidField) == c.id.toString(QUuid::WithoutBraces));
    CHECK(FakeRedmine::fieldOf(*other, FakeRedmine::callUuidField) == c.id.toString(QUuid::WithoutBraces));
    CHECK(FakeRedmine::fieldOf(*other, FakeRedmine::resultField).isEmpty()); // not a second call
    CHECK(FakeRedmine::fieldOf(*other, FakeRedmine::secondsField) == QStringLiteral("245"));
    CHECK(rig.entry(entry).redmineIssueId == rig.entry(a1).redmineIssueId);
}

TEST_CASE("A call whose appeal Redmine refused is still counted, as a «Звонок»", "[net][outbox][call]") {
    Rig rig;
    const domain::Appeal refused = test::makeAppeal(AppealKind::Complex);
    const qint64 a = rig.add(refused);
    const qint64 entry = rig.store->enqueueCall(finishedCall({id(refused)}, call::CallResult::AppealFiled)).value();
    rig.redmine.postFaults = {Fault::Reject422};
    rig.pass();
    CHECK(rig.entry(a).state == OutboxEntry::State::Failed);
    REQUIRE(rig.entry(entry).state == OutboxEntry::State::Sent);
    CHECK(rig.redmine.issues.size() == 1);
    CHECK(rig.redmine.issues.first().value(QLatin1String("tracker_id")).toInt() == 8);
    CHECK(rig.redmine.puts == 0);
}

TEST_CASE("A server that refuses the call's figures does not hold up the appeals behind it", "[net][outbox][call]") {
    Rig rig;
    const domain::Appeal first = test::makeAppeal(AppealKind::Simple);
    rig.add(first);
    const qint64 entry = rig.store->enqueueCall(finishedCall({id(first)}, call::CallResult::AppealFiled)).value();
    const qint64 later = rig.add(test::makeAppeal(AppealKind::Simple));
    rig.redmine.putForbidden = true; // e.g. provisioned before operators could edit their own issues
    rig.pass();
    CHECK(rig.entry(entry).state == OutboxEntry::State::Failed);
    CHECK_FALSE(rig.entry(entry).lastError.isEmpty());
    CHECK(rig.entry(later).state == OutboxEntry::State::Sent);
    CHECK(rig.store->failedCount() == 0); // the operator's outbox shows appeals; this one is a call record
}

TEST_CASE("Sender: a damaged outbox row is failed with its reason and the appeals behind it still go",
          "[net][outbox]") {
    Rig rig;
    const qint64 damaged = rig.add(test::makeAppeal(AppealKind::Complex));
    const qint64 behind = rig.add(test::makeAppeal(AppealKind::Complex));
    {
        // What a torn write or a bad disk sector leaves: a payload that no longer parses.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(rig.dir.filePath(QStringLiteral("outbox.sqlite")));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(
            q.exec(QStringLiteral("UPDATE appeals SET payload = '{\"kind\": 3, broken' WHERE id = %1").arg(damaged)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QSignalSpy failed(rig.sender.get(), &OutboxSender::failed);
    rig.pass();
    CHECK(rig.entry(behind).state == OutboxEntry::State::Sent);
    REQUIRE(rig.store->entry(damaged)); // still listed, not skipped
    const OutboxEntry e = rig.entry(damaged);
    CHECK(e.state == OutboxEntry::State::Failed);
    CHECK_FALSE(e.lastError.isEmpty());
    CHECK(e.lastError == e.unreadable);
    CHECK(failed.size() == 1);
    // The «Исходящие» dialog lists it as failed with that reason, and the status bar does not count it as waiting.
    itemmodels::OutboxModel model(rig.store.get());
    REQUIRE(model.rowCount() == 2);
    const int row = model.entryAt(0)->id == damaged ? 0 : 1;
    CHECK(model.index(row, itemmodels::OutboxModel::StateColumn).data().toString() == QStringLiteral("Ошибка"));
    CHECK(model.index(row, itemmodels::OutboxModel::ErrorColumn).data().toString() == e.lastError);
    CHECK(rig.store->pendingCount() == 0);
    CHECK(rig.store->failedCount() == 1);
}

TEST_CASE("Sender: a refused key stops delivery and says so, and after a new login it goes on with nothing lost",
          "[net][outbox]") {
    for (const int refusal : {401, 403}) {
        INFO("HTTP " << refusal);
        Rig rig;
        const domain::Appeal a = test::makeAppeal(AppealKind::Complex);
        const qint64 first = rig.add(a);
        rig.redmine.refuseKeys = refusal;
        QSignalSpy lost(rig.sender.get(), &OutboxSender::authorizationLost);
        QSignalSpy failed(rig.sender.get(), &OutboxSender::failed);
        rig.sender->start();
        REQUIRE(lost.wait(5000));
        CHECK(lost.first().first().toString() == QStringLiteral("Ключ доступа больше не действует — войдите заново"));
        CHECK_FALSE(rig.sender->isRunning());
        OutboxEntry e = rig.entry(first);
        CHECK(e.state == OutboxEntry::State::Pending); // waiting, not failed: nothing is lost
        CHECK(e.lastError == lost.first().first().toString());
        CHECK(failed.isEmpty());
        // Stopped: neither a new appeal nor the clock makes it knock again with the dead key.
        const qsizetype requests = rig.net.requests.size();
        const qint64 second = rig.add(test::makeAppeal(AppealKind::Simple));
        rig.clock.t = rig.clock.t.addSecs(3600);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        CHECK(rig.net.requests.size() == requests);
        CHECK(lost.size() == 1);

        // A new login: the key works again and delivery goes on in order, each appeal once.
        rig.redmine.refuseKeys = 0;
        QSignalSpy delivered(rig.sender.get(), &OutboxSender::delivered);
        rig.sender->start();
        REQUIRE(QTest::qWaitFor([&] { return delivered.size() == 2; }, 5000));
        CHECK(rig.entry(first).state == OutboxEntry::State::Sent);
        CHECK(rig.entry(second).state == OutboxEntry::State::Sent);
        CHECK(rig.redmine.countWithUuid(a.clientId.toString(QUuid::WithoutBraces)) == 1);
        CHECK(rig.entry(first).redmineIssueId < rig.entry(second).redmineIssueId);
    }
}

TEST_CASE("Sender: an outbox that cannot record an attempt's outcome stops sending and says so", "[net][outbox]") {
    Rig rig;
    const qint64 first = rig.add(test::makeAppeal(AppealKind::Complex));
    rig.redmine.postFaults = {Fault::Refused, Fault::Refused, Fault::Refused};
    // The disk refuses the writes that record an outcome (last_error), as a full disk or a damaged file would.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        other.setDatabaseName(rig.dir.filePath(QStringLiteral("outbox.sqlite")));
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER no_outcome BEFORE UPDATE OF last_error ON appeals "
                                      "BEGIN SELECT RAISE(FAIL, 'disk I/O error'); END")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    QSignalSpy stopped(rig.sender.get(), &OutboxSender::storeFailed);
    QSignalSpy retry(rig.sender.get(), &OutboxSender::retryScheduled);
    rig.sender->start();
    REQUIRE(stopped.wait(5000));
    CHECK(stopped.first().first().toString().startsWith(QStringLiteral("Отправка приостановлена")));
    CHECK_FALSE(rig.sender->isRunning());
    CHECK(retry.isEmpty()); // no retry is announced that the outbox does not know about
    // Stopped: the entry, its outcome not on disk, is not sent again and again at once.
    const qsizetype requests = rig.net.requests.size();
    rig.clock.t = rig.clock.t.addSecs(3600);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(rig.net.requests.size() == requests);
    CHECK(stopped.size() == 1);
    CHECK(rig.entry(first).state == OutboxEntry::State::Pending);
}
