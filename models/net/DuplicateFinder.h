#pragma once

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

// Open appeals of the same ИНН, so the operator can add to an existing one instead of opening a new one.
void findOpenAppealsByInn(RedmineClient& client, const RedmineSchema& schema, const QString& inn, QObject* context,
                          std::function<void(Result<QList<DuplicateHint>>)> done);

} // namespace hotline::net
