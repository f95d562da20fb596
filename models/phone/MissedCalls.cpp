#include "MissedCalls.h"

#include "CallerNumber.h"
#include "domain/MoscowTime.h"
#include "outbox/OutboxStore.h"

#include <QHash>

namespace hotline::phone {

QList<MissedCall> callersToCallBack(const QList<call::CallRecord>& records) {
    QList<call::CallRecord> sorted = records;
    // Oldest first, by when each call began at the workstation.
    auto when = [](const call::CallRecord& r) { return r.ringStart.isValid() ? r.ringStart : r.start; };
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](const call::CallRecord& a, const call::CallRecord& b) { return when(a) < when(b); });
    QHash<QString, MissedCall> open; // number → still to call back
    QList<MissedCall> hidden;
    for (const call::CallRecord& r : sorted) {
        if (r.result == call::CallResult::Missed) {
            if (r.callerNumber.isEmpty()) {
                hidden.append({QString(), when(r), r.ringSeconds, 1});
                continue;
            }
            MissedCall& m = open[r.callerNumber];
            m.number = r.callerNumber;
            m.lastAt = when(r);
            m.ringSeconds = std::max(0, r.ringSeconds);
            ++m.times;
        } else if (!r.callerNumber.isEmpty()) {
            open.remove(r.callerNumber); // talked to them since
        }
    }
    QList<MissedCall> out = open.values() + hidden;
    std::sort(out.begin(), out.end(), [](const MissedCall& a, const MissedCall& b) { return a.lastAt > b.lastAt; });
    return out;
}

MissedCallsModel::MissedCallsModel(outbox::OutboxStore* store, int days, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_days(days) {
    if (m_store)
        connect(m_store, &outbox::OutboxStore::changed, this, &MissedCallsModel::reload);
    reload();
}

void MissedCallsModel::reload() {
    beginResetModel();
    m_calls.clear();
    if (m_store) {
        QList<call::CallRecord> records;
        // The outbox times what it stores by the wall clock (its retention does the same).
        for (const outbox::OutboxEntry& e : m_store->callRecordsSince(QDateTime::currentDateTimeUtc().addDays(-m_days)))
            records.append(e.call);
        m_calls = callersToCallBack(records);
    }
    endResetModel();
}

int MissedCallsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_calls.size());
}

int MissedCallsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MissedCallsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_calls.size())
        return {};
    const MissedCall& m = m_calls.at(index.row());
    if (role == NumberRole)
        return m.number;
    if (role == Qt::TextAlignmentRole && index.column() != NumberColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return domain::toMoscow(m.lastAt).toString(QStringLiteral("dd.MM HH:mm"));
    case NumberColumn:
        return m.number.isEmpty() ? tr("hidden number") : displayPhone(m.number);
    case RangColumn:
        return tr("%1 s").arg(m.ringSeconds);
    case TimesColumn:
        return m.times;
    default:
        return {};
    }
}

QVariant MissedCallsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case NumberColumn:
        return tr("Number");
    case RangColumn:
        return tr("Rang");
    case TimesColumn:
        return tr("Times");
    default:
        return {};
    }
}

} // namespace hotline::phone
