// The operator workstation's composition root: builds every object once and wires them; no singletons.
// Built twice: hotline0150, the shipped app, on the system clock; hotline0150-screens (not installed) with the
// screenshot hooks of DemoHooks.h (HOTLINE_SCREENSHOT_HOOKS).
#include "MainWindow.h"
#include "ModeWindows.h"
#include "ServerSession.h"
#include "SingleInstance.h"
#include "StatusIndicators.h"
#include "call/CallSession.h"
#include "call/PhoneUi.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "domain/ReferenceData.h"
#include "kbsync/UsageSources.h"
#include "kbsync/WikiPublisher.h"
#include "kbsync/WikiSync.h"
#include "kbsync/WorkstationKb.h"
#include "net/KeyStore.h"
#include "net/RedmineClient.h"
#include "outbox/CallRecorder.h"
#include "outbox/OutboxSender.h"
#include "outbox/OutboxStore.h"
#include "phone/BaresipLink.h"
#include "phone/CallerHistory.h"
#include "phone/PhoneDesk.h"
#include "settings/DataPaths.h"
#include "settings/Settings.h"
#include "settings/Translations.h"
#ifdef HOTLINE_SCREENSHOT_HOOKS
#include "DemoHooks.h"
#include "call/ManualClock.h"
#endif

#include <QApplication>
#include <QDir>
#include <QJsonObject>
#include <QLocale>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>
#include <optional>

using namespace hotline;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("hotline0150"));
    QApplication::setApplicationName(QStringLiteral("hotline0150"));
    QApplication::setApplicationDisplayName(QStringLiteral("Линия 0150"));
    QApplication::setApplicationVersion(QStringLiteral(HOTLINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("ru.mosreg.hotline0150"));

    Settings settings;
    const QString language = qEnvironmentVariable("HOTLINE_LANG", settings.language());
    hotline::installTranslations(app, language);
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::Russian));

    // One window per user: a second start (another softphone's "run on ring", a tel: link) hands its call to
    // the running one and ends here.
    const QString incomingCall = app::incomingCallFromArguments(QCoreApplication::arguments());
    app::SingleInstance instance(
        qEnvironmentVariable("HOTLINE_INSTANCE_SOCKET", app::SingleInstance::defaultSocketPath()));
    if (instance.sendToRunning(incomingCall.isEmpty() ? QJsonObject{{QStringLiteral("activate"), true}}
                                                      : QJsonObject{{QStringLiteral("incoming_call"), incomingCall}}))
        return 0;

    const QString kbDir = shippedKbDir();
    QStringList problems;
    // Callers' data is written only to a folder no other user can read. Without one the app still searches
    // (its index goes to a private temporary folder) but keeps no outbox, drafts or call log.
    const Result<QString> privateData = workstationDataDir();
    QTemporaryDir sessionDir;
    if (!privateData)
        problems << QCoreApplication::translate("Main", "%1 Appeals cannot be filed on this computer until this is "
                                                        "fixed.")
                        .arg(privateData.error().message);
    const QString dataDir = privateData ? privateData.value() : sessionDir.path();

    // The KB the operator searches: the one the last sync assembled when a server is configured, else the
    // shipped kb_data. Deadline rules and reference lists always come with the app.
    kbsync::WorkstationKb workstationKb(kbDir, dataDir);
    if (auto st = workstationKb.open(!settings.serverUrl().isEmpty()); !st)
        problems << QCoreApplication::translate("Main", "The knowledge base could not be loaded: %1")
                        .arg(st.error().message);

    auto policyLoaded = domain::DeadlinePolicy::fromKb(kbDir);
    if (!policyLoaded)
        problems << QCoreApplication::translate(
                        "Main", "The deadline rules could not be loaded (%1): built-in defaults and Monday to Friday "
                                "are used.")
                        .arg(policyLoaded.error().message);
    const domain::DeadlinePolicy policy =
        policyLoaded ? policyLoaded.value()
                     : domain::DeadlinePolicy(domain::WorkCalendar(), domain::DeadlineSettings());

    auto reference = domain::ReferenceData::load(kbDir + QStringLiteral("/reference"));
    if (!reference)
        problems << QCoreApplication::translate("Main", "The reference lists could not be loaded: %1")
                        .arg(reference.error().message);

    if (auto st = instance.listen(); !st)
        problems << st.error().message;
    // The operator's softphone (baresip's ctrl_tcp on this computer); without one the call panel works by hand.
    phone::BaresipLink softphone;
    if (auto st = softphone.setAddress(qEnvironmentVariable("HOTLINE_PHONE_CONTROL", settings.phoneControl())); !st)
        problems << st.error().message;

    // Records are timed by the system clock, whatever a screenshot's clock says.
    SystemClock systemClock;
    auto outbox = privateData
                      ? outbox::OutboxStore::open(QDir(dataDir).filePath(QStringLiteral("outbox.sqlite")), systemClock)
                      : Result<std::unique_ptr<outbox::OutboxStore>>(privateData.error());
    if (!outbox && privateData)
        problems << QCoreApplication::translate("Main", "The local outbox could not be opened: %1")
                        .arg(outbox.error().message);

#ifdef HOTLINE_SCREENSHOT_HOOKS
    // A fixed "now" makes screenshots reproducible; the operator's app always runs on the system clock.
    ManualClock demoClock(demo::fixedNow());
    const Clock& clock = demoClock.now().isValid() ? static_cast<const Clock&>(demoClock) : systemClock;
    const bool resumeSession = !demo::fixedNow().isValid();
#else
    const Clock& clock = systemClock;
    const bool resumeSession = true;
