// The supervisor window over a cache of demo calls (offscreen). With HOTLINE_SUPERVISOR_SCREENSHOTS=dir it also
// saves the screenshots for docs/ (run under Xvfb for real fonts and hinting).
#include "CatchQt.h"
#include "DemoCallLog.h"
#include "FakeNetwork.h"
#include "TestPaths.h"
#include "call/ManualClock.h"
#include "calllog/CallLogCache.h"
#include "calllog/CallLogSync.h"
#include "calllog/SqlFigures.h"
#include "domain/AppealKind.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "net/RedmineClient.h"
#include "net/RedmineNames.h"
#include "supervisor/CallDetailView.h"
#include "supervisor/DashboardView.h"
#include "supervisor/SupervisorWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>

using namespace hotline;

TEST_CASE("the supervisor window shows the cached log, filters it and exports CSV and PNG", "[calllog][ui]") {
    const auto policy = domain::DeadlinePolicy::fromKb(test::kbDir()).value();
    const QDateTime now = domain::parseMoscowIso(QStringLiteral("2026-11-23T15:40")).toUTC();
    ManualClock clock(now);
    // Screenshots before the lead merges the new Russian strings: a .qm built from a temporary copy of the .ts.
    QTranslator extra;
    if (const QString qm = qEnvironmentVariable("HOTLINE_EXTRA_QM"); !qm.isEmpty() && extra.load(qm))
        QCoreApplication::installTranslator(&extra);
    QTemporaryDir dir;
    auto cache = calllog::CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite")), policy).value();
    calllog::CallLogRecords demo = calllog::demoCallLog(400, now, policy);
    // One record beyond the retention: the window purges it on opening.
    calllog::CallLogRecord old = demo.first();
    old.issueId = 100000;
    old.callStart = now.addDays(-120);
    demo << old;
    REQUIRE(cache->upsert(demo).ok());

    ui::SupervisorWindow window(*cache, nullptr, clock);
    window.resize(1366, 768);
    window.show();
    CHECK(cache->count() == 400);
    CHECK(window.table()->model()->rowCount() == 400);
    CHECK(window.figures().total.calls == 400);
    CHECK(window.dashboard()->summaryText().contains(QStringLiteral("400")));

    // The operator filter from the filter bar: the table and the dashboard follow it.
    auto* operators = window.findChild<QComboBox*>(QStringLiteral("operatorFilter"));
    REQUIRE(operators);
    const int annaIndex = operators->findData(QStringLiteral("Анна Смирнова"));
    REQUIRE(annaIndex > 0);
    operators->setCurrentIndex(annaIndex);
    const int anna = window.table()->model()->rowCount();
    CHECK(anna > 0);
    CHECK(anna < 400);
    // The dashboard computes the figures of the filter in the background when it is opened.
    QSignalSpy figuresShown(&window, &ui::SupervisorWindow::figuresShown);
    window.tabs()->setCurrentIndex(1);
    REQUIRE(figuresShown.wait(5000));
    CHECK(window.dashboard()->summaryText().contains(QStringLiteral("%1").arg(anna)));
    CHECK(window.figures().total.calls == anna);
    CHECK(figuresShown.count() == 1); // nothing computed twice
    window.tabs()->setCurrentIndex(0);
    for (int row = 0; row < anna; row += 7)
        CHECK(window.table()->model()->index(row, calllog::CallLogTableModel::OperatorColumn).data().toString() ==
              QStringLiteral("Анна Смирнова"));

    // The kind filter names the kinds as the appeal form does (one list, the domain's), then the call records; a
    // kind chosen leaves only its rows.
    auto* kinds = window.findChild<QComboBox*>(QStringLiteral("kindFilter"));
    REQUIRE(kinds);
    REQUIRE(kinds->count() == int(domain::allAppealKinds.size()) + 2);
    for (std::size_t i = 0; i < domain::allAppealKinds.size(); ++i) {
        CHECK(kinds->itemText(int(i) + 1) == domain::appealKindTitle(domain::allAppealKinds[i]));
        CHECK(kinds->itemData(int(i) + 1).toString() == domain::appealKindId(domain::allAppealKinds[i]));
    }
    operators->setCurrentIndex(0);
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("complaint")));
    const int complaints = window.table()->model()->rowCount();
    CHECK(complaints > 0);
    CHECK(complaints < 400);
    for (int row = 0; row < complaints; ++row)
        CHECK(window.table()->model()->index(row, calllog::CallLogTableModel::KindColumn).data().toString() ==
              net::names::trackerComplaint);
    kinds->setCurrentIndex(0);
    operators->setCurrentIndex(annaIndex);
    REQUIRE(window.table()->model()->rowCount() == anna);

    // A row opened: its fields at once, then its history (no server here: the note says so).
    QSignalSpy history(&window, &ui::SupervisorWindow::historyShown);
    window.table()->selectRow(1);
    const int issue = window.table()->model()->index(1, 0).data(calllog::CallLogTableModel::IssueIdRole).toInt();
    CHECK(window.detail()->toPlainText().contains(QStringLiteral("#%1").arg(issue)));
    REQUIRE(history.wait(3000));
    CHECK(history.first().first().toInt() == issue);
    CHECK(window.detail()->toPlainText().contains(
        QCoreApplication::translate("IssueHistory", "Not connected to the server: the Redmine history of this appeal "
                                                    "is shown once you are logged in.")));

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
        operators->setCurrentIndex(0);
        window.reload();
        window.tabs()->setCurrentIndex(0);
        // The history of the selected appeal as saved on the last connection (the window works offline here).
        // An open complex consultation, a few rows down.
        auto* model = static_cast<calllog::CallLogTableModel*>(window.table()->model());
        int row = 5;
        while (row < model->rowCount() &&
               (model->record(row)->kindId != QLatin1String("complex") || model->record(row)->closed))
            ++row;
        const calllog::CallLogRecord shownRecord = *model->record(row);
        const int shown = shownRecord.issueId;
        const QDateTime filed = shownRecord.callStart.addSecs(shownRecord.callSeconds + 10);
        QString journal = QStringLiteral(
                              R"({"id": %1, "subject": "Обращение", "status": {"id": 3, "name": "В работе"},
                "assigned_to": {"id": 50, "name": "Министерство инвестиций, промышленности и науки Московской области"},
                "custom_fields": [{"id": 14, "name": "Длительность звонка, с", "value": "412"}],
                "journals": [
                  {"user": {"name": "%2"}, "created_on": "%3", "notes": "",
                   "details": [{"property": "cf", "name": "14", "old_value": "%6", "new_value": "%5"}]},
                  {"user": {"name": "Марина Орлова"}, "created_on": "%4",
                   "notes": "Заявитель уточнил ИНН, передано в министерство.",
                   "details": [{"property": "attr", "name": "status_id", "old_value": "1", "new_value": "3"},
                               {"property": "attr", "name": "assigned_to_id", "old_value": null, "new_value": "50"}]}]})")
                              .arg(QString::number(shown), shownRecord.operatorName, filed.toString(Qt::ISODate),
                                   filed.addSecs(5 * 60).toString(Qt::ISODate));
        REQUIRE(cache->setMeta(QStringLiteral("statuses"), QStringLiteral(R"({"1": "Новая", "3": "В работе"})")).ok());
        REQUIRE(cache
                    ->storeHistory(shown,
                                   journal.replace(QStringLiteral("%5"), QString::number(shownRecord.callSeconds))
                                       .replace(QStringLiteral("%6"), QString::number(shownRecord.callSeconds * 2 / 3))
                                       .toUtf8(),
                                   now.addSecs(-60))
                    .ok());
        QSignalSpy shot(&window, &ui::SupervisorWindow::historyShown);
        window.table()->selectRow(row);
        REQUIRE(shot.wait(3000));
        QApplication::processEvents();
        CHECK(window.grab().save(out + QStringLiteral("/supervisor-log.png")));
        window.tabs()->setCurrentIndex(1);
        QApplication::processEvents();
        CHECK(window.grab().save(out + QStringLiteral("/supervisor-dashboard.png")));
    }
}

