#pragma once

#include "kb/Article.h"

#include <QWidget>

class QTableWidget;

namespace hotline::ui {

// The roadmap of a complaint: its controlled steps in order, each with the role that works it and the working
// days from the complaint's registration day by which it is due.
class RoadmapEditor : public QWidget {
    Q_OBJECT
public:
    explicit RoadmapEditor(QWidget* parent = nullptr);

    void setSteps(const QList<kb::RoadmapStep>& steps); // does not emit edited
    QList<kb::RoadmapStep> steps() const;
    QTableWidget* table() const { return m_table; }

signals:
    void edited(const QList<kb::RoadmapStep>& steps);

private:
    void addRow(const kb::RoadmapStep& step);
    void moveCurrent(int delta);

    QTableWidget* m_table;
    bool m_loading = false;
};

} // namespace hotline::ui
