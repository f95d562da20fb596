// Screenshots of guided scripts for docs/screenshots (a test-like tool, not part of the operator's app): the real
// operator window over the shipped knowledge base with a fixed Moscow time, and the real KB editor over an
// in-memory wiki.
//
//   script_screenshots runner|result|editor|supervisor OUT.png [EXTRA.qm]
//
// EXTRA.qm: translations not merged into the shipped .ts yet (translations/pending/scripts.json).

#include "../support/ScreenshotApp.h"
#include "AdminWindow.h"
#include "FakeWiki.h"
#include "MainWindow.h"
#include "ScriptEditorPage.h"
#include "ScriptNodeForm.h"
#include "call/CallSession.h"
#include "call/ManualClock.h"
#include "calllog/CallLogCache.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "domain/ReferenceData.h"
#include "kb/KbRepository.h"
#include "kbedit/ScriptEditor.h"
#include "net/CallPlanner.h"
#include "outbox/OutboxStore.h"
#include "scripts/ScriptRunnerView.h"
#include "search/NavigatorPanel.h"
#include "settings/Settings.h"
#include "settings/Translations.h"
#include "supervisor/ScriptUsageView.h"
#include "supervisor/SupervisorWindow.h"

#include <QApplication>
#include <QListWidget>
#include <QLocale>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

using namespace hotline;

namespace {

const QString kKb = QStringLiteral(HOTLINE_KB_SOURCE_DIR);

int grabLater(QWidget& window, const QString& out, int ms) {
    QTimer::singleShot(ms, &window, [&window, out] {
        const bool saved = window.grab().save(out);
        if (!saved)
            qWarning("cannot write %s", qPrintable(out));
        QApplication::exit(saved ? 0 : 1);
    });
    return QApplication::exec();
}

int operatorWindow(const QString& scene, const QString& out) {
    QTemporaryDir data;
    Settings settings(data.filePath(QStringLiteral("settings.ini")));
    ManualClock clock(domain::moscowDateTime(QDate(2026, 12, 3), QTime(11, 20)));
    call::CallSession session(clock);
    const auto policy = domain::DeadlinePolicy::fromKb(kKb).value();
    const auto reference = domain::ReferenceData::load(kKb + QStringLiteral("/reference")).value();
    auto outbox = outbox::OutboxStore::open(data.filePath(QStringLiteral("outbox.sqlite")), clock).value();
    auto opened = kb::KbRepository::open(kKb, data.filePath(QStringLiteral("index.sqlite")));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return 1;
    }
    ui::Services services;
    services.kb = &opened.value().kb;
    services.index = opened.value().index.get();
    services.policy = &policy;
    services.reference = &reference;
    services.outbox = outbox.get();
    services.settings = &settings;
    services.clock = &clock;
    services.session = &session;
    services.dataDir = data.path();
    services.confirm = [](QWidget*, const QString&) { return true; };
    ui::MainWindow window(services);
    window.resize(1366, 768);
    window.show();
    session.start();
    clock.advance(95);
    emit window.navigator()->scriptRequested(QStringLiteral("podbor-mery-podderzhki"));
    ui::ScriptRunnerView* view = window.scriptView();
    view->choose(0); // registered
    view->choose(0); // equipment
    view->choose(3); // another small or medium business
    view->choose(0); // information read out
    if (scene == QLatin1String("result"))
        view->choose(1); // leasing: the result
    return grabLater(window, out, 900);
}

