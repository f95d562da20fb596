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
    // The results are only the last-resort partial match (the words as they are found nothing).
    bool partialResults() const;
    // Articles the query found: 0 when it found nothing or only a partial match, so the call's statistics and
    // the supervisor's «searches without a result» see such a search as one without a result.
    int foundCount() const;
    // The id of the highlighted result (or tree article), empty when none.
    QString currentArticleId() const;
    void revealInTree(const QString& articleId);
    // Another knowledge base (after a sync): the tree is rebuilt and the current query asked again.
    void setKnowledgeBase(const kb::KnowledgeBase* kb, kb::SearchIndex* index);

    // The results shown are those of the typed query's fast tiers only: the whole search is still to run
    // (setQuery with the same query), and «nothing found» is not said yet.
    bool widerSearchPending() const { return m_pending; }

public slots:
    // The whole search (typing paused, Enter, arrows): what `hotline-cli kb search` finds.
    void setQuery(const QString& query);
    // A keystroke: the fast tiers (SearchIndex::searchTyped); a query that found little waits for setQuery.
    void setTypedQuery(const QString& query);
    void moveSelection(int delta);
    void activateCurrent();

signals:
    void articleRequested(const QString& articleId);
    void scriptRequested(const QString& scriptId); // a guided script (tree or results) was activated
    // A query's final results are shown (the call record learns what it found; see foundCount).
    void searched(const QString& query, int found);

private:
    enum class Reach { Typed, Whole };
    void showResults(const QString& query, Reach reach);
    void onActivated(const QModelIndex& index);
    bool isScript(const QModelIndex& index) const;

    void expandCategories();

    kb::SearchIndex* m_index;
    QString m_query;
    bool m_pending = false; // see widerSearchPending
    itemmodels::CategoryTreeModel* m_treeModel;
    itemmodels::SearchResultsModel* m_resultsModel;
    QStackedWidget* m_stack;
    QTreeView* m_tree;
    QWidget* m_resultsPage;
    QLabel* m_resultsInfo;
    QListView* m_results;
};

} // namespace hotline::ui
