#pragma once

#include "kb/SearchIndex.h"

#include <QAbstractListModel>

namespace hotline::itemmodels {

// The hits of the current search, best first.
class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryRole, // subcategory id
        SnippetRole,  // HTML with <b> around the matched words
        ScoreRole,
    };

    explicit SearchResultsModel(QObject* parent = nullptr);
    void setHits(QList<kb::SearchHit> hits);
    const QList<kb::SearchHit>& hits() const { return m_hits; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<kb::SearchHit> m_hits;
};

} // namespace hotline::itemmodels
