#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace hotline::ui {

struct Services;

// The permanent part of the status bar: server state, the outbox («Не отправлено: N», «Ошибок: M»), and a
// warning when the production calendar of the current year is missing or provisional.
class StatusIndicators : public QWidget {
    Q_OBJECT
public:
    explicit StatusIndicators(const Services& services, QWidget* parent = nullptr);

    QString serverText() const;
    QString outboxText() const;
    QString calendarText() const; // empty when the calendar is verified

public slots:
    void refresh();
    // What the link to the server last reported (login state, delivery trouble); empty: just the host.
    void setServerState(const QString& text);

signals:
    void outboxRequested();

private:
    const Services& m_services;
    QLabel* m_server;
    QToolButton* m_outbox;
    QLabel* m_calendar;
    QString m_serverState;
};

} // namespace hotline::ui
