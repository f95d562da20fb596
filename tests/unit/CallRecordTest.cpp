// Every call produces one call record: what the session learns during the call (searches, articles), how it is
// stored in the outbox after its appeals, kept for the retention and purged; the supervisor mode's gate.
#include "CatchQt.h"
#include "call/CallSession.h"
#include "call/ManualClock.h"
#include "domain/MoscowTime.h"
#include "net/Account.h"
#include "net/CallPlanner.h"
#include "outbox/CallRecorder.h"
#include "outbox/OutboxStore.h"
#include "settings/Settings.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace hotline;
using call::CallRecord;
using call::CallResult;
using call::CallSearch;
using call::CallSession;

namespace {

QDateTime msk(int h, int m, int s = 0) {
    return domain::moscowDateTime(QDate(2026, 11, 23), QTime(h, m, s));
}

// Search as you type: each pause in typing reports the query so far.
void type(CallSession& session, ManualClock& clock, const QStringList& prefixes, int hits) {
    for (const QString& p : prefixes) {
        session.noteSearch(p, hits + int(prefixes.size()));
        clock.advance(1);
    }
    session.noteSearch(prefixes.last(), hits); // the query as finally typed
}

} // namespace

TEST_CASE("the call learns each search the operator settled on and whether it found anything", "[call]") {
    ManualClock clock(msk(10, 0));
    CallSession session(clock);
    session.noteSearch(QStringLiteral("до звонка"), 3); // no call: not recorded
    REQUIRE(session.start());
    CHECK(session.searches().isEmpty());

    type(session, clock, {QStringLiteral("пор"), QStringLiteral("порубоч"), QStringLiteral("порубочный билет")}, 2);
    REQUIRE(session.searches().size() == 1); // the refinements of one search while typing
    CHECK(session.searches().first() == CallSearch{QStringLiteral("порубочный билет"), 2});

    session.noteArticleOpened(QStringLiteral("porubochnyy-bilet"), QStringLiteral("stroyka/porubka"));
    // After an article was opened the next query is a new search, even if it extends the last one.
    clock.advance(1);
    type(session, clock, {QStringLiteral("порубочный билет снос"), QStringLiteral("порубочный билет снос дерева")}, 0);
    // Corrected with Backspace within the pause: still the same search.
    session.noteSearch(QStringLiteral("порубочный билет снос дерев"), 0);
    clock.advance(10);
    // A query that stood for a while and then is extended: a new search (the first one was read).
    session.noteSearch(QStringLiteral("порубочный билет снос деревьев во дворе"), 0);
    session.noteSearch(QString(), 0); // field cleared: the search ends
    session.noteSearch(QStringLiteral("вывоз снега"), 0);
    session.noteSearch(QStringLiteral("  вывоз   снега "), 0); // the same query again, spaces aside
    session.noteArticleOpened(QStringLiteral("subsidiya-modernizatsiya"));
    session.noteArticleOpened(QStringLiteral("porubochnyy-bilet")); // opened again: listed once

    const QList<CallSearch> expected{{QStringLiteral("порубочный билет"), 2},
                                     {QStringLiteral("порубочный билет снос дерев"), 0},
                                     {QStringLiteral("порубочный билет снос деревьев во дворе"), 0},
                                     {QStringLiteral("вывоз снега"), 0}};
    CHECK(session.searches() == expected);

    QSignalSpy finished(&session, &CallSession::finished);
    session.setOperatorLogin(QStringLiteral("operator1"));
    clock.advance(60);
    REQUIRE(session.discard(CallResult::Redirected));
    REQUIRE(finished.count() == 1);
    const auto record = finished.first().first().value<CallRecord>();
    CHECK(record.outcome == CallRecord::Outcome::Discarded);
    CHECK(record.result == CallResult::Redirected);
    CHECK(record.operatorLogin == QStringLiteral("operator1"));
    CHECK(record.searches == expected);
    CHECK(record.emptySearches().size() == 3);
    CHECK(record.articles ==
          QStringList{QStringLiteral("porubochnyy-bilet"), QStringLiteral("subsidiya-modernizatsiya")});
    CHECK(record.articleId == QStringLiteral("porubochnyy-bilet"));
    CHECK(record.categoryId == QStringLiteral("stroyka/porubka"));
    CHECK(record.start == msk(10, 0));
    CHECK(record.durationSeconds == int(msk(10, 0).secsTo(clock.now())));

    // The next call starts empty.
    REQUIRE(session.start());
    CHECK(session.searches().isEmpty());
    CHECK(session.articles().isEmpty());
    session.noteAppealFiled(QStringLiteral("a-1"));
    session.end();
    REQUIRE(finished.count() == 2);
    const auto filed = finished.last().first().value<CallRecord>();
    CHECK(filed.result == CallResult::AppealFiled);
    CHECK(filed.appealClientIds == QStringList{QStringLiteral("a-1")});
    CHECK(filed.operatorLogin == QStringLiteral("operator1")); // kept across calls
}

