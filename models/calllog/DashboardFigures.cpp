#include "DashboardFigures.h"

#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "net/CallPlanner.h"

#include <algorithm>

namespace hotline::calllog {

namespace {

struct Accumulator {
    GroupFigures figures;
    QList<int> durations;

    void add(const CallLogRecord& r, DeadlineState state, bool closedOnCall) {
        GroupFigures& f = figures;
        if (r.countsAsCall()) {
            ++f.calls;
            if (r.callSeconds > 0)
                durations.append(r.callSeconds);
            if (r.isMissedCall()) {
                ++f.missedCalls;
            } else if (r.ringSeconds >= 0) {
                ++f.answeredTimed;
                if (r.ringSeconds <= DashboardCalculator::answerTargetSeconds)
                    ++f.answeredInTime;
            }
        }
        if (r.kindId == QLatin1String("simple")) {
            ++f.simple;
            if (closedOnCall)
                ++f.simpleClosedOnCall;
        }
        switch (state) {
        case DeadlineState::Met:
            ++f.met;
            break;
        case DeadlineState::Missed:
            ++f.missed;
            break;
        case DeadlineState::DueToday:
            ++f.dueToday;
            break;
        case DeadlineState::Overdue:
            ++f.overdue;
            break;
        case DeadlineState::Open:
            ++f.open;
            break;
        case DeadlineState::None:
            break;
        }
    }

    GroupFigures finish() {
        GroupFigures f = figures;
        f.handled = int(durations.size());
        if (durations.isEmpty())
            return f;
        std::sort(durations.begin(), durations.end());
        qint64 sum = 0;
        for (int d : durations)
            sum += d;
        f.averageSeconds = double(sum) / double(durations.size());
        const qsizetype mid = durations.size() / 2;
        f.medianSeconds = durations.size() % 2 ? durations[mid] : (durations[mid - 1] + durations[mid]) / 2.0;
        return f;
    }
};

QList<QPair<QString, int>> ranked(const QHash<QString, int>& counts, int limit) {
    QList<QPair<QString, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace

DashboardCalculator::DashboardCalculator(const domain::DeadlinePolicy& policy)
    : m_policy(policy) {}

QDateTime DashboardCalculator::deadlineOf(const CallLogRecord& r) const {
    if (r.deadline.isValid())
        return r.deadline;
    if (r.dueDate.isValid())
        return m_policy.closeOfBusiness(r.dueDate);
    const auto kind = domain::appealKindFromId(r.kindId);
    if (!kind || !r.when().isValid())
        return {};
    return m_policy.compute(*kind, r.when()).resolutionDue;
}

DeadlineState deadlineStateFor(const QDateTime& due, bool closed, const QDateTime& closedAt, const QDateTime& now) {
    if (!due.isValid())
        return DeadlineState::None;
    if (closed)
        return closedAt.isValid() && closedAt > due ? DeadlineState::Missed : DeadlineState::Met;
    if (now > due)
        return DeadlineState::Overdue;
    if (domain::toMoscow(due).date() == domain::toMoscow(now).date())
        return DeadlineState::DueToday;
    return DeadlineState::Open;
}

DeadlineState DashboardCalculator::deadlineState(const CallLogRecord& r, const QDateTime& now) const {
    return deadlineStateFor(deadlineOf(r), r.closed, r.closedOn.isValid() ? r.closedOn : r.updatedOn, now);
}

bool DashboardCalculator::closedOnCall(const CallLogRecord& r) {
    return r.kindId == QLatin1String("simple") && r.closed && r.closedOn.isValid() && r.createdOn.isValid() &&
           r.createdOn.secsTo(r.closedOn) <= closedOnCallSlackSeconds;
}

DashboardFigures DashboardCalculator::compute(const CallLogRecords& records, const QDateTime& now) const {
    DashboardFigures out;
    Accumulator total;
    QHash<QString, Accumulator> categories;
    QHash<QString, Accumulator> operators;
    QHash<QString, int> articles;
    QHash<QString, int> searches;
    for (const CallLogRecord& r : records) {
        if (!r.isCall())
            continue;
        const DeadlineState state = deadlineState(r, now);
        const bool onCall = closedOnCall(r);
        total.add(r, state, onCall);
        categories[r.category].add(r, state, onCall);
        operators[r.operatorName].add(r, state, onCall);
        if (const QDateTime when = r.when(); when.isValid() && r.countsAsCall()) {
            const QDateTime local = domain::toMoscow(when);
            ++out.perHour[size_t(local.time().hour())];
            ++out.perDay[local.date()];
        }
        for (const QString& article : r.allArticles())
            ++articles[article];
        // Searches are "query<TAB>hits" lines; 0 hits means the KB had nothing.
        for (const call::CallSearch& search : net::searchesFromText(r.searches)) {
            if (search.hits == 0)
                ++searches[search.query.toLower()];
        }
    }
    out.total = total.finish();
    for (auto it = categories.begin(); it != categories.end(); ++it)
        out.perCategory.insert(it.key(), it.value().finish());
    for (auto it = operators.begin(); it != operators.end(); ++it)
        out.perOperator.insert(it.key(), it.value().finish());
    out.topArticles = ranked(articles, topArticleCount);
    out.emptySearches = ranked(searches, topArticleCount);
    return out;
}

} // namespace hotline::calllog
