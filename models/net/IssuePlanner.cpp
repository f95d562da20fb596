#include "IssuePlanner.h"

#include "FieldList.h"
#include "RedmineNames.h"
#include "domain/MoscowTime.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hotline::net {

namespace {

QString trackerName(domain::AppealKind kind) {
    switch (kind) {
    case domain::AppealKind::Simple:
        return names::trackerSimple;
    case domain::AppealKind::Complex:
        return names::trackerComplex;
    case domain::AppealKind::Task:
        return names::trackerTask;
    case domain::AppealKind::Complaint:
        break;
    }
    return names::trackerComplaint;
}

QString algorithmName(domain::Algorithm a) {
    switch (a) {
    case domain::Algorithm::Single:
        return names::algorithmSingle;
    case domain::Algorithm::Multi:
        return names::algorithmMulti;
    case domain::Algorithm::Omsu:
        break;
    }
    return names::algorithmOmsu;
}

QString agencyName(const domain::ReferenceData& reference, const QString& id) {
    if (const domain::Agency* a = reference.agency(id))
        return a->name;
    if (const domain::Agency* a = reference.findAgency(id))
        return a->name;
    return id;
}

QString dateOf(const QDateTime& t) {
    return t.isValid() ? domain::toMoscow(t).date().toString(Qt::ISODate) : QString();
}

} // namespace

QString channelName(const domain::ReferenceData& reference, const QString& id) {
    for (const domain::Channel& c : reference.channels()) {
        if (c.id == id)
            return c.name;
    }
    return id;
}

QUuid subtaskClientId(const QUuid& appealId, int index) {
    return QUuid::createUuidV5(appealId, QStringLiteral("subtask-%1").arg(index));
}

QUrlQuery issuesByClientUuidQuery(int uuidField, const QStringList& clientUuids) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("project_id"), names::project);
    q.addQueryItem(QStringLiteral("status_id"), QStringLiteral("*"));
    q.addQueryItem(QStringLiteral("cf_%1").arg(uuidField), clientUuids.join(QLatin1Char('|')));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    return q;
}

Result<QList<PlannedIssue>> planIssues(const domain::Appeal& a, const RedmineSchema& schema,
                                       const domain::ReferenceData& reference) {
    const int tracker = schema.tracker(trackerName(a.kind));
    const int stepTracker = schema.tracker(names::trackerStep);
    if (tracker == 0 || (a.kind == domain::AppealKind::Complaint && !a.roadmap.isEmpty() && stepTracker == 0))
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("IssuePlanner", "The server has no tracker «%1». Ask the "
                                                                 "administrator to run provision.rb.")
                         .arg(trackerName(a.kind))};

    QStringList agencies;
    for (const QString& id : a.agencyIds)
        agencies << agencyName(reference, id);
    const QString dueDate = dateOf(a.resolutionDue);
    const QString startDate = a.registered.isValid() ? a.registered.toString(Qt::ISODate)
                                                     : dateOf(a.callStart.isValid() ? a.callStart : a.createdAt);

    // Fields every issue of the appeal carries; the client UUID and the bodies differ per issue.
    auto commonFields = [&](FieldList& f) {
        f.add(names::cfChannel, channelName(reference, a.channelId));
        f.add(names::cfCategory, a.categoryId);
        f.add(names::cfInn, a.inn);
        f.add(names::cfOgrn, a.ogrn);
        f.add(names::cfOrganisation, a.organisation);
        f.add(names::cfContact, a.contactPerson);
        f.add(names::cfPhone, a.phone);
        f.add(names::cfEmail, a.email);
        f.add(names::cfMunicipality, a.municipality);
        f.add(names::cfAlgorithm, algorithmName(a.algorithm));
        f.add(names::cfArticle, a.articleId);
        if (a.callStart.isValid())
            f.add(names::cfCallStart, domain::toMoscowIso(a.callStart));
        if (a.callSeconds > 0)
            f.add(names::cfCallSeconds, QString::number(a.callSeconds));
    };
    auto baseIssue = [&](int trackerId, const QString& subject, const QString& due) {
        QJsonObject issue{{QStringLiteral("project_id"), schema.projectId},
                          {QStringLiteral("tracker_id"), trackerId},
                          {QStringLiteral("subject"), subject.left(255)},
                          {QStringLiteral("description"), a.description}};
        if (!startDate.isEmpty())
            issue.insert(QStringLiteral("start_date"), startDate);
        if (!due.isEmpty())
            issue.insert(QStringLiteral("due_date"), due);
        return issue;
    };

    QList<PlannedIssue> out;
    // The appeal itself.
    {
        FieldList f(schema);
        commonFields(f);
        f.add(names::cfAgencies, QJsonArray::fromStringList(agencies));
        if (a.resolutionDue.isValid())
            f.add(names::cfExactDeadline, domain::toMoscowIso(a.resolutionDue));
        f.add(names::cfClientUuid, a.clientId.toString(QUuid::WithoutBraces));
        QJsonObject issue = baseIssue(tracker, a.subject, dueDate);
        issue.insert(QStringLiteral("custom_fields"), f.list());
        if (a.kind == domain::AppealKind::Simple && a.closedOnCall && schema.status(names::statusClosed) != 0)
            issue.insert(QStringLiteral("status_id"), schema.status(names::statusClosed));
        // One agency: the appeal goes straight to that agency's group.
        if (a.algorithm == domain::Algorithm::Single && agencies.size() == 1 && schema.group(agencies.first()) != 0)
            issue.insert(QStringLiteral("assigned_to_id"), schema.group(agencies.first()));
        out.append({a.clientId, issue, false});
    }

    int index = 0;
    auto addSubtask = [&](int trackerId, const QString& subject, const QDateTime& due, const QStringList& bodies,
                          int assignee) {
        FieldList f(schema);
        commonFields(f);
        f.add(names::cfAgencies, QJsonArray::fromStringList(bodies));
        if (due.isValid())
            f.add(names::cfExactDeadline, domain::toMoscowIso(due));
        const QUuid id = subtaskClientId(a.clientId, ++index);
        f.add(names::cfClientUuid, id.toString(QUuid::WithoutBraces));
        QJsonObject issue = baseIssue(trackerId, subject, dateOf(due));
        issue.insert(QStringLiteral("custom_fields"), f.list());
        if (assignee != 0)
            issue.insert(QStringLiteral("assigned_to_id"), assignee);
        out.append({id, issue, true});
    };

    if (a.kind == domain::AppealKind::Complaint) {
        for (const domain::AppealStep& step : a.roadmap)
            addSubtask(stepTracker, step.title, step.due, {}, 0);
    }
    // Answered during the call: nothing is left for the agencies or the municipality to do (and Redmine refuses
    // an open subtask under a closed issue), whatever the article's algorithm.
    const bool answeredOnCall =
        a.kind == domain::AppealKind::Simple && a.closedOnCall && schema.status(names::statusClosed) != 0;
    if (!answeredOnCall && (a.algorithm == domain::Algorithm::Multi || a.algorithm == domain::Algorithm::Omsu)) {
        for (const QString& agency : agencies)
            addSubtask(tracker, a.subject + QStringLiteral(" — ") + agency, a.resolutionDue, {agency},
                       schema.group(agency));
        if (a.algorithm == domain::Algorithm::Omsu && !a.municipality.isEmpty())
            addSubtask(tracker, a.subject + QStringLiteral(" — ") + a.municipality, a.resolutionDue, {},
                       schema.group(a.municipality));
    }
    return out;
}

} // namespace hotline::net
