#pragma once

#include "CallLogRecord.h"

#include <QJsonObject>

namespace hotline::calllog {

// A Redmine issue (one element of GET /issues.json) as a call-log record. Custom fields are read by their
// names (RedmineNames.h), which are the same on every server.
CallLogRecord recordFromIssue(const QJsonObject& issue);

// The kind id for a tracker name: simple, complex, task, complaint, call, step or other.
QString kindIdForTracker(const QString& tracker);

} // namespace hotline::calllog
