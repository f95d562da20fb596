#include "CallPanel.h"

#include "call/CallSession.h"
#include "domain/MoscowTime.h"
#include "main/Services.h"
#include "phone/CallerNumber.h"
#include "phone/PhoneDesk.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hotline::ui {

using call::CallSession;

namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

} // namespace

CallPanel::CallPanel(const Services& services, CallSession* session, int targetSeconds, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
    , m_targetSeconds(targetSeconds)
    , m_tick(new QTimer(this)) {
    setObjectName(QStringLiteral("callPanel"));
    m_start = new QAction(tr("&Start call"), this);
    m_start->setShortcut(Qt::Key_F5);
    m_hold = new QAction(tr("&Hold"), this);
    m_hold->setShortcut(Qt::Key_F6);
    m_end = new QAction(tr("&End call"), this);
    m_end->setShortcut(Qt::Key_F7);
    m_discard = new QAction(tr("&Discard call…"), this);
    for (QAction* a : {m_start, m_hold, m_end}) {
        a->setShortcutContext(Qt::WindowShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(QLatin1Char('&')),
                                                    a->shortcut().toString(QKeySequence::NativeText)));
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    auto* buttons = new QGridLayout;
    buttons->addWidget(buttonFor(m_start, this), 0, 0);
    buttons->addWidget(buttonFor(m_hold, this), 0, 1);
    buttons->addWidget(buttonFor(m_end, this), 1, 0);
    buttons->addWidget(buttonFor(m_discard, this), 1, 1);
    layout->addLayout(buttons);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("callState"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("callElapsed"));
    QFont big = m_elapsed->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_elapsed->setFont(big);
    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_elapsed);
    layout->addLayout(stateRow);

    m_target = new QProgressBar(this);
    m_target->setObjectName(QStringLiteral("callTarget"));
    m_target->setAccessibleName(tr("Handling time against the target"));
    m_target->setRange(0, std::max(1, m_targetSeconds));
    m_target->setTextVisible(true);
    layout->addWidget(m_target);
    m_holdTime = new QLabel(this);
    m_cutoff = new QLabel(this);
    m_cutoff->setObjectName(QStringLiteral("callCutoff"));
    m_cutoff->setWordWrap(true);
    m_deadlines = new QLabel(this);
    m_deadlines->setObjectName(QStringLiteral("callDeadlines"));
    m_deadlines->setWordWrap(true);
    m_deadlines->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_calendar = new QLabel(this);
    m_calendar->setWordWrap(true);
    m_calendar->setStyleSheet(QStringLiteral("color:#a04000;"));
    for (QLabel* l : {m_holdTime, m_cutoff, m_deadlines, m_calendar})
        layout->addWidget(l);
    layout->addStretch();

    connect(m_start, &QAction::triggered, this, &CallPanel::startCall);
    connect(m_hold, &QAction::triggered, this, &CallPanel::toggleHold);
    connect(m_end, &QAction::triggered, this, &CallPanel::endCall);
    connect(m_discard, &QAction::triggered, this, &CallPanel::discardCall);
    connect(m_session, &CallSession::stateChanged, this, &CallPanel::refresh);
    connect(m_tick, &QTimer::timeout, this, &CallPanel::refresh);
    m_tick->start(1000);
    refresh();
}

void CallPanel::setSelection(const KindSelection& selection) {
    m_selection = selection;
    refresh();
}

void CallPanel::setPhone(phone::PhoneDesk* phone) {
    m_phone = phone;
    if (m_phone)
        connect(m_phone, &phone::PhoneDesk::lineChanged, this, &CallPanel::refresh);
    refresh();
}

void CallPanel::startCall() {
    if (m_session->state() == CallSession::State::Ended) {
        if (!confirmWithUser(m_services, this,
                             tr("The previous call has not been filed. Discard it and start a new call?")))
            return;
        m_session->discard();
    }
    if (m_phone && m_phone->answer())
        return; // the call starts when the softphone says it is answered
    m_session->start();
}

void CallPanel::toggleHold() {
    if (m_phone && m_phone->toggleHold())
        return;
    if (m_session->state() == CallSession::State::OnHold)
        m_session->resume();
    else
        m_session->hold();
}

void CallPanel::endCall() {
    if (m_phone && m_phone->hangup())
        return;
    m_session->end();
}

void CallPanel::discardCall() {
    if (!m_session->isOpen())
        return;
    if (!confirmWithUser(m_services, this, tr("Discard this call? It will be recorded as a call without an appeal.")))
        return;
    m_session->discard();
}

QString CallPanel::elapsedText() const {
    return m_elapsed->text();
}

QString CallPanel::cutoffText() const {
    return m_cutoff->text();
}

QString CallPanel::deadlinesText() const {
    return m_deadlines->text();
}

QString CallPanel::handlingColour() const {
    switch (m_session->handling(m_targetSeconds)) {
    case CallSession::Handling::Over:
        return QStringLiteral("over");
    case CallSession::Handling::Near:
        return QStringLiteral("near");
    case CallSession::Handling::Normal:
        break;
    }
    return QStringLiteral("normal");
}

