#pragma once

#include <QAbstractItemModel>
#include <QStringList>

namespace hotline::kbedit {

class KbEditor;
class KbWorkspace;

// The category tree for editing: top categories with their subcategories, the number of articles in each;
// titles are edited in place and categories moved by drag and drop, every change through KbEditor (undoable,
// checked). A refused change is reported with `refused(message)`.
class CategoryEditModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        IdColumn,
        CountColumn,
        ColumnCount,
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
    };

    CategoryEditModel(KbWorkspace& workspace, KbEditor& editor, QObject* parent = nullptr);

    QModelIndex indexOf(const QString& id) const;
    QString idOf(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void refused(const QString& message);

private:
    QStringList structure() const;
    void treeChanged();
    void countsChanged();
    int articleCount(const QString& id) const;

    KbWorkspace& m_ws;
    KbEditor& m_editor;
    QStringList m_structure; // "parent/id" in order: a change of it resets the model
};

} // namespace hotline::kbedit
