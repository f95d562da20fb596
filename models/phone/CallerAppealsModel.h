#pragma once

#include "AppealSummary.h"

#include <QAbstractTableModel>

namespace hotline::phone {

// The caller's earlier appeals in the card: open ones first, the overdue marked (OverdueRole; the view colours it).
class CallerAppealsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, DateColumn, KindColumn, StatusColumn, DeadlineColumn, ColumnCount };
    enum Role {
        IssueIdRole = Qt::UserRole + 1, // 0 while it waits in the outbox
        OverdueRole,
        ClosedRole,
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setAppeals(const QList<AppealSummary>& appeals);
    const QList<AppealSummary>& appeals() const { return m_appeals; }
    const AppealSummary* appeal(int row) const {
        return row >= 0 && row < m_appeals.size() ? &m_appeals[row] : nullptr;
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AppealSummary> m_appeals;
};

} // namespace hotline::phone
