#pragma once

#include "Services.h"
#include "net/Account.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTimer;

namespace hotline::kb {
struct Article;
class KnowledgeBase;
class SearchIndex;
} // namespace hotline::kb

namespace hotline::ui {

class AppealForm;
class ArticleView;
class CallPanel;
class DraftKeeper;
class NavigatorPanel;
class OutboxDialog;
class ScriptController;
class ScriptRunnerView;
class SearchField;
class StatusIndicators;

// The operator's window. It lays out the parts and wires them together; each part is its own class.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const Services& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    SearchField* searchField() const { return m_search; }
    NavigatorPanel* navigator() const { return m_navigator; }
    ArticleView* articleView() const { return m_article; }
    ScriptRunnerView* scriptView() const { return m_scriptView; }
    CallPanel* callPanel() const { return m_callPanel; }
    AppealForm* appealForm() const { return m_form; }
    StatusIndicators* indicators() const { return m_indicators; }
    // The composition root adds the server actions (login, logout) here.
    QMenu* fileMenu() const { return m_fileMenu; }
    // «Режим»: the supervisor's and the KB editor's windows, offered only to the roles that may use them.
    QAction* supervisorAction() const { return m_supervisorAction; }
    QAction* editorAction() const { return m_editorAction; }
    DraftKeeper* draftKeeper() const { return m_draft; }
    // The docks the phone's parts go beside (ui/call/PhoneUi).
    QDockWidget* callDock() const { return m_callDock; }
    QDockWidget* formDock() const { return m_formDock; }
    OutboxDialog* outboxDialog() const { return m_outboxDialog; }

public slots:
    void openArticle(const QString& articleId);
    void openAppealForm();
    void focusSearch();
    void showOutbox();
    void refreshLiveValues();
    // Another knowledge base (the KB wiki changed): every part switches to it; the operator's query, open
    // article and form stay. The previous base may be destroyed once this returns.
    void setKnowledgeBase(const kb::KnowledgeBase* kb, kb::SearchIndex* index, const QStringList& updated = {});
    // A sync skipped pages that did not pass the check (the previous text of each stays).
    void noteKbPagesSkipped(int pages);
    // A failure the operator must see but that needs no answer (a call that could not be recorded): the status bar.
    void showProblem(const QString& message);
    // What the user's Redmine roles allow (nothing while nobody is logged in): the mode menu follows it.
    void setModes(const hotline::net::UserModes& modes);

signals:
    void supervisorModeRequested();
    void editorModeRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void restoreLayout();
    void saveLayout();

    Services m_services;
    SearchField* m_search;
    NavigatorPanel* m_navigator;
    ArticleView* m_article;
    ScriptRunnerView* m_scriptView;
    ScriptController* m_scripts;
    CallPanel* m_callPanel;
    AppealForm* m_form;
    StatusIndicators* m_indicators;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_modeMenu = nullptr;
    QAction* m_supervisorAction = nullptr;
    QAction* m_editorAction = nullptr;
    DraftKeeper* m_draft;
    OutboxDialog* m_outboxDialog = nullptr;
    QSplitter* m_splitter;
    QDockWidget* m_callDock;
    QDockWidget* m_formDock;
    QLabel* m_banner;
    QTimer* m_liveTimer;
};

} // namespace hotline::ui
