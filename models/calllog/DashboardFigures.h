#pragma once

#include "CallLogRecord.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <array>

namespace hotline::domain {
class DeadlinePolicy;
}

namespace hotline::calllog {

// Where a record stands against its deadline at a given moment.
enum class DeadlineState {
    None,     // no deadline known
    Met,      // closed in time
    Missed,   // closed late
    Open,     // open, due after today
    DueToday, // open, due today (Moscow date)
    Overdue,  // open, past its deadline
};

// Where a record due at `due` stands at `now`: closed (at `closedAt`, invalid when unknown) in time or late;
// open and overdue, due today (Moscow date) or later.
DeadlineState deadlineStateFor(const QDateTime& due, bool closed, const QDateTime& closedAt, const QDateTime& now);

// The figures of one group of calls (the whole line, a category, an operator). Calls, handling times and the
// hours and days count each call once (CallLogRecord::countsAsCall); the deadlines and the simple
// consultations count every appeal.
struct GroupFigures {
    int calls = 0;
    int handled = 0; // calls with a known duration
    double averageSeconds = 0;
    double medianSeconds = 0;
    int simple = 0; // simple consultations
    int simpleClosedOnCall = 0;
    int met = 0;
    int missed = 0;
    int dueToday = 0;
    int overdue = 0;
    int open = 0; // open and not yet due today
    // Calls the softphone reported: missed (rang, nobody answered), and the answered ones whose ringing time is
    // known, of them answered within answerTargetSeconds.
    int missedCalls = 0;
    int answeredTimed = 0;
    int answeredInTime = 0;

    double closedOnCallShare() const { return simple > 0 ? double(simpleClosedOnCall) / simple : 0.0; }
    // The share of the answered calls (ringing time known) answered within answerTargetSeconds.
    double answeredInTimeShare() const { return answeredTimed > 0 ? double(answeredInTime) / answeredTimed : 0.0; }
    friend bool operator==(const GroupFigures&, const GroupFigures&) = default;
};

struct DashboardFigures {
    GroupFigures total;
    std::array<int, 24> perHour{}; // Moscow hour of the call's start
    QMap<QDate, int> perDay;       // Moscow date
    QMap<QString, GroupFigures> perCategory;
    QMap<QString, GroupFigures> perOperator;
    QList<QPair<QString, int>> topArticles;   // most used first, ties by id
    QList<QPair<QString, int>> emptySearches; // searches that found nothing, most frequent first
    friend bool operator==(const DashboardFigures&, const DashboardFigures&) = default;
};

// Pure computation of the supervisor's dashboard over cached records (no I/O, no clock of its own).
class DashboardCalculator {
public:
    // A simple consultation counts as closed on the call when Redmine closed it within this many seconds of
    // filing (it is filed already closed).
    static constexpr int closedOnCallSlackSeconds = 120;
    static constexpr int topArticleCount = 10;
    // The service level the line is measured by: calls answered within this many seconds of ringing.
    static constexpr int answerTargetSeconds = 20;

    explicit DashboardCalculator(const domain::DeadlinePolicy& policy);

    // The deadline of a record: the exact one filed with it, else the close of business of its due date,
    // else the policy's rule from the call's start (production calendar).
    QDateTime deadlineOf(const CallLogRecord& record) const;
    DeadlineState deadlineState(const CallLogRecord& record, const QDateTime& now) const;

    // Whether a simple consultation was closed on the call (filed closed).
    static bool closedOnCall(const CallLogRecord& record);

    // Figures over the calls (top-level issues) among `records` at `now`. The reference implementation of
    // what CallLogCache::figures computes in SQL.
    DashboardFigures compute(const CallLogRecords& records, const QDateTime& now) const;

private:
    const domain::DeadlinePolicy& m_policy;
};

} // namespace hotline::calllog
