#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace hotline::kb {
class KnowledgeBase;
}

namespace hotline::itemmodels {

// The knowledge base as a tree: top categories, their subcategories with article counts, and the guided scripts
// (first) and articles of each subcategory.
class CategoryTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        CountColumn,
        ColumnCount,
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // category, article or script id
        NodeTypeRole,              // NodeType
        ArticleCountRole,          // articles in a category (with its subcategories)
    };
    enum NodeType {
        CategoryNode,
        ArticleNode,
        ScriptNode,
    };

    explicit CategoryTreeModel(QObject* parent = nullptr);
    void setKnowledgeBase(const kb::KnowledgeBase& kb);

    // The index of an article or category by id (column 0), invalid when unknown.
    QModelIndex indexOf(const QString& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        NodeType type = CategoryNode;
        QString id;
        QString title;
        int parent = -1; // -1: top level
        int row = 0;
        int count = 0;
        QList<int> children;
    };
    int addNode(NodeType type, const QString& id, const QString& title, int parent);
    const QList<int>& childrenOf(int node) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace hotline::itemmodels
