#include "DeadlinePolicy.h"

#include "MoscowTime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace hotline::domain {

namespace {

Error policyError(const QString& detail) {
    return {Error::Code::Parse,
            QCoreApplication::translate("DeadlinePolicy", "The deadline policy file is damaged: %1").arg(detail)};
}

bool readTime(const QJsonObject& o, const char* key, QTime& into) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    const QTime t = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
    if (!t.isValid())
        return false;
    into = t;
    return true;
}

bool readInt(const QJsonObject& o, const char* key, int& into, int min, int max) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    const int n = v.toInt(-1);
    if (!v.isDouble() || n < min || n > max)
        return false;
    into = n;
    return true;
}

} // namespace

Result<DeadlineSettings> DeadlineSettings::fromJson(const QByteArray& json) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return policyError(err.errorString());
    const QJsonObject o = doc.object();
    const QJsonObject days = o.value(QLatin1String("days")).toObject();
    DeadlineSettings s;
    if (!readTime(o, "cutoff", s.cutoff))
        return policyError(QStringLiteral("cutoff"));
    if (!readTime(o, "close_of_business", s.closeOfBusiness))
        return policyError(QStringLiteral("close_of_business"));
    if (!readTime(o, "close_of_business_short_day", s.closeOfShortDay))
        return policyError(QStringLiteral("close_of_business_short_day"));
    if (!readInt(days, "simple", s.simpleDays, 1, 60) || !readInt(days, "complex", s.complexDays, 1, 60) ||
        !readInt(days, "task_min", s.taskMinDays, 1, 60) || !readInt(days, "task_max", s.taskMaxDays, 1, 60) ||
        !readInt(days, "task_default", s.taskDefaultDays, s.taskMinDays, s.taskMaxDays) ||
        !readInt(days, "complaint_default", s.complaintDefaultDays, 1, 366))
        return policyError(QStringLiteral("days"));
    if (!readInt(o, "target_handling_seconds", s.targetHandlingSeconds, 10, 24 * 3600))
        return policyError(QStringLiteral("target_handling_seconds"));
    return s;
}

Result<DeadlineSettings> DeadlineSettings::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io,
                     QCoreApplication::translate("DeadlinePolicy", "Cannot read the deadline policy %1: %2")
                         .arg(path, file.errorString())};
    return fromJson(file.readAll());
}

DeadlinePolicy::DeadlinePolicy(WorkCalendar calendar, DeadlineSettings settings)
    : m_calendar(std::move(calendar))
    , m_settings(settings) {}

Result<DeadlinePolicy> DeadlinePolicy::fromKb(const QString& kbDir) {
    auto calendar = WorkCalendar::load(kbDir + QStringLiteral("/reference/calendar.json"));
    if (!calendar)
        return calendar.error();
    auto settings = DeadlineSettings::load(kbDir + QStringLiteral("/policy/deadlines.json"));
    if (!settings)
        return settings.error();
    return DeadlinePolicy(std::move(calendar).value(), settings.value());
}

QDate DeadlinePolicy::registrationDay(const QDateTime& callStart) const {
    const QDateTime local = toMoscow(callStart);
    const QDate date = local.date();
    if (m_calendar.isWorkingDay(date) && local.time() < m_settings.cutoff)
        return date;
    return m_calendar.nextWorkingDay(date);
}

QDate DeadlinePolicy::nthWorkingDay(QDate d0, int n) const {
    QDate day = m_calendar.workingDayOnOrAfter(d0);
    for (int i = 1; i < n; ++i)
        day = m_calendar.nextWorkingDay(day);
    return day;
}

QDateTime DeadlinePolicy::closeOfBusiness(QDate day) const {
    return moscowDateTime(day, m_calendar.isShortDay(day) ? m_settings.closeOfShortDay : m_settings.closeOfBusiness);
}

int DeadlinePolicy::daysFor(AppealKind kind, int explicitDays) const {
    switch (kind) {
    case AppealKind::Simple:
        return m_settings.simpleDays;
    case AppealKind::Complex:
        return m_settings.complexDays;
    case AppealKind::Task:
        if (explicitDays > 0)
            return std::clamp(explicitDays, m_settings.taskMinDays, m_settings.taskMaxDays);
        return m_settings.taskDefaultDays;
    case AppealKind::Complaint:
        break;
    }
    return explicitDays > 0 ? explicitDays : m_settings.complaintDefaultDays;
}

QDateTime DeadlinePolicy::dueAfter(QDate d0, int days) const {
    return closeOfBusiness(nthWorkingDay(d0, std::max(days, 1)));
}

Deadlines DeadlinePolicy::compute(AppealKind kind, const QDateTime& callStart, int explicitDays) const {
    Deadlines d;
    d.kind = kind;
    d.days = daysFor(kind, explicitDays);
    d.registered = registrationDay(callStart);
    d.firstResponseDue = closeOfBusiness(d.registered);
    const QDate last = nthWorkingDay(d.registered, d.days);
    d.resolutionDue = closeOfBusiness(last);
    d.calendar = m_calendar.statusBetween(toMoscow(callStart).date(), last);
    return d;
}

} // namespace hotline::domain
