#include "ArticleListModel.h"

#include "KbWorkspace.h"

#include <QColor>
#include <QFont>

namespace hotline::kbedit {

ArticleListModel::ArticleListModel(KbWorkspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ws(workspace)
    , m_ids(workspace.articleIds()) {
    connect(&m_ws, &KbWorkspace::articleChanged, this, &ArticleListModel::rowChanged);
    connect(&m_ws, &KbWorkspace::articleAdded, this, &ArticleListModel::added);
    connect(&m_ws, &KbWorkspace::articleRemoved, this, &ArticleListModel::removed);
    connect(&m_ws, &KbWorkspace::categoriesChanged, this, [this] {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, CategoryColumn), index(int(m_ids.size()) - 1, CategoryColumn));
    });
}

QString ArticleListModel::fold(const QString& text) {
    QString out = text.toLower();
    out.replace(QChar(0x0451), QChar(0x0435)); // ё → е
    return out;
}

QModelIndex ArticleListModel::indexOf(const QString& id, int column) const {
    const qsizetype row = m_ids.indexOf(id);
    return row < 0 ? QModelIndex() : index(int(row), column);
}

QString ArticleListModel::idAt(int row) const {
    return m_ids.value(row);
}

int ArticleListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ArticleListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString& id = m_ids.at(index.row());
    const ArticleEntry* e = m_ws.article(id);
    if (!e)
        return {};
    const ArticleDocument& d = e->doc;
    const State state = e->isNew() ? New : e->modified() ? Draft : e->serverIsNewer() ? ServerNewer : Published;
    switch (role) {
    case Qt::DecorationRole:
        // A coloured mark for what is not as published (the list may hide the State column).
        if (index.column() != TitleColumn || state == Published)
            return {};
        return state == Draft ? QColor(0xe0, 0x8a, 0x00)
               : state == New ? QColor(0x2a, 0x6f, 0xb0)
                              : QColor(0xc0, 0x30, 0x30);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return role == Qt::ToolTipRole ? QStringLiteral("%1\n%2 · %3")
                                                 .arg(d.title, id, data(index.siblingAtColumn(StateColumn)).toString())
                                           : d.title;
        case CategoryColumn: {
            const CategoryTree::Node* c = m_ws.categories().find(d.category);
            return c ? c->title : d.category;
        }
        case KindColumn:
            return d.unknownKind.isEmpty() ? domain::appealKindTitle(d.kind) : d.unknownKind;
        case UpdatedColumn: {
            const QDate date = QDate::fromString(d.updated, Qt::ISODate);
            return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : d.updated;
        }
        case StateColumn:
            switch (state) {
            case Published:
                return tr("published");
            case Draft:
                return tr("draft");
            case New:
                return tr("new");
            case ServerNewer:
                return tr("newer on the server");
            }
        }
        return {};
    case Qt::FontRole:
        if (state == Draft || state == New) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IdRole:
        return id;
    case CategoryIdRole:
        return d.category;
    case TopCategoryIdRole:
        return m_ws.categories().parentOf(d.category);
    case KindIdRole:
        return d.field(ArticleField::Kind);
    case AgenciesRole:
        return d.agencies;
    case UpdatedRole:
        return QDate::fromString(d.updated, Qt::ISODate);
    case StateRole:
        return state;
    case SearchTextRole:
        return fold(QStringList{d.title, id, d.keywords.join(QLatin1Char(' '))}.join(QLatin1Char(' ')));
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Article");
    case CategoryColumn:
        return tr("Category");
    case KindColumn:
        return tr("Kind");
    case UpdatedColumn:
        return tr("Updated");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

void ArticleListModel::rowChanged(const QString& id) {
    const qsizetype row = m_ids.indexOf(id);
    if (row >= 0)
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
}

void ArticleListModel::added(const QString& id) {
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    endInsertRows();
}

void ArticleListModel::removed(const QString& id) {
    const qsizetype row = m_ids.indexOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, int(row), int(row));
    m_ids.removeAt(row);
    endRemoveRows();
}

} // namespace hotline::kbedit
