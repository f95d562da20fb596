#include "CatchQt.h"
#include "FakeRedmine.h"
#include "TestAppeals.h"
#include "TestPaths.h"
#include "domain/DeadlinePolicy.h"
#include "outbox/OutboxSender.h"
#include "phone/CallerHistory.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hotline;
using namespace std::chrono_literals;
using test::FakeRedmine;
using Fault = FakeRedmine::Fault;
using outbox::OutboxEntry;

namespace {

struct Rig {
    QTemporaryDir dir;
    test::FakeNetwork net;
    FakeRedmine redmine{net};
    net::RedmineClient client{net};
    test::FakeClock clock;
    domain::ReferenceData reference = domain::ReferenceData::load(test::kbDir() + QStringLiteral("/reference")).value();
    domain::DeadlinePolicy policy = domain::DeadlinePolicy::fromKb(test::kbDir()).value();
    std::unique_ptr<outbox::OutboxStore> store;
    std::unique_ptr<outbox::OutboxSender> sender;

    Rig() {
        store = outbox::OutboxStore::open(dir.filePath(QStringLiteral("outbox.sqlite")), clock).value();
        net::ServerConfig c;
        c.url = QUrl(QStringLiteral("https://redmine.example.ru"));
        c.timeoutMs = 100;
        REQUIRE(client.configure(c).ok());
        client.setApiKey("k");
        sender = std::make_unique<outbox::OutboxSender>(*store, client, reference, clock, [] { return 0.0; });
        sender->setRetryPolicy({1000ms, 60000ms});
    }
    void pass() {
        QSignalSpy done(sender.get(), &outbox::OutboxSender::passFinished);
        sender->deliverDue();
        REQUIRE(done.wait(5000));
    }
    // An appeal as Redmine's GET /issues.json shows it.
    QJsonObject issue(int id, const QString& tracker, const QString& phone, const QString& inn, bool closed,
                      const QString& deadline, const QString& created) {
        QJsonArray fields{
            QJsonObject{{QStringLiteral("id"), FakeRedmine::phoneField}, {QStringLiteral("value"), phone}},
            QJsonObject{{QStringLiteral("id"), FakeRedmine::innField}, {QStringLiteral("value"), inn}},
            QJsonObject{{QStringLiteral("id"), 15}, {QStringLiteral("value"), deadline}}};
        QJsonObject i{
            {QStringLiteral("id"), id},
            {QStringLiteral("subject"), QStringLiteral("Обращение %1").arg(id)},
            {QStringLiteral("tracker"), QJsonObject{{QStringLiteral("name"), tracker}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("id"), closed ? 5 : 1},
                         {QStringLiteral("name"), closed ? QStringLiteral("Закрыта") : QStringLiteral("Новая")}}},
            {QStringLiteral("created_on"), created},
            {QStringLiteral("custom_fields"), fields}};
        return i;
    }
};

outbox::AppealNote note(int issueId) {
    outbox::AppealNote n;
    n.id = QUuid::createUuid();
    n.issueId = issueId;
    n.text = QStringLiteral("Заявитель дослал выписку из ЕГРН.");
    n.operatorLogin = QStringLiteral("operator1");
    n.createdAt = QDateTime::currentDateTimeUtc();
    return n;
}

int notesWith(const QJsonObject& issue, const QUuid& id) {
    int n = 0;
    for (const QJsonValue& j : issue.value(QLatin1String("journals")).toArray())
        n += j[QLatin1String("notes")].toString().contains(id.toString(QUuid::WithoutBraces));
    return n;
}

} // namespace

TEST_CASE("A note for an existing appeal reaches its journal once, whatever the connection does", "[phone][outbox]") {
    for (Fault fault : {Fault::None, Fault::ResetAfterCreate, Fault::Error500, Fault::Refused}) {
        INFO("fault " << int(fault));
        Rig rig;
        rig.redmine.issues.append(rig.issue(1500, QStringLiteral("Задача"), {}, {}, false, {}, {}));
        const outbox::AppealNote n = note(1500);
        const qint64 id = rig.store->enqueueNote(n).value();
        CHECK(rig.store->pendingCount() == 1); // the operator sees it waiting like an appeal
        rig.redmine.putFaults = {fault};
        rig.pass();
        if (fault != Fault::None) {
            OutboxEntry e = *rig.store->entry(id);
            CHECK(e.state == OutboxEntry::State::Pending);
            CHECK(e.maybeDelivered); // it may be on the issue: the next attempt reads the journal first
            rig.clock.t = rig.clock.t.addSecs(5);
            rig.pass();
        }
        const OutboxEntry e = *rig.store->entry(id);
        CHECK(e.state == OutboxEntry::State::Sent);
        CHECK(e.redmineIssueId == 1500);
        const QJsonObject* issue = rig.redmine.issueById(1500);
        REQUIRE(issue);
        CHECK(notesWith(*issue, n.id) == 1);
        const QString body =
            issue->value(QLatin1String("journals")).toArray().first()[QLatin1String("notes")].toString();
        CHECK(body.startsWith(n.text));
        CHECK(outbox::isWorkstationNote(body));
        CHECK(rig.redmine.puts == (fault == Fault::ResetAfterCreate || fault == Fault::None ? 1 : 2));
    }
}

