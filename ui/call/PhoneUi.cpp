#include "PhoneUi.h"

#include "CallPanel.h"
#include "CallerCard.h"
#include "DuplicateHint.h"
#include "MainWindow.h"
#include "MissedCallsView.h"
#include "NoteDialog.h"
#include "appeal/AppealForm.h"
#include "call/CallSession.h"
#include "call/Clock.h"
#include "domain/Validators.h"
#include "outbox/OutboxStore.h"
#include "phone/CallerNumber.h"
#include "phone/MissedCalls.h"
#include "phone/PhoneDesk.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUuid>

namespace hotline::ui {

using phone::PhoneDesk;

PhoneUi::PhoneUi(MainWindow& window, Parts parts)
    : QObject(&window)
    , m_window(window)
    , m_parts(std::move(parts))
    , m_formTimer(new QTimer(this)) {
    // «Телефон: …» beside the server and outbox states.
    m_status = new QLabel(&window);
    m_status->setObjectName(QStringLiteral("phoneState"));
    window.statusBar()->insertPermanentWidget(0, m_status);

    // The card: under the article, as wide as the navigator and the article; the call panel and the form keep
    // the whole height on the right.
    m_card = new CallerCard(*m_parts.history, &window);
    m_cardDock = new QDockWidget(tr("Caller"), &window);
    m_cardDock->setObjectName(QStringLiteral("callerDock"));
    m_cardDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                            QDockWidget::DockWidgetClosable);
    m_cardDock->setWidget(m_card);
    window.setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_cardDock);
    window.resizeDocks({m_cardDock}, {180}, Qt::Vertical); // the article's script keeps most of the height
    // Hidden until there is a caller (a ring, a phone or ИНН typed in the form, Ctrl+Shift+K): between calls the
    // article's script keeps the height of a 768-pixel screen.
    m_cardDock->hide();

    // «Пропущенные» as a tab of the call panel.
    m_missedModel = new phone::MissedCallsModel(m_parts.outbox, 7, this);
    m_missed = new MissedCallsView(m_missedModel, &window);
    m_tabs = new QTabWidget(&window);
    m_tabs->setObjectName(QStringLiteral("callTabs"));
    m_tabs->setDocumentMode(true);
    QDockWidget* callDock = window.callDock();
    m_tabs->addTab(callDock->widget(), tr("Call"));
    m_tabs->addTab(m_missed, m_missed->title());
    callDock->setWidget(m_tabs);
    // The tabs name the dock («Звонок», «Пропущенные»): its own title bar would only take the appeal form's height.
    callDock->setTitleBarWidget(new QWidget(callDock));

    // The duplicate hint under the form's ИНН.
    m_hint = new DuplicateHint(*m_parts.history, m_parts.modes, *m_parts.clock, &window);
    window.appealForm()->addFieldNote(AppealFormData::Field::Inn, m_hint);

    window.callPanel()->setPhone(m_parts.desk);
    buildActions();

    PhoneDesk* desk = m_parts.desk;
    connect(desk, &PhoneDesk::statusChanged, this, &PhoneUi::refreshStatus);
    connect(desk, &PhoneDesk::notice, &window,
            [&window](const QString& text) { window.statusBar()->showMessage(text, 20000); });
    connect(desk, &PhoneDesk::ringing, this, [this] {
        m_cardDock->show();
        m_cardDock->raise();
        m_tabs->setCurrentIndex(0);
    });
    connect(desk, &PhoneDesk::callerIdentified, this, &PhoneUi::showCaller);
    connect(m_card, &CallerCard::noteRequested, this, &PhoneUi::addNote);
    connect(m_card, &CallerCard::newAppealRequested, this, &PhoneUi::newAppeal);
    connect(m_hint, &DuplicateHint::noteRequested, this, &PhoneUi::addNote);
    connect(m_missed, &MissedCallsView::titleChanged, this,
            [this](const QString& title) { m_tabs->setTabText(1, title); });
    connect(m_missed, &MissedCallsView::callBackRequested, this, [this](const QString& number) {
        const Status st = m_parts.desk->callBack(number);
        if (!st)
            m_window.statusBar()->showMessage(st.error().message, 10000);
        else
            m_tabs->setCurrentIndex(0);
    });
    m_formTimer->setSingleShot(true);
    m_formTimer->setInterval(600);
    connect(window.appealForm(), &AppealForm::edited, m_formTimer, qOverload<>(&QTimer::start));
    connect(m_formTimer, &QTimer::timeout, this, &PhoneUi::onFormEdited);
    refreshStatus();
}

PhoneUi::~PhoneUi() = default;

