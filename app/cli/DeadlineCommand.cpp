#include "CliOutput.h"
#include "Commands.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "settings/DataPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace hotline::cli {

namespace {} // namespace

int runDeadline(const QStringList& args) {
    using namespace hotline::domain;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "DeadlineCommand", "Computes the registration day and the deadlines of an appeal."));
    parser.addHelpOption();
    const QCommandLineOption kindOpt(
        QStringLiteral("kind"),
        QCoreApplication::translate("DeadlineCommand", "Kind of appeal: simple, complex, task, complaint."),
        QStringLiteral("kind"));
    const QCommandLineOption daysOpt(
        QStringLiteral("days"),
        QCoreApplication::translate("DeadlineCommand", "Working days to resolve (task, complaint)."),
        QStringLiteral("N"));
    const QCommandLineOption atOpt(
        QStringLiteral("at"),
        QCoreApplication::translate("DeadlineCommand",
                                    "Call start, e.g. 2026-11-23T16:30 (Moscow time unless an offset is given)."),
        QStringLiteral("datetime"));
    const QCommandLineOption kbOpt(QStringLiteral("kb"),
                                   QCoreApplication::translate("DeadlineCommand", "Knowledge-base directory."),
                                   QStringLiteral("dir"));
    parser.addOptions({kindOpt, daysOpt, atOpt, kbOpt});
    if (const auto done = parseOrHelp(parser, args))
        return *done;

    const auto kind = appealKindFromId(parser.value(kindOpt));
    if (!kind)
        return usageError(
            QCoreApplication::translate("DeadlineCommand", "--kind must be one of simple, complex, task, complaint."));
    int days = 0;
    if (parser.isSet(daysOpt)) {
        bool ok = false;
        days = parser.value(daysOpt).toInt(&ok);
        if (!ok || days < 1 || days > 366)
            return usageError(
                QCoreApplication::translate("DeadlineCommand", "--days must be a whole number from 1 to 366."));
    }
    if (!parser.isSet(atOpt))
        return usageError(
            QCoreApplication::translate("DeadlineCommand", "--at is required, e.g. --at 2026-11-23T16:30."));
    const QDateTime at = parseMoscowIso(parser.value(atOpt));
    if (!at.isValid())
        return usageError(QCoreApplication::translate("DeadlineCommand",
                                                      "Cannot read --at \"%1\": use YYYY-MM-DDTHH:MM[:SS][+HH:MM].")
                              .arg(parser.value(atOpt)));

    const QString kbDir = parser.isSet(kbOpt) ? parser.value(kbOpt) : shippedKbDir();
    auto policy = DeadlinePolicy::fromKb(kbDir);
    if (!policy)
        return usageError(policy.error().message);

    const Deadlines d = policy.value().compute(*kind, at, days);
    if (d.calendar == CalendarStatus::Unknown) {
        usageError(QCoreApplication::translate(
                       "DeadlineCommand",
                       "Warning: the production calendar for %1 is not loaded; Monday to Friday are taken as "
                       "working days.")
                       .arg(d.resolutionDue.date().year()));
    }
    QJsonObject out;
    out.insert(QStringLiteral("kind"), appealKindId(d.kind));
    out.insert(QStringLiteral("days"), d.days);
    out.insert(QStringLiteral("registered"), d.registered.toString(Qt::ISODate));
    out.insert(QStringLiteral("first_response_due"), toMoscowIso(d.firstResponseDue));
    out.insert(QStringLiteral("resolution_due"), toMoscowIso(d.resolutionDue));
    out.insert(QStringLiteral("calendar"), calendarStatusId(d.calendar));
    printJson(out);
    return Success;
}

} // namespace hotline::cli
