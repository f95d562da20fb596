#include "AgencyDialog.h"

#include "kbedit/ArticleListModel.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace hotline::ui {

AgencyDialog::AgencyDialog(const domain::ReferenceData& reference, const QStringList& selected, QWidget* parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_order(selected) {
    setWindowTitle(tr("Agencies of the article"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Find an agency (name, short name or id), Space ticks it:"), this);
    label->setBuddy(m_filter);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    m_filter->setObjectName(QStringLiteral("agencyFilter"));
    m_list->setObjectName(QStringLiteral("agencyList"));
    for (const domain::Agency& a : reference.agencies()) {
        QString text = QStringLiteral("%1 (%2)").arg(a.name, a.id);
        if (!a.active)
            text += QLatin1Char(' ') + tr("— abolished, use %1").arg(a.successor);
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1,
                      kbedit::ArticleListModel::fold(
                          QStringList{a.name, a.id, a.shortNames.join(QLatin1Char(' '))}.join(QLatin1Char(' '))));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(selected.contains(a.id) ? Qt::Checked : Qt::Unchecked);
    }
    // Ids the reference no longer knows stay visible, so they can be unticked.
    for (const QString& id : selected) {
        if (!reference.agency(id)) {
            auto* item = new QListWidgetItem(tr("%1 — not in the reference list").arg(id), m_list);
            item->setData(Qt::UserRole, id);
            item->setData(Qt::UserRole + 1, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const QString id = item->data(Qt::UserRole).toString();
        m_order.removeAll(id);
        if (item->checkState() == Qt::Checked)
            m_order.append(id);
    });
    connect(m_filter, &QLineEdit::textChanged, this, &AgencyDialog::applyFilter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::returnPressed, m_list, qOverload<>(&QWidget::setFocus));
    resize(640, 520);
}

void AgencyDialog::applyFilter(const QString& text) {
    const QStringList words = kbedit::ArticleListModel::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const QString hay = item->data(Qt::UserRole + 1).toString();
        bool match = true;
        for (const QString& w : words)
            match = match && hay.contains(w);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (first)
        m_list->setCurrentItem(first);
}

QStringList AgencyDialog::selected() const {
    return m_order;
}

} // namespace hotline::ui
