#include "CallLogFilter.h"

#include "domain/MoscowTime.h"

#include <QSet>

namespace hotline::calllog {

CallLogFilter::CallLogFilter(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(CallLogTableModel::SortRole);
}

void CallLogFilter::setSourceLog(CallLogTableModel* model) {
    m_log = model;
    setSourceModel(model);
}

void CallLogFilter::changed() {
    invalidateFilter();
}

void CallLogFilter::setCriteria(const Criteria& c) {
    m_from = c.from.isValid() ? domain::moscowDateTime(c.from, QTime(0, 0)) : QDateTime();
    m_to = c.to.isValid() ? domain::moscowDateTime(c.to.addDays(1), QTime(0, 0)) : QDateTime();
    m_operator = c.operatorName;
    m_category = c.category;
    m_kind = c.kindId;
    m_channel = c.channel;
    m_status = c.status;
    m_overdueOnly = c.overdueOnly;
    m_text = c.text.trimmed();
    m_callsOnly = c.callsOnly;
    changed();
}

void CallLogFilter::setDateRange(QDate from, QDate to) {
    m_from = from.isValid() ? domain::moscowDateTime(from, QTime(0, 0)) : QDateTime();
    m_to = to.isValid() ? domain::moscowDateTime(to.addDays(1), QTime(0, 0)) : QDateTime();
    changed();
}

void CallLogFilter::setOperator(const QString& name) {
    m_operator = name;
    changed();
}

void CallLogFilter::setCategory(const QString& category) {
    m_category = category;
    changed();
}

void CallLogFilter::setKind(const QString& kindId) {
    m_kind = kindId;
    changed();
}

void CallLogFilter::setChannel(const QString& channel) {
    m_channel = channel;
    changed();
}

void CallLogFilter::setStatus(const QString& status) {
    m_status = status;
    changed();
}

void CallLogFilter::setOverdueOnly(bool on) {
    m_overdueOnly = on;
    changed();
}

void CallLogFilter::setText(const QString& text) {
    m_text = text.trimmed();
    changed();
}

void CallLogFilter::setCallsOnly(bool on) {
    m_callsOnly = on;
    changed();
}

QStringList CallLogFilter::distinct(int column) const {
    QSet<QString> seen;
    if (m_log) {
        for (int row = 0; row < m_log->rowCount(); ++row)
            seen.insert(m_log->index(row, column).data().toString());
    }
    seen.remove(QString());
    QStringList out(seen.cbegin(), seen.cend());
    out.sort(Qt::CaseInsensitive);
    return out;
}

bool CallLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_log || sourceParent.isValid())
        return true;
    const CallLogRecord& r = m_log->record(sourceRow);
    if (m_callsOnly && !r.isCall())
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDateTime when = r.when();
        if (!when.isValid() || (m_from.isValid() && when < m_from) || (m_to.isValid() && when >= m_to))
            return false;
    }
    if (!m_operator.isEmpty() && r.operatorName != m_operator)
        return false;
    if (!m_category.isEmpty() && r.category != m_category)
        return false;
    if (!m_kind.isEmpty() && r.kindId != m_kind)
        return false;
    if (!m_channel.isEmpty() && r.channel != m_channel)
        return false;
    if (!m_status.isEmpty() && r.status != m_status)
        return false;
    if (m_overdueOnly && m_log->stateAt(sourceRow) != DeadlineState::Overdue &&
        m_log->stateAt(sourceRow) != DeadlineState::Missed)
        return false;
    if (!m_text.isEmpty()) {
        const auto has = [this](const QString& s) { return s.contains(m_text, Qt::CaseInsensitive); };
        if (!(has(r.subject) || has(r.operatorName) || has(r.category) || has(r.articleId) || has(r.clientUuid) ||
              has(r.channel) || QString::number(r.issueId) == m_text))
            return false;
    }
    return true;
}

} // namespace hotline::calllog