void CallPanel::refresh() {
    const CallSession::State state = m_session->state();
    switch (state) {
    case CallSession::State::Idle:
        m_state->setText(tr("No call"));
        break;
    case CallSession::State::Active:
        m_state->setText(tr("Call in progress"));
        break;
    case CallSession::State::OnHold:
        m_state->setText(tr("On hold"));
        break;
    case CallSession::State::Ended:
        m_state->setText(tr("Call ended: file an appeal or discard it"));
        break;
    }
    const phone::PhoneDesk::Line line = m_phone ? m_phone->line() : phone::PhoneDesk::Line::Idle;
    if (line == phone::PhoneDesk::Line::Ringing) {
        const QString number = m_phone->currentNumber().number;
        m_state->setText(tr("Ringing: %1 — F5 answers, F7 refuses")
                             .arg(number.isEmpty() ? tr("number hidden") : phone::displayPhone(number)));
    } else if (line == phone::PhoneDesk::Line::Dialing) {
        m_state->setText(tr("Calling %1…").arg(phone::displayPhone(m_phone->currentNumber().number)));
    }
    m_start->setEnabled(state == CallSession::State::Idle || state == CallSession::State::Ended);
    m_start->setText(line == phone::PhoneDesk::Line::Ringing ? tr("&Answer") : tr("&Start call"));
    m_hold->setEnabled(m_session->isRunning());
    m_hold->setText(state == CallSession::State::OnHold ? tr("&Resume") : tr("&Hold"));
    m_end->setEnabled(m_session->isRunning() || line == phone::PhoneDesk::Line::Ringing ||
                      line == phone::PhoneDesk::Line::Dialing);
    m_discard->setEnabled(m_session->isOpen());

    const int elapsed = m_session->elapsedSeconds();
    m_elapsed->setText(DeadlineText::duration(elapsed));
    m_target->setValue(std::min(elapsed, m_target->maximum()));
    m_target->setFormat(
        tr("%1 of the target %2").arg(DeadlineText::duration(elapsed), DeadlineText::duration(m_targetSeconds)));
    const QString colour = handlingColour();
    const QString chunk = colour == QLatin1String("over")   ? QStringLiteral("#c62828")
                          : colour == QLatin1String("near") ? QStringLiteral("#ef8f00")
                                                            : QStringLiteral("#2e7d32");
    m_target->setStyleSheet(QStringLiteral("QProgressBar::chunk{background-color:%1;}").arg(chunk));
    m_elapsed->setStyleSheet(colour == QLatin1String("normal") ? QString() : QStringLiteral("color:%1;").arg(chunk));
    m_holdTime->setText(m_session->holdCount() > 0 ? tr("On hold: %1 (%n time(s))", nullptr, m_session->holdCount())
                                                         .arg(DeadlineText::duration(m_session->holdSeconds()))
                                                   : QString());
    m_holdTime->setVisible(m_session->holdCount() > 0);

    const domain::DeadlinePolicy& policy = *m_services.policy;
    const QString cutoff = policy.settings().cutoff.toString(QStringLiteral("HH:mm"));
    if (const auto left = m_session->secondsToCutoff(policy))
        m_cutoff->setText(tr("Until the %1 cut-off: %2").arg(cutoff, DeadlineText::duration(*left)));
    else
        m_cutoff->setText(
            tr("Past the %1 cut-off or a day off: new calls register on the next working day.").arg(cutoff));

    const QDateTime base = m_session->deadlineBase();
    QString heading = m_session->isOpen()
                          ? tr("%1, call started at %2:")
                                .arg(domain::appealKindTitle(m_selection.kind),
                                     domain::toMoscow(base).toString(QStringLiteral("HH:mm")))
                          : tr("%1, if the call started now:").arg(domain::appealKindTitle(m_selection.kind));
    m_deadlines->setText(heading + QLatin1Char('\n') + DeadlineText::summary(policy, m_selection, base));
    const domain::Deadlines d = DeadlineText::compute(policy, m_selection, base);
    m_calendar->setText(DeadlineText::calendarWarning(d.calendar, d.registered.year()));
    m_calendar->setVisible(!m_calendar->text().isEmpty());
    fitHeightToText();
}

void CallPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitHeightToText();
}

void CallPanel::fitHeightToText() {
    // Every line the panel says stays on the screen — the cut-off notice wrapped after 16:00, a complex
    // consultation's four deadline lines, the calendar warning: its dock may not squeeze it below what the text
    // needs at the panel's width (the dock layout honours minimum sizes, not heights for a width). Only once shown:
    // before the dock is laid out the panel is a few dozen pixels wide, and a dock never shrinks back by itself.
    if (isVisible() && layout()->hasHeightForWidth())
        setMinimumHeight(layout()->heightForWidth(width()));
}

} // namespace hotline::ui
