#pragma once

#include "RedmineSchema.h"
#include "domain/Appeal.h"
#include "domain/ReferenceData.h"

#include <QJsonObject>
#include <QList>
#include <QUrlQuery>
#include <QUuid>

namespace hotline::net {

// One Redmine issue to create for an appeal. The first one is the appeal itself; the others are its
// subtasks (created with parent_issue_id = the first one's id).
struct PlannedIssue {
    QUuid clientId;    // the "UUID клиента" value: the appeal's own, or derived for a subtask
    QJsonObject issue; // the "issue" object of POST /issues.json, without parent_issue_id
    bool subtask = false;
};

// An update of an issue that exists already (PUT /issues/:id.json): idempotent, so a retry is harmless.
struct PlannedUpdate {
    int issueId = 0;
    QJsonObject issue; // the "issue" object of the PUT
};

// The name of a channel id as Redmine's «Канал» list holds it.
QString channelName(const domain::ReferenceData& reference, const QString& channelId);

// Derived, stable id of the n-th subtask of an appeal (uuid v5): the same on every retry, so a subtask is
// created once too.
QUuid subtaskClientId(const QUuid& appealId, int index);

// Redmine 5.0 keeps an API request's filter in its 4 KB cookie session and answers HTTP 500 from ≈ 45 client UUIDs
// in one filter on (an appeal to every agency the form offers has 35 issues): a lookup asks for at most this many.
inline constexpr int maxClientUuidsPerLookup = 20;

// The issues of the line's project, any status, that carry one of `clientUuids` (at most maxClientUuidsPerLookup).
QUrlQuery issuesByClientUuidQuery(int uuidField, const QStringList& clientUuids);

// Appeal → issues: tracker per kind, every custom field, due dates, status (a simple consultation answered
// on the call is filed closed), one subtask per agency / municipality for «several agencies» and «with ОМСУ»
// assigned to that body's group, one subtask per complaint roadmap step with its own due date.
Result<QList<PlannedIssue>> planIssues(const domain::Appeal& appeal, const RedmineSchema& schema,
                                       const domain::ReferenceData& reference);

} // namespace hotline::net
