#pragma once

#include "AdminContext.h"
#include "kbedit/KbChecker.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QTabWidget;
class QTimer;

namespace hotline::kb {
class KnowledgeBase;
}
namespace hotline::kbedit {
class KbEditor;
class KbWorkspace;
class ScriptEditor;
class ScriptWorkspace;
} // namespace hotline::kbedit

namespace hotline::ui {

class ArticleEditor;
class ArticleListPanel;
class CategoriesPage;
class HistoryView;
class PublishController;
class ScriptEditorPage;
class ScriptPublishController;
class SynonymsPage;
class UndoShortcutFilter;

// Admin mode for the «Редактор БЗ» role: the knowledge base's articles with filters, the metadata form, the
// Markdown text with a live preview and the check's problems; the category tree and the synonyms; publishing
// to the KB wiki with a required comment, conflicts with the difference, history with restore. Changes are
// undoable (Ctrl+Z / Ctrl+Shift+Z) and kept as owner-only drafts until published, whatever happens to the
// window. Open it only for users whose Redmine roles allow it (net::UserModes::editor).
class AdminWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit AdminWindow(AdminContext context, QWidget* parent = nullptr);
    ~AdminWindow() override;

    // The parts, for tests and screenshots.
    kbedit::KbWorkspace* workspace() const { return m_ws.get(); }
    kbedit::KbEditor* editor() const { return m_editor; }
    ArticleListPanel* articleList() const { return m_list; }
    ArticleEditor* articleEditor() const { return m_articleEditor; }
    HistoryView* history() const { return m_history; }
    CategoriesPage* categoriesPage() const { return m_categories; }
    SynonymsPage* synonymsPage() const { return m_synonyms; }
    ScriptEditorPage* scriptsPage() const { return m_scripts; }
    kbedit::ScriptWorkspace* scriptWorkspace() const { return m_scriptWs.get(); }
    kbedit::ScriptEditor* scriptEditor() const { return m_scriptEditor; }
    QTabWidget* tabs() const { return m_tabs; }
    QTabWidget* articleTabs() const { return m_articleTabs; }
    QAction* publishAction() const { return m_publish; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QString statusText() const;
    QList<kbedit::Problem> problems() const { return m_problems; }

    void openArticle(const QString& id);
    void runCheck(); // now, instead of a moment after the last change

signals:
    // A publish or restore changed the KB wiki: `pages` are article ids and/or "categories.json" /
    // "synonyms.json". The workstation should run its WikiSync now so its own search has the change.
    void knowledgeBasePublished(const QStringList& pages);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    QWidget* buildArticlesTab();
    void currentArticleChanged(const QString& id);
    void publishCurrent();
    void newArticle();
    void buildScriptsTab(const QString& kbDir);
    void newScript();
    void revertArticle();
    void tabChanged();
    void showMessage(const QString& text, bool problem);
    void updateProblemSummary();
    bool confirm(const QString& question);
    QDate today() const;

    AdminContext m_context;
    std::unique_ptr<kbedit::KbWorkspace> m_ws;
    kbedit::KbEditor* m_editor = nullptr;
    std::unique_ptr<kbedit::ScriptWorkspace> m_scriptWs;
    std::unique_ptr<kb::KnowledgeBase> m_scriptKb; // the articles and categories the scripts' results may name
    kbedit::ScriptEditor* m_scriptEditor = nullptr;
    ScriptPublishController* m_scriptController = nullptr;
    ScriptEditorPage* m_scripts = nullptr;
    std::unique_ptr<kbedit::KbChecker> m_checker;
    PublishController* m_controller = nullptr;
    QList<kbedit::Problem> m_problems;
    UndoShortcutFilter* m_undoFilter = nullptr;

    QTabWidget* m_tabs = nullptr;
    QTabWidget* m_articleTabs = nullptr;
    ArticleListPanel* m_list = nullptr;
    ArticleEditor* m_articleEditor = nullptr;
    HistoryView* m_history = nullptr;
    CategoriesPage* m_categories = nullptr;
    SynonymsPage* m_synonyms = nullptr;
    QAction* m_create = nullptr;
    QAction* m_publish = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QLabel* m_server = nullptr;
    QLabel* m_drafts = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_checkTimer = nullptr;
};

} // namespace hotline::ui
