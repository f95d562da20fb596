#include "UsageSources.h"

#include "net/CallPlanner.h"

#include <QSet>

namespace hotline::kbsync {

namespace {

QStringList queriesThatFound(const QList<call::CallSearch>& searches) {
    QStringList out;
    for (const call::CallSearch& s : searches) {
        if (s.hits > 0)
            out << s.query;
    }
    return out;
}

} // namespace

kb::UsageEvent usageEventOf(const call::CallRecord& call) {
    return {call.start, queriesThatFound(call.searches), call.articles};
}

kb::UsageEvent usageEventOf(const calllog::CallLogRecord& record) {
    // "query<TAB>hits" per line; a line typed into Redmine by hand has no count (-1) and is not counted.
    return {record.when(), queriesThatFound(net::searchesFromText(record.searches)), record.allArticles()};
}

kb::UsageStats usageOf(const QList<call::CallRecord>& calls, const QDateTime& now, double halfLifeDays) {
    QList<kb::UsageEvent> events;
    for (const call::CallRecord& c : calls)
        events.append(usageEventOf(c));
    return kb::UsageStats::compute(events, now, halfLifeDays);
}

kb::UsageStats usageOf(const calllog::CallLogRecords& records, const QList<call::CallRecord>& ownCalls,
                       const QDateTime& now, double halfLifeDays) {
    QList<kb::UsageEvent> events;
    QSet<QString> seen; // a call of this workstation already in the synced log counts once
    for (const calllog::CallLogRecord& r : records) {
        if (!r.countsAsCall())
            continue;
        if (!r.callUuid.isEmpty())
            seen.insert(r.callUuid);
        events.append(usageEventOf(r));
    }
    for (const call::CallRecord& c : ownCalls) {
        if (!seen.contains(c.id.toString(QUuid::WithoutBraces)))
            events.append(usageEventOf(c));
    }
    return kb::UsageStats::compute(events, now, halfLifeDays);
}

} // namespace hotline::kbsync