TEST_CASE("the supervisor syncs from Redmine page by page and the open dashboard follows", "[calllog][ui]") {
    const auto policy = domain::DeadlinePolicy::fromKb(test::kbDir()).value();
    const QDateTime now = domain::parseMoscowIso(QStringLiteral("2026-11-23T15:40")).toUTC();
    ManualClock clock(now);
    const calllog::CallLogRecords demo = calllog::demoCallLog(150, now, policy);
    // Redmine's /issues.json, 100 per page, as the sync asks for them.
    test::FakeNetwork network;
    network.handler = [&](const test::FakeRequest& r) {
        if (r.path() != QLatin1String("/issues.json"))
            return test::FakeResponse::http(404, "{}");
        const QUrlQuery q(r.request.url());
        const int offset = q.queryItemValue(QStringLiteral("offset")).toInt();
        QJsonArray issues;
        for (int i = offset; i < std::min<int>(int(demo.size()), offset + 100); ++i) {
            const calllog::CallLogRecord& d = demo[i];
            issues.append(
                QJsonObject{{QStringLiteral("id"), d.issueId},
                            {QStringLiteral("tracker"), QJsonObject{{QStringLiteral("name"), d.tracker}}},
                            {QStringLiteral("status"), QJsonObject{{QStringLiteral("name"), d.status}}},
                            {QStringLiteral("author"), QJsonObject{{QStringLiteral("id"), d.operatorId},
                                                                   {QStringLiteral("name"), d.operatorName}}},
                            {QStringLiteral("subject"), d.subject},
                            {QStringLiteral("created_on"), d.createdOn.toString(Qt::ISODate)},
                            {QStringLiteral("updated_on"), d.updatedOn.toString(Qt::ISODate)},
                            {QStringLiteral("custom_fields"),
                             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Начало звонка")},
                                                    {QStringLiteral("value"), domain::toMoscowIso(d.callStart)}},
                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Длительность звонка, с")},
                                                    {QStringLiteral("value"), QString::number(d.callSeconds)}}}}});
        }
        return test::FakeResponse::json(
            200, {{QStringLiteral("issues"), issues}, {QStringLiteral("total_count"), int(demo.size())}});
    };
    net::RedmineClient client(network);
    net::ServerConfig config;
    config.url = QUrl(QStringLiteral("https://redmine.example.ru"));
    REQUIRE(client.configure(config).ok());
    client.setApiKey("k");
    QTemporaryDir dir;
    auto cache = calllog::CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite")), policy).value();
    calllog::CallLogSync sync(client, *cache);
    ui::SupervisorWindow window(*cache, &sync, clock);
    window.show();
    CHECK(window.table()->model()->rowCount() == 0);
    window.tabs()->setCurrentIndex(1); // the dashboard is open while the sync runs
    QSignalSpy synced(&window, &ui::SupervisorWindow::syncFinished);
    QSignalSpy figuresShown(&window, &ui::SupervisorWindow::figuresShown);
    window.startSync();
    auto* progress = window.findChild<QProgressBar*>();
    REQUIRE(progress);
    REQUIRE(synced.wait(5000));
    CHECK(synced.first().first().toBool());
    CHECK(progress->maximum() == 150);
    CHECK(progress->value() == 150);
    CHECK(window.table()->model()->rowCount() == 150);
    QTRY_VERIFY_WITH_TIMEOUT(window.dashboard()->summaryText().contains(QStringLiteral("150")), 5000);
    CHECK(figuresShown.count() >= 1);
    CHECK(window.figures().total.calls == 150);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("150")));
}

