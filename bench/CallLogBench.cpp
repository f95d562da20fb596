// Call-log benchmark, medians of several runs (argument 1, default 5; further arguments: the sizes, default 10k
// and 100k): sync into the cache (parsing Redmine's JSON pages of 100 and upserting them, i.e. the client side
// of a sync), the same pages again (nothing changed), loading the table's first rows from the cache, the first
// screen of the supervisor window (open the cache file, build the window, paint the table), a filter change,
// a sort, the dashboard figures (computed in SQL when the dashboard is opened) and the CSV export of the whole
// log. It measures and prints; it does not pass or fail.
#include "DemoCallLog.h"
#include "call/ManualClock.h"
#include "calllog/CallLogCache.h"
#include "calllog/CallLogJson.h"
#include "calllog/CallLogTableModel.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "supervisor/SupervisorWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>

using namespace hotline;

namespace {

// A record as Redmine's /issues.json would send it.
QJsonObject issueJson(const calllog::CallLogRecord& r) {
    auto field = [](int id, const QString& name, const QString& value) {
        return QJsonObject{
            {QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
    };
    auto iso = [](const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); };
    QJsonObject o{
        {QStringLiteral("id"), r.issueId},
        {QStringLiteral("tracker"), QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), r.tracker}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), r.status}}},
        {QStringLiteral("author"),
         QJsonObject{{QStringLiteral("id"), r.operatorId}, {QStringLiteral("name"), r.operatorName}}},
        {QStringLiteral("subject"), r.subject},
        {QStringLiteral("due_date"), r.dueDate.toString(Qt::ISODate)},
        {QStringLiteral("created_on"), iso(r.createdOn)},
        {QStringLiteral("updated_on"), iso(r.updatedOn)},
        {QStringLiteral("closed_on"), r.closedOn.isValid() ? QJsonValue(iso(r.closedOn)) : QJsonValue()}};
    o.insert(QStringLiteral("custom_fields"),
             QJsonArray{field(1, QStringLiteral("Канал"), r.channel), field(2, QStringLiteral("Категория"), r.category),
                        field(12, QStringLiteral("Статья БЗ"), r.articleId),
                        field(13, QStringLiteral("Начало звонка"), domain::toMoscowIso(r.callStart)),
                        field(14, QStringLiteral("Длительность звонка, с"), QString::number(r.callSeconds)),
                        field(15, QStringLiteral("Крайний срок (точный)"), domain::toMoscowIso(r.deadline)),
                        field(16, QStringLiteral("UUID клиента"), r.clientUuid),
                        field(17, QStringLiteral("Поисковые запросы"), r.searches),
                        field(18, QStringLiteral("Открытые статьи"), r.articles.join(QStringLiteral(", "))),
                        field(19, QStringLiteral("Результат звонка"), r.result),
                        field(20, QStringLiteral("UUID звонка"), r.callUuid)});
    return o;
}

double ms(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0.0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 5;
    QList<int> sizes{10000, 100000};
    if (args.size() > 2) {
        sizes.clear();
        for (const QString& s : args.mid(2))
            sizes << s.toInt();
    }
    const auto policy = domain::DeadlinePolicy::fromKb(QStringLiteral(HOTLINE_KB_SOURCE_DIR)).value();
    const QDateTime now = domain::parseMoscowIso(QStringLiteral("2026-11-23T15:40")).toUTC();
    ManualClock clock(now);
    std::printf("calllog_bench: medians of %d runs, milliseconds\n", runs);
    std::printf("%8s %9s %9s %9s %12s %9s %9s %10s %9s\n", "records", "sync", "resync", "load", "first_screen",
                "filter", "sort", "dashboard", "csv");
    for (int count : sizes) {
        const calllog::CallLogRecords records =
            calllog::demoCallLog(count, now, policy, count / 50); // all within the 90-day retention
        // Redmine's pages, serialised as they would arrive.
        QList<QByteArray> pages;
        for (int i = 0; i < count; i += 100) {
            QJsonArray issues;
            for (int j = i; j < std::min(count, i + 100); ++j)
                issues.append(issueJson(records[j]));
            pages << QJsonDocument(QJsonObject{{QStringLiteral("issues"), issues}}).toJson(QJsonDocument::Compact);
        }
        QList<double> sync, resync, load, first, filter, sort, dashboard, csv;
        int shown = 0, filtered = 0, calls = 0;
        for (int run = 0; run < runs; ++run) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("calllog.sqlite"));
            {
                auto cache = calllog::CallLogCache::open(path, policy).value();
                // The client side of a sync: parse each page and store it.
                auto syncPages = [&] {
                    QElapsedTimer t;
                    t.start();
                    for (const QByteArray& page : pages) {
                        calllog::CallLogRecords parsed;
                        for (const QJsonValue& v :
                             QJsonDocument::fromJson(page).object().value(QLatin1String("issues")).toArray())
                            parsed.append(calllog::recordFromIssue(v.toObject()));
                        if (!cache->upsert(parsed))
                            std::abort();
                    }
                    return ms(t);
                };
                sync << syncPages();
                resync << syncPages(); // the same pages again: nothing changed
                // Opening the cache and selecting the first screen's rows, without a window.
                QElapsedTimer t;
                t.start();
                calllog::CallLogTableModel model(*cache);
                model.reload(now);
                model.index(0, 0).data();
                load << ms(t);
            }
            // The supervisor opens the mode: the cache file is opened, the window built and painted.
            QElapsedTimer t;
            t.start();
            auto cache = calllog::CallLogCache::open(path, policy).value();
            ui::SupervisorWindow window(*cache, nullptr, clock);
            window.resize(1366, 768);
            window.show();
            QApplication::processEvents();
            window.table()->viewport()->grab();
            first << ms(t);
            shown = window.table()->model()->rowCount();

            calllog::CallLogQuery q = window.model().query();
            q.operatorName = QStringLiteral("Анна Смирнова");
            q.text = QStringLiteral("subsidiya");
            t.restart();
            window.setQuery(q);
            window.table()->viewport()->grab();
            filter << ms(t);
            filtered = window.table()->model()->rowCount();
            window.setQuery(calllog::CallLogQuery{});

            t.restart();
            window.table()->sortByColumn(calllog::CallLogTableModel::DurationColumn, Qt::DescendingOrder);
            window.table()->viewport()->grab();
            sort << ms(t);

            t.restart();
            calls = window.figures().total.calls;
            dashboard << ms(t);

            QTemporaryDir out;
            t.restart();
            if (!window.exportCsv(out.filePath(QStringLiteral("log.csv"))))
                std::abort();
            csv << ms(t);
        }
        std::printf("%8d %9.0f %9.0f %9.1f %12.1f %9.1f %9.1f %10.1f %9.0f   (rows %d, calls %d, filtered %d)\n", count,
                    median(sync), median(resync), median(load), median(first), median(filter), median(sort),
                    median(dashboard), median(csv), shown, calls, filtered);
        std::fflush(stdout);
    }
    return 0;
}
