#pragma once

#include "kb/SearchIndex.h"

#include <QAbstractListModel>

namespace hotline::itemmodels {

// The hits of the current search, best first; the guided scripts it found come after the first few articles.
class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryRole, // subcategory id
        SnippetRole,  // HTML with <b> around the matched words
        ScoreRole,
        HitKindRole, // HitKind
    };
    enum HitKind {
        ArticleHit,
        ScriptHit, // a guided script (models/scripts): starting it, not opening an article
    };
    // Scripts are listed after this many articles: Enter still opens the best article, the scripts stay in view.
    static constexpr int kArticlesBeforeScripts = 3;

    explicit SearchResultsModel(QObject* parent = nullptr);
    void setHits(QList<kb::SearchHit> hits, const QList<kb::SearchHit>& scripts = {});
    const QList<kb::SearchHit>& hits() const { return m_hits; }
    HitKind kindAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<kb::SearchHit> m_hits;
    QList<bool> m_isScript; // parallel to m_hits
};

} // namespace hotline::itemmodels
