#pragma once

#include "CallLogTableModel.h"

#include <QDate>
#include <QSortFilterProxyModel>

namespace hotline::calllog {

// Filters and sorting of the call log: date range (Moscow dates), operator, category, kind, channel,
// status, overdue only, free text. Reads the records directly, so filtering 100k rows stays fast.
class CallLogFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    struct Criteria {
        QDate from; // Moscow dates, inclusive; invalid: open-ended
        QDate to;
        QString operatorName; // empty: any
        QString category;
        QString kindId;
        QString channel;
        QString status;
        bool overdueOnly = false; // overdue, or closed late
        QString text;
        bool callsOnly = true; // hide subtasks
    };

    explicit CallLogFilter(QObject* parent = nullptr);

    // All criteria at once: the rows are filtered once.
    void setCriteria(const Criteria& criteria);

    void setSourceLog(CallLogTableModel* model);

    void setDateRange(QDate from, QDate to); // either may be invalid: open-ended
    void setOperator(const QString& name);   // empty: any
    void setCategory(const QString& category);
    void setKind(const QString& kindId);
    void setChannel(const QString& channel);
    void setStatus(const QString& status);
    void setOverdueOnly(bool on);
    void setText(const QString& text);
    void setCallsOnly(bool on); // hide subtasks (default on)

    // Distinct values of a column over the whole source, for the filter combos.
    QStringList distinct(int column) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void changed();

    CallLogTableModel* m_log = nullptr;
    QDateTime m_from;
    QDateTime m_to; // exclusive
    QString m_operator;
    QString m_category;
    QString m_kind;
    QString m_channel;
    QString m_status;
    QString m_text;
    bool m_overdueOnly = false;
    bool m_callsOnly = true;
};

} // namespace hotline::calllog
