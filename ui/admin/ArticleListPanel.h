#pragma once

#include <QDate>
#include <QSet>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeView;

namespace hotline::kbedit {
class ArticleFilter;
class ArticleListModel;
class KbWorkspace;
} // namespace hotline::kbedit

namespace hotline::ui {

// The editor's article list with its filters: text, category, kind, agency, stale (not updated for N months),
// never opened by the operators (when the call log can tell), changed here.
class ArticleListPanel : public QWidget {
    Q_OBJECT
public:
    ArticleListPanel(kbedit::KbWorkspace& workspace, QWidget* parent = nullptr);
    ~ArticleListPanel() override;

    void setToday(const QDate& today);
    // The ids operators have opened (from the call log), asked when the filter is switched on; null: not
    // known, the filter is disabled.
    void setOpenedArticles(std::function<QSet<QString>()> provider);
    void select(const QString& id);
    QString currentId() const;

    QLineEdit* textFilter() const { return m_text; }
    QComboBox* categoryFilter() const { return m_category; }
    QComboBox* kindFilter() const { return m_kind; }
    QComboBox* agencyFilter() const { return m_agency; }
    QCheckBox* staleFilter() const { return m_stale; }
    QSpinBox* staleMonths() const { return m_months; }
    QCheckBox* neverOpenedFilter() const { return m_neverOpened; }
    QCheckBox* changedFilter() const { return m_changed; }
    QTreeView* view() const { return m_view; }
    kbedit::ArticleFilter* filter() const { return m_filter; }

signals:
    void currentArticleChanged(const QString& id);

private:
    void fillCategories();
    void fillAgencies();
    void updateCount();

    kbedit::KbWorkspace& m_ws;
    kbedit::ArticleListModel* m_model;
    kbedit::ArticleFilter* m_filter;
    std::function<QSet<QString>()> m_opened;
    QLineEdit* m_text;
    QComboBox* m_category;
    QComboBox* m_kind;
    QComboBox* m_agency;
    QCheckBox* m_stale;
    QSpinBox* m_months;
    QCheckBox* m_neverOpened;
    QCheckBox* m_changed;
    QLabel* m_count;
    QTreeView* m_view;
};

} // namespace hotline::ui
