#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QStringList>

namespace hotline::kbedit {

class KbWorkspace;

// The editor's list of articles: one row per article of the workspace, kept in step with it.
class ArticleListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        CategoryColumn,
        KindColumn,
        UpdatedColumn,
        StateColumn,
        ColumnCount,
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryIdRole,    // the subcategory id
        TopCategoryIdRole, // its top category
        KindIdRole,        // "simple", "complex", "task", "complaint"
        AgenciesRole,      // QStringList of agency ids
        UpdatedRole,       // QDate (invalid when "updated" is not a date)
        StateRole,         // State
        SearchTextRole,    // title, id and keywords folded for matching (lower case, ё → е)
    };
    enum State {
        Published,   // as on the wiki (or as shipped)
        Draft,       // changed here, not published
        New,         // exists only here
        ServerNewer, // not changed here, the wiki has a newer version
    };

    explicit ArticleListModel(KbWorkspace& workspace, QObject* parent = nullptr);

    QModelIndex indexOf(const QString& id, int column = TitleColumn) const;
    QString idAt(int row) const;
    static QString fold(const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rowChanged(const QString& id);
    void added(const QString& id);
    void removed(const QString& id);

    KbWorkspace& m_ws;
    QStringList m_ids;
};

} // namespace hotline::kbedit
