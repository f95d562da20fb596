#pragma once

#include "domain/AppealKind.h"
#include "domain/DeadlinePolicy.h"
#include "kb/Article.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace hotline::ui {

// The kind of appeal currently chosen in the form, with what its deadlines depend on.
struct KindSelection {
    domain::AppealKind kind = domain::AppealKind::Simple;
    int days = 0;                   // tasks: from the article (2–5); 0 means the policy's default
    QList<kb::RoadmapStep> roadmap; // complaints
    bool operator==(const KindSelection&) const = default;
};

// The deadlines of a selection for a call that started at `base`, and what the operator may promise.
class DeadlineText {
    Q_DECLARE_TR_FUNCTIONS(DeadlineText)
public:
    static domain::Deadlines compute(const domain::DeadlinePolicy& policy, const KindSelection& selection,
                                     const QDateTime& base);
    // The due time to promise the caller: resolution, or for a complaint the roadmap's execution step.
    static QDateTime promised(const domain::DeadlinePolicy& policy, const KindSelection& selection,
                              const QDateTime& base);
    static QString dueTime(const QDateTime& instant); // "18:00 25.11.2026", Moscow time
    static QString day(QDate date);                   // "вт 25.11.2026"
    static QString duration(int seconds);             // "04:05" or "1:02:03"
    // Several lines: registration day, first response, resolution or roadmap steps.
    static QString summary(const domain::DeadlinePolicy& policy, const KindSelection& selection, const QDateTime& base);
    static QString calendarWarning(domain::CalendarStatus status, int year);
};

} // namespace hotline::ui
