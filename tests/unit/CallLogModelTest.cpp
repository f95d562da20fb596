// The call-log table over the cache (filters and sorting in SQL, rows read in pages), CSV for Excel, and the
// Redmine history of one call with its offline fallback.
#include "CallLogData.h"
#include "CatchQt.h"
#include "DemoCallLog.h"
#include "FakeNetwork.h"
#include "call/ManualClock.h"
#include "calllog/CallLogCache.h"
#include "calllog/CallLogTableModel.h"
#include "calllog/CsvExport.h"
#include "calllog/IssueHistory.h"
#include "net/RedmineClient.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hotline;
using namespace hotline::calllog;
using test::msk;
using test::policy;

namespace {

QList<int> ids(const CallLogTableModel& model) {
    QList<int> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(CallLogTableModel::IssueIdRole).toInt();
    return out;
}

const QByteArray kIssueJson = R"json({"issue": {"id": 3, "subject": "Вопрос", "status": {"id": 3, "name": "В работе"},
    "assigned_to": {"id": 50, "name": "Министерство инвестиций"},
    "custom_fields": [{"id": 14, "name": "Длительность звонка, с", "value": "420"}],
    "journals": [
      {"id": 1, "user": {"id": 5, "name": "Оператор Первый"}, "notes": "", "created_on": "2026-11-23T07:10:00Z",
       "details": [{"property": "cf", "name": "14", "old_value": "180", "new_value": "420"}]},
      {"id": 2, "user": {"id": 9, "name": "Супервизор Тестовый"}, "notes": "Проверено", "created_on": "2026-11-23T08:00:00Z",
       "details": [{"property": "attr", "name": "status_id", "old_value": "1", "new_value": "3"},
                   {"property": "attr", "name": "assigned_to_id", "old_value": null, "new_value": "50"}]}],
    "children": [{"id": 4, "tracker": {"id": 2, "name": "Сложная консультация"}, "subject": "Вопрос — Минимущество"}]}})json";

} // namespace

