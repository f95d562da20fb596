#include "CallLogTableModel.h"

#include "domain/MoscowTime.h"

namespace hotline::calllog {

namespace {

QString moscowText(const QDateTime& t) {
    return t.isValid() ? domain::toMoscow(t).toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

QString durationText(int seconds) {
    return seconds > 0 ? QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'))
                       : QString();
}

} // namespace

CallLogTableModel::CallLogTableModel(const DashboardCalculator& calculator, QObject* parent)
    : QAbstractTableModel(parent)
    , m_calculator(calculator) {}

void CallLogTableModel::setRecords(CallLogRecords records, const QDateTime& now) {
    beginResetModel();
    m_records = std::move(records);
    m_states.clear();
    m_deadlines.clear();
    m_states.reserve(m_records.size());
    m_deadlines.reserve(m_records.size());
    for (const CallLogRecord& r : std::as_const(m_records)) {
        m_deadlines.append(m_calculator.deadlineOf(r));
        m_states.append(m_calculator.deadlineState(r, now));
    }
    endResetModel();
}

int CallLogTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int CallLogTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallLogTableModel::stateTitle(DeadlineState state) {
    switch (state) {
    case DeadlineState::Met:
        return tr("Met");
    case DeadlineState::Missed:
        return tr("Missed");
    case DeadlineState::Open:
        return tr("In time");
    case DeadlineState::DueToday:
        return tr("Due today");
    case DeadlineState::Overdue:
        return tr("Overdue");
    case DeadlineState::None:
        break;
    }
    return QString();
}

QVariant CallLogTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallLogRecord& r = m_records.at(index.row());
    if (role == IssueIdRole)
        return r.issueId;
    if (role == DeadlineStateRole)
        return int(m_states.at(index.row()));
    if (role == Qt::TextAlignmentRole && (index.column() == IssueColumn || index.column() == DurationColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case IssueColumn:
            return r.issueId;
        case StartColumn:
            return r.when().toMSecsSinceEpoch();
        case DurationColumn:
            return r.callSeconds;
        case DeadlineColumn: {
            const QDateTime d = m_deadlines.at(index.row());
            return d.isValid() ? d.toMSecsSinceEpoch() : qint64(0);
        }
        case DeadlineStateColumn:
            return int(m_states.at(index.row()));
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IssueColumn:
        return r.issueId;
    case StartColumn:
        return moscowText(r.when());
    case OperatorColumn:
        return r.operatorName;
    case ChannelColumn:
        return r.channel;
    case CategoryColumn:
        return r.category;
    case KindColumn:
        return r.tracker;
    case StatusColumn:
        return r.status;
    case DurationColumn:
        return durationText(r.callSeconds);
    case DeadlineColumn:
        return moscowText(m_deadlines.at(index.row()));
    case DeadlineStateColumn:
        return stateTitle(m_states.at(index.row()));
    case ArticleColumn:
        return r.articleId;
    case SubjectColumn:
        return r.subject;
    default:
        break;
    }
    return {};
}

QVariant CallLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IssueColumn:
        return tr("No.");
    case StartColumn:
        return tr("Call start");
    case OperatorColumn:
        return tr("Operator");
    case ChannelColumn:
        return tr("Channel");
    case CategoryColumn:
        return tr("Category");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case DeadlineColumn:
        return tr("Deadline");
    case DeadlineStateColumn:
        return tr("Deadline state");
    case ArticleColumn:
        return tr("KB article");
    case SubjectColumn:
        return tr("Subject");
    default:
        break;
    }
    return {};
}

} // namespace hotline::calllog
