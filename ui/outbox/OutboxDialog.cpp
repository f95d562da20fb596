#include "OutboxDialog.h"

#include "itemmodels/OutboxModel.h"
#include "main/Services.h"
#include "outbox/OutboxStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hotline::ui {

using itemmodels::OutboxModel;

OutboxDialog::OutboxDialog(const Services& services, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_model(new OutboxModel(services.outbox, this)) {
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Outbox"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("outboxSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Appeals stored on this workstation"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::SubjectColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retry = buttons->addButton(tr("&Retry now"), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(tr("&Delete…"), QDialogButtonBox::DestructiveRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retrySelected);
    connect(m_delete, &QPushButton::clicked, this, &OutboxDialog::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxDialog::updateButtons);
    resize(900, 420);
    updateButtons();
}

qint64 OutboxDialog::selectedId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(OutboxModel::EntryIdRole).toLongLong();
}

void OutboxDialog::updateButtons() {
    const outbox::OutboxEntry* entry = nullptr;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        entry = m_model->entryAt(rows.first().row());
    m_retry->setEnabled(entry && entry->state != outbox::OutboxEntry::State::Sent);
    m_delete->setEnabled(entry != nullptr);
    if (!m_services.outbox) {
        m_summary->setText(tr("The local outbox could not be opened."));
        return;
    }
    m_services.outbox->clearReadError();
    const int pending = m_services.outbox->pendingCount();
    const int failed = m_services.outbox->failedCount();
    if (const auto error = m_services.outbox->readError()) {
        m_summary->setText(error->message);
        return;
    }
    m_summary->setText(
        tr("Not sent: %1. Failed: %2. Appeals are kept here until the server has them.").arg(pending).arg(failed));
}

void OutboxDialog::retrySelected() {
    const qint64 id = selectedId();
    if (id <= 0 || !m_services.outbox)
        return;
    const Status status = m_services.outbox->retryNow(id);
    if (!status)
        QMessageBox::warning(this, windowTitle(), status.error().message);
}

void OutboxDialog::deleteSelected() {
    const qint64 id = selectedId();
    if (id <= 0 || !m_services.outbox)
        return;
    const outbox::OutboxEntry* entry = m_model->entryAt(m_table->selectionModel()->selectedRows().first().row());
    const bool unsent = entry && entry->state != outbox::OutboxEntry::State::Sent;
    const QString question = unsent ? tr("This appeal has not reached the server. Delete it for good?")
                                    : tr("Delete this appeal from the local list? It stays in Redmine.");
    if (!confirmWithUser(m_services, this, question))
        return;
    const Status status = m_services.outbox->remove(id);
    if (!status)
        QMessageBox::warning(this, windowTitle(), status.error().message);
}

} // namespace hotline::ui