#endif
    call::CallSession session(clock);
    session.setOperatorLogin(settings.serverLogin());
    // Every finished call is recorded in the outbox after its appeals and delivered with them.
    std::unique_ptr<outbox::CallRecorder> recorder;
    if (outbox)
        recorder = std::make_unique<outbox::CallRecorder>(session, *outbox.value(), settings.callRetentionDays());
    // Search ranks by what operators open: the line's Kb_usage page when the sync brought one, else this
    // workstation's own calls.
    if (outbox)
        workstationKb.setLocalUsage([&outbox, &clock] {
            QList<call::CallRecord> calls;
            for (const outbox::OutboxEntry& e : outbox.value()->callRecords())
                calls.append(e.call);
            return kbsync::usageOf(calls, clock.now());
        });

    ui::Services services;
    services.kb = workstationKb.kb();
    services.index = workstationKb.index();
    services.policy = &policy;
    services.reference = reference ? &reference.value() : nullptr;
    services.outbox = outbox ? outbox.value().get() : nullptr;
    services.settings = &settings;
    services.clock = &clock;
    services.session = &session;
    services.dataDir = dataDir;
    services.startupError = problems.join(QLatin1Char('\n'));

    ui::MainWindow window(services);

    // Filing to the central Redmine: the one network manager, client, keychain and sender of the app.
    QNetworkAccessManager network;
    net::RedmineClient client(network);
    net::KeyStore keys;
    std::unique_ptr<outbox::OutboxSender> sender;
    std::unique_ptr<ui::ServerSession> server;
    kbsync::WikiPublisher wiki(client);
    kbsync::WikiSync kbSync(wiki, kbDir, dataDir);
    QObject::connect(&workstationKb, &kbsync::WorkstationKb::replaced, &window, [&](const QStringList& updated) {
        window.setKnowledgeBase(workstationKb.kb(), workstationKb.index(), updated);
    });
    QObject::connect(
        &workstationKb, &kbsync::WorkstationKb::syncFinished, &window,
        [&](const kbsync::SyncReport& report) { window.noteKbPagesSkipped(static_cast<int>(report.rejected.size())); });

    ui::ModeWindows modes({kbDir,
                           dataDir,
                           &client,
                           &wiki,
                           &workstationKb,
                           &policy,
                           &clock,
                           &settings,
                           outbox ? outbox.value().get() : nullptr,
                           {}});
    QObject::connect(&window, &ui::MainWindow::supervisorModeRequested, &modes, [&] { modes.showSupervisor(&window); });
    QObject::connect(&window, &ui::MainWindow::editorModeRequested, &modes, [&] { modes.showEditor(&window); });
    if (outbox && reference) {
        sender = std::make_unique<outbox::OutboxSender>(*outbox.value(), client, reference.value(), systemClock);
        server = std::make_unique<ui::ServerSession>(settings, client, keys, *sender);
        QObject::connect(server.get(), &ui::ServerSession::stateChanged, window.indicators(),
                         &ui::StatusIndicators::setServerState);
        QObject::connect(server.get(), &ui::ServerSession::connected, &workstationKb, [&] {
            workstationKb.setSync(&kbSync);
            workstationKb.start(settings.kbSyncMinutes());
        });
        QObject::connect(server.get(), &ui::ServerSession::disconnected, &workstationKb, [&] { workstationKb.stop(); });
        QObject::connect(server.get(), &ui::ServerSession::modesChanged, &window, &ui::MainWindow::setModes);
        QObject::connect(server.get(), &ui::ServerSession::connected, &session,
                         [&] { session.setOperatorLogin(settings.serverLogin()); });
        window.setModes(server->modes());
        QMenu* file = window.fileMenu();
        QAction* first = file->actions().value(0);
        QAction* login = new QAction(QCoreApplication::translate("Main", "&Log in to the server…"), file);
        QAction* logout = new QAction(QCoreApplication::translate("Main", "Log &out"), file);
        QObject::connect(login, &QAction::triggered, &window, [&] { server->login(&window); });
        QObject::connect(logout, &QAction::triggered, &window, [&] { server->logout(&window); });
        file->insertActions(first, {login, logout});
        file->insertSeparator(first);
        if (resumeSession)
            server->resume();
    }
    // The phone: the softphone's calls drive the call session; the caller's card, missed calls, the duplicate hint.
    phone::PhoneDesk desk(&softphone, session, clock);
    desk.setDialFormat(settings.phoneDialFormat());
    if (recorder)
        QObject::connect(&desk, &phone::PhoneDesk::missed, recorder.get(),
                         [&](const call::CallRecord& record) { (void)recorder->record(record); }); // see failed
    if (recorder)
        QObject::connect(recorder.get(), &outbox::CallRecorder::failed, &window, &ui::MainWindow::showProblem);
    phone::CallerHistory history(outbox ? outbox.value().get() : nullptr, &client, policy, clock);
    ui::PhoneUi phoneUi(window, {&desk, &history, outbox ? outbox.value().get() : nullptr, &clock,
                                 [&] { return server ? server->modes() : net::UserModes{}; }});
    QObject::connect(&instance, &app::SingleInstance::messageReceived, &window, [&](const QJsonObject& message) {
        const QString number = message.value(QLatin1String("incoming_call")).toString();
        if (!number.isEmpty())
            desk.takeExternalCall(number);
        window.showNormal();
        window.raise();
        window.activateWindow();
    });

    window.show();
    if (!incomingCall.isEmpty())
        desk.takeExternalCall(incomingCall);
#ifdef HOTLINE_SCREENSHOT_HOOKS
    demo::run(window);
#endif
    // For smoke tests and screenshots: quit by itself after N milliseconds.
    const int quitAfter = qEnvironmentVariableIntValue("HOTLINE_QUIT_AFTER_MS");
    if (quitAfter > 0)
        QTimer::singleShot(quitAfter, &app, &QApplication::quit);
    return QApplication::exec();
}
