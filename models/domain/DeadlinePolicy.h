#pragma once

#include "AppealKind.h"
#include "Result.h"
#include "WorkCalendar.h"

#include <QDateTime>
#include <QTime>

namespace hotline::domain {

// The settings of the deadline rule, from kb_data/policy/deadlines.json.
struct DeadlineSettings {
    QTime cutoff{16, 0};
    QTime closeOfBusiness{18, 0};
    QTime closeOfShortDay{17, 0};
    int simpleDays = 1;
    int complexDays = 2;
    int taskDefaultDays = 3;
    int taskMinDays = 2;
    int taskMaxDays = 5;
    int complaintDefaultDays = 10;
    int targetHandlingSeconds = 300;

    static Result<DeadlineSettings> fromJson(const QByteArray& json);
    static Result<DeadlineSettings> load(const QString& path);
};

struct Deadlines {
    AppealKind kind = AppealKind::Simple;
    int days = 1;
    QDate registered;           // D0
    QDateTime firstResponseDue; // close of D0, Moscow time
    QDateTime resolutionDue;    // close of the N-th working day counting D0 as day 1
    CalendarStatus calendar = CalendarStatus::Verified;
};

// The hotline's deadline rule (see DESIGN.md): registration day D0 from the call's *start* (16:00 cut-off),
// N working days counting D0 as day 1, close of business 18:00 or 17:00 on a shortened day, Moscow time.
class DeadlinePolicy {
public:
    DeadlinePolicy(WorkCalendar calendar, DeadlineSettings settings);
    // From a knowledge-base directory: reference/calendar.json and policy/deadlines.json.
    static Result<DeadlinePolicy> fromKb(const QString& kbDir);

    const WorkCalendar& calendar() const { return m_calendar; }
    const DeadlineSettings& settings() const { return m_settings; }

    QDate registrationDay(const QDateTime& callStart) const;
    QDate nthWorkingDay(QDate d0, int n) const;
    QDateTime closeOfBusiness(QDate day) const;
    // Days to resolve for a kind: explicitDays when > 0 (task: clamped to the policy's range), else the default.
    int daysFor(AppealKind kind, int explicitDays = 0) const;

    Deadlines compute(AppealKind kind, const QDateTime& callStart, int explicitDays = 0) const;
    // Due time of a step N working days from D0 (complaint roadmap steps).
    QDateTime dueAfter(QDate d0, int days) const;

private:
    WorkCalendar m_calendar;
    DeadlineSettings m_settings;
};

} // namespace hotline::domain
