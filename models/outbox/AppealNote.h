#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace hotline::outbox {

// «Дополнить обращение»: new information from a caller added to an appeal that is already in Redmine, as a
// note (journal) on that issue instead of a duplicate appeal. Delivered exactly once like an appeal.
struct AppealNote {
    QUuid id;        // idempotency: the note carries it, and a retry looks for it in the issue's journal
    int issueId = 0; // the existing appeal
    QString text;    // what the operator wrote
    QString operatorLogin;
    QString callerNumber; // who called with it, when known
    QDateTime createdAt;  // UTC
};

QJsonObject toJson(const AppealNote& note);

// The note as Redmine stores it: the operator's text and a closing line that names the workstation's
// addition with its id. Redmine's journals have no client UUID, so the id in the text is what a retry after an
// ambiguous failure looks for before it posts again.
QString noteBody(const AppealNote& note);
// Whether the issue's "journals" (GET /issues/N.json?include=journals) hold the note with this id.
bool journalsHaveNote(const QJsonArray& journals, const QUuid& id);
// Whether a journal note is a workstation's addition (not an executor's answer).
bool isWorkstationNote(const QString& notes);
std::optional<AppealNote> noteFromJson(const QJsonObject& json);

} // namespace hotline::outbox
