#pragma once

#include "Account.h"
#include "RedmineSchema.h"

#include <QDateTime>
#include <QList>
#include <QUrlQuery>

namespace hotline::net {

struct DuplicateHint {
    int issueId = 0;
    QString subject;
    QString status;
    QDateTime created;
};

struct DuplicateHints {
    QList<DuplicateHint> hints; // the newest few, newest first
    int total = 0;              // all open appeals of that ИНН since then on the server (Redmine's total_count)
    // Redmine shows operators and supervisors the line's appeals (provision.rb); a key with neither role may see
    // only its own issues, so other operators' appeals of the same ИНН may be missing from the hints.
    bool ownOnly = true;
    // What the hint covers, to show under it (translated).
    QString scopeNote() const;
};

// Open appeals of the same ИНН, so the operator can add to an existing one instead of opening a new one.
// `modes` are the user's (AccountService::currentAccount): whether the server shows the whole line.
// Only appeals (not their subtasks) created since `since`; the newest few come back with the count of all, so a
// caller with hundreds of appeals costs the server no more than one with a few.
// The request behind it: the line's open appeals with that ИНН since `since` (if valid), the newest 5.
QUrlQuery openAppealsByInnQuery(int innField, const QString& inn, const QDateTime& since);

void findOpenAppealsByInn(RedmineClient& client, const RedmineSchema& schema, const QString& inn,
                          const QDateTime& since, const UserModes& modes, QObject* context,
                          std::function<void(Result<DuplicateHints>)> done);

} // namespace hotline::net
