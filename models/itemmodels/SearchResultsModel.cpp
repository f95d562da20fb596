#include "SearchResultsModel.h"

#include <algorithm>

namespace hotline::itemmodels {

SearchResultsModel::SearchResultsModel(QObject* parent)
    : QAbstractListModel(parent) {}

void SearchResultsModel::setHits(QList<kb::SearchHit> hits, const QList<kb::SearchHit>& scripts) {
    beginResetModel();
    m_hits = std::move(hits);
    m_isScript = QList<bool>(m_hits.size(), false);
    const qsizetype at = std::min<qsizetype>(kArticlesBeforeScripts, m_hits.size());
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        m_hits.insert(at + i, scripts.at(i));
        m_isScript.insert(at + i, true);
    }
    endResetModel();
}

SearchResultsModel::HitKind SearchResultsModel::kindAt(int row) const {
    return row >= 0 && row < m_isScript.size() && m_isScript.at(row) ? ScriptHit : ArticleHit;
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
        return kindAt(index.row()) == ScriptHit ? tr("▶ Script: %1").arg(hit.title) : hit.title;
    case HitKindRole:
        return kindAt(index.row());
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
