#include "DashboardView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QPieSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace hotline::ui {

namespace {

QString minutes(double seconds) {
    const int s = int(seconds + 0.5);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString percent(double share) {
    return QStringLiteral("%1 %").arg(share * 100.0, 0, 'f', 0);
}

// A count axis from 0 with round steps (1, 2, 5 × 10^k) and at most five of them.
void countAxis(QValueAxis* axis, qreal top) {
    qreal step = 1;
    while (top / step > 5) {
        const qreal mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        step *= mantissa == 2 ? 2.5 : 2; // 1 → 2 → 5 → 10 → 20 …
    }
    const qreal niceTop = std::max<qreal>(step, std::ceil(top / step) * step);
    axis->setRange(0, niceTop);
    axis->setTickCount(int(niceTop / step) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

QChartView* chartView() {
    auto* view = new QChartView(new QChart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 200);
    return view;
}

QChart* barChart(const QString& title, const QStringList& labels, const QList<qreal>& values, bool horizontal) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    auto* set = new QBarSet(title);
    for (qreal v : values)
        *set << v;
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    auto* values_ = new QValueAxis;
    const qreal top = values.isEmpty() ? 1 : std::max<qreal>(1, *std::max_element(values.begin(), values.end()));
    countAxis(values_, top);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values_, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values_);
    return chart;
}

QTableWidget* groupTable() {
    auto* table = new QTableWidget(0, 8);
    table->setHorizontalHeaderLabels({DashboardView::tr("Name"), DashboardView::tr("Calls"),
                                      DashboardView::tr("Average"), DashboardView::tr("Median"),
                                      DashboardView::tr("Closed on the call"), DashboardView::tr("Met"),
                                      DashboardView::tr("Due today"), DashboardView::tr("Overdue")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    return table;
}

} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_perHour(chartView())
    , m_perDay(chartView())
    , m_deadlines(chartView())
    , m_articles(chartView())
    , m_operators(groupTable())
    , m_categories(groupTable())
    , m_emptySearches(new QListWidget) {
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->addWidget(m_perHour, 1, 0);
    grid->addWidget(m_perDay, 1, 1);
    grid->addWidget(m_deadlines, 2, 0);
    grid->addWidget(m_articles, 2, 1);
    auto* tabs = new QTabWidget;
    tabs->addTab(m_operators, tr("By operator"));
    tabs->addTab(m_categories, tr("By category"));
    tabs->addTab(m_emptySearches, tr("Searches that found nothing"));
    grid->addWidget(tabs, 3, 0, 1, 2);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 3);
    grid->setRowStretch(3, 2);
    setFigures({});
}

void DashboardView::replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

QString DashboardView::summaryText() const {
    return m_summaryText;
}

void DashboardView::setBusy(bool busy) {
    for (QWidget* w : {static_cast<QWidget*>(m_perHour), static_cast<QWidget*>(m_perDay),
                       static_cast<QWidget*>(m_deadlines), static_cast<QWidget*>(m_articles)})
        w->setEnabled(!busy);
    m_summary->setText(busy ? QStringLiteral("<i>%1</i><br>").arg(tr("Computing the figures of the filtered calls…")) +
                                  m_summaryText
                            : m_summaryText);
}

void DashboardView::setError(const QString& message) {
    setFigures({});
    m_summaryText = QStringLiteral("<b style='color:#b00020'>%1</b>").arg(message.toHtmlEscaped());
    m_summary->setText(m_summaryText);
    for (QWidget* w : {static_cast<QWidget*>(m_perHour), static_cast<QWidget*>(m_perDay),
                       static_cast<QWidget*>(m_deadlines), static_cast<QWidget*>(m_articles)})
        w->setEnabled(false);
}

void DashboardView::setFigures(const calllog::DashboardFigures& f) {
    for (QWidget* w : {static_cast<QWidget*>(m_perHour), static_cast<QWidget*>(m_perDay),
                       static_cast<QWidget*>(m_deadlines), static_cast<QWidget*>(m_articles)})
        w->setEnabled(true);
    const calllog::GroupFigures& t = f.total;
    m_summaryText = (tr("<b>Calls:</b> %1 &nbsp; <b>average handling:</b> %2 &nbsp; <b>median:</b> %3 &nbsp; "
                        "<b>simple consultations closed on the call:</b> %4 (%5 of %6)<br>"
                        "<b>Deadlines:</b> met %7, missed %8, due today %9, overdue %10, in time %11")
                         .arg(t.calls)
                         .arg(minutes(t.averageSeconds), minutes(t.medianSeconds), percent(t.closedOnCallShare()))
                         .arg(t.simpleClosedOnCall)
                         .arg(t.simple)
                         .arg(t.met)
                         .arg(t.missed)
                         .arg(t.dueToday)
                         .arg(t.overdue)
                         .arg(t.open));
    // The phone's figures: what the softphone reported (missed calls, how fast the answered ones were taken).
    m_summaryText += QStringLiteral("<br>") +
                     tr("<b>Missed calls:</b> %1 &nbsp; <b>answered within %2 s:</b> %3 (%4 of %5 with a known ringing "
                        "time)")
                         .arg(t.missedCalls)
                         .arg(calllog::DashboardCalculator::answerTargetSeconds)
                         .arg(t.answeredTimed > 0 ? percent(t.answeredInTimeShare()) : tr("no data"))
                         .arg(t.answeredInTime)
                         .arg(t.answeredTimed);
    m_summary->setText(m_summaryText);

    QStringList hours;
    QList<qreal> perHour;
    for (int h = 8; h < 20; ++h) {
        hours << QString::number(h);
        perHour << f.perHour[size_t(h)];
    }
    replaceChart(m_perHour, barChart(tr("Calls per hour"), hours, perHour, false));

    QStringList days;
    QList<qreal> perDay;
    // The last 14 days that had calls.
    for (auto it = f.perDay.cend(); it != f.perDay.cbegin() && days.size() < 14;) {
        --it;
        days.prepend(it.key().toString(QStringLiteral("dd.MM")));
        perDay.prepend(it.value());
    }
    replaceChart(m_perDay, barChart(tr("Calls per day"), days, perDay, false));

    auto* pie = new QPieSeries;
    const QList<QPair<QString, int>> parts{{tr("Met"), t.met},
                                           {tr("Missed"), t.missed},
                                           {tr("Due today"), t.dueToday},
                                           {tr("Overdue"), t.overdue},
                                           {tr("In time"), t.open}};
    const QList<QColor> colors{QColor(0x2e, 0x7d, 0x32), QColor(0x8d, 0x6e, 0x63), QColor(0xf9, 0xa8, 0x25),
                               QColor(0xc6, 0x28, 0x28), QColor(0x15, 0x65, 0xc0)};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i].second == 0)
            continue;
        QPieSlice* slice =
            pie->append(QStringLiteral("%1: %2").arg(parts[i].first).arg(parts[i].second), parts[i].second);
        slice->setColor(colors[i]);
    }
    auto* deadlines = new QChart;
    deadlines->setTitle(tr("Deadlines"));
    deadlines->addSeries(pie);
    deadlines->legend()->setAlignment(Qt::AlignRight);
    replaceChart(m_deadlines, deadlines);

    // One bar set per article: the legend names them in full (axis labels would be elided).
    auto* articles = new QChart;
    articles->setTitle(tr("Most used KB articles"));
    auto* articleSeries = new QHorizontalBarSeries;
    qreal most = 1;
    const qsizetype shown = std::min<qsizetype>(f.topArticles.size(), 6); // what the legend has room for
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const auto& [article, count] = f.topArticles[i];
        auto* set = new QBarSet(QStringLiteral("%1 — %2").arg(article).arg(count));
        set->setColor(QColor::fromHsv(210, 90 + int(140 * (shown - i) / std::max<qsizetype>(shown, 1)), 190));
        set->setBorderColor(set->color());
        *set << count;
        articleSeries->append(set);
        most = std::max<qreal>(most, count);
    }
    articles->addSeries(articleSeries);
    auto* uses = new QValueAxis;
    countAxis(uses, most);
    articles->addAxis(uses, Qt::AlignBottom);
    articleSeries->attachAxis(uses);
    articles->legend()->setAlignment(Qt::AlignRight);
    articles->legend()->setReverseMarkers(true);
    replaceChart(m_articles, articles);

    fillGroups(m_operators, f.perOperator);
    fillGroups(m_categories, f.perCategory);
    m_emptySearches->clear();
    for (const auto& [query, count] : f.emptySearches)
        m_emptySearches->addItem(QStringLiteral("%1 — %2").arg(query).arg(count));
}

void DashboardView::fillGroups(QTableWidget* table, const QMap<QString, calllog::GroupFigures>& groups) {
    table->setRowCount(int(groups.size()));
    int row = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it, ++row) {
        const calllog::GroupFigures& g = it.value();
        const QStringList cells{it.key().isEmpty() ? tr("(none)") : it.key(),
                                QString::number(g.calls),
                                minutes(g.averageSeconds),
                                minutes(g.medianSeconds),
                                g.simple > 0 ? percent(g.closedOnCallShare()) : QString(),
                                QString::number(g.met),
                                QString::number(g.dueToday),
                                QString::number(g.overdue)};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

bool DashboardView::exportPng(const QString& path) {
    return grab().save(path, "PNG");
}

} // namespace hotline::ui
