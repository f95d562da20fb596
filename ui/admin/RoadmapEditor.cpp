#include "RoadmapEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hotline::ui {

namespace {

const QStringList& roles() {
    static const QStringList ids{QStringLiteral("moderation"), QStringLiteral("execution"), QStringLiteral("control")};
    return ids;
}

} // namespace

RoadmapEditor::RoadmapEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(QStringLiteral("roadmapTable"));
    m_table->setHorizontalHeaderLabels({tr("Step"), tr("Role"), tr("Day")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setMinimumHeight(110);
    m_table->setAccessibleName(tr("Roadmap steps"));
    layout->addWidget(m_table, 1);
    auto* buttons = new QVBoxLayout;
    auto* add = new QPushButton(tr("Add step"), this);
    auto* remove = new QPushButton(tr("Remove step"), this);
    auto* up = new QPushButton(tr("Up"), this);
    auto* down = new QPushButton(tr("Down"), this);
    for (QPushButton* b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const QList<kb::RoadmapStep> s = steps();
        addRow({QString(), QStringLiteral("execution"), s.isEmpty() ? 1 : s.constLast().days});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        emit edited(steps());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        emit edited(steps());
    });
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit edited(steps());
    });
}

void RoadmapEditor::addRow(const kb::RoadmapStep& step) {
    const bool was = std::exchange(m_loading, true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(step.step));
    auto* role = new QComboBox(m_table);
    role->addItem(tr("moderation"), roles().at(0));
    role->addItem(tr("execution"), roles().at(1));
    role->addItem(tr("control"), roles().at(2));
    if (!roles().contains(step.role))
        role->addItem(step.role, step.role);
    role->setCurrentIndex(role->findData(step.role));
    auto* days = new QSpinBox(m_table);
    days->setRange(0, 60);
    days->setValue(step.days);
    days->setSuffix(tr(" wd"));
    days->setToolTip(tr("Working day from the complaint's registration day by which the step is due"));
    m_table->setCellWidget(row, 1, role);
    m_table->setCellWidget(row, 2, days);
    connect(role, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit edited(steps());
    });
    connect(days, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            emit edited(steps());
    });
    m_loading = was;
}

void RoadmapEditor::moveCurrent(int delta) {
    const int row = m_table->currentRow();
    QList<kb::RoadmapStep> s = steps();
    if (row < 0 || row + delta < 0 || row + delta >= s.size())
        return;
    s.swapItemsAt(row, row + delta);
    setSteps(s);
    m_table->setCurrentCell(row + delta, 0);
    emit edited(s);
}

void RoadmapEditor::setSteps(const QList<kb::RoadmapStep>& steps) {
    const bool was = std::exchange(m_loading, true);
    m_table->setRowCount(0);
    for (const kb::RoadmapStep& s : steps)
        addRow(s);
    m_loading = was;
}

QList<kb::RoadmapStep> RoadmapEditor::steps() const {
    QList<kb::RoadmapStep> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* role = qobject_cast<QComboBox*>(m_table->cellWidget(row, 1));
        const auto* days = qobject_cast<QSpinBox*>(m_table->cellWidget(row, 2));
        out.append({m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString(),
                    role ? role->currentData().toString() : QString(), days ? days->value() : 0});
    }
    return out;
}

} // namespace hotline::ui
