#pragma once

#include "calllog/DashboardFigures.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace hotline::phone {

// One earlier appeal of a caller as the caller's card lists it.
struct AppealSummary {
    int issueId = 0;     // the Redmine number; 0 while it waits in this workstation's outbox
    qint64 outboxId = 0; // this workstation's outbox entry, when it was filed here
    bool local = false;  // known from this workstation only (Redmine not asked or not reached)
    QString subject;
    QString kind;   // «Сложная консультация», ...
    QString status; // Redmine's status name, or where it stands in the outbox
    bool closed = false;
    QDateTime created;  // UTC
    QDateTime deadline; // the exact deadline filed with it, else the close of business of its due date
    calllog::DeadlineState deadlineState = calllog::DeadlineState::None;
    QString phone;
    QString inn;
    QString organisation;

    bool overdue() const {
        return deadlineState == calllog::DeadlineState::Overdue || deadlineState == calllog::DeadlineState::Missed;
    }
};

// Open appeals first, then the newest; an appeal known both here and in Redmine once (Redmine's wins).
QList<AppealSummary> mergeAppeals(const QList<AppealSummary>& local, const QList<AppealSummary>& server);

} // namespace hotline::phone
