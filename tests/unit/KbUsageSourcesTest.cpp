// Where the ranking's usage comes from: the workstation's own call records and the line's call log, each call
// once, a search counted only when it found something.
#include "CatchQt.h"
#include "kbsync/UsageSources.h"

using namespace hotline;

TEST_CASE("Usage from call records and the line's call log, each call once", "[kbsync][usage]") {
    const QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    call::CallRecord own;
    own.id = QUuid::createUuid();
    own.start = now.addDays(-1);
    own.searches = {{QStringLiteral("гпзу"), 5}, {QStringLiteral("электрогенераторщики"), 0}};
    own.articles = {QStringLiteral("gpzu-poluchenie")};
    const kb::UsageEvent e = kbsync::usageEventOf(own);
    CHECK(e.queries == QStringList{QStringLiteral("гпзу")}); // a search without a result led nowhere
    CHECK(e.articles == own.articles);

    // The same call in the synced log (its figures on the first appeal), another operator's call, a subtask.
    calllog::CallLogRecord same;
    same.issueId = 10;
    same.callUuid = own.id.toString(QUuid::WithoutBraces);
    same.result = QStringLiteral("appeal");
    same.callStart = own.start;
    same.searches = QStringLiteral("гпзу\t5\n");
    same.articles = own.articles;
    calllog::CallLogRecord other;
    other.issueId = 11;
    other.callStart = now.addDays(-2);
    other.searches = QStringLiteral("такси\t3\nпо телефону\n"); // a line typed in Redmine has no count
    other.articleId = QStringLiteral("taksi-razreshenie");
    calllog::CallLogRecord step = other;
    step.issueId = 12;
    step.parentId = 11;
    step.kindId = QStringLiteral("step");
    const kb::UsageStats usage = kbsync::usageOf({same, other, step}, {own}, now);
    CHECK(usage.calls() == 2);
    CHECK(usage.articles().value(QStringLiteral("gpzu-poluchenie")) == Approx(std::exp2(-1.0 / 30)));
    CHECK(usage.articles().value(QStringLiteral("taksi-razreshenie")) == Approx(std::exp2(-2.0 / 30)));
}
