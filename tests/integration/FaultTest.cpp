#include "FaultProxy.h"
#include "ItSupport.h"

#include <QTest>
#include <csignal>

using namespace hotline;
using namespace hotline::it;
using domain::Algorithm;
using domain::AppealKind;
using test::FaultProxy;
using State = outbox::OutboxEntry::State;

namespace {

std::unique_ptr<FaultProxy> makeProxy() {
    const auto e = env();
    auto proxy = std::make_unique<FaultProxy>(e.value(QStringLiteral("REDMINE_DIR")) + QStringLiteral("/tls"),
                                              quint16(e.value(QStringLiteral("REDMINE_PORT")).toUInt()));
    REQUIRE(proxy->start());
    return proxy;
}

// Makes the n-th POST through the proxy suffer `action`, the others pass.
std::function<FaultProxy::Action(const FaultProxy::Request&)> onPost(int n, FaultProxy::Action action, int* counter) {
    return [n, action, counter](const FaultProxy::Request& r) {
        if (r.method != "POST")
            return FaultProxy::Action::Pass;
        return ++*counter == n ? action : FaultProxy::Action::Pass;
    };
}

bool waitWithEvents(QProcess& p, int timeoutMs) {
    if (p.state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(&p, &QProcess::finished);
    return finished.wait(timeoutMs);
}

} // namespace

TEST_CASE("Server stopped while appeals are queued: they wait and go when it is back", "[integration]") {
    ServerRestorer restore;
    SenderRig rig;
    Client admin(QStringLiteral("ADMIN"));
    harness({QStringLiteral("stop"), harnessDir()});
    QList<domain::Appeal> appeals{test::makeAppeal(AppealKind::Complex),
                                  test::makeAppeal(AppealKind::Task, Algorithm::Multi),
                                  test::makeAppeal(AppealKind::Simple)};
    QList<qint64> ids;
    for (const auto& a : appeals)
        ids << rig.add(a);
    CHECK(rig.pass() == QList<int>{0, 0, 3});
    const outbox::OutboxEntry waiting = rig.entry(ids.first());
    CHECK(waiting.state == State::Pending);
    CHECK_FALSE(waiting.lastError.isEmpty());
    CHECK(waiting.nextAttemptAt > rig.clock.now());
    CHECK(rig.entry(ids.last()).attempts == 0); // in order: the later ones were not even tried

    harness({QStringLiteral("restart"), harnessDir()});
    rig.drain();
    for (qsizetype i = 0; i < appeals.size(); ++i) {
        CHECK(rig.entry(ids.at(i)).state == State::Sent);
        requireExactlyOnce(admin, appeals.at(i), expectedIssues(appeals.at(i)) - 1);
    }
}

TEST_CASE("Connection reset after Redmine received the POST: the appeal exists once", "[integration]") {
    auto proxy = makeProxy();
    SenderRig rig(proxy->url());
    Client admin(QStringLiteral("ADMIN"));
    int posts = 0;
    // The parent goes through; the first subtask is created but its answer is lost.
    proxy->decide = onPost(2, FaultProxy::Action::DropAfterForward, &posts);
    const domain::Appeal a = test::makeAppeal(AppealKind::Task, Algorithm::Multi);
    const qint64 id = rig.add(a);
    rig.pass();
    const outbox::OutboxEntry e = rig.entry(id);
    CHECK(e.state == State::Pending);
    CHECK(e.maybeDelivered);
    rig.drain();
    CHECK(rig.entry(id).state == State::Sent);
    requireExactlyOnce(admin, a, 2);
    INFO("POSTs through the proxy: " << proxy->postsSeen);
    CHECK(proxy->postsForwarded == 3);
}

TEST_CASE("500 answers, before and after Redmine acted, and a held answer (timeout)", "[integration]") {
    Client admin(QStringLiteral("ADMIN"));
    for (auto action : {FaultProxy::Action::Error500, FaultProxy::Action::Error500AfterForward,
                        FaultProxy::Action::HoldAfterForward, FaultProxy::Action::DropBeforeForward}) {
        auto proxy = makeProxy();
        proxy->holdMs = 3000;
        SenderRig rig(proxy->url(), 1500);
        int posts = 0;
        proxy->decide = onPost(1, action, &posts);
        const domain::Appeal a = test::makeAppeal(AppealKind::Complaint);
        const qint64 id = rig.add(a);
        rig.pass();
        INFO("action " << int(action));
        CHECK(rig.entry(id).state == State::Pending);
        CHECK_FALSE(rig.entry(id).lastError.isEmpty());
        rig.drain();
        CHECK(rig.entry(id).state == State::Sent);
        requireExactlyOnce(admin, a, 3);
    }
}

TEST_CASE("422: refused by Redmine waits for a person, nothing is created, the next appeal goes", "[integration]") {
    SenderRig rig;
    Client admin(QStringLiteral("ADMIN"));
    domain::Appeal bad = test::makeAppeal(AppealKind::Complex);
    bad.municipality = QStringLiteral("Несуществующий городской округ"); // not in the list field
    const domain::Appeal good = test::makeAppeal(AppealKind::Complex);
    const qint64 badId = rig.add(bad);
    const qint64 goodId = rig.add(good);
    CHECK(rig.pass() == QList<int>{1, 1, 0});
    const outbox::OutboxEntry e = rig.entry(badId);
    CHECK(e.state == State::Failed);
    CHECK(e.lastError.contains(QStringLiteral("Муниципалитет")));
    CHECK(countWithUuid(admin, bad.clientId) == 0);
    CHECK(rig.entry(goodId).state == State::Sent);
    requireExactlyOnce(admin, good, 0);
}

TEST_CASE("Bad certificates are refused with a clear message and nothing is sent", "[integration]") {
    ServerRestorer restore;
    Client admin(QStringLiteral("ADMIN"));
    const auto e = env();
    {
        // The right server, but the workstation trusts another CA only.
        SenderRig rig({}, 15000, e.value(QStringLiteral("REDMINE_OTHER_CA_FILE")));
        const domain::Appeal a = test::makeAppeal(AppealKind::Complex);
        const qint64 id = rig.add(a);
        rig.pass();
        CHECK(rig.entry(id).state == State::Pending);
        CHECK_FALSE(rig.entry(id).maybeDelivered);
        CHECK(countWithUuid(admin, a.clientId) == 0);
    }
    // One outbox across the three bad certificates; the good one comes back once at the end.
    SenderRig rig;
    QList<domain::Appeal> appeals;
    QList<qint64> ids;
    for (const QString& mode : {QStringLiteral("otherca"), QStringLiteral("wronghost"), QStringLiteral("expired")}) {
        harness({QStringLiteral("serve-cert"), harnessDir(), mode});
        rig.newSender(); // a fresh connection, as after a restart of the app
        appeals << test::makeAppeal(AppealKind::Task, Algorithm::Multi);
        ids << rig.add(appeals.last());
        QSignalSpy retry(rig.sender.get(), &outbox::OutboxSender::retryScheduled);
        rig.clock.t = rig.clock.t.addSecs(3600);
        rig.pass();
        INFO("certificate " << mode.toStdString());
        for (const qint64 id : ids) {
            const outbox::OutboxEntry entry = rig.entry(id);
            CHECK(entry.state == State::Pending);
            CHECK(entry.attempts == 0); // nothing left the workstation
            CHECK_FALSE(entry.maybeDelivered);
        }
        REQUIRE(retry.size() == 1);
        CHECK_FALSE(retry.first().at(1).toString().isEmpty());
    }
    harness({QStringLiteral("serve-cert"), harnessDir(), QStringLiteral("good")});
    for (const auto& a : appeals)
        CHECK(countWithUuid(admin, a.clientId) == 0);
    rig.newSender();
    rig.drain();
    for (qsizetype i = 0; i < appeals.size(); ++i) {
        CHECK(rig.entry(ids.at(i)).state == State::Sent);
        requireExactlyOnce(admin, appeals.at(i), 2);
    }
}

TEST_CASE("hotline-cli killed with SIGKILL mid-send and restarted files everything exactly once", "[integration]") {
    auto proxy = makeProxy();
    Client admin(QStringLiteral("ADMIN"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("outbox.sqlite"));
    SystemClock clock; // the command-line tool files by the system clock too
    QList<domain::Appeal> appeals;
    {
        auto store = outbox::OutboxStore::open(db, clock).value();
        for (int i = 0; i < 4; ++i) {
            appeals << test::makeAppeal(i % 2 ? AppealKind::Task : AppealKind::Complex,
                                        i % 2 ? Algorithm::Omsu : Algorithm::Single);
            REQUIRE(store->enqueue(appeals.last()).ok());
        }
    }
    const auto e = env();
    auto runCli = [&](QProcess& p) {
        QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
        pe.insert(QStringLiteral("HOTLINE_REDMINE_URL"), proxy->url());
        pe.insert(QStringLiteral("HOTLINE_REDMINE_CA_FILE"), e.value(QStringLiteral("REDMINE_CA_FILE")));
        pe.insert(QStringLiteral("HOTLINE_REDMINE_API_KEY"), e.value(QStringLiteral("REDMINE_KEY_OPERATOR1")));
        pe.insert(QStringLiteral("HOTLINE_DATA_DIR"), dir.path());
        p.setProcessEnvironment(pe);
        p.start(QStringLiteral(HOTLINE_CLI_PATH),
                {QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("--db"), db});
        REQUIRE(p.waitForStarted());
    };
    QProcess first;
    int forwarded = 0;
    // Redmine has created the third issue (a subtask of the second appeal): the client is killed before it
    // hears the answer.
    proxy->decide = [&](const FaultProxy::Request& r) {
        if (r.method == "POST" && ++forwarded == 3)
            return FaultProxy::Action::HoldAfterForward;
        return FaultProxy::Action::Pass;
    };
    proxy->onForwarded = [&](const FaultProxy::Request& r) {
        if (r.method == "POST" && forwarded == 3 && first.state() == QProcess::Running)
            ::kill(pid_t(first.processId()), SIGKILL);
    };
    runCli(first);
    REQUIRE(waitWithEvents(first, 60000)); // the proxy lives in this process's event loop
    CHECK(first.exitStatus() == QProcess::CrashExit);
    proxy->decide = {};
    proxy->onForwarded = {};
    {
        auto store = outbox::OutboxStore::open(db, clock).value();
        int maybe = 0;
        for (const auto& entry : store->entries())
            maybe += entry.maybeDelivered;
        CHECK(maybe == 1); // the entry that was in flight says so, from the database
    }
    QProcess second;
    runCli(second);
    REQUIRE(waitWithEvents(second, 120000));
    const QString out = QString::fromUtf8(second.readAllStandardOutput());
    INFO(out.toStdString() << QString::fromUtf8(second.readAllStandardError()).toStdString());
    CHECK(second.exitCode() == 0);
    auto store = outbox::OutboxStore::open(db, clock).value();
    for (const auto& entry : store->entries())
        CHECK(entry.state == State::Sent);
    for (const auto& a : appeals)
        requireExactlyOnce(admin, a, expectedIssues(a) - 1);
}
