// Screenshots of the operator window's phone parts for docs/screenshots (a test-like tool, not part of the
// operator's app): the shipped knowledge base, a private data directory, a fixed Moscow time, an in-memory
// Redmine (tests/net) with a caller's earlier appeals, and a softphone whose ringing call is scripted.
//
//   phone_screenshots incoming|duplicate OUT.png [EXTRA.qm]
//
// EXTRA.qm: translations not merged into the shipped .ts yet (translations/pending/phone.json).

#include "../support/ScreenshotApp.h"
#include "FakeRedmine.h"
#include "MainWindow.h"
#include "ScriptedSoftphone.h"
#include "StatusIndicators.h"
#include "appeal/AppealForm.h"
#include "call/CallSession.h"
#include "call/CallerCard.h"
#include "call/DuplicateHint.h"
#include "call/ManualClock.h"
#include "call/PhoneUi.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "domain/ReferenceData.h"
#include "kb/KbRepository.h"
#include "net/RedmineNames.h"
#include "outbox/CallRecorder.h"
#include "outbox/OutboxStore.h"
#include "phone/CallerHistory.h"
#include "phone/PhoneDesk.h"
#include "settings/Settings.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <cstdio>

using namespace hotline;

namespace {

const QString kCaller = QStringLiteral("+79161234567");
const QString kInn = QStringLiteral("5024123459");

QDateTime msk(int month, int day, int h, int m) {
    return domain::moscowDateTime(QDate(2026, month, day), QTime(h, m));
}

QJsonObject field(int id, const QString& value) {
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("value"), value}};
}

// One appeal as Redmine's GET /issues.json shows it.
QJsonObject issue(int id, const QString& tracker, const QString& subject, const QString& status, bool closed,
                  const QDateTime& created, const QDateTime& deadline, const QString& assignee = {}) {
    QJsonObject i{
        {QStringLiteral("id"), id},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("description"), subject},
        {QStringLiteral("tracker"), QJsonObject{{QStringLiteral("name"), tracker}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("id"), closed ? 5 : 2}, {QStringLiteral("name"), status}}},
        {QStringLiteral("created_on"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("custom_fields"),
         QJsonArray{field(test::FakeRedmine::phoneField, kCaller), field(test::FakeRedmine::innField, kInn),
                    field(5, QStringLiteral("ООО «Подмосковные станки»")), field(15, domain::toMoscowIso(deadline))}}};
    if (closed)
        i.insert(QStringLiteral("closed_on"), deadline.addSecs(-7200).toUTC().toString(Qt::ISODate));
    if (!assignee.isEmpty())
        i.insert(QStringLiteral("assigned_to"), QJsonObject{{QStringLiteral("name"), assignee}});
    return i;
}

void seed(test::FakeRedmine& redmine) {
    QJsonObject task = issue(18342, QStringLiteral("Задача"), QStringLiteral("Субсидия «Модернизация»: приём заявки"),
                             QStringLiteral("В работе"), false, msk(11, 27, 10, 5), msk(12, 2, 18, 0),
                             QStringLiteral("Министерство инвестиций, промышленности и науки Московской области"));
    task.insert(QStringLiteral("journals"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("notes"), QStringLiteral("Запрошены сведения о станках у заявителя. Ответ будет "
                                                             "направлен после проверки комплекта документов.")},
                    {QStringLiteral("private_notes"), false},
                    {QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Кузнецова Е. В.")}}},
                    {QStringLiteral("created_on"), msk(12, 1, 14, 20).toUTC().toString(Qt::ISODate)}}});
    redmine.issues.append(task);
    redmine.issues.append(issue(18790, QStringLiteral("Сложная консультация"),
                                QStringLiteral("Лизинг оборудования: меры поддержки"), QStringLiteral("На модерации"),
                                false, msk(12, 1, 11, 40), msk(12, 3, 18, 0)));
    redmine.issues.append(issue(16021, QStringLiteral("Простая консультация"),
                                QStringLiteral("Порядок получения порубочного билета"), QStringLiteral("Закрыта"), true,
                                msk(10, 14, 9, 30), msk(10, 14, 18, 0)));
}

} // namespace

