#pragma once

#include "call/CallRecord.h"
#include "calllog/CallLogRecord.h"
#include "kb/UsageStats.h"

namespace hotline::kbsync {

// Where the search ranking learns what operators open after a query (kb::UsageStats):
// - line-wide: the call log a supervisor's workstation syncs from Redmine (calllog::CallLogCache) — every
//   operator's calls. `hotline-cli kb usage --publish` turns it into the KB wiki page Kb_usage, which every
//   workstation's sync takes in (usage.json in its KB directory);
// - this workstation's own call records (the outbox keeps them for call/retentionDays), when the base brings no
//   Kb_usage page.
// A search counts when it found something (a search answered only by a partial match found nothing).
kb::UsageEvent usageEventOf(const call::CallRecord& call);
kb::UsageEvent usageEventOf(const calllog::CallLogRecord& record);

kb::UsageStats usageOf(const QList<call::CallRecord>& calls, const QDateTime& now,
                       double halfLifeDays = kb::UsageStats::kDefaultHalfLifeDays);
// The line's call log and this workstation's calls (a call in both counts once).
kb::UsageStats usageOf(const calllog::CallLogRecords& records, const QList<call::CallRecord>& ownCalls,
                       const QDateTime& now, double halfLifeDays = kb::UsageStats::kDefaultHalfLifeDays);

} // namespace hotline::kbsync