void PhoneUi::buildActions() {
    QMenu* callMenu = nullptr;
    for (QObject* o : m_window.callPanel()->startAction()->associatedObjects()) {
        if (auto* menu = qobject_cast<QMenu*>(o))
            callMenu = menu;
    }
    auto add = [&](const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, &m_window);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_window.addAction(a);
        if (callMenu)
            callMenu->addAction(a);
        return a;
    };
    if (callMenu)
        callMenu->addSeparator();
    add(tr("Appeal by &number…"), QKeySequence(Qt::CTRL | Qt::Key_G), &PhoneUi::showAppealByNumber);
    add(tr("&Missed calls"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &PhoneUi::showMissedCalls);
    QAction* card = m_cardDock->toggleViewAction();
    card->setText(tr("Caller's &card"));
    card->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_window.addAction(card);
    if (callMenu)
        callMenu->addAction(card);
}

QString PhoneUi::statusText() const {
    return m_status->text();
}

void PhoneUi::refreshStatus() {
    const PhoneDesk* desk = m_parts.desk;
    m_status->setText(desk->statusText());
    m_status->setToolTip(desk->softphoneReady() ? QString() : desk->statusDetail());
    const bool ringing = desk->line() == PhoneDesk::Line::Ringing;
    m_status->setStyleSheet(ringing ? QStringLiteral("color:#ffffff; background-color:#1b6e20; padding:1px 6px; "
                                                     "font-weight:bold;")
                            : desk->softphoneReady() ? QString()
                                                     : QStringLiteral("color:#8a5a00;"));
}

void PhoneUi::showCaller(const QString& number) {
    AppealFormData data = m_window.appealForm()->data();
    const domain::Validation inn = domain::validateInn(data.inn);
    m_card->showCaller({number, inn.valid ? inn.normalized : QString()});
    m_cardDock->show();
    // The caller's number goes into an empty form, so the appeal reaches them.
    if (!number.isEmpty() && data.phone.trimmed().isEmpty() && number.startsWith(QLatin1String("+7"))) {
        data.phone = number;
        m_window.appealForm()->setData(data);
    }
}

void PhoneUi::onFormEdited() {
    const AppealFormData data = m_window.appealForm()->data();
    const domain::Validation phoneNo = domain::validatePhone(data.phone);
    const domain::Validation inn = domain::validateInn(data.inn);
    m_hint->check(data.inn);
    const phone::CallerKey key{phoneNo.valid ? phoneNo.normalized : QString(), inn.valid ? inn.normalized : QString()};
    // Only what the operator changed in the form moves the card (not an appeal opened in the card meanwhile).
    if (key == m_formKey)
        return;
    m_formKey = key;
    // The card already shows this caller (it may know more than the form, e.g. the ИНН of an appeal opened in it).
    const phone::CallerKey shown = m_card->key();
    const bool covered =
        (key.phone.isEmpty() || key.phone == shown.phone) && (key.inn.isEmpty() || key.inn == shown.inn);
    if (!key.isEmpty() && !covered) {
        m_card->showCaller(key);
        m_cardDock->show();
    }
}

void PhoneUi::addNote(int issueId, const QString& subject) {
    if (!m_parts.outbox) {
        m_window.statusBar()->showMessage(tr("The local outbox could not be opened: the addition cannot be stored."),
                                          15000);
        return;
    }
    auto* dialog = new NoteDialog(issueId, subject, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, issueId] {
        outbox::AppealNote note;
        note.id = QUuid::createUuid();
        note.issueId = issueId;
        note.text = dialog->text();
        note.operatorLogin = m_parts.desk->session().operatorLogin();
        note.callerNumber = m_card->key().phone;
        note.createdAt = m_parts.clock->now();
        const auto stored = m_parts.outbox->enqueueNote(note);
        m_window.statusBar()->showMessage(stored ? tr("The addition to appeal №%1 is in the outbox.").arg(issueId)
                                                 : tr("The addition was not stored: %1").arg(stored.error().message),
                                          10000);
    });
    dialog->open();
}

void PhoneUi::newAppeal(const phone::CallerKey& key) {
    m_window.openAppealForm();
    AppealFormData data = m_window.appealForm()->data();
    if (data.phone.trimmed().isEmpty())
        data.phone = key.phone;
    if (data.inn.trimmed().isEmpty())
        data.inn = key.inn;
    m_window.appealForm()->setData(data);
}

void PhoneUi::showAppealByNumber() {
    m_cardDock->show();
    m_cardDock->raise();
    m_card->focusNumberField();
}

void PhoneUi::showMissedCalls() {
    m_window.callDock()->show();
    m_tabs->setCurrentWidget(m_missed);
    m_missed->view()->setFocus(Qt::ShortcutFocusReason);
}

} // namespace hotline::ui
