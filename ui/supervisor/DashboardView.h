#pragma once

#include "calllog/DashboardFigures.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QListWidget;
class QTableWidget;

namespace hotline::ui {

// The line's numbers at a glance: calls per hour and per day, deadlines, the most used KB articles, the
// same figures per operator and per category, and the searches that found nothing.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(QWidget* parent = nullptr);

    void setFigures(const calllog::DashboardFigures& figures);
    // While the figures of a new filter are being computed: the old ones stay, greyed, with a note.
    void setBusy(bool busy);
    // The figures could not be computed: the reason instead of figures (no zeros that look like data).
    void setError(const QString& message);
    // The whole dashboard as it is on screen.
    bool exportPng(const QString& path);

    QString summaryText() const;

private:
    static void replaceChart(QChartView* view, QChart* chart);
    void fillGroups(QTableWidget* table, const QMap<QString, calllog::GroupFigures>& groups);

    QLabel* m_summary;
    QString m_summaryText;
    QChartView* m_perHour;
    QChartView* m_perDay;
    QChartView* m_deadlines;
    QChartView* m_articles;
    QTableWidget* m_operators;
    QTableWidget* m_categories;
    QListWidget* m_emptySearches;
};

} // namespace hotline::ui
