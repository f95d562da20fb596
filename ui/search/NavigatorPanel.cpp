#include "NavigatorPanel.h"

#include "itemmodels/CategoryTreeModel.h"
#include "itemmodels/SearchResultsModel.h"
#include "kb/KnowledgeBase.h"
#include "kb/SearchIndex.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace hotline::ui {

using itemmodels::CategoryTreeModel;
using itemmodels::SearchResultsModel;
// Both models keep the article id under the same role, so the views read it the same way.
static_assert(int(CategoryTreeModel::IdRole) == int(SearchResultsModel::IdRole));

NavigatorPanel::NavigatorPanel(const kb::KnowledgeBase* kb, kb::SearchIndex* index, QWidget* parent)
    : QWidget(parent)
    , m_index(index)
    , m_treeModel(new CategoryTreeModel(this))
    , m_resultsModel(new SearchResultsModel(this)) {
    if (kb)
        m_treeModel->setKnowledgeBase(*kb);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_tree = new QTreeView(m_stack);
    m_tree->setObjectName(QStringLiteral("categoryTree"));
    m_tree->setAccessibleName(tr("Categories of the knowledge base"));
    m_tree->setModel(m_treeModel);
    // A long title in a narrow panel loses its middle, not its end: «Архитектурно-гра…облик (АГО)» keeps the
    // abbreviation operators know (the whole title is the tooltip).
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setIndentation(14);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CategoryTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CategoryTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_tree->setHeaderHidden(true);
    expandCategories();
    m_stack->addWidget(m_tree);

    m_resultsPage = new QWidget(m_stack);
    auto* resultsLayout = new QVBoxLayout(m_resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_resultsInfo = new QLabel(m_resultsPage);
    m_resultsInfo->setObjectName(QStringLiteral("resultsInfo"));
    m_resultsInfo->setWordWrap(true);
    m_results = new QListView(m_resultsPage);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_resultsModel);
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setSpacing(1);
    resultsLayout->addWidget(m_resultsInfo);
    resultsLayout->addWidget(m_results, 1);
    m_stack->addWidget(m_resultsPage);

    connect(m_tree, &QTreeView::activated, this, &NavigatorPanel::onActivated);
    connect(m_tree, &QTreeView::clicked, this, &NavigatorPanel::onActivated);
    connect(m_results, &QListView::activated, this, &NavigatorPanel::onActivated);
    connect(m_results, &QListView::clicked, this, &NavigatorPanel::onActivated);
}

void NavigatorPanel::expandCategories() {
    for (int row = 0; row < m_treeModel->rowCount(); ++row)
        m_tree->expand(m_treeModel->index(row, 0));
}

void NavigatorPanel::setKnowledgeBase(const kb::KnowledgeBase* kb, kb::SearchIndex* index) {
    const QString current = m_tree->currentIndex().data(CategoryTreeModel::IdRole).toString();
    m_index = index;
    m_treeModel->setKnowledgeBase(kb ? *kb : kb::KnowledgeBase());
    expandCategories();
    if (!current.isEmpty())
        revealInTree(current);
    if (m_query.trimmed().isEmpty())
        return;
    const bool pending = m_pending;
    showResults(m_query, Reach::Whole);
    if (pending) // the whole search the pause would have run has run now: the record learns its results
        emit searched(m_query, foundCount());
}

bool NavigatorPanel::partialResults() const {
    const QList<kb::SearchHit>& hits = m_resultsModel->hits();
    return !hits.isEmpty() && hits.first().partial;
}

int NavigatorPanel::foundCount() const {
    return partialResults() ? 0 : m_resultsModel->rowCount();
}

bool NavigatorPanel::showingResults() const {
    return m_stack->currentWidget() == m_resultsPage;
}

void NavigatorPanel::setQuery(const QString& query) {
    if (query == m_query && !m_pending && showingResults() == !query.trimmed().isEmpty())
        return; // the keystroke's search already showed what the whole search finds, and the record has it
    showResults(query, Reach::Whole);
    emit searched(query, foundCount());
}

