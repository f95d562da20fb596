#include "StatusIndicators.h"

#include "Services.h"
#include "call/Clock.h"
#include "call/KindSelection.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "outbox/OutboxStore.h"
#include "settings/Settings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace hotline::ui {

StatusIndicators::StatusIndicators(const Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_calendar = new QLabel(this);
    m_calendar->setObjectName(QStringLiteral("calendarWarning"));
    m_calendar->setStyleSheet(QStringLiteral("color:#ffffff; background-color:#b35c00; padding:1px 6px;"));
    m_server = new QLabel(this);
    m_server->setObjectName(QStringLiteral("serverState"));
    m_outbox = new QToolButton(this);
    m_outbox->setObjectName(QStringLiteral("outboxState"));
    m_outbox->setAutoRaise(true);
    m_outbox->setToolTip(tr("Open the outbox"));
    layout->addWidget(m_calendar);
    layout->addWidget(m_server);
    layout->addWidget(m_outbox);
    connect(m_outbox, &QToolButton::clicked, this, &StatusIndicators::outboxRequested);
    if (m_services.outbox)
        connect(m_services.outbox, &outbox::OutboxStore::changed, this, &StatusIndicators::refresh);
    refresh();
}

QString StatusIndicators::serverText() const {
    return m_server->text();
}

QString StatusIndicators::outboxText() const {
    return m_outbox->text();
}

QString StatusIndicators::calendarText() const {
    return m_calendar->isVisibleTo(this) ? m_calendar->text() : QString();
}

void StatusIndicators::setServerState(const QString& text) {
    m_serverState = text;
    refresh();
}

void StatusIndicators::refresh() {
    const QUrl url = m_services.settings->serverUrl();
    if (url.isEmpty())
        m_server->setText(tr("Server not configured"));
    else
        m_server->setText(m_serverState.isEmpty() ? tr("Server: %1").arg(url.host()) : m_serverState);

    if (!m_services.outbox) {
        m_outbox->setText(tr("Outbox unavailable"));
    } else {
        m_services.outbox->clearReadError();
        const int pending = m_services.outbox->pendingCount();
        const int failed = m_services.outbox->failedCount();
        if (const auto error = m_services.outbox->readError()) {
            // Not "0": what waits for sending is unknown until the outbox can be read again.
            m_outbox->setText(tr("Outbox: could not be read"));
            m_outbox->setToolTip(error->message);
            m_outbox->setStyleSheet(QStringLiteral("color:#b00020; font-weight:bold;"));
        } else {
            QString text = tr("Not sent: %1").arg(pending);
            if (failed > 0)
                text += QStringLiteral(" · ") + tr("Failed: %1").arg(failed);
            m_outbox->setText(text);
            m_outbox->setToolTip(tr("Open the outbox"));
            m_outbox->setStyleSheet(failed > 0 ? QStringLiteral("color:#b00020; font-weight:bold;") : QString());
        }
    }

    const QDate today = domain::toMoscow(m_services.clock->now()).date();
    const domain::CalendarStatus status = m_services.policy->calendar().yearStatus(today.year());
    const QString warning = DeadlineText::calendarWarning(status, today.year());
    m_calendar->setText(warning);
    m_calendar->setVisible(!warning.isEmpty());
}

} // namespace hotline::ui
