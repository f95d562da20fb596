#pragma once

#include "call/CallRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace hotline::outbox {
class OutboxStore;
}

namespace hotline::phone {

// A caller to call back: their missed calls since the last answered call with them.
struct MissedCall {
    QString number;      // +7XXXXXXXXXX, another number as given, or empty (hidden)
    QDateTime lastAt;    // when the last missed call started ringing (UTC)
    int ringSeconds = 0; // how long the last one rang
    int times = 0;       // missed calls from this number since it was last answered
};

// The callers to call back among `records` (a workstation's call records, any order): a number stays on
// the list until a later call with it was answered (it called again, or a call-back got through). Hidden
// numbers are listed too (they cannot be called back, but the supervisor counts them). Newest first.
QList<MissedCall> callersToCallBack(const QList<call::CallRecord>& records);

// «Пропущенные» in the call panel: the callers to call back from this workstation's call records of the
// last `days` days, refreshed whenever the outbox changes.
class MissedCallsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, NumberColumn, RangColumn, TimesColumn, ColumnCount };
    enum Role { NumberRole = Qt::UserRole + 1 };

    explicit MissedCallsModel(outbox::OutboxStore* store, int days = 7, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const QList<MissedCall>& calls() const { return m_calls; }

public slots:
    void reload();

private:
    outbox::OutboxStore* m_store;
    int m_days;
    QList<MissedCall> m_calls;
};

} // namespace hotline::phone
