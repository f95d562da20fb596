#include "SupervisorWindow.h"

#include "CallDetailView.h"
#include "DashboardView.h"
#include "ScriptUsageView.h"
#include "call/Clock.h"
#include "calllog/CallLogCache.h"
#include "calllog/CallLogSync.h"
#include "calllog/CsvExport.h"
#include "calllog/IssueHistory.h"
#include "calllog/SqlFigures.h"
#include "domain/AppealKind.h"
#include "domain/MoscowTime.h"
#include "threads/Handoff.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
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

SupervisorWindow::SupervisorWindow(calllog::CallLogCache& cache, calllog::CallLogSync* sync, const Clock& clock,
                                   QWidget* parent)
    : QMainWindow(parent)
    , m_cache(cache)
    , m_sync(sync)
    , m_clock(clock)
    , m_model(cache)
    , m_retentionDays(calllog::CallLogCache::defaultRetentionDays) {
    setWindowTitle(tr("Line 0150 — supervisor"));
    m_history = new calllog::IssueHistoryFetcher(m_sync ? &m_sync->client() : nullptr, m_cache, m_clock, this);
    // Typing in the search field and moving through the rows settle before the work starts.
    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(200);
    connect(m_textDelay, &QTimer::timeout, this, &SupervisorWindow::applyFilters);
    m_historyDelay = new QTimer(this);
    m_historyDelay->setSingleShot(true);
    m_historyDelay->setInterval(250);
    connect(m_historyDelay, &QTimer::timeout, this, &SupervisorWindow::fetchHistory);

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
    m_table->setModel(&m_model);
    m_table->horizontalHeader()->setSortIndicator(calllog::CallLogTableModel::StartColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true); // the model sorts in SQL
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // widths from the first rows only: fast at 100k
    m_detail = new CallDetailView;
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SupervisorWindow::showDetail);
    connect(&m_model, &QAbstractItemModel::modelReset, m_detail, &CallDetailView::clearRecord);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* log = new QWidget;
    auto* logLayout = new QVBoxLayout(log);
    logLayout->addWidget(buildFilters());
    logLayout->addWidget(split, 1);

    m_dashboard = new DashboardView;
    m_tabs = new QTabWidget;
    m_tabs->addTab(log, tr("Call log"));
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_scriptUsage = new ScriptUsageView;
    m_tabs->addTab(m_scriptUsage, tr("Scripts"));
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_dashboard)
            startFiguresWorker();
        updateScriptUsage();
    });

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
        e->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
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
    m_operator->setObjectName(QStringLiteral("operatorFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    // The appeal kinds are the domain's (their titles as the form shows them), then the call records.
    for (domain::AppealKind k : domain::allAppealKinds)
        m_kind->addItem(domain::appealKindTitle(k), domain::appealKindId(k));
    m_kind->addItem(tr("Call record"), QStringLiteral("call"));
    m_overdue = new QCheckBox(tr("Overdue or late only"));
    m_text = new QLineEdit;
    m_text->setPlaceholderText(tr("Search: subject, operator, article, number…"));
    m_text->setClearButtonEnabled(true);
    for (QComboBox* c : {m_operator, m_category, m_channel, m_status, m_kind})
        connect(c, &QComboBox::currentIndexChanged, this, &SupervisorWindow::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &SupervisorWindow::applyFilters);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));

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
    m_cache.clearReadError();
    m_model.reload(m_clock.now());
    m_figuresDirty = true;
    ++m_figuresGeneration; // the cache changed: a result computed before is stale
    refreshChoices();
    m_table->resizeColumnsToContents();
    const int cached = m_cache.count();
    const QDateTime last = m_cache.lastSync();
    if (const auto error = m_cache.readError()) {
        statusBar()->showMessage(error->message);
        if (m_tabs->currentWidget() == m_dashboard)
            startFiguresWorker();
        return;
    }
    statusBar()->showMessage(last.isValid()
                                 ? tr("%n record(s) cached; last change received %1", nullptr, cached)
                                       .arg(domain::toMoscow(last).toString(QStringLiteral("dd.MM.yyyy HH:mm")))
                                 : tr("%n record(s) cached; never synced", nullptr, cached));
    if (m_tabs->currentWidget() == m_dashboard)
        startFiguresWorker();
    updateScriptUsage();
}

void SupervisorWindow::updateScriptUsage() {
    if (m_tabs->currentWidget() != m_scriptUsage)
        return;
    const QDateTime now = m_model.now().isValid() ? m_model.now() : m_clock.now();
    m_scriptUsage->setUsage(calllog::scriptUsageFromFile(m_cache.path(), m_model.query(), now));
}

