#include "CallerAppealsModel.h"

#include "domain/MoscowTime.h"

namespace hotline::phone {

void CallerAppealsModel::setAppeals(const QList<AppealSummary>& appeals) {
    beginResetModel();
    m_appeals = appeals;
    endResetModel();
}

int CallerAppealsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_appeals.size());
}

int CallerAppealsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallerAppealsModel::data(const QModelIndex& index, int role) const {
    const AppealSummary* a = index.isValid() ? appeal(index.row()) : nullptr;
    if (!a)
        return {};
    switch (role) {
    case IssueIdRole:
        return a->issueId;
    case OverdueRole:
        return a->overdue();
    case ClosedRole:
        return a->closed;
    case Qt::ToolTipRole:
        return a->subject;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return a->issueId > 0 ? QStringLiteral("№%1").arg(a->issueId) : tr("not sent");
    case DateColumn:
        return domain::toMoscow(a->created).toString(QStringLiteral("dd.MM.yyyy"));
    case KindColumn:
        return a->kind;
    case StatusColumn:
        return a->status;
    case DeadlineColumn: {
        if (!a->deadline.isValid())
            return QString();
        const QString due = domain::toMoscow(a->deadline).toString(QStringLiteral("dd.MM.yyyy"));
        if (a->deadlineState == calllog::DeadlineState::Overdue)
            return tr("%1, overdue").arg(due);
        if (a->deadlineState == calllog::DeadlineState::Missed)
            return tr("%1, done late").arg(due);
        return due;
    }
    default:
        return {};
    }
}

QVariant CallerAppealsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case DeadlineColumn:
        return tr("Deadline");
    default:
        return {};
    }
}

} // namespace hotline::phone
