#pragma once

#include "AppealSummary.h"
#include "domain/Result.h"

#include <QObject>
#include <functional>

namespace hotline::phone {

class CallerHistory;

// One appeal as the operator reads it out to a caller who named its number.
struct AppealStatus {
    AppealSummary appeal;
    QString description;
    QString plainStatus; // the status in plain Russian
    QString executor;    // who works on it now: the assignee, or the bodies of its open subtasks
    QString stepTitle;   // a complaint's current roadmap step (the first one not closed)
    QDateTime stepDue;
    calllog::DeadlineState stepState = calllog::DeadlineState::None;
    int stepsDone = 0;
    int stepsTotal = 0;
    QString lastAnswer; // the last public note in Redmine's journal (not a workstation's addition)
    QString lastAnswerBy;
    QDateTime lastAnswerAt;
};

// The status names of provision.rb in words for the caller.
QString plainStatus(const QString& statusName, bool closed);
// The deadline and whether it is kept, in words (e.g. «до 05.12.2026 18:00 — срок соблюдается»).
QString deadlineInWords(const QDateTime& deadline, calllog::DeadlineState state);

// Reads appeal `issueId` with its journal and subtasks. An operator's key sees only what Redmine lets it
// see: a refusal says so.
void fetchAppealStatus(CallerHistory& history, int issueId, QObject* context,
                       std::function<void(Result<AppealStatus>)> done);

} // namespace hotline::phone