void NavigatorPanel::setTypedQuery(const QString& query) {
    showResults(query, Reach::Typed);
    if (!m_pending)
        emit searched(query, foundCount());
}

void NavigatorPanel::showResults(const QString& query, Reach reach) {
    m_query = query;
    m_pending = false;
    if (query.trimmed().isEmpty()) {
        m_resultsModel->setHits({});
        m_stack->setCurrentWidget(m_tree);
        return;
    }
    QList<kb::SearchHit> hits;
    if (m_index && reach == Reach::Typed) {
        kb::SearchIndex::Typed typed = m_index->searchTyped(query, {}, 30);
        hits = std::move(typed.hits);
        m_pending = !typed.complete;
    } else if (m_index) {
        hits = m_index->search(query, {}, 30);
    }
    m_resultsModel->setHits(hits, m_index ? m_index->searchScripts(query, {}, 3) : QList<kb::SearchHit>{});
    const int count = m_resultsModel->rowCount();
    if (count == 0 && m_pending)
        m_resultsInfo->setText(tr("Searching further…"));
    else if (count == 0)
        m_resultsInfo->setText(tr("Nothing found. Try other words or browse the categories (Esc)."));
    else if (partialResults())
        m_resultsInfo->setText(
            tr("No exact match. Similar articles: %n — check that they fit (Enter opens the first)", nullptr, count));
    else
        m_resultsInfo->setText(tr("Found: %n (Enter opens the first, ↑↓ choose)", nullptr, count));
    if (count > 0)
        m_results->setCurrentIndex(m_resultsModel->index(0));
    m_stack->setCurrentWidget(m_resultsPage);
}

void NavigatorPanel::moveSelection(int delta) {
    if (showingResults()) {
        const int count = m_resultsModel->rowCount();
        if (count == 0)
            return;
        const int row = std::clamp(m_results->currentIndex().row() + delta, 0, count - 1);
        m_results->setCurrentIndex(m_resultsModel->index(row));
        return;
    }
    m_tree->setFocus(Qt::OtherFocusReason);
}

QString NavigatorPanel::currentArticleId() const {
    const QModelIndex index = showingResults() ? m_results->currentIndex() : m_tree->currentIndex();
    if (!index.isValid())
        return {};
    if (!showingResults() && index.data(CategoryTreeModel::NodeTypeRole).toInt() != CategoryTreeModel::ArticleNode)
        return {};
    if (isScript(index))
        return {};
    return index.data(SearchResultsModel::IdRole).toString(); // both models put the id at UserRole + 1
}

bool NavigatorPanel::isScript(const QModelIndex& index) const {
    if (index.model() == m_treeModel)
        return index.data(CategoryTreeModel::NodeTypeRole).toInt() == CategoryTreeModel::ScriptNode;
    return index.data(SearchResultsModel::HitKindRole).toInt() == SearchResultsModel::ScriptHit;
}

void NavigatorPanel::activateCurrent() {
    const QModelIndex index = showingResults() ? m_results->currentIndex() : m_tree->currentIndex();
    if (index.isValid() && isScript(index))
        return emit scriptRequested(index.data(SearchResultsModel::IdRole).toString());
    const QString id = currentArticleId();
    if (!id.isEmpty())
        emit articleRequested(id);
}

void NavigatorPanel::revealInTree(const QString& articleId) {
    const QModelIndex index = m_treeModel->indexOf(articleId);
    if (!index.isValid())
        return;
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void NavigatorPanel::onActivated(const QModelIndex& index) {
    if (isScript(index))
        return emit scriptRequested(index.data(SearchResultsModel::IdRole).toString());
    if (index.model() == m_treeModel &&
        index.data(CategoryTreeModel::NodeTypeRole).toInt() != CategoryTreeModel::ArticleNode)
        return;
    const QString id = index.data(SearchResultsModel::IdRole).toString();
    if (!id.isEmpty())
        emit articleRequested(id);
}

} // namespace hotline::ui
