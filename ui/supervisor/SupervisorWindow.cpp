#include "SupervisorWindow.h"

#include "DashboardView.h"
#include "call/Clock.h"
#include "calllog/CallLogCache.h"
#include "calllog/CallLogSync.h"
#include "calllog/CsvExport.h"
#include "domain/MoscowTime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>

namespace hotline::ui {

namespace {

QComboBox* choiceBox(const QString& any) {
    auto* box = new QComboBox;
    box->addItem(any, QString());
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    return box;
}

void fillChoices(QComboBox* box, const QStringList& values) {
    const QString current = box->currentData().toString();
    while (box->count() > 1)
        box->removeItem(1);
    for (const QString& v : values)
        box->addItem(v, v);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

SupervisorWindow::SupervisorWindow(calllog::CallLogCache& cache, calllog::CallLogSync* sync,
                                   const domain::DeadlinePolicy& policy, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_cache(cache)
    , m_sync(sync)
    , m_clock(clock)
    , m_calculator(policy)
    , m_model(m_calculator)
    , m_retentionDays(calllog::CallLogCache::defaultRetentionDays) {
    setWindowTitle(tr("Line 0150 — supervisor"));
    m_filter.setSourceLog(&m_model);

    auto* toolbar = addToolBar(tr("Supervisor"));
    toolbar->setObjectName(QStringLiteral("supervisorToolbar"));
    m_syncAction = toolbar->addAction(tr("Sync with Redmine"), this, &SupervisorWindow::startSync);
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setEnabled(m_sync != nullptr);
    toolbar->addAction(tr("Export CSV…"), this, &SupervisorWindow::chooseCsv);
    toolbar->addAction(tr("Export dashboard PNG…"), this, &SupervisorWindow::choosePng);
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    m_table = new QTableView;
    m_table->setModel(&m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(calllog::CallLogTableModel::StartColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // widths from the first rows only: fast at 100k
    m_detail = new QTextBrowser;
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SupervisorWindow::showDetail);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto* log = new QWidget;
    auto* logLayout = new QVBoxLayout(log);
    logLayout->addWidget(buildFilters());
    logLayout->addWidget(split, 1);

    m_dashboard = new DashboardView;
    m_tabs = new QTabWidget;
    m_tabs->addTab(log, tr("Call log"));
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    setCentralWidget(m_tabs);

    setRetentionDays(m_retentionDays);
}

SupervisorWindow::~SupervisorWindow() = default;

QWidget* SupervisorWindow::buildFilters() {
    auto* box = new QWidget;
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_period = new QCheckBox(tr("Period"));
    const QDate today = domain::toMoscow(m_clock.now()).date();
    m_from = new QDateEdit(today.addDays(-7));
    m_to = new QDateEdit(today);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setEnabled(false);
        connect(e, &QDateEdit::dateChanged, this, &SupervisorWindow::applyFilters);
    }
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilters();
    });
    m_operator = choiceBox(tr("All operators"));
    m_category = choiceBox(tr("All categories"));
    m_channel = choiceBox(tr("All channels"));
    m_status = choiceBox(tr("All statuses"));
    m_kind = choiceBox(tr("All kinds"));
    const QList<QPair<QString, QString>> kinds{{QStringLiteral("simple"), tr("Simple consultation")},
                                               {QStringLiteral("complex"), tr("Complex consultation")},
                                               {QStringLiteral("task"), tr("Task")},
                                               {QStringLiteral("complaint"), tr("Problem/complaint")},
                                               {QStringLiteral("call"), tr("Call record")}};
    for (const auto& [id, title] : kinds)
        m_kind->addItem(title, id);
    m_overdue = new QCheckBox(tr("Overdue or late only"));
    m_text = new QLineEdit;
    m_text->setPlaceholderText(tr("Search: subject, operator, article, number…"));
    m_text->setClearButtonEnabled(true);
    for (QComboBox* c : {m_operator, m_category, m_channel, m_status, m_kind})
        connect(c, &QComboBox::currentIndexChanged, this, &SupervisorWindow::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &SupervisorWindow::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &SupervisorWindow::applyFilters);

    grid->addWidget(m_period, 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(new QLabel(QStringLiteral("—")), 0, 2);
    grid->addWidget(m_to, 0, 3);
    grid->addWidget(m_operator, 0, 4);
    grid->addWidget(m_category, 0, 5);
    grid->addWidget(m_text, 1, 0, 1, 4);
    grid->addWidget(m_kind, 1, 4);
    grid->addWidget(m_channel, 1, 5);
    grid->addWidget(m_status, 0, 6);
    grid->addWidget(m_overdue, 1, 6);
    return box;
}

void SupervisorWindow::setRetentionDays(int days) {
    m_retentionDays = days;
    if (const Result<int> purged = m_cache.purgeOlderThan(days, m_clock.now()); !purged)
        statusBar()->showMessage(purged.error().message);
    reload();
}

void SupervisorWindow::reload() {
    m_model.setRecords(m_cache.records(), m_clock.now());
    refreshChoices();
    m_table->resizeColumnsToContents();
    const QDateTime last = m_cache.lastSync();
    statusBar()->showMessage(last.isValid()
                                 ? tr("%n record(s) cached; last change received %1", nullptr, m_model.rowCount())
                                       .arg(domain::toMoscow(last).toString(QStringLiteral("dd.MM.yyyy HH:mm")))
                                 : tr("%n record(s) cached; never synced", nullptr, m_model.rowCount()));
}

void SupervisorWindow::refreshChoices() {
    using C = calllog::CallLogTableModel;
    const QSignalBlocker b1(m_operator), b2(m_category), b3(m_channel), b4(m_status);
    fillChoices(m_operator, m_filter.distinct(C::OperatorColumn));
    fillChoices(m_category, m_filter.distinct(C::CategoryColumn));
    fillChoices(m_channel, m_filter.distinct(C::ChannelColumn));
    fillChoices(m_status, m_filter.distinct(C::StatusColumn));
    applyFilters();
}

void SupervisorWindow::applyFilters() {
    calllog::CallLogFilter::Criteria c;
    if (m_period->isChecked()) {
        c.from = m_from->date();
        c.to = m_to->date();
    }
    c.operatorName = m_operator->currentData().toString();
    c.category = m_category->currentData().toString();
    c.channel = m_channel->currentData().toString();
    c.status = m_status->currentData().toString();
    c.kindId = m_kind->currentData().toString();
    c.overdueOnly = m_overdue->isChecked();
    c.text = m_text->text();
    m_filter.setCriteria(c);
    updateFigures();
}

void SupervisorWindow::updateFigures() {
    calllog::CallLogRecords visible;
    visible.reserve(m_filter.rowCount());
    for (int row = 0; row < m_filter.rowCount(); ++row)
        visible.append(m_model.record(m_filter.mapToSource(m_filter.index(row, 0)).row()));
    m_figures = m_calculator.compute(visible, m_clock.now());
    m_dashboard->setFigures(m_figures);
}

void SupervisorWindow::showDetail() {
    const QModelIndex current = m_filter.mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const calllog::CallLogRecord& r = m_model.record(current.row());
    QString html = QStringLiteral("<h3>#%1 %2</h3><table>").arg(r.issueId).arg(r.subject.toHtmlEscaped());
    for (int c = 0; c < calllog::CallLogTableModel::ColumnCount; ++c) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(m_model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped(),
                         m_model.index(current.row(), c).data().toString().toHtmlEscaped());
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(tr("Last change").toHtmlEscaped(),
                     domain::toMoscow(r.updatedOn).toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    m_detail->setHtml(html + QStringLiteral("</table>"));
}

void SupervisorWindow::startSync() {
    if (!m_sync || m_sync->isRunning())
        return;
    m_syncAction->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_sync->run(
        [this](int received, int total) {
            m_progress->setRange(0, std::max(total, 1));
            m_progress->setValue(received);
        },
        [this](Result<calllog::SyncStats> result) {
            m_progress->hide();
            m_syncAction->setEnabled(true);
            if (!result) {
                statusBar()->showMessage(result.error().message);
                QMessageBox::warning(this, tr("Sync failed"), result.error().message);
                emit syncFinished(false, result.error().message);
                return;
            }
            reload();
            const QString message =
                tr("Synced: %1 new or changed of %2 received").arg(result.value().changed).arg(result.value().received);
            statusBar()->showMessage(message);
            emit syncFinished(true, message);
        });
}

Status SupervisorWindow::exportCsv(const QString& path) const {
    return calllog::writeCsvFile(m_filter, path);
}

bool SupervisorWindow::exportDashboardPng(const QString& path) {
    return m_dashboard->exportPng(path);
}

void SupervisorWindow::chooseCsv() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the call log"), QStringLiteral("calllog.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status s = exportCsv(path); !s)
        QMessageBox::warning(this, tr("Export failed"), s.error().message);
}

void SupervisorWindow::choosePng() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard"), QStringLiteral("dashboard.png"),
                                                      tr("PNG image (*.png)"));
    if (!path.isEmpty() && !exportDashboardPng(path))
        QMessageBox::warning(this, tr("Export failed"), tr("The image could not be written to %1.").arg(path));
}

} // namespace hotline::ui
