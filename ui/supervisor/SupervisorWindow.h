#pragma once

#include "calllog/CallLogFilter.h"
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
class QTextBrowser;
class QAction;

namespace hotline {
class Clock;
namespace domain {
class DeadlinePolicy;
}
namespace calllog {
class CallLogCache;
class CallLogSync;
} // namespace calllog
} // namespace hotline

namespace hotline::ui {

class DashboardView;

// Supervisor mode: the whole line's call log from the local cache (usable offline), synced from Redmine on
// demand, with filters, CSV export and a dashboard of the filtered calls. Open it only for users whose
// Redmine roles allow it (net::UserModes::supervisor).
class SupervisorWindow : public QMainWindow {
    Q_OBJECT
public:
    // `sync` may be null (no server configured): the cached data is shown and Sync is disabled.
    SupervisorWindow(calllog::CallLogCache& cache, calllog::CallLogSync* sync, const domain::DeadlinePolicy& policy,
                     const Clock& clock, QWidget* parent = nullptr);
    ~SupervisorWindow() override;

    // Purges records older than the retention (days), then reloads from the cache.
    void setRetentionDays(int days);
    void reload();
    void startSync();

    Status exportCsv(const QString& path) const;
    bool exportDashboardPng(const QString& path);

    calllog::CallLogFilter& filter() { return m_filter; }
    const calllog::DashboardFigures& figures() const { return m_figures; }
    QTableView* table() const { return m_table; }
    DashboardView* dashboard() const { return m_dashboard; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void syncFinished(bool ok, const QString& message);

private:
    QWidget* buildFilters();
    void applyFilters();
    void refreshChoices();
    void updateFigures();
    void showDetail();
    void chooseCsv();
    void choosePng();

    calllog::CallLogCache& m_cache;
    calllog::CallLogSync* m_sync;
    const Clock& m_clock;
    calllog::DashboardCalculator m_calculator;
    calllog::CallLogTableModel m_model;
    calllog::CallLogFilter m_filter;
    calllog::DashboardFigures m_figures;
    int m_retentionDays;

    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_detail = nullptr;
    DashboardView* m_dashboard = nullptr;
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