void SupervisorWindow::refreshChoices() {
    using F = calllog::CallLogCache::Field;
    const QSignalBlocker b1(m_operator), b2(m_category), b3(m_channel), b4(m_status);
    fillChoices(m_operator, m_cache.distinct(F::Operator));
    fillChoices(m_category, m_cache.distinct(F::Category));
    fillChoices(m_channel, m_cache.distinct(F::Channel));
    fillChoices(m_status, m_cache.distinct(F::Status));
    applyFilters();
}

void SupervisorWindow::applyFilters() {
    m_textDelay->stop();
    calllog::CallLogQuery c = m_model.query();
    c.from = m_period->isChecked() ? m_from->date() : QDate();
    c.to = m_period->isChecked() ? m_to->date() : QDate();
    c.operatorName = m_operator->currentData().toString();
    c.category = m_category->currentData().toString();
    c.channel = m_channel->currentData().toString();
    c.status = m_status->currentData().toString();
    c.kindId = m_kind->currentData().toString();
    c.overdueOnly = m_overdue->isChecked();
    c.text = m_text->text().trimmed();
    setQuery(c);
}

void SupervisorWindow::setQuery(const calllog::CallLogQuery& query) {
    if (query == m_model.query())
        return;
    m_model.setQuery(query);
    m_figuresDirty = true;
    ++m_figuresGeneration;
    if (m_tabs->currentWidget() == m_dashboard)
        startFiguresWorker();
    updateScriptUsage();
}

const calllog::DashboardFigures& SupervisorWindow::figures() {
    if (m_figuresDirty)
        updateFigures();
    return m_figures;
}

void SupervisorWindow::updateFigures() {
    if (!m_figuresDirty)
        return;
    const Result<calllog::DashboardFigures> figures =
        m_cache.figures(m_model.query(), m_model.now().isValid() ? m_model.now() : m_clock.now());
    m_figuresDirty = false;
    ++m_figuresGeneration; // a background result for the same filter is not needed any more
    if (!figures) {
        m_figures = {};
        m_dashboard->setError(figures.error().message);
        statusBar()->showMessage(figures.error().message);
        return;
    }
    m_figures = figures.value();
    m_dashboard->setFigures(m_figures);
    emit figuresShown();
}

void SupervisorWindow::startFiguresWorker() {
    if (!m_figuresDirty || m_figuresRunning)
        return;
    m_dashboard->setBusy(true);
    const int generation = m_figuresGeneration;
    const QString path = m_cache.path();
    const calllog::CallLogQuery query = m_model.query();
    const QDateTime now = m_model.now().isValid() ? m_model.now() : m_clock.now();
    // Its own connection in a pool thread; the answer comes back to this thread (and is dropped with the window).
    m_figuresRunning = true;
    threads::runOnPool(
        QThreadPool::globalInstance(), [self = QPointer<SupervisorWindow>(this), generation, path, query, now] {
            const Result<calllog::DashboardFigures> figures = calllog::sqlFiguresFromFile(path, query, now);
            FiguresAnswer answer = figures ? FiguresAnswer{generation, figures.value(), {}}
                                           : FiguresAnswer{generation, {}, figures.error().message};
            threads::runOnAppThread([self, answer = std::move(answer)] {
                if (self)
                    self->figuresReady(answer);
            });
        });
}

void SupervisorWindow::figuresReady(const FiguresAnswer& answer) {
    m_figuresRunning = false;
    m_dashboard->setBusy(false);
    if (!answer.error.isEmpty()) {
        // Not the previous figures, not zeros: the dashboard says the data could not be read.
        m_dashboard->setError(answer.error);
        statusBar()->showMessage(answer.error);
    } else if (answer.generation == m_figuresGeneration && m_figuresDirty) {
        m_figures = answer.figures;
        m_figuresDirty = false;
        m_dashboard->setFigures(m_figures);
        emit figuresShown();
    }
    // The filter changed while it ran: once more for the current one.
    if (m_figuresDirty && m_tabs->currentWidget() == m_dashboard)
        startFiguresWorker();
}

void SupervisorWindow::showDetail() {
    const int row = m_table->currentIndex().row();
    const auto record = m_model.record(row);
    if (!record || record->issueId == 0) {
        m_detail->clearRecord();
        return;
    }
    m_detail->showRecord(*record, m_model.deadlineAt(row), m_model.stateAt(row));
    m_historyDelay->start();
}

void SupervisorWindow::fetchHistory() {
    const int issueId = m_detail->issueId();
    if (issueId == 0)
        return;
    m_history->fetch(issueId, [this](const calllog::HistoryView& view) {
        m_detail->setHistory(view);
        emit historyShown(view.issueId);
    });
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
    return calllog::writeCsvFile(m_model, path);
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
