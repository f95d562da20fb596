#pragma once

#include "calllog/CallLogTableModel.h"
#include "calllog/DashboardFigures.h"
#include "domain/Result.h"

#include <QMainWindow>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QProgressBar;
class QTableView;
class QTabWidget;
class QAction;
class QTimer;

namespace hotline {
class Clock;
namespace calllog {
class CallLogCache;
class CallLogSync;
class IssueHistoryFetcher;
} // namespace calllog
} // namespace hotline

namespace hotline::ui {

class CallDetailView;
class DashboardView;
class ScriptUsageView;

// Supervisor mode: the whole line's call log from the local cache (usable offline), synced from Redmine on
// demand, with filters, CSV export, the Redmine history of the selected call and a dashboard of the filtered
// calls (computed when the dashboard is looked at, so the log opens at once). Open it only for users the gate
// allows (net::supervisorModeAccess).
class SupervisorWindow : public QMainWindow {
    Q_OBJECT
public:
    // `sync` may be null (no server configured): the cached data is shown, Sync is disabled and the history
    // comes from what was saved. The history is fetched through sync->client().
    SupervisorWindow(calllog::CallLogCache& cache, calllog::CallLogSync* sync, const Clock& clock,
                     QWidget* parent = nullptr);
    ~SupervisorWindow() override;

    // Purges records older than the retention (days), then reloads from the cache.
    void setRetentionDays(int days);
    void reload();
    void startSync();

    Status exportCsv(const QString& path) const;
    bool exportDashboardPng(const QString& path);

    // The table's filters (what the filter bar sets; tests and benchmarks set them directly).
    void setQuery(const calllog::CallLogQuery& query);
    calllog::CallLogTableModel& model() { return m_model; }
    // The dashboard of the current filter, computed now if the filter changed since.
    const calllog::DashboardFigures& figures();
    QTableView* table() const { return m_table; }
    CallDetailView* detail() const { return m_detail; }
    DashboardView* dashboard() const { return m_dashboard; }
    ScriptUsageView* scriptUsage() const { return m_scriptUsage; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void syncFinished(bool ok, const QString& message);
    void historyShown(int issueId);
    void figuresShown();

private:
    QWidget* buildFilters();
    void applyFilters();
    void refreshChoices();
    void updateFigures();      // now, on this thread
    void startFiguresWorker(); // in the background; the dashboard shows them when they are ready
    struct FiguresAnswer {
        int generation = -1;
        calllog::DashboardFigures figures;
        QString error;
    };
    void figuresReady(const FiguresAnswer& answer);
    void updateScriptUsage(); // the «Сценарии» tab, when it is looked at
    void showDetail();
    void fetchHistory();
    void chooseCsv();
    void choosePng();

    calllog::CallLogCache& m_cache;
    calllog::CallLogSync* m_sync;
    const Clock& m_clock;
    calllog::CallLogTableModel m_model;
    calllog::DashboardFigures m_figures;
    bool m_figuresDirty = true;
    int m_figuresGeneration = 0;   // which filter a background result belongs to
    bool m_figuresRunning = false; // a background computation is under way
    int m_retentionDays;
    calllog::IssueHistoryFetcher* m_history = nullptr;
    QTimer* m_textDelay = nullptr;
    QTimer* m_historyDelay = nullptr;

    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    CallDetailView* m_detail = nullptr;
    DashboardView* m_dashboard = nullptr;
    ScriptUsageView* m_scriptUsage = nullptr;
    QCheckBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_operator = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_overdue = nullptr;
    QLineEdit* m_text = nullptr;
    QProgressBar* m_progress = nullptr;
    QAction* m_syncAction = nullptr;
};

} // namespace hotline::ui