TEST_CASE("each finished call is stored in the outbox after its appeals and comes back whole", "[call][outbox]") {
    QTemporaryDir dir;
    ManualClock clock(msk(11, 0));
    auto store = outbox::OutboxStore::open(dir.filePath(QStringLiteral("outbox.sqlite")), clock).value();
    CallSession session(clock);
    outbox::CallRecorder recorder(session, *store);
    QSignalSpy recorded(&recorder, &outbox::CallRecorder::recorded);

    session.start();
    session.noteSearch(QStringLiteral("грант агростартап"), 4);
    session.noteArticleOpened(QStringLiteral("grant-agrostartap"), QStringLiteral("podderzhka/granty"));
    domain::Appeal appeal;
    appeal.clientId = QUuid::createUuid();
    appeal.subject = QStringLiteral("Грант");
    const qint64 appealId = store->enqueue(appeal).value();
    session.noteAppealFiled(appeal.clientId.toString(QUuid::WithoutBraces));
    clock.advance(200);
    session.end();
    REQUIRE(recorded.count() == 1);
    const qint64 callId = recorded.first().first().toLongLong();
    CHECK(callId > appealId); // delivered after its appeal

    // The operator's outbox lists appeals; the call records are kept beside them.
    CHECK(store->entries().size() == 1);
    CHECK(store->pendingCount() == 1);
    CHECK(store->pendingTotal() == 2);
    REQUIRE(store->callRecords().size() == 1);
    const outbox::OutboxEntry e = store->callRecords().first();
    CHECK(e.kind == outbox::OutboxEntry::Kind::Call);
    CHECK(e.createdAt == clock.now()); // stored at the injected clock's time, which the retention counts from
    CHECK(e.call.durationSeconds == 200);
    CHECK(e.call.searches == QList<CallSearch>{{QStringLiteral("грант агростартап"), 4}});
    CHECK(e.call.articles == QStringList{QStringLiteral("grant-agrostartap")});
    CHECK(e.call.categoryId == QStringLiteral("podderzhka/granty"));
    CHECK(e.call.appealClientIds == QStringList{appeal.clientId.toString(QUuid::WithoutBraces)});
    CHECK(e.call.result == CallResult::AppealFiled);
    CHECK(store->nextDue(clock.now())->id == appealId);

    // Retention: call records and delivered appeals older than the retention go; what waits stays.
    REQUIRE(store->markSent(appealId, 7).ok());
    CHECK(store->purgeOlderThan(90, clock.now()).value() == 0);
    CHECK(store->purgeOlderThan(90, clock.now().addDays(91)).value() == 1); // the appeal
    CHECK(store->callRecords().size() == 1);                                // not delivered yet
    REQUIRE(store->markSent(callId, 7).ok());
    CHECK(store->purgeOlderThan(90, clock.now().addDays(91)).value() == 1);
    CHECK(store->callRecords().isEmpty());
}

