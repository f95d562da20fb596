#include "OutboxModel.h"

#include "domain/MoscowTime.h"

namespace hotline::itemmodels {

OutboxModel::OutboxModel(outbox::OutboxStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    if (m_store)
        connect(m_store, &outbox::OutboxStore::changed, this, &OutboxModel::refresh);
    refresh();
}

void OutboxModel::refresh() {
    beginResetModel();
    m_entries = m_store ? m_store->entries() : QList<outbox::OutboxEntry>{};
    endResetModel();
}

const outbox::OutboxEntry* OutboxModel::entryAt(int row) const {
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries[row];
}

QString OutboxModel::stateTitle(outbox::OutboxEntry::State state) {
    switch (state) {
    case outbox::OutboxEntry::State::Sent:
        return tr("Sent");
    case outbox::OutboxEntry::State::Failed:
        return tr("Failed");
    case outbox::OutboxEntry::State::Pending:
        break;
    }
    return tr("Not sent yet");
}

int OutboxModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const {
    const outbox::OutboxEntry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == EntryIdRole)
        return e->id;
    if (role == StateRole)
        return static_cast<int>(e->state);
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && !e->lastError.isEmpty())
        return e->lastError;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CreatedColumn:
        return domain::toMoscow(e->createdAt.isValid() ? e->createdAt : e->appeal.createdAt)
            .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    case SubjectColumn:
        if (!e->unreadable.isEmpty())
            return tr("Damaged entry no. %1").arg(e->id);
        if (e->kind == outbox::OutboxEntry::Kind::Note)
            return tr("Addition to appeal #%1: %2").arg(e->note.issueId).arg(e->note.text.simplified().left(120));
        return e->appeal.subject;
    case KindColumn:
        if (!e->unreadable.isEmpty())
            return QString();
        if (e->kind == outbox::OutboxEntry::Kind::Note)
            return tr("Addition to an appeal");
        return domain::appealKindTitle(e->appeal.kind);
    case StateColumn:
        return stateTitle(e->state);
    case IssueColumn:
        return e->redmineIssueId > 0 ? QVariant(QStringLiteral("#%1").arg(e->redmineIssueId)) : QVariant();
    case AttemptsColumn:
        return e->attempts;
    case ErrorColumn:
        return e->lastError;
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Filed");
    case SubjectColumn:
        return tr("Subject");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case IssueColumn:
        return tr("Issue");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace hotline::itemmodels
