// The supervisor's «Сценарии» tab over known call records: the per-script figures with the scripts' titles and
// the nodes' names, following the filters.
#include "CatchQt.h"
#include "TestPaths.h"
#include "call/ManualClock.h"
#include "calllog/CallLogCache.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "kb/KnowledgeBase.h"
#include "net/CallPlanner.h"
#include "supervisor/ScriptUsageView.h"
#include "supervisor/SupervisorWindow.h"

#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace hotline;
using End = call::CallScriptRun::End;

namespace {

calllog::CallLogRecord record(int id, const char* start, const QList<call::CallScriptRun>& runs) {
    calllog::CallLogRecord r;
    r.issueId = id;
    r.kindId = QStringLiteral("call");
    r.tracker = QStringLiteral("Звонок");
    r.status = QStringLiteral("Закрыта");
    r.callStart = domain::parseMoscowIso(QString::fromLatin1(start)).toUTC();
    r.createdOn = r.callStart.addSecs(120);
    r.updatedOn = r.createdOn;
    r.result = QStringLiteral("Консультация дана");
    r.scripts = net::scriptRunsText(runs);
    return r;
}

} // namespace

TEST_CASE("The supervisor's scripts tab shows the figures per script with names", "[ui][scripts][calllog]") {
    const auto policy = domain::DeadlinePolicy::fromKb(test::kbDir()).value();
    ManualClock clock(domain::parseMoscowIso(QStringLiteral("2026-12-03T15:40")).toUTC());
    QTemporaryDir dir;
    auto cache = calllog::CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite")), policy);
    REQUIRE(cache.ok());
    const QString taxi = QStringLiteral("taksi-razreshenie-reestr-samozanyatost");
    REQUIRE(
        cache.value()
            ->upsert(
                {record(1, "2026-12-03T10:00",
                        {{taxi,
                          {QStringLiteral("q-kto"), QStringLiteral("i-samozanyatyy"), QStringLiteral("r-samozanyatyy")},
                          End::Result}}),
                 record(2, "2026-12-03T11:00", {{taxi, {QStringLiteral("q-kto")}, End::Abandoned}}),
                 record(3, "2026-12-02T11:00", {{taxi, {QStringLiteral("q-kto")}, End::Abandoned}})})
            .ok());
    const kb::KnowledgeBase::Loaded kb = kb::KnowledgeBase::loadFromDir(test::kbDir());
    ui::SupervisorWindow w(*cache.value(), nullptr, clock);
    w.scriptUsage()->setNames([&kb](const QString& script, const QString& node) {
        const scripts::Script* s = kb.kb.script(script);
        const scripts::Node* n = s && !node.isEmpty() ? s->node(node) : nullptr;
        return !s ? QString() : node.isEmpty() ? s->title : n ? scripts::nodeLabel(*n) : QString();
    });
    w.show();
    w.tabs()->setCurrentWidget(w.scriptUsage());
    QTreeWidget* tree = w.scriptUsage()->tree();
    REQUIRE(tree->topLevelItemCount() == 1);
    const QTreeWidgetItem* top = tree->topLevelItem(0);
    CHECK(top->text(0).startsWith(QStringLiteral("Такси: разрешение")));
    CHECK(top->text(1) == QStringLiteral("3")); // started
    CHECK(top->text(2) == QStringLiteral("1")); // reached a result
    CHECK(top->text(4) == QStringLiteral("2")); // left without one
    REQUIRE(top->childCount() == 2);
    CHECK(top->child(0)->text(0).contains(QStringLiteral("Самозанятый водитель такси")));
    CHECK(top->child(1)->text(0).contains(QStringLiteral("Заявитель (q-kto)")));
    CHECK(top->child(1)->text(4) == QStringLiteral("2"));

    // The filters apply: today only.
    calllog::CallLogQuery today = w.model().query();
    today.from = QDate(2026, 12, 3);
    today.to = QDate(2026, 12, 3);
    w.setQuery(today);
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->text(1) == QStringLiteral("2"));
    CHECK(tree->topLevelItem(0)->text(4) == QStringLiteral("1"));
}
