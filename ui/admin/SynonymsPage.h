#pragma once

#include "kbedit/KbChecker.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace hotline::kbedit {
class KbEditor;
class SynonymsModel;
} // namespace hotline::kbedit

namespace hotline::ui {

class ProblemList;

// Groups of words that mean the same to search (abbreviations and colloquial words ↔ terms): find a group,
// edit it in place (F2, words separated by ";"), add (Insert) or remove (Delete) one. Undoable; the check
// says what is wrong with a group.
class SynonymsPage : public QWidget {
    Q_OBJECT
public:
    explicit SynonymsPage(kbedit::KbEditor& editor, QWidget* parent = nullptr);

    void setProblems(const QList<kbedit::Problem>& problems);
    QTableView* table() const { return m_table; }
    QLineEdit* filterField() const { return m_filter; }
    void addGroup();
    void removeGroup();
    void selectGroup(int row);

private:
    kbedit::KbEditor& m_editor;
    kbedit::SynonymsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    ProblemList* m_problems;
};

} // namespace hotline::ui