int editorWindow(const QString& out) {
    QTemporaryDir data;
    Settings settings(data.filePath(QStringLiteral("settings.ini")));
    ManualClock clock(domain::moscowDateTime(QDate(2026, 12, 3), QTime(15, 12)));
    test::FakeWiki wiki;
    wiki.user = QStringLiteral("Смирнова Анна (редактор БЗ)");
    ui::AdminContext context;
    context.shippedKbDir = kKb;
    context.dataDir = data.path();
    context.wiki = &wiki.wiki;
    context.settings = &settings;
    context.clock = &clock;
    context.confirm = [](QWidget*, const QString&) { return true; };
    ui::AdminWindow window(context);
    window.resize(1366, 768);
    window.show();
    const QString id = QStringLiteral("taksi-razreshenie-reestr-samozanyatost");
    window.tabs()->setCurrentWidget(window.scriptsPage());
    window.scriptsPage()->showScript(id);
    // An edit in progress: a new answer that leads nowhere yet, which the check beside the preview reports.
    window.scriptEditor()->addAnswer(id, QStringLiteral("q-reestr"));
    window.scriptEditor()->setAnswer(id, QStringLiteral("q-reestr"), 2,
                                     QStringLiteral("Машина куплена до 1 марта 2026 года"), {});
    window.scriptsPage()->selectNode(QStringLiteral("q-reestr"));
    window.runCheck();
    window.scriptsPage()->preview()->choose(1);
    return grabLater(window, out, 1200);
}

// A day of calls with scripts, as the supervisor sees them.
int supervisorWindow(const QString& out) {
    QTemporaryDir data;
    ManualClock clock(domain::moscowDateTime(QDate(2026, 12, 3), QTime(17, 40)));
    const auto policy = domain::DeadlinePolicy::fromKb(kKb).value();
    auto cache = calllog::CallLogCache::open(data.filePath(QStringLiteral("calllog.sqlite")), policy).value();
    const kb::KnowledgeBase::Loaded kb = kb::KnowledgeBase::loadFromDir(kKb);
    using End = call::CallScriptRun::End;
    // Each script: calls that reached each result in turn, some left at the first question or the second step.
    calllog::CallLogRecords records;
    int id = 1;
    for (const scripts::Script& s : kb.kb.scripts()) {
        QStringList results;
        for (const scripts::Node& n : s.nodes) {
            if (n.type == scripts::NodeType::Result)
                results << n.id;
        }
        const int calls = 3 + int(s.id.size() % 7);
        for (int i = 0; i < calls; ++i, ++id) {
            calllog::CallLogRecord r;
            r.issueId = id;
            r.kindId = QStringLiteral("call");
            r.tracker = QStringLiteral("Звонок");
            r.status = QStringLiteral("Закрыта");
            r.callStart = domain::moscowDateTime(QDate(2026, 12, 3), QTime(9 + i % 8, (7 * id) % 60));
            r.createdOn = r.callStart.addSecs(180);
            r.updatedOn = r.createdOn;
            r.result = QStringLiteral("Консультация дана");
            const bool left = i % 4 == 3;
            r.scripts = net::scriptRunsText(
                {{s.id, left ? QStringList{s.start} : QStringList{s.start, results.at(i % results.size())},
                  left ? End::Abandoned : End::Result}});
            records << r;
        }
    }
    if (!cache->upsert(records))
        return 1;
    ui::SupervisorWindow window(*cache, nullptr, clock);
    window.scriptUsage()->setNames([&kb](const QString& script, const QString& node) {
        const scripts::Script* s = kb.kb.script(script);
        const scripts::Node* n = s && !node.isEmpty() ? s->node(node) : nullptr;
        return !s ? QString() : node.isEmpty() ? s->title : n ? scripts::nodeLabel(*n) : QString();
    });
    window.resize(1366, 768);
    window.show();
    window.tabs()->setCurrentWidget(window.scriptUsage());
    return grabLater(window, out, 900);
}

} // namespace

int main(int argc, char* argv[]) {
    test::screenshotPlatform();
    QApplication app(argc, argv);
    const auto args =
        test::screenshotSetup(app, argc, argv, "script_screenshots runner|result|editor OUT.png [EXTRA.qm]");
    if (!args)
        return 2;
    const QString& scene = args->scene;
    const QString& out = args->out;
    if (scene == QLatin1String("supervisor"))
        return supervisorWindow(out);
    return scene == QLatin1String("editor") ? editorWindow(out) : operatorWindow(scene, out);
}
