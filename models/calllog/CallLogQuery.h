#pragma once

#include <QDate>
#include <QString>

namespace hotline::calllog {

// What the supervisor sees of the cached call log: the filters and the order, applied in SQL by the cache so
// that 100k records stay fast.
struct CallLogQuery {
    // The orders the table offers, one per column of CallLogTableModel (same order).
    enum class Sort {
        Issue,
        Start,
        Operator,
        Channel,
        Category,
        Kind,
        Status,
        Duration,
        Deadline,
        DeadlineState,
        Article,
        Subject
    };

    QDate from; // Moscow dates, inclusive; invalid: open-ended
    QDate to;
    QString operatorName; // empty: any
    QString category;
    QString kindId;
    QString channel;
    QString status;
    bool overdueOnly = false; // overdue, or closed late
    QString text;             // part of the subject, operator, category, article, UUID or channel; or the number
    bool callsOnly = true;    // hide subtasks

    Sort sort = Sort::Start;
    bool descending = true;

    friend bool operator==(const CallLogQuery&, const CallLogQuery&) = default;
};

} // namespace hotline::calllog
