#pragma once

#include "kbedit/KbChecker.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace hotline::ui {

// The check's problems next to what they are about: errors (they block publishing) first, then warnings;
// Enter or a double click on one takes the editor to the field or line.
class ProblemList : public QWidget {
    Q_OBJECT
public:
    explicit ProblemList(QWidget* parent = nullptr);

    void setProblems(const QList<kbedit::Problem>& problems);
    int count() const;
    QListWidget* list() const { return m_list; }
    QString text() const; // every problem as shown, one per line (for tests and copying)
    // The form's label of a metadata key ("category" → "Category").
    static QString fieldLabel(const QString& key);

signals:
    void activated(const kbedit::Problem& problem);

private:
    QLabel* m_summary;
    QListWidget* m_list;
    QList<kbedit::Problem> m_problems;
};

} // namespace hotline::ui
