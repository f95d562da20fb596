#pragma once

#include "CallLogRecord.h"
#include "DashboardFigures.h"

#include <QAbstractTableModel>

namespace hotline::calllog {

// The call log as a table: one row per cached record, with its deadline state at the moment given.
class CallLogTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IssueColumn,
        StartColumn,
        OperatorColumn,
        ChannelColumn,
        CategoryColumn,
        KindColumn,
        StatusColumn,
        DurationColumn,
        DeadlineColumn,
        DeadlineStateColumn,
        ArticleColumn,
        SubjectColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers and instants as numbers, text as text
        IssueIdRole,
        DeadlineStateRole, // DeadlineState as int
    };

    explicit CallLogTableModel(const DashboardCalculator& calculator, QObject* parent = nullptr);

    void setRecords(CallLogRecords records, const QDateTime& now);
    const CallLogRecords& records() const { return m_records; }
    const CallLogRecord& record(int row) const { return m_records.at(row); }
    DeadlineState stateAt(int row) const { return m_states.at(row); }
    QDateTime deadlineAt(int row) const { return m_deadlines.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateTitle(DeadlineState state);

private:
    const DashboardCalculator& m_calculator;
    CallLogRecords m_records;
    QList<DeadlineState> m_states;
    QList<QDateTime> m_deadlines;
};

} // namespace hotline::calllog
