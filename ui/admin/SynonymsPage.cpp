#include "SynonymsPage.h"

#include "ProblemList.h"
#include "kbedit/ArticleListModel.h"
#include "kbedit/KbEditor.h"
#include "kbedit/SynonymsModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hotline::ui {

SynonymsPage::SynonymsPage(kbedit::KbEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new kbedit::SynonymsModel(editor.workspace(), editor, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_problems(new ProblemList(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(kbedit::SynonymsModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(kbedit::SynonymsModel::TermsColumn);
    m_filter->setObjectName(QStringLiteral("synonymFilter"));
    m_filter->setPlaceholderText(tr("Find a word in the groups"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_proxy->setFilterFixedString(kbedit::ArticleListModel::fold(t.trimmed())); });
    m_table->setObjectName(QStringLiteral("synonymTable"));
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Synonym groups"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(kbedit::SynonymsModel::TermsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(kbedit::SynonymsModel::CountColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(kbedit::SynonymsModel::ProblemColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(kbedit::SynonymsModel::ProblemColumn, 220);

    auto* left = new QVBoxLayout;
    auto* label = new QLabel(tr("&Groups (F2 edits a group; separate the words and phrases with \";\"):"), this);
    label->setBuddy(m_filter);
    left->addWidget(label);
    left->addWidget(m_filter);
    left->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&New group (Insert)"), this);
    auto* remove = new QPushButton(tr("&Remove group (Del)"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    left->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &SynonymsPage::addGroup);
    connect(remove, &QPushButton::clicked, this, &SynonymsPage::removeGroup);
    for (const auto& [key, slot] : {std::pair{QKeySequence(Qt::Key_Insert), &SynonymsPage::addGroup},
                                    std::pair{QKeySequence(Qt::Key_Delete), &SynonymsPage::removeGroup}}) {
        auto* a = new QAction(m_table);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_table->addAction(a);
    }
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(m_problems, 2);
    connect(m_problems, &ProblemList::activated, this, [this](const kbedit::Problem& p) {
        if (p.group >= 0)
            selectGroup(p.group);
    });
}

void SynonymsPage::setProblems(const QList<kbedit::Problem>& problems) {
    m_problems->setProblems(kbedit::KbChecker::about(problems, kbedit::Problem::Scope::Synonyms));
}

void SynonymsPage::selectGroup(int row) {
    m_filter->clear();
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, kbedit::SynonymsModel::TermsColumn));
    if (!i.isValid())
        return;
    m_table->setCurrentIndex(i);
    m_table->scrollTo(i);
    m_table->setFocus(Qt::OtherFocusReason);
}

void SynonymsPage::addGroup() {
    m_filter->clear();
    const int row = m_editor.addSynonymGroup({});
    selectGroup(row);
    m_table->edit(m_table->currentIndex());
}

void SynonymsPage::removeGroup() {
    const QModelIndex i = m_proxy->mapToSource(m_table->currentIndex());
    // The row comes from the table itself: the only refusal (a row out of range) cannot happen here.
    if (i.isValid())
        (void)m_editor.removeSynonymGroup(i.row());
}

} // namespace hotline::ui
