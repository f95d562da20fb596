#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QModelIndex;
class QStackedWidget;
class QTreeView;

namespace hotline::kb {
class KnowledgeBase;
class SearchIndex;
} // namespace hotline::kb

namespace hotline::itemmodels {
class CategoryTreeModel;
class SearchResultsModel;
} // namespace hotline::itemmodels

namespace hotline::ui {

// The left pane: the category tree with article counts, replaced by the search results while there is a
// query. Either way, activating an article asks the window to open it.
class NavigatorPanel : public QWidget {
    Q_OBJECT
public:
    NavigatorPanel(const kb::KnowledgeBase* kb, kb::SearchIndex* index, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    QListView* results() const { return m_results; }
    itemmodels::SearchResultsModel* resultsModel() const { return m_resultsModel; }
    bool showingResults() const;
    // The id of the highlighted result (or tree article), empty when none.
    QString currentArticleId() const;
    void revealInTree(const QString& articleId);
    // Another knowledge base (after a sync): the tree is rebuilt and the current query asked again.
    void setKnowledgeBase(const kb::KnowledgeBase* kb, kb::SearchIndex* index);

public slots:
    void setQuery(const QString& query);
    void moveSelection(int delta);
    void activateCurrent();

signals:
    void articleRequested(const QString& articleId);
    void scriptRequested(const QString& scriptId); // a guided script (tree or results) was activated

private:
    void onActivated(const QModelIndex& index);
    bool isScript(const QModelIndex& index) const;

    void expandCategories();

    kb::SearchIndex* m_index;
    QString m_query;
    itemmodels::CategoryTreeModel* m_treeModel;
    itemmodels::SearchResultsModel* m_resultsModel;
    QStackedWidget* m_stack;
    QTreeView* m_tree;
    QWidget* m_resultsPage;
    QLabel* m_resultsInfo;
    QListView* m_results;
};

} // namespace hotline::ui