TEST_CASE("the recorder purges call records older than the retention when it starts", "[call][outbox]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
    ManualClock clock(msk(12, 0));
    auto store = outbox::OutboxStore::open(path, clock).value();
    CallSession session(clock);
    for (int i = 0; i < 3; ++i) {
        call::CallRecord c;
        c.id = QUuid::createUuid();
        c.start = msk(12, i);
        c.result = CallResult::Consulted;
        REQUIRE(store->markSent(store->enqueueCall(c).value(), 100 + i).ok());
    }
    {
        // Two of them were stored 40 and 100 days ago.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const auto& [days, redmineId] : {std::pair{40, 100}, std::pair{100, 101}})
            REQUIRE(q.exec(QStringLiteral("UPDATE appeals SET created_at = '%1' WHERE redmine_id = %2")
                               .arg(clock.now().toUTC().addDays(-days).toString(Qt::ISODateWithMs))
                               .arg(redmineId)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("age"));
    REQUIRE(store->callRecords().size() == 3);
    outbox::CallRecorder recorder(session, *store, 30);
    QList<int> left;
    for (const outbox::OutboxEntry& e : store->callRecords())
        left << e.redmineIssueId;
    CHECK(left == QList<int>{102});
    CHECK(recorder.retentionDays() == 30);
}

TEST_CASE("an outbox of the previous version opens with its appeals intact", "[outbox]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-outbox"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "CREATE TABLE appeals(id INTEGER PRIMARY KEY AUTOINCREMENT, client_id TEXT NOT NULL UNIQUE,"
            " payload TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,"
            " next_attempt_at TEXT NOT NULL, last_error TEXT NOT NULL DEFAULT '', redmine_id INTEGER NOT NULL"
            " DEFAULT 0, maybe_delivered INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO appeals(client_id, payload, next_attempt_at, created_at, updated_at) VALUES("
            "'9b0e1e5e-0000-4000-8000-000000000001', '{\"client_id\":\"9b0e1e5e-0000-4000-8000-000000000001\","
            "\"kind\":\"simple\",\"algorithm\":\"single\",\"subject\":\"Старое\"}', '', '', '')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-outbox"));
    ManualClock clock(msk(12, 0));
    auto store = outbox::OutboxStore::open(path, clock);
    REQUIRE(store.ok());
    REQUIRE(store.value()->entries().size() == 1);
    CHECK(store.value()->entries().first().appeal.subject == QStringLiteral("Старое"));
    CHECK(store.value()->pendingCount() == 1);
}

TEST_CASE("the call's figures as Redmine fields: searches, result, articles", "[call][net]") {
    const QList<CallSearch> searches{{QStringLiteral("вывоз снега"), 0}, {QStringLiteral("грант"), 3}};
    CHECK(net::searchesText(searches) == QStringLiteral("вывоз снега\t0\nгрант\t3\n"));
    CHECK(net::searchesFromText(net::searchesText(searches)) == searches);
    CHECK(net::searchesFromText(QStringLiteral("вписано вручную\n")) ==
          QList<CallSearch>{{QStringLiteral("вписано вручную"), -1}});
    for (CallResult r : {CallResult::AppealFiled, CallResult::Consulted, CallResult::Redirected, CallResult::Dropped})
        CHECK(net::callResultFromName(net::callResultName(r)) == r);
    CHECK(net::callResultName(CallResult::Dropped) == QStringLiteral("Сорвался"));
}

TEST_CASE("only a user with the Supervisor role may open the supervisor mode", "[net][supervisor]") {
    const auto refused = net::supervisorModeAccess(std::nullopt); // nobody logged in
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Unauthorized);
    const auto operatorOnly = net::supervisorModeAccess(net::modesFromRoles({QStringLiteral("Оператор 0150")}, false));
    REQUIRE_FALSE(operatorOnly.ok());
    CHECK(operatorOnly.error().code == Error::Code::Forbidden);
    CHECK(operatorOnly.error().message.contains(QStringLiteral("Супервизор")));
    CHECK_FALSE(net::supervisorModeAccess(net::modesFromRoles({QStringLiteral("Редактор БЗ")}, false)).ok());
    CHECK(net::supervisorModeAccess(
              net::modesFromRoles({QStringLiteral("Оператор 0150"), QStringLiteral("Супервизор")}, false))
              .ok());
    CHECK(net::supervisorModeAccess(net::modesFromRoles({}, true)).ok()); // a Redmine administrator
}

TEST_CASE("the retention of call records is a setting, 90 days by default", "[settings]") {
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    CHECK(settings.callRetentionDays() == 90);
    settings.setCallRetentionDays(30);
    CHECK(settings.callRetentionDays() == 30);
    settings.setCallRetentionDays(0); // nonsense falls back to the default
    CHECK(settings.callRetentionDays() == 90);
    CHECK(Settings::keyName(Settings::Key::CallRetentionDays) == QStringLiteral("call/retentionDays"));
}
