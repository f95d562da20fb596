#pragma once

#include "outbox/OutboxStore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace hotline::itemmodels {

// The local outbox as a table, newest first; it refreshes itself when the store changes.
class OutboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CreatedColumn,
        SubjectColumn,
        KindColumn,
        StateColumn,
        IssueColumn,
        AttemptsColumn,
        ErrorColumn,
        ColumnCount,
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // local outbox id (qint64)
        StateRole,                      // OutboxEntry::State as int
    };

    explicit OutboxModel(outbox::OutboxStore* store, QObject* parent = nullptr);

    void refresh();
    const outbox::OutboxEntry* entryAt(int row) const;
    static QString stateTitle(outbox::OutboxEntry::State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<outbox::OutboxStore> m_store;
    QList<outbox::OutboxEntry> m_entries;
};

} // namespace hotline::itemmodels
