#include "ScriptUsageView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {

ScriptUsageView::ScriptUsageView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree->setObjectName(QStringLiteral("scriptUsage"));
    m_tree->setAccessibleName(tr("Use of the guided scripts"));
    m_tree->setHeaderLabels({tr("Script / where it ended"), tr("Started"), tr("Reached a result"),
                             tr("Went on in another script"), tr("Left without a result")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    layout->addWidget(m_tree, 1);
}

QString ScriptUsageView::name(const QString& script, const QString& node) const {
    const QString known = m_names ? m_names(script, node) : QString();
    const QString id = node.isEmpty() ? script : node;
    return known.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(known, id);
}

void ScriptUsageView::setUsage(const Result<QList<calllog::ScriptUsage>>& usage) {
    m_tree->clear();
    if (!usage) {
        m_summary->setText(tr("The figures could not be computed: %1").arg(usage.error().message));
        return;
    }
    for (const calllog::ScriptUsage& u : usage.value()) {
        auto* top =
            new QTreeWidgetItem(m_tree, {name(u.script), QString::number(u.started), QString::number(u.reachedResult()),
                                         QString::number(u.jumped), QString::number(u.abandonedTotal())});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const auto& [node, n] : u.results) {
            auto* item = new QTreeWidgetItem(top, {tr("result: %1").arg(name(u.script, node)), {}, QString::number(n)});
            item->setForeground(2, QColor(0x1f, 0x6f, 0x2a));
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
        for (const auto& [node, n] : u.abandoned) {
            auto* item =
                new QTreeWidgetItem(top, {tr("left at: %1").arg(name(u.script, node)), {}, {}, {}, QString::number(n)});
            item->setForeground(4, QColor(0xb0, 0x20, 0x20));
            item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        }
        for (int c = 1; c < 5; ++c)
            top->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tree->expandAll();
    m_summary->setText(usage.value().isEmpty()
                           ? tr("No guided script was run in the selected calls.")
                           : tr("%n script(s) run; each figure counts calls of the selected period and filters.",
                                nullptr, int(usage.value().size())));
}

QString ScriptUsageView::summary() const {
    return m_summary->text();
}

} // namespace hotline::ui
