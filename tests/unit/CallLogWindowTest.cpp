// The supervisor window over a cache of demo calls (offscreen). With HOTLINE_SUPERVISOR_SCREENSHOTS=dir it also
// saves the screenshots for docs/ (run under Xvfb for real fonts and hinting).
#include "CatchQt.h"
#include "TestPaths.h"
#include "call/ManualClock.h"
#include "calllog/CallLogCache.h"
#include "calllog/DemoCallLog.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "supervisor/DashboardView.h"
#include "supervisor/SupervisorWindow.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace hotline;

TEST_CASE("the supervisor window shows the cached log, filters it and exports CSV and PNG", "[calllog][ui]") {
    const auto policy = domain::DeadlinePolicy::fromKb(test::kbDir()).value();
    const QDateTime now = domain::parseMoscowIso(QStringLiteral("2026-11-23T15:40")).toUTC();
    ManualClock clock(now);
    QTemporaryDir dir;
    auto cache = calllog::CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite"))).value();
    calllog::CallLogRecords demo = calllog::demoCallLog(400, now, policy);
    // One record beyond the retention: the window purges it on opening.
    calllog::CallLogRecord old = demo.first();
    old.issueId = 100000;
    old.callStart = now.addDays(-120);
    demo << old;
    REQUIRE(cache->upsert(demo).ok());

    ui::SupervisorWindow window(*cache, nullptr, policy, clock);
    window.resize(1366, 768);
    window.show();
    CHECK(cache->count() == 400);
    CHECK(window.table()->model()->rowCount() == 400);
    CHECK(window.figures().total.calls == 400);
    CHECK(window.dashboard()->summaryText().contains(QStringLiteral("400")));

    window.filter().setOperator(QStringLiteral("Анна Смирнова"));
    const int anna = window.table()->model()->rowCount();
    CHECK(anna > 0);
    CHECK(anna < 400);

    const QString csv = dir.filePath(QStringLiteral("log.csv"));
    REQUIRE(window.exportCsv(csv).ok());
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == anna + 1);
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("Анна Смирнова")));

    const QString png = dir.filePath(QStringLiteral("dashboard.png"));
    window.tabs()->setCurrentIndex(1);
    REQUIRE(window.exportDashboardPng(png));
    const QImage image(png);
    CHECK(image.width() > 600);
    CHECK(image.height() > 400);

    if (const QString out = qEnvironmentVariable("HOTLINE_SUPERVISOR_SCREENSHOTS"); !out.isEmpty()) {
        window.filter().setOperator({});
        window.reload();
        window.tabs()->setCurrentIndex(0);
        window.table()->selectRow(2);
        QApplication::processEvents();
        CHECK(window.grab().save(out + QStringLiteral("/supervisor-log.png")));
        window.tabs()->setCurrentIndex(1);
        QApplication::processEvents();
        CHECK(window.grab().save(out + QStringLiteral("/supervisor-dashboard.png")));
    }
}
