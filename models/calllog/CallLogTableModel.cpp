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

CallLogTableModel::CallLogTableModel(CallLogCache& cache, QObject* parent)
    : QAbstractTableModel(parent)
    , m_cache(cache) {}

void CallLogTableModel::select() {
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_ids = m_now.isValid() ? m_cache.select(m_query, m_now) : QList<int>{};
    endResetModel();
}

void CallLogTableModel::reload(const QDateTime& now) {
    m_now = now;
    select();
}

void CallLogTableModel::setQuery(const CallLogQuery& query) {
    if (query == m_query)
        return;
    m_query = query;
    select();
}

void CallLogTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    CallLogQuery q = m_query;
    q.sort = CallLogQuery::Sort(column);
    q.descending = order == Qt::DescendingOrder;
    setQuery(q);
}

const CallLogTableModel::Row* CallLogTableModel::rowAt(int row) const {
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const QList<int> ids = m_ids.mid(qsizetype(page) * pageSize, pageSize);
        QList<Row> rows;
        rows.reserve(ids.size());
        for (CallLogCache::Row& r : m_cache.rows(ids)) {
            const QDateTime closedAt = r.record.closedOn.isValid() ? r.record.closedOn : r.record.updatedOn;
            const DeadlineState state = deadlineStateFor(r.deadline, r.record.closed, closedAt, m_now);
            rows.append(Row{std::move(r.record), r.deadline, state});
        }
        // A record purged since the ids were selected: keep the row count, show it empty.
        while (rows.size() < ids.size())
            rows.append(Row{});
        if (m_pages.size() >= maxPages)
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, rows);
        m_recent.append(page);
    } else if (m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    return &it.value().at(row % pageSize);
}

std::optional<CallLogRecord> CallLogTableModel::record(int row) const {
    const Row* r = rowAt(row);
    return r ? std::optional<CallLogRecord>(r->record) : std::nullopt;
}

DeadlineState CallLogTableModel::stateAt(int row) const {
    const Row* r = rowAt(row);
    return r ? r->state : DeadlineState::None;
}

QDateTime CallLogTableModel::deadlineAt(int row) const {
    const Row* r = rowAt(row);
    return r ? r->deadline : QDateTime();
}

int CallLogTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
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
    if (role == IssueIdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole && role != DeadlineStateRole &&
        role != Qt::TextAlignmentRole)
        return {};
    const Row* row = rowAt(index.row());
    const CallLogRecord& r = row->record;
    if (role == DeadlineStateRole)
        return int(row->state);
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
        case DeadlineColumn:
            return row->deadline.isValid() ? row->deadline.toMSecsSinceEpoch() : qint64(0);
        case DeadlineStateColumn:
            return int(row->state);
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
        return moscowText(row->deadline);
    case DeadlineStateColumn:
        return stateTitle(row->state);
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
