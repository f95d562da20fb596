#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hotline::domain {

namespace {

Error parseError(const QString& detail) {
    return {Error::Code::Parse,
            QCoreApplication::translate("WorkCalendar", "The production calendar file is damaged: %1").arg(detail)};
}

bool readDates(const QJsonValue& value, QSet<QDate>& into, QString& bad) {
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid()) {
            bad = v.toString();
            return false;
        }
        into.insert(d);
    }
    return true;
}

} // namespace

QString calendarStatusId(CalendarStatus status) {
    switch (status) {
    case CalendarStatus::Verified:
        return QStringLiteral("verified");
    case CalendarStatus::Provisional:
        return QStringLiteral("provisional");
    case CalendarStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Result<WorkCalendar> WorkCalendar::fromJson(const QByteArray& json) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return parseError(err.errorString());
    const QJsonObject years = doc.object().value(QLatin1String("years")).toObject();
    if (years.isEmpty())
        return parseError(QStringLiteral("no \"years\""));

    WorkCalendar cal;
    for (auto it = years.begin(); it != years.end(); ++it) {
        bool isNumber = false;
        const int year = it.key().toInt(&isNumber);
        if (!isNumber)
            return parseError(it.key());
        const QJsonObject y = it.value().toObject();
        const QString status = y.value(QLatin1String("status")).toString();
        cal.m_years.insert(year, status == QLatin1String("verified") ? CalendarStatus::Verified
                                                                     : CalendarStatus::Provisional);
        QSet<QDate> off;
        QString bad;
        if (!readDates(y.value(QLatin1String("holidays")), off, bad) ||
            !readDates(y.value(QLatin1String("days_off")), off, bad) ||
            !readDates(y.value(QLatin1String("working_weekends")), cal.m_workingWeekends, bad) ||
            !readDates(y.value(QLatin1String("short_days")), cal.m_shortDays, bad))
            return parseError(bad);
        cal.m_daysOff.unite(off);
    }
    return cal;
}

Result<WorkCalendar> WorkCalendar::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io,
                     QCoreApplication::translate("WorkCalendar", "Cannot read the production calendar %1: %2")
                         .arg(path, file.errorString())};
    return fromJson(file.readAll());
}

bool WorkCalendar::isWorkingDay(QDate date) const {
    if (m_workingWeekends.contains(date))
        return true;
    if (date.dayOfWeek() >= Qt::Saturday)
        return false;
    return !m_daysOff.contains(date);
}

bool WorkCalendar::isShortDay(QDate date) const {
    return m_shortDays.contains(date) && isWorkingDay(date);
}

QDate WorkCalendar::nextWorkingDay(QDate date) const {
    return workingDayOnOrAfter(date.addDays(1));
}

QDate WorkCalendar::workingDayOnOrAfter(QDate date) const {
    // The longest run of days off in Russia is under three weeks; 60 bounds a damaged file.
    for (int i = 0; i < 60; ++i, date = date.addDays(1)) {
        if (isWorkingDay(date))
            return date;
    }
    return date;
}

CalendarStatus WorkCalendar::yearStatus(int year) const {
    return m_years.value(year, CalendarStatus::Unknown);
}

CalendarStatus WorkCalendar::statusBetween(QDate first, QDate last) const {
    CalendarStatus weakest = CalendarStatus::Verified;
    for (int y = first.year(); y <= last.year(); ++y) {
        const CalendarStatus s = yearStatus(y);
        if (static_cast<int>(s) > static_cast<int>(weakest))
            weakest = s;
    }
    return weakest;
}

QList<int> WorkCalendar::loadedYears() const {
    QList<int> years = m_years.keys();
    std::sort(years.begin(), years.end());
    return years;
}

} // namespace hotline::domain
