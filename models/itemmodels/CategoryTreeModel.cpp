#include "CategoryTreeModel.h"

#include "kb/KnowledgeBase.h"

#include <algorithm>

namespace hotline::itemmodels {

CategoryTreeModel::CategoryTreeModel(QObject* parent)
    : QAbstractItemModel(parent) {}

int CategoryTreeModel::addNode(NodeType type, const QString& id, const QString& title, int parent) {
    Node node;
    node.type = type;
    node.id = id;
    node.title = title;
    node.parent = parent;
    node.row = static_cast<int>(childrenOf(parent).size());
    const int at = static_cast<int>(m_nodes.size());
    m_nodes.append(node); // may reallocate: look the parent up again below
    (parent < 0 ? m_roots : m_nodes[parent].children).append(at);
    return at;
}

void CategoryTreeModel::setKnowledgeBase(const kb::KnowledgeBase& kb) {
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    QList<kb::Category> categories = kb.categories();
    std::stable_sort(categories.begin(), categories.end(),
                     [](const kb::Category& a, const kb::Category& b) { return a.order < b.order; });
    for (const kb::Category& top : categories) {
        if (!top.parentId.isEmpty())
            continue;
        const int topNode = addNode(CategoryNode, top.id, top.title, -1);
        for (const kb::Category& sub : categories) {
            if (sub.parentId != top.id)
                continue;
            const int subNode = addNode(CategoryNode, sub.id, sub.title, topNode);
            QList<const scripts::Script*> scripts;
            for (const scripts::Script& s : kb.scripts()) {
                if (s.category == sub.id)
                    scripts.append(&s);
            }
            std::sort(scripts.begin(), scripts.end(), [](const scripts::Script* a, const scripts::Script* b) {
                return QString::localeAwareCompare(a->title, b->title) < 0;
            });
            for (const scripts::Script* s : std::as_const(scripts))
                addNode(ScriptNode, s->id, tr("▶ Script: %1").arg(s->title), subNode);
            QList<const kb::Article*> articles = kb.articlesIn(sub.id);
            std::sort(articles.begin(), articles.end(), [](const kb::Article* a, const kb::Article* b) {
                return QString::localeAwareCompare(a->title, b->title) < 0;
            });
            for (const kb::Article* article : articles)
                addNode(ArticleNode, article->id, article->title, subNode);
            m_nodes[subNode].count = static_cast<int>(articles.size());
            m_nodes[topNode].count += m_nodes[subNode].count;
        }
    }
    endResetModel();
}

QModelIndex CategoryTreeModel::indexOf(const QString& id) const {
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].id == id)
            return createIndex(m_nodes[i].row, TitleColumn, quintptr(i));
    }
    return {};
}

const QList<int>& CategoryTreeModel::childrenOf(int node) const {
    return node < 0 ? m_roots : m_nodes[node].children;
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != TitleColumn)
        return {};
    const QList<int>& children = childrenOf(parent.isValid() ? int(parent.internalId()) : -1);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[int(child.internalId())].parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes[parentNode].row, TitleColumn, quintptr(parentNode));
}

int CategoryTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() != TitleColumn)
        return 0;
    return static_cast<int>(m_nodes[int(parent.internalId())].children.size());
}

int CategoryTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant CategoryTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Node& node = m_nodes[int(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return node.title;
        if (node.type == CategoryNode)
            return node.count;
        return {};
    case Qt::ToolTipRole:
        return node.title;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole:
        return node.id;
    case NodeTypeRole:
        return node.type;
    case ArticleCountRole:
        return node.type == CategoryNode ? node.count : 0;
    default:
        return {};
    }
}

QVariant CategoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Category") : tr("Articles");
}

} // namespace hotline::itemmodels
