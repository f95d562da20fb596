#pragma once

#include "AppealKind.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace hotline::domain {

// A complaint roadmap step with its computed due time.
struct AppealStep {
    QString title;
    QString role;  // moderation, execution, control
    int days = 1;  // working days from the appeal's registration day
    QDateTime due; // close of business of that day, Moscow time
};

// One appeal as the operator files it: everything needed to create the Redmine issue(s), computed
// deadlines included, so that delivery later (maybe after a network outage) files exactly what the
// operator saw and promised.
struct Appeal {
    QUuid clientId; // idempotency key: the "UUID клиента" custom field in Redmine
    AppealKind kind = AppealKind::Simple;
    QString channelId = QStringLiteral("hotline_0150");
    QString categoryId;
    QString articleId;
    QString subject;     // issue subject
    QString description; // the caller's question and the operator's notes
    QString organisation;
    QString inn;
    QString ogrn; // ОГРН or ОГРНИП
    QString contactPerson;
    QString phone; // normalised +7XXXXXXXXXX
    QString email;
    QString municipality;
    Algorithm algorithm = Algorithm::Single;
    QStringList agencyIds;
    int days = 0;

    QDateTime callStart;
    int callSeconds = 0;
    QString operatorLogin;
    QDate registered;
    QDateTime firstResponseDue;
    QDateTime resolutionDue;
    QList<AppealStep> roadmap;
    bool closedOnCall = false; // a simple consultation answered during the call is filed already closed
    QDateTime createdAt;
};

} // namespace hotline::domain
