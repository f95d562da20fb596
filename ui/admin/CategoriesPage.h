#pragma once

#include "kbedit/KbChecker.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace hotline::kbedit {
class CategoryEditModel;
class KbEditor;
} // namespace hotline::kbedit

namespace hotline::ui {

class ProblemList;

// The category tree the operators browse: add a top category or a subcategory, rename in place (F2), move up
// and down (Alt+Up / Alt+Down; a subcategory at the edge goes to the neighbouring top category), move under
// another top category, drag and drop, remove an empty one. Every change is checked and undoable.
class CategoriesPage : public QWidget {
    Q_OBJECT
public:
    CategoriesPage(kbedit::KbEditor& editor, QWidget* parent = nullptr);

    void setProblems(const QList<kbedit::Problem>& problems);
    QTreeView* tree() const { return m_tree; }
    QString currentId() const;
    void select(const QString& id);

    void addTop();
    void addSub();
    void rename();
    void moveBy(int delta);
    void moveTo();
    void remove();

signals:
    void message(const QString& text); // a refused change, for the status bar

private:
    bool askIdAndTitle(const QString& caption, QString* id, QString* title);
    void report(const Status& st, const QString& select = {});

    kbedit::KbEditor& m_editor;
    kbedit::CategoryEditModel* m_model;
    QTreeView* m_tree;
    QLabel* m_error;
    ProblemList* m_problems;
};

} // namespace hotline::ui
