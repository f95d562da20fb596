#pragma once

#include "Result.h"

#include <QDate>
#include <QHash>
#include <QSet>

namespace hotline::domain {

// How far a year's production calendar can be trusted.
enum class CalendarStatus {
    Verified,    // checked against the government decree
    Provisional, // published data not yet confirmed by a decree
    Unknown,     // not in the file: plain Monday–Friday is assumed
};

QString calendarStatusId(CalendarStatus status); // "verified" | "provisional" | "unknown"

// The Russian production calendar (five-day week): holidays, transferred days off, working weekends and
// shortened pre-holiday days. A year that is not loaded falls back to Monday–Friday.
class WorkCalendar {
public:
    WorkCalendar() = default;

    static Result<WorkCalendar> fromJson(const QByteArray& json);
    static Result<WorkCalendar> load(const QString& path);

    bool isWorkingDay(QDate date) const;
    bool isShortDay(QDate date) const;
    // The first working day strictly after date.
    QDate nextWorkingDay(QDate date) const;
    // date itself when it is a working day, else the next one.
    QDate workingDayOnOrAfter(QDate date) const;

    CalendarStatus yearStatus(int year) const;
    // The weakest status among the years from first to last (inclusive).
    CalendarStatus statusBetween(QDate first, QDate last) const;
    QList<int> loadedYears() const;

private:
    QHash<int, CalendarStatus> m_years;
    QSet<QDate> m_daysOff;         // holidays and transferred days off that fall on weekdays
    QSet<QDate> m_workingWeekends; // Saturdays/Sundays made working days
    QSet<QDate> m_shortDays;
};

} // namespace hotline::domain