TEST_CASE("the call-log table filters and sorts in SQL and passes the model tester", "[calllog]") {
    QTemporaryDir dir;
    auto cache = CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite")), policy()).value();
    CallLogRecords set = test::dataSet();
    set[0].channel = QStringLiteral("Линия 0150");
    set[0].subject = QStringLiteral("Субсидия; \"Модернизация\"");
    REQUIRE(cache->upsert(set).ok());
    CallLogTableModel model(*cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload(msk("2026-11-23T12:00"));

    CHECK(model.rowCount() == 6);                      // the subtask is hidden
    CHECK(ids(model) == QList<int>{7, 5, 3, 2, 1, 4}); // newest call first
    model.sort(CallLogTableModel::DurationColumn, Qt::DescendingOrder);
    CHECK(ids(model) == QList<int>{3, 4, 1, 2, 5, 7});
    model.sort(CallLogTableModel::StartColumn, Qt::AscendingOrder);
    CHECK(ids(model) == QList<int>{4, 1, 2, 3, 5, 7});
    model.sort(CallLogTableModel::DeadlineStateColumn, Qt::AscendingOrder); // met, missed, open, due today, overdue
    CHECK(ids(model) == QList<int>{1, 2, 3, 7, 5, 4});

    CallLogQuery q = model.query();
    q.sort = CallLogQuery::Sort::Start;
    q.descending = false;
    q.operatorName = QStringLiteral("Петров");
    model.setQuery(q);
    CHECK(ids(model) == QList<int>{4, 2, 7});
    q.overdueOnly = true; // overdue, and closed late
    model.setQuery(q);
    CHECK(ids(model) == QList<int>{4, 2});
    q.overdueOnly = false;
    q.operatorName.clear();
    q.from = QDate(2026, 11, 20);
    q.to = QDate(2026, 11, 20);
    model.setQuery(q);
    CHECK(ids(model) == QList<int>{1, 2, 3});
    q.from = q.to = {};
    q.kindId = QStringLiteral("simple");
    q.category = QStringLiteral("support");
    model.setQuery(q);
    CHECK(ids(model) == QList<int>{1, 2, 5});
    q.kindId.clear();
    q.category.clear();
    q.text = QStringLiteral("МОДЕРНИЗ"); // Cyrillic in any case
    model.setQuery(q);
    CHECK(ids(model) == QList<int>{1});
    q.text = QStringLiteral("4"); // the number
    model.setQuery(q);
    CHECK(ids(model) == QList<int>{4});
    q.text.clear();
    q.channel = QStringLiteral("Линия 0150");
    model.setQuery(q);
    CHECK(ids(model) == QList<int>{1});
    q.channel.clear();
    q.callsOnly = false;
    model.setQuery(q);
    CHECK(model.rowCount() == 7);
    q.callsOnly = true;
    model.setQuery(q);

    CHECK(cache->distinct(CallLogCache::Field::Operator) ==
          QStringList{QStringLiteral("Иванов"), QStringLiteral("Петров")});
    const int four = model.rowOfIssue(4);
    CHECK(model.index(four, CallLogTableModel::DeadlineStateColumn).data().toString() ==
          CallLogTableModel::stateTitle(DeadlineState::Overdue));
    CHECK(model.index(four, CallLogTableModel::DeadlineColumn).data().toString() == QStringLiteral("20.11.2026 18:00"));
    CHECK(model.index(four, CallLogTableModel::DurationColumn).data().toString() == QStringLiteral("6:40"));
    // Time moves on: the states follow the clock the window gives.
    model.reload(msk("2026-11-25T19:00"));
    CHECK(model.stateAt(model.rowOfIssue(7)) == DeadlineState::Overdue);

    q.operatorName = QStringLiteral("Иванов");
    model.setQuery(q);
    model.reload(msk("2026-11-23T12:00"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(writeCsv(model, buffer).ok());
    const QByteArray csv = buffer.data();
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4); // header + 3 calls of Иванов
    CHECK(lines[0].split(QLatin1Char(';')).size() == CallLogTableModel::ColumnCount);
    CHECK(lines[1].startsWith(QStringLiteral("1;20.11.2026 09:55;Иванов;Линия 0150;support;")));
    CHECK(lines[1].endsWith(QStringLiteral(";a1;\"Субсидия; \"\"Модернизация\"\"\"")));
}

TEST_CASE("the table reads 20k records in pages and keeps only what was looked at", "[calllog]") {
    QTemporaryDir dir;
    auto cache = CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite")), policy()).value();
    const QDateTime now = msk("2026-11-23T15:40");
    const CallLogRecords demo = demoCallLog(20000, now, policy(), 400);
    REQUIRE(cache->upsert(demo).ok());
    CallLogTableModel model(*cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload(now);
    REQUIRE(model.rowCount() == 20000);
    // Far rows are read on demand and match the cache.
    for (int row : {0, 199, 200, 12345, 19999}) {
        const auto r = model.record(row);
        REQUIRE(r);
        CHECK(r->issueId == model.issueIdAt(row));
        CHECK(model.index(row, CallLogTableModel::SubjectColumn).data().toString() ==
              cache->record(r->issueId)->subject);
    }
    for (int row = 0; row < model.rowCount(); row += CallLogTableModel::pageSize / 2)
        CHECK(model.index(row, 0).data(CallLogTableModel::IssueIdRole).toInt() > 0);
    // Newest first over the whole log.
    CHECK(model.record(0)->when() >= model.record(19999)->when());
}

TEST_CASE("the history of an appeal: Redmine's journal in words, saved for offline use", "[calllog]") {
    const QJsonObject issue = QJsonDocument::fromJson(kIssueJson).object().value(QLatin1String("issue")).toObject();
    const IssueHistory h = historyFromJson(issue, {{1, QStringLiteral("Новая")}, {3, QStringLiteral("В работе")}});
    REQUIRE(h.entries.size() == 2);
    CHECK(h.entries[0].author == QStringLiteral("Оператор Первый"));
    REQUIRE(h.entries[0].changes.size() == 1);
    CHECK(h.entries[0].changes[0].field == QStringLiteral("Длительность звонка, с"));
    CHECK(h.entries[0].changes[0].from == QStringLiteral("180"));
    CHECK(h.entries[0].changes[0].to == QStringLiteral("420"));
    CHECK(h.entries[1].notes == QStringLiteral("Проверено"));
    REQUIRE(h.entries[1].changes.size() == 2);
    CHECK(h.entries[1].changes[0].field == QCoreApplication::translate("IssueHistory", "Status"));
    CHECK(h.entries[1].changes[0].from == QStringLiteral("Новая"));
    CHECK(h.entries[1].changes[0].to == QStringLiteral("В работе"));
    CHECK(h.entries[1].changes[1].to == QStringLiteral("Министерство инвестиций"));
    REQUIRE(h.children.size() == 1);
    CHECK(h.children[0].issueId == 4);

    QTemporaryDir dir;
    auto cache = CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite")), policy()).value();
    ManualClock clock(msk("2026-11-23T12:00"));
    test::FakeNetwork network;
    bool online = true;
    network.handler = [&](const test::FakeRequest& r) {
        if (!online)
            return test::FakeResponse::transport(QNetworkReply::ConnectionRefusedError);
        if (r.path() == QLatin1String("/issue_statuses.json"))
            return test::FakeResponse::json(
                200,
                {{QStringLiteral("issue_statuses"),
                  QJsonArray{
                      QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("name"), QStringLiteral("В работе")}},
                      QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Новая")}}}}});
        if (r.path() == QLatin1String("/issues/3.json") &&
            r.request.url().query().contains(QStringLiteral("include=journals,children")))
            return test::FakeResponse::http(200, kIssueJson);
        return test::FakeResponse::http(404, "{}");
    };
    net::RedmineClient client(network);
    net::ServerConfig config;
    config.url = QUrl(QStringLiteral("https://redmine.example.ru"));
    REQUIRE(client.configure(config).ok());
    client.setApiKey("k");
    IssueHistoryFetcher fetcher(&client, *cache, clock);
    auto fetch = [&](int id) {
        std::optional<HistoryView> out;
        fetcher.fetch(id, [&](HistoryView v) { out = v; });
        for (int i = 0; i < 200 && !out; ++i)
            QTest::qWait(5);
        REQUIRE(out);
        return *out;
    };
    const HistoryView fresh = fetch(3);
    REQUIRE(fresh.history);
    CHECK_FALSE(fresh.fromCache);
    CHECK(fresh.notice.isEmpty());
    CHECK(fresh.history->entries[1].changes[0].to == QStringLiteral("В работе"));
    CHECK(fresh.fetchedAt == clock.now()); // saved at the injected clock's time, shown as "as saved on …"
    clock.advance(3600);

    // Offline: the saved history, with a note that says so; nothing saved: a note only.
    online = false;
    const HistoryView offline = fetch(3);
    REQUIRE(offline.history);
    CHECK(offline.fromCache);
    CHECK(offline.history->entries.size() == 2);
    CHECK(offline.history->entries[1].changes[0].to == QStringLiteral("В работе")); // status names kept too
    CHECK(offline.fetchedAt == clock.now().addSecs(-3600));
    CHECK_FALSE(offline.notice.isEmpty());
    const HistoryView never = fetch(8);
    CHECK_FALSE(never.history);
    CHECK_FALSE(never.notice.isEmpty());
    CHECK(never.notice != offline.notice);

    // No server configured at all: what was saved.
    IssueHistoryFetcher noServer(nullptr, *cache, clock);
    std::optional<HistoryView> saved;
    noServer.fetch(3, [&](HistoryView v) { saved = v; });
    QTest::qWait(10);
    REQUIRE(saved);
    CHECK(saved->fromCache);
    CHECK_FALSE(saved->notice.isEmpty());
}

TEST_CASE("the saved history keeps what the history view shows, not the caller's data, and goes when Redmine refuses",
          "[calllog]") {
    // The issue as Redmine gives it: its custom fields and description hold the caller's ИНН, phone and e-mail.
    QJsonObject issue = QJsonDocument::fromJson(kIssueJson).object().value(QLatin1String("issue")).toObject();
    QJsonArray fields = issue.value(QLatin1String("custom_fields")).toArray();
    fields.append(QJsonObject{{QStringLiteral("id"), 3},
                              {QStringLiteral("name"), QStringLiteral("ИНН")},
                              {QStringLiteral("value"), QStringLiteral("7707083893")}});
    fields.append(QJsonObject{{QStringLiteral("id"), 7},
                              {QStringLiteral("name"), QStringLiteral("Телефон")},
                              {QStringLiteral("value"), QStringLiteral("+79161234567")}});
    fields.append(QJsonObject{{QStringLiteral("id"), 8},
                              {QStringLiteral("name"), QStringLiteral("E-mail")},
                              {QStringLiteral("value"), QStringLiteral("ivanova@example.ru")}});
    issue.insert(QStringLiteral("custom_fields"), fields);
    issue.insert(QStringLiteral("description"), QStringLiteral("Перезвонить Ивановой М. С. по +79161234567"));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("issue"), issue}}).toJson();

    QTemporaryDir dir;
    auto cache = CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite")), policy()).value();
    ManualClock clock(msk("2026-11-23T12:00"));
    test::FakeNetwork network;
    int status = 200;
    network.handler = [&](const test::FakeRequest& r) {
        if (r.path() == QLatin1String("/issues/3.json"))
            return test::FakeResponse::http(status, status == 200 ? body : QByteArray());
        return test::FakeResponse::http(404, "{}");
    };
    net::RedmineClient client(network);
    net::ServerConfig config;
    config.url = QUrl(QStringLiteral("https://redmine.example.ru"));
    REQUIRE(client.configure(config).ok());
    client.setApiKey("k");
    IssueHistoryFetcher fetcher(&client, *cache, clock);
    auto fetch = [&] {
        std::optional<HistoryView> out;
        fetcher.fetch(3, [&](HistoryView v) { out = v; });
        REQUIRE(QTest::qWaitFor([&] { return out.has_value(); }, 5000));
        return *out;
    };
    const HistoryView fresh = fetch();
    REQUIRE(fresh.history);
    REQUIRE(cache->history(3));
    const QByteArray saved = cache->history(3)->json;
    for (const char* personal : {"7707083893", "+79161234567", "ivanova@example.ru"})
        CHECK_FALSE(saved.contains(personal));
    // What the view shows survives the round trip through the cache.
    const auto back = historyFromSaved(saved);
    REQUIRE(back);
    CHECK(back->subject == fresh.history->subject);
    CHECK(back->entries.size() == fresh.history->entries.size());
    CHECK(back->entries[1].notes == QStringLiteral("Проверено"));
    CHECK(back->entries[0].changes[0].to == QStringLiteral("420"));
    CHECK(back->children.size() == 1);

    for (int refusal : {403, 401}) {
        status = 200;
        REQUIRE(fetch().history);
        REQUIRE(cache->history(3));
        status = refusal; // the key lost access (or is no longer valid): the saved copy is not shown, and goes
        const HistoryView refused = fetch();
        CHECK_FALSE(refused.history);
        CHECK_FALSE(refused.notice.isEmpty());
        CHECK_FALSE(cache->history(3));
    }
}
