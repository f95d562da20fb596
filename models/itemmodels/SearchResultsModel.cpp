#include "SearchResultsModel.h"

namespace hotline::itemmodels {

SearchResultsModel::SearchResultsModel(QObject* parent)
    : QAbstractListModel(parent) {}

void SearchResultsModel::setHits(QList<kb::SearchHit> hits) {
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const kb::SearchHit& hit = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::ToolTipRole:
        return QStringLiteral("<b>%1</b><br>%2").arg(hit.title.toHtmlEscaped(), hit.snippet);
    case IdRole:
        return hit.id;
    case CategoryRole:
        return hit.category;
    case SnippetRole:
        return hit.snippet;
    case ScoreRole:
        return hit.score;
    default:
        return {};
    }
}

} // namespace hotline::itemmodels
