#pragma once

#include <QAbstractTableModel>

namespace hotline::kbedit {

class KbEditor;
class KbWorkspace;

// The synonym groups for editing, one row per group: its terms (edited in place, separated by ";"), how many
// there are and what is wrong with the group. Every change goes through KbEditor (undoable).
class SynonymsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TermsColumn,
        CountColumn,
        ProblemColumn,
        ColumnCount,
    };
    enum Role {
        SearchTextRole = Qt::UserRole + 1, // the terms folded, for the filter
        HasProblemRole,
    };

    SynonymsModel(KbWorkspace& workspace, KbEditor& editor, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void groupsChanged();

    KbWorkspace& m_ws;
    KbEditor& m_editor;
    int m_rows = 0;
};

} // namespace hotline::kbedit