int main(int argc, char* argv[]) {
    test::screenshotPlatform();
    QApplication app(argc, argv);
    const auto args = test::screenshotSetup(app, argc, argv, "phone_screenshots incoming|duplicate OUT.png [EXTRA.qm]");
    if (!args)
        return 2;
    const QString& scene = args->scene;
    const QString& out = args->out;

    QTemporaryDir data;
    Settings settings(data.filePath(QStringLiteral("settings.ini")));
    ManualClock clock(msk(12, 3, 11, 12));
    const QString kbDir = QStringLiteral(HOTLINE_KB_SOURCE_DIR);
    auto kb = kb::KbRepository::open(kbDir, data.filePath(QStringLiteral("index.sqlite"))).value();
    const auto policy = domain::DeadlinePolicy::fromKb(kbDir).value();
    const auto reference = domain::ReferenceData::load(kbDir + QStringLiteral("/reference")).value();
    auto outbox = outbox::OutboxStore::open(data.filePath(QStringLiteral("outbox.sqlite")), clock).value();
    call::CallSession session(clock);
    session.setOperatorLogin(QStringLiteral("operator1"));
    outbox::CallRecorder recorder(session, *outbox);

    test::FakeNetwork network;
    test::FakeRedmine redmine(network);
    seed(redmine);
    net::RedmineClient client(network);
    net::ServerConfig config;
    config.url = QUrl(QStringLiteral("https://redmine.example.ru"));
    if (const Status configured = client.configure(config); !configured) {
        std::fprintf(stderr, "phone_screenshots: %s\n", qPrintable(configured.error().message));
        return 1;
    }
    client.setApiKey("screenshots");
    settings.setServerUrl(config.url);

    ui::Services services;
    services.kb = &kb.kb;
    services.index = kb.index.get();
    services.policy = &policy;
    services.reference = &reference;
    services.outbox = outbox.get();
    services.settings = &settings;
    services.clock = &clock;
    services.session = &session;
    services.dataDir = data.path();
    services.confirm = [](QWidget*, const QString&) { return true; };
    ui::MainWindow window(services);
    window.indicators()->setServerState(QStringLiteral("Сервер: redmine.example.ru · operator1"));

    test::ScriptedSoftphone softphone;
    phone::PhoneDesk desk(&softphone, session, clock);
    QObject::connect(&desk, &phone::PhoneDesk::missed, &recorder, [&](const call::CallRecord& r) {
        if (!recorder.record(r))
            std::fprintf(stderr, "phone_screenshots: a missed call was not recorded\n");
    });
    phone::CallerHistory history(outbox.get(), &client, policy, clock);
    ui::PhoneUi phoneUi(window, {&desk, &history, outbox.get(), &clock,
                                 [] { return net::modesFromRoles({net::names::roleOperator}, false); }});
    // A call from this number was missed in the morning: it is on the call-back list.
    call::CallRecord missed;
    missed.id = QUuid::createUuid();
    missed.ringStart = msk(12, 3, 9, 47);
    missed.start = missed.ringStart;
    missed.end = missed.start.addSecs(31);
    missed.ringSeconds = 31;
    missed.callerNumber = QStringLiteral("+74957654321");
    missed.result = call::CallResult::Missed;
    if (!recorder.record(missed)) {
        std::fprintf(stderr, "phone_screenshots: the missed call was not recorded\n");
        return 1;
    }

    window.resize(1366, 768);
    window.show();

    if (scene == QLatin1String("incoming")) {
        // It has rung for 6 seconds; the operator looks up the appeal the caller names.
        softphone.send(phone::SoftphoneEvent::Type::Incoming, QStringLiteral("call-1"),
                       QStringLiteral("sip:") + kCaller + QStringLiteral("@pbx.example.ru"));
        clock.advance(6);
        QTimer::singleShot(500, &window, [&] { phoneUi.card()->showAppeal(18342); });
    } else {
        // During a call the operator types the caller's ИНН into the form: an open appeal of theirs exists.
        softphone.send(phone::SoftphoneEvent::Type::Incoming, QStringLiteral("call-1"),
                       QStringLiteral("sip:") + kCaller + QStringLiteral("@pbx.example.ru"));
        softphone.send(phone::SoftphoneEvent::Type::Established, QStringLiteral("call-1"));
        clock.advance(150);
        window.openArticle(QStringLiteral("subsidiya-modernizatsiya"));
        window.openAppealForm();
        ui::AppealFormData d = window.appealForm()->data();
        d.organisation = QStringLiteral("ООО «Подмосковные станки»");
        d.inn = kInn;
        d.contactPerson = QStringLiteral("Иванова Мария Сергеевна");
        d.description += QStringLiteral("Хотим подать заявку на субсидию по второму станку.");
        window.appealForm()->setData(d);
        QTimer::singleShot(900, &window, [&] {
            ui::AppealForm* form = window.appealForm();
            if (auto* scroll = qobject_cast<QScrollArea*>(form->parentWidget()->parentWidget())) {
                QWidget* org = form->fieldWidget(ui::AppealFormData::Field::Organisation);
                scroll->verticalScrollBar()->setValue(org->mapTo(form, QPoint(0, 0)).y() - 6);
            }
        });
    }
    QTimer::singleShot(2200, &window, [&] {
        if (qEnvironmentVariableIsSet("PHONE_SCREENSHOTS_DEBUG"))
            qWarning("details: %s / scope: %s", qPrintable(phoneUi.card()->detailsText()),
                     qPrintable(phoneUi.card()->scopeText()));
        const bool saved = window.grab().save(out);
        if (!saved)
            qWarning("cannot write %s", qPrintable(out));
        QApplication::exit(saved ? 0 : 1);
    });
    return QApplication::exec();
}
