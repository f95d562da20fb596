#include "MissedCallsView.h"

#include "phone/MissedCalls.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hotline::ui {

MissedCallsView::MissedCallsView(phone::MissedCallsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model) {
    setObjectName(QStringLiteral("missedCalls"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAccessibleName(tr("Missed calls"));
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(phone::MissedCallsModel::NumberColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_callBack = new QPushButton(tr("&Call back (Enter)"), this);
    m_callBack->setAutoDefault(false);
    layout->addWidget(m_callBack);
    connect(m_view, &QTreeView::activated, this, &MissedCallsView::callBackCurrent);
    connect(m_callBack, &QPushButton::clicked, this, &MissedCallsView::callBackCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MissedCallsView::refresh);
    refresh();
}

QString MissedCallsView::title() const {
    const int n = m_model->rowCount();
    return n > 0 ? tr("Missed calls (%1)").arg(n) : tr("Missed calls");
}

void MissedCallsView::refresh() {
    m_hint->setText(m_model->rowCount() == 0 ? tr("No missed calls in the last 7 days.")
                                             : tr("A caller leaves the list once a call with them is answered."));
    m_callBack->setEnabled(m_model->rowCount() > 0);
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    emit titleChanged(title());
}

void MissedCallsView::callBackCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    emit callBackRequested(current.data(phone::MissedCallsModel::NumberRole).toString());
}

} // namespace hotline::ui
