// Call-log benchmark: sync into the cache (parsing Redmine's JSON pages of 100 and upserting them, i.e. the
// client side of a sync), opening the supervisor window from the cache (first screen), filtering and the
// dashboard figures, for 10k and 100k records. It measures and prints; it does not pass or fail.
#include "call/ManualClock.h"
#include "calllog/CallLogCache.h"
#include "calllog/CallLogJson.h"
#include "calllog/DemoCallLog.h"
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
                        field(16, QStringLiteral("UUID клиента"), r.clientUuid)});
    return o;
}

double ms(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const auto policy = domain::DeadlinePolicy::fromKb(QStringLiteral(HOTLINE_KB_SOURCE_DIR)).value();
    const QDateTime now = domain::parseMoscowIso(QStringLiteral("2026-11-23T15:40")).toUTC();
    ManualClock clock(now);
    std::printf("%8s %12s %12s %12s %12s %12s %12s\n", "records", "sync_ms", "resync_ms", "load_ms", "first_screen",
                "filter_ms", "figures_ms");
    for (int count : {10000, 100000}) {
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
        QTemporaryDir dir;
        auto cache = calllog::CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite"))).value();
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
        const double sync = syncPages();
        const double resync = syncPages(); // the same pages again: nothing changed

        QElapsedTimer t;
        t.start();
        const calllog::CallLogRecords loaded = cache->records();
        const double load = ms(t);

        t.restart();
        ui::SupervisorWindow window(*cache, nullptr, policy, clock);
        window.resize(1366, 768);
        window.show();
        QApplication::processEvents();
        window.table()->viewport()->grab();
        const double firstScreen = ms(t);

        t.restart();
        window.filter().setOperator(QStringLiteral("Анна Смирнова"));
        window.filter().setText(QStringLiteral("subsidiya"));
        const double filter = ms(t);

        const calllog::DashboardCalculator calc(policy);
        t.restart();
        const auto figures = calc.compute(loaded, now);
        const double fig = ms(t);
        std::printf("%8d %12.0f %12.0f %12.0f %12.0f %12.0f %12.0f   (calls %d, filtered %d)\n", count, sync, resync,
                    load, firstScreen, filter, fig, figures.total.calls, window.table()->model()->rowCount());
        std::fflush(stdout);
    }
    return 0;
}
