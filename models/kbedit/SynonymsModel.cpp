#include "SynonymsModel.h"

#include "ArticleListModel.h"
#include "KbEditor.h"
#include "KbWorkspace.h"

#include <QBrush>
#include <QColor>

namespace hotline::kbedit {

SynonymsModel::SynonymsModel(KbWorkspace& workspace, KbEditor& editor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ws(workspace)
    , m_editor(editor)
    , m_rows(int(workspace.synonyms().groups().size())) {
    connect(&m_ws, &KbWorkspace::synonymsChanged, this, &SynonymsModel::groupsChanged);
}

void SynonymsModel::groupsChanged() {
    const int now = int(m_ws.synonyms().groups().size());
    if (now != m_rows) {
        beginResetModel();
        m_rows = now;
        endResetModel();
    } else if (m_rows > 0) {
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    }
}

int SynonymsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int SynonymsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SynonymsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QStringList& group = m_ws.synonyms().groups().at(index.row());
    const QStringList problems = m_ws.synonyms().problemsOf(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TermsColumn:
            return SynonymSet::joinTerms(group);
        case CountColumn:
            return role == Qt::DisplayRole ? QVariant(int(group.size())) : QVariant();
        case ProblemColumn:
            return problems.join(QStringLiteral("; "));
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TermsColumn ? tr("Separate the words and phrases with \";\"")
                                             : problems.join(QLatin1Char('\n'));
    case Qt::ForegroundRole:
        return index.column() == ProblemColumn && !problems.isEmpty() ? QVariant(QBrush(QColor(0xb0, 0x20, 0x20)))
                                                                      : QVariant();
    case SearchTextRole:
        return ArticleListModel::fold(group.join(QLatin1Char(' ')));
    case HasProblemRole:
        return !problems.isEmpty();
    default:
        return {};
    }
}

bool SynonymsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || index.column() != TermsColumn)
        return false;
    m_editor.setSynonymGroup(index.row(), value.toString());
    return true;
}

Qt::ItemFlags SynonymsModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TermsColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SynonymsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TermsColumn:
        return tr("Words and phrases that mean the same");
    case CountColumn:
        return tr("Terms");
    case ProblemColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace hotline::kbedit
