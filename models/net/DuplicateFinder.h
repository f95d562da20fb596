#pragma once

#include "Account.h"
#include "RedmineSchema.h"

#include <QDateTime>
#include <QList>

namespace hotline::net {

struct DuplicateHint {
    int issueId = 0;
    QString subject;
    QString status;
    QDateTime created;
};

struct DuplicateHints {
    QList<DuplicateHint> hints;
    // Redmine shows an operator only the issues the operator filed or that are assigned to them (role
    // «Оператор 0150», visibility "own"): other operators' appeals of the same ИНН are not among the hints.
    bool ownOnly = true;
    // What the hint covers, to show under it (translated).
    QString scopeNote() const;
};

// Open appeals of the same ИНН, so the operator can add to an existing one instead of opening a new one.
// `modes` are the user's (AccountService::currentAccount): whether the server shows the whole line.
void findOpenAppealsByInn(RedmineClient& client, const RedmineSchema& schema, const QString& inn,
                          const UserModes& modes, QObject* context, std::function<void(Result<DuplicateHints>)> done);

} // namespace hotline::net
