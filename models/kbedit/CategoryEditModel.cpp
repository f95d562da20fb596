#include "CategoryEditModel.h"

#include "KbEditor.h"
#include "KbWorkspace.h"

#include <QMimeData>
#include <QTimer>

namespace hotline::kbedit {

namespace {

const QString kMime = QStringLiteral("application/x-hotline-category");

} // namespace

CategoryEditModel::CategoryEditModel(KbWorkspace& workspace, KbEditor& editor, QObject* parent)
    : QAbstractItemModel(parent)
    , m_ws(workspace)
    , m_editor(editor)
    , m_structure(structure()) {
    connect(&m_ws, &KbWorkspace::categoriesChanged, this, &CategoryEditModel::treeChanged);
    connect(&m_ws, &KbWorkspace::articleChanged, this, &CategoryEditModel::countsChanged);
    connect(&m_ws, &KbWorkspace::articleAdded, this, &CategoryEditModel::countsChanged);
    connect(&m_ws, &KbWorkspace::articleRemoved, this, &CategoryEditModel::countsChanged);
}

QStringList CategoryEditModel::structure() const {
    QStringList out;
    for (const CategoryTree::Node& top : m_ws.categories().tops()) {
        out << top.id;
        for (const CategoryTree::Node& c : top.children)
            out << top.id + QLatin1Char('/') + c.id;
    }
    return out;
}

void CategoryEditModel::treeChanged() {
    const QStringList now = structure();
    if (now != m_structure) {
        beginResetModel();
        m_structure = now;
        endResetModel();
        return;
    }
    const auto& tops = m_ws.categories().tops();
    if (tops.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(tops.size()) - 1, ColumnCount - 1));
    for (int i = 0; i < tops.size(); ++i) {
        const QModelIndex p = index(i, 0);
        if (!tops.at(i).children.isEmpty())
            emit dataChanged(index(0, 0, p), index(int(tops.at(i).children.size()) - 1, ColumnCount - 1, p));
    }
}

void CategoryEditModel::countsChanged() {
    const auto& tops = m_ws.categories().tops();
    for (int i = 0; i < tops.size(); ++i) {
        const QModelIndex top = index(i, CountColumn);
        emit dataChanged(top, top);
        if (!tops.at(i).children.isEmpty()) {
            const QModelIndex p = index(i, 0);
            emit dataChanged(index(0, CountColumn, p), index(int(tops.at(i).children.size()) - 1, CountColumn, p));
        }
    }
}

int CategoryEditModel::articleCount(const QString& id) const {
    int n = 0;
    for (const QString& a : m_ws.articleIds()) {
        const QString c = m_ws.article(a)->doc.category;
        n += c == id || m_ws.categories().parentOf(c) == id;
    }
    return n;
}

QModelIndex CategoryEditModel::indexOf(const QString& id) const {
    const auto& tops = m_ws.categories().tops();
    for (int i = 0; i < tops.size(); ++i) {
        if (tops.at(i).id == id)
            return index(i, 0);
        for (int j = 0; j < tops.at(i).children.size(); ++j) {
            if (tops.at(i).children.at(j).id == id)
                return index(j, 0, index(i, 0));
        }
    }
    return {};
}

QString CategoryEditModel::idOf(const QModelIndex& i) const {
    return i.isValid() ? i.siblingAtColumn(0).data(IdRole).toString() : QString();
}

// internalId 0: a top category; n > 0: a subcategory of the top category in row n - 1.
QModelIndex CategoryEditModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex CategoryEditModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CategoryEditModel::rowCount(const QModelIndex& parent) const {
    const auto& tops = m_ws.categories().tops();
    if (!parent.isValid())
        return int(tops.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= tops.size())
        return 0;
    return int(tops.at(parent.row()).children.size());
}

int CategoryEditModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant CategoryEditModel::data(const QModelIndex& i, int role) const {
    if (!checkIndex(i, CheckIndexOption::IndexIsValid))
        return {};
    const auto& tops = m_ws.categories().tops();
    const CategoryTree::Node& n =
        i.internalId() == 0 ? tops.at(i.row()) : tops.at(int(i.internalId() - 1)).children.at(i.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (i.column()) {
        case TitleColumn:
            return n.title;
        case IdColumn:
            return n.id;
        case CountColumn:
            return role == Qt::DisplayRole ? QVariant(articleCount(n.id)) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 (id %2): %n article(s)", nullptr, articleCount(n.id)).arg(n.title, n.id);
    case IdRole:
        return n.id;
    case Qt::TextAlignmentRole:
        return i.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

bool CategoryEditModel::setData(const QModelIndex& i, const QVariant& value, int role) {
    if (!checkIndex(i, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || i.column() != TitleColumn)
        return false;
    if (value.toString() == i.data().toString())
        return true;
    if (auto st = m_editor.renameCategory(idOf(i), value.toString()); !st) {
        emit refused(st.error().message);
        return false;
    }
    return true;
}

Qt::ItemFlags CategoryEditModel::flags(const QModelIndex& i) const {
    if (!i.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (i.column() == TitleColumn)
        f |= Qt::ItemIsEditable;
    if (i.internalId() == 0)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QVariant CategoryEditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Category");
    case IdColumn:
        return tr("Id");
    case CountColumn:
        return tr("Articles");
    default:
        return {};
    }
}

QStringList CategoryEditModel::mimeTypes() const {
    return {kMime};
}

QMimeData* CategoryEditModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(kMime, idOf(indexes.first()).toUtf8());
    return data;
}

bool CategoryEditModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                        const QModelIndex& parent) const {
    return action == Qt::MoveAction && data && data->hasFormat(kMime) &&
           (!parent.isValid() || parent.internalId() == 0);
}

bool CategoryEditModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                     const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(kMime));
    const QString parentId = idOf(parent);
    int position = row;
    // Moving down among the same siblings: the row counts the category itself.
    if (position >= 0 && m_ws.categories().parentOf(id) == parentId && m_ws.categories().positionOf(id) < position)
        --position;
    // The view is in the middle of its drop: change the tree after it.
    QTimer::singleShot(0, this, [this, id, parentId, position] {
        if (auto st = m_editor.moveCategory(id, parentId, position); !st)
            emit refused(st.error().message);
    });
    return false; // nothing for the view to remove: the move resets the model
}

} // namespace hotline::kbedit
