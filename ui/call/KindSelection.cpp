#include "KindSelection.h"

#include "domain/MoscowTime.h"

#include <QLocale>

namespace hotline::ui {

using domain::AppealKind;

domain::Deadlines DeadlineText::compute(const domain::DeadlinePolicy& policy, const KindSelection& selection,
                                        const QDateTime& base) {
    int days = selection.days;
    if (selection.kind == AppealKind::Complaint && !selection.roadmap.isEmpty())
        days = selection.roadmap.last().days;
    return policy.compute(selection.kind, base, days);
}

QDateTime DeadlineText::promised(const domain::DeadlinePolicy& policy, const KindSelection& selection,
                                 const QDateTime& base) {
    const domain::Deadlines d = compute(policy, selection, base);
    if (selection.kind == AppealKind::Complaint) {
        for (const kb::RoadmapStep& step : selection.roadmap) {
            if (step.role == QLatin1String("execution"))
                return policy.dueAfter(d.registered, step.days);
        }
    }
    return d.resolutionDue;
}

QString DeadlineText::dueTime(const QDateTime& instant) {
    return domain::toMoscow(instant).toString(QStringLiteral("HH:mm dd.MM.yyyy"));
}

QString DeadlineText::day(QDate date) {
    return QLocale().toString(date, QStringLiteral("ddd dd.MM.yyyy"));
}

QString DeadlineText::duration(int seconds) {
    seconds = std::max(seconds, 0);
    const int h = seconds / 3600;
    const int m = seconds / 60 % 60;
    const int s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

QString DeadlineText::summary(const domain::DeadlinePolicy& policy, const KindSelection& selection,
                              const QDateTime& base) {
    const domain::Deadlines d = compute(policy, selection, base);
    QStringList lines;
    lines << tr("Registration day: %1").arg(day(d.registered));
    switch (selection.kind) {
    case AppealKind::Simple:
        lines << tr("Answer by %1").arg(dueTime(d.resolutionDue));
        break;
    case AppealKind::Complex:
        lines << tr("First response by %1").arg(dueTime(d.firstResponseDue));
        lines << tr("Resolution by %1 (%n working day(s))", nullptr, d.days).arg(dueTime(d.resolutionDue));
        break;
    case AppealKind::Task:
        lines << tr("Resolution by %1 (%n working day(s))", nullptr, d.days).arg(dueTime(d.resolutionDue));
        break;
    case AppealKind::Complaint:
        if (selection.roadmap.isEmpty())
            lines << tr("Resolution by %1 (%n working day(s))", nullptr, d.days).arg(dueTime(d.resolutionDue));
        for (int i = 0; i < selection.roadmap.size(); ++i)
            lines << tr("Step %1 by %2")
                         .arg(i + 1)
                         .arg(dueTime(policy.dueAfter(d.registered, selection.roadmap[i].days)));
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QString DeadlineText::calendarWarning(domain::CalendarStatus status, int year) {
    switch (status) {
    case domain::CalendarStatus::Unknown:
        return tr("The production calendar for %1 is not loaded: deadlines assume Monday to Friday.").arg(year);
    case domain::CalendarStatus::Provisional:
        return tr("The production calendar for %1 is provisional: check deadlines near holidays.").arg(year);
    case domain::CalendarStatus::Verified:
        break;
    }
    return {};
}

} // namespace hotline::ui