TEST_CASE("a call-log cache that cannot be read says so, in the dashboard and the status bar, never as zeros",
          "[calllog][ui]") {
    const auto policy = domain::DeadlinePolicy::fromKb(test::kbDir()).value();
    const QDateTime now = domain::parseMoscowIso(QStringLiteral("2026-11-23T15:40")).toUTC();
    ManualClock clock(now);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calllog.sqlite"));
    auto cache = calllog::CallLogCache::open(path, policy).value();
    REQUIRE(cache->upsert(calllog::demoCallLog(50, now, policy)).ok());
    // The file breaks under the window (another program, a damaged disk): a table the figures need is gone.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("DROP TABLE record_articles")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));

    const auto figures = cache->figures({}, now);
    REQUIRE_FALSE(figures.ok());
    CHECK(figures.error().message.startsWith(QStringLiteral("Не удалось прочитать данные журнала звонков")));
    CHECK_FALSE(calllog::sqlFiguresFromFile(path, {}, now).ok());

    ui::SupervisorWindow window(*cache, nullptr, clock);
    window.resize(1366, 768);
    window.show();
    (void)window.figures(); // the dashboard's figures, computed now
    CHECK(window.dashboard()->summaryText().contains(QStringLiteral("Не удалось прочитать данные журнала звонков")));
    CHECK_FALSE(window.dashboard()->summaryText().contains(QStringLiteral("Звонков:")));
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Не удалось прочитать")));

    // The whole cache unreadable: the log says so instead of an empty table with "0 records".
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("DROP TABLE records")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    window.reload();
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Не удалось прочитать данные журнала")));
}
