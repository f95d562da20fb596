// The workstation's knowledge base against an in-memory KB wiki: a changed page is taken in and searchable,
// a broken one is skipped, offline nothing changes, and the next start opens what the last sync assembled.
#include "kbsync/WorkstationKb.h"

#include "../net/FakeWiki.h"
#include "CatchQt.h"
#include "TestPaths.h"
#include "kbsync/KbDataPages.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace hotline;
using namespace hotline::kbsync;

namespace {

QString taxiArticle() {
    QFile f(test::kbDir() + QStringLiteral("/articles/razresheniya/taksi-razreshenie.md"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    text.replace(QStringLiteral("Разрешение на перевозку пассажиров"), QStringLiteral("Реестр перевозчиков такси"));
    text.replace(QStringLiteral("## Скрипт ответа\n"), QStringLiteral("## Скрипт ответа\nКвазиуникальный ответ. "));
    return text;
}

struct Workstation {
    test::FakeWiki server;
    QTemporaryDir data;
    WikiSync sync{server.wiki, test::kbDir(), data.path()};
    WorkstationKb kb{test::kbDir(), data.path()};

    Workstation() {
        REQUIRE(kb.open(true).ok());
        kb.setSync(&sync);
    }
    SyncReport syncOnce() {
        QSignalSpy finished(&kb, &WorkstationKb::syncFinished);
        kb.syncNow();
        REQUIRE(finished.wait(20000));
        return finished.first().first().value<SyncReport>();
    }
};

QString title(const WorkstationKb& kb, const QString& id) {
    const kb::Article* a = kb.kb()->article(id);
    return a ? a->title : QString();
}

} // namespace

TEST_CASE("A changed wiki page reaches the workstation's search in one sync", "[kbsync][workstation]") {
    Workstation w;
    CHECK(w.kb.kbDir() == test::kbDir()); // nothing synced yet: the shipped base
    CHECK(title(w.kb, QStringLiteral("taksi-razreshenie")).startsWith(QStringLiteral("Разрешение")));
    w.server.save(QStringLiteral("taksi-razreshenie"), taxiArticle());

    QSignalSpy replaced(&w.kb, &WorkstationKb::replaced);
    const SyncReport report = w.syncOnce();
    CHECK_FALSE(report.error.has_value());
    REQUIRE(replaced.count() == 1);
    CHECK(replaced.first().first().toStringList().contains(QStringLiteral("taksi-razreshenie")));
    CHECK(title(w.kb, QStringLiteral("taksi-razreshenie")).startsWith(QStringLiteral("Реестр")));
    const QList<kb::SearchHit> hits = w.kb.index()->search(QStringLiteral("квазиуникальный"), {}, 3);
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first().id == QStringLiteral("taksi-razreshenie"));

    // Nothing new on the server: the base stays as it is.
    w.syncOnce();
    CHECK(replaced.count() == 1);

    // The next start opens what the last sync assembled, before asking the server anything.
    WorkstationKb again(test::kbDir(), w.data.path());
    REQUIRE(again.open(true).ok());
    CHECK(title(again, QStringLiteral("taksi-razreshenie")).startsWith(QStringLiteral("Реестр")));
    // With no server configured the shipped base is the knowledge base.
    WorkstationKb noServer(test::kbDir(), w.data.path());
    REQUIRE(noServer.open(false).ok());
    CHECK(title(noServer, QStringLiteral("taksi-razreshenie")).startsWith(QStringLiteral("Разрешение")));
}

TEST_CASE("A broken wiki page or no network never breaks the workstation's search", "[kbsync][workstation]") {
    Workstation w;
    const QString before = title(w.kb, QStringLiteral("porubochnyy-bilet"));
    w.server.save(QStringLiteral("porubochnyy-bilet"), QStringLiteral("```json\n{ broken\n```\n# ?"));
    const SyncReport report = w.syncOnce();
    CHECK_FALSE(report.rejected.isEmpty());
    CHECK(title(w.kb, QStringLiteral("porubochnyy-bilet")) == before);
    CHECK_FALSE(w.kb.index()->search(QStringLiteral("порубочный билет"), {}, 3).isEmpty());

    w.server.offline = true;
    const SyncReport offline = w.syncOnce();
    CHECK(offline.error.has_value());
    CHECK(title(w.kb, QStringLiteral("porubochnyy-bilet")) == before);
    CHECK_FALSE(w.kb.index()->search(QStringLiteral("такси"), {}, 3).isEmpty());
}

TEST_CASE("A sync lays the base out on a worker thread while the GUI thread goes on", "[kbsync][workstation]") {
    Workstation w;
    // One worker, kept busy by the test: the sync's copy-and-parse step can only run once it is let go.
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    QSemaphore gate;
    pool.start([&gate] { gate.acquire(); });
    w.sync.setThreadPool(&pool);
    w.server.save(QStringLiteral("taksi-razreshenie"), taxiArticle());

    QSignalSpy finished(&w.kb, &WorkstationKb::syncFinished);
    w.kb.syncNow();
    // The wiki's index comes; while the sync's file work waits for its worker, this thread serves its events and
    // the sync is not over.
    REQUIRE(QTest::qWaitFor([&] { return !w.server.network.requests.isEmpty(); }, 5000));
    bool served = false;
    QTimer::singleShot(0, [&served] { served = true; });
    REQUIRE(QTest::qWaitFor([&] { return served; }, 5000));
    QTest::qWait(50);
    CHECK(finished.isEmpty());
    CHECK(w.kb.syncing());
    CHECK(title(w.kb, QStringLiteral("taksi-razreshenie")).startsWith(QStringLiteral("Разрешение")));

    gate.release();
    REQUIRE(finished.wait(20000));
    CHECK(finished.first().first().value<SyncReport>().changed);
    CHECK(title(w.kb, QStringLiteral("taksi-razreshenie")).startsWith(QStringLiteral("Реестр")));
}

TEST_CASE("The line's usage page reaches the search; without it the workstation's own calls count",
          "[kbsync][workstation][usage]") {
    Workstation w;
    const QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    // Own calls: operators here open the extension after «гпзу».
    int localAsked = 0;
    w.kb.setLocalUsage([&] {
        ++localAsked;
        return kb::UsageStats::compute({{now, {QStringLiteral("гпзу")}, {QStringLiteral("gpzu-izmenenie")}}}, now);
    });
    CHECK(localAsked == 1);
    CHECK(w.kb.index()->usage().articles().contains(QStringLiteral("gpzu-izmenenie")));

    // The line's page, as `hotline-cli kb usage --publish` writes it: it wins over the workstation's own calls.
    const kb::UsageStats line =
        kb::UsageStats::compute({{now, {QStringLiteral("гпзу")}, {QStringLiteral("gpzu-poluchenie")}},
                                 {now.addDays(-3), {QStringLiteral("такси")}, {QStringLiteral("taksi-razreshenie")}}},
                                now);
    w.server.save(QStringLiteral("Kb_usage"), KbDataPage::pageText(KbDataPage::Kind::Usage, line.toJson()));
    const SyncReport report = w.syncOnce();
    CHECK(report.rejected.isEmpty());
    REQUIRE(w.kb.index());
    CHECK(w.kb.index()->usage().articles().contains(QStringLiteral("taksi-razreshenie")));
    CHECK_FALSE(w.kb.index()->usage().articles().contains(QStringLiteral("gpzu-izmenenie")));
    CHECK(QFile::exists(w.kb.kbDir() + QStringLiteral("/usage.json")));

    // A damaged page is refused and reported; the last good one stays.
    w.server.save(QStringLiteral("Kb_usage"), KbDataPage::pageText(KbDataPage::Kind::Usage, "{\"format\": 7}"));
    const SyncReport damaged = w.syncOnce();
    CHECK(damaged.rejected.size() == 1);
    CHECK(w.kb.index()->usage().articles().contains(QStringLiteral("taksi-razreshenie")));
}