TEST_CASE("A note Redmine refuses waits for a person with the reason", "[phone][outbox]") {
    Rig rig;
    rig.redmine.issues.append(rig.issue(1500, QStringLiteral("Задача"), {}, {}, false, {}, {}));
    rig.redmine.putForbidden = true;
    const qint64 id = rig.store->enqueueNote(note(1500)).value();
    rig.pass();
    const OutboxEntry e = *rig.store->entry(id);
    CHECK(e.state == OutboxEntry::State::Failed);
    CHECK_FALSE(e.lastError.isEmpty());
    CHECK(rig.store->failedCount() == 1);
    // A note for an issue that does not exist fails too, and does not hold up what comes after it.
    Rig other;
    const qint64 missing = other.store->enqueueNote(note(4242)).value();
    const qint64 appeal = other.store->enqueue(test::makeAppeal(domain::AppealKind::Complex)).value();
    other.pass();
    CHECK(other.store->entry(missing)->state == OutboxEntry::State::Failed);
    CHECK(other.store->entry(appeal)->state == OutboxEntry::State::Sent);
}

TEST_CASE("The caller's card: local appeals at once, then Redmine's by phone and ИНН, open first", "[phone]") {
    Rig rig;
    rig.clock.t = domain::moscowDateTime(QDate(2026, 12, 3), QTime(11, 0));
    phone::CallerHistory history(rig.store.get(), &rig.client, rig.policy, rig.clock);
    const QString phoneNo = QStringLiteral("+79161234567");
    const QString inn = QStringLiteral("7707083893");
    // Filed on this workstation, not sent yet.
    domain::Appeal mine = test::makeAppeal(domain::AppealKind::Complex);
    mine.phone = phoneNo;
    mine.inn = QStringLiteral("500100732259");
    REQUIRE(rig.store->enqueue(mine).ok());
    const auto local = history.localAppeals({phoneNo, inn});
    REQUIRE(local.size() == 1);
    CHECK(local.first().issueId == 0);
    CHECK(local.first().local);
    CHECK(local.first().status == QStringLiteral("В исходящих, ещё не отправлено"));

    // Redmine: one by phone (closed), one by ИНН (open, overdue), a subtask and a call record left out.
    rig.redmine.issues.append(rig.issue(2001, QStringLiteral("Сложная консультация"), phoneNo, {}, true,
                                        QStringLiteral("2026-11-20T18:00:00+03:00"),
                                        QStringLiteral("2026-11-18T07:00:00Z")));
    rig.redmine.issues.append(rig.issue(2002, QStringLiteral("Задача"), {}, inn, false,
                                        QStringLiteral("2026-12-01T18:00:00+03:00"),
                                        QStringLiteral("2026-11-25T07:00:00Z")));
    QJsonObject sub =
        rig.issue(2003, QStringLiteral("Задача"), {}, inn, false, {}, QStringLiteral("2026-11-25T07:00:00Z"));
    sub.insert(QStringLiteral("parent"), QJsonObject{{QStringLiteral("id"), 2002}});
    rig.redmine.issues.append(sub);
    rig.redmine.issues.append(
        rig.issue(2004, QStringLiteral("Звонок"), phoneNo, {}, true, {}, QStringLiteral("2026-11-26T07:00:00Z")));
    rig.redmine.issues.append(rig.issue(2005, QStringLiteral("Задача"), QStringLiteral("+74950000000"), {}, false, {},
                                        QStringLiteral("2026-11-26T07:00:00Z")));

    std::optional<Result<QList<phone::AppealSummary>>> got;
    QEventLoop loop;
    history.fetch({phoneNo, inn}, &loop, [&](auto r) {
        got = r;
        loop.quit();
    });
    loop.exec();
    REQUIRE(got);
    REQUIRE(got->ok());
    const auto merged = phone::mergeAppeals(local, got->value());
    REQUIRE(merged.size() == 3);
    CHECK(merged.at(0).issueId == 0);    // open, newest (the local one)
    CHECK(merged.at(1).issueId == 2002); // open
    CHECK(merged.at(1).overdue());
    CHECK(merged.at(2).issueId == 2001); // closed last
    CHECK(merged.at(2).closed);
    CHECK_FALSE(merged.at(2).overdue());

    // Offline: the card knows it has local data only.
    rig.redmine.getFaults = {Fault::DownForGets, Fault::DownForGets};
    std::optional<Result<QList<phone::AppealSummary>>> offline;
    history.fetch({phoneNo, inn}, &loop, [&](auto r) {
        offline = r;
        loop.quit();
    });
    loop.exec();
    REQUIRE(offline);
    CHECK_FALSE(offline->ok());
}
