#pragma once

#include "domain/Result.h"
#include "kbedit/KbChecker.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QComboBox;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace hotline::domain {
class ReferenceData;
}
namespace hotline::kb {
class KnowledgeBase;
}
namespace hotline::kbedit {
class KbWorkspace;
class ScriptEditor;
class ScriptWorkspace;
} // namespace hotline::kbedit

namespace hotline::ui {

class HistoryView;
class ProblemList;
class ScriptNodeForm;
class ScriptRunnerView;

// The KB editor's «Сценарии» tab: the scripts on the left; the open script's nodes (add, remove, move) and the
// form of the chosen node, or the script's own fields; on the right a preview that runs the script as the
// operator sees it, the check's problems of this script (Enter goes to the node) and its history on the wiki.
class ScriptEditorPage : public QWidget {
    Q_OBJECT
public:
    // `kb`: the articles and categories results may name (the workstation's base).
    // `articles`: the editor's articles (the history view's workspace).
    ScriptEditorPage(kbedit::ScriptEditor& editor, kbedit::KbWorkspace& articles, const kb::KnowledgeBase* kb,
                     const domain::ReferenceData& reference, QWidget* parent = nullptr);
    ~ScriptEditorPage() override;

    QString scriptId() const { return m_id; }
    QString nodeId() const;
    void showScript(const QString& id);
    void selectNode(const QString& node);
    void setProblems(const QList<kbedit::Problem>& problems);
    void setServerNote(const QString& text);
    void goTo(const kbedit::Problem& problem);
    // Restarts the preview from the script's start.
    void runPreview();
    // Asks for a new script's id, title and category and creates it (one undo step); an error with an empty
    // message when the editor cancelled.
    Status askNewScript(const QString& today, const QStringList& articleIds, QString* createdId);

    QListWidget* list() const { return m_list; }
    QListWidget* nodes() const { return m_nodes; }
    ScriptNodeForm* nodeForm() const { return m_form; }
    ScriptRunnerView* preview() const { return m_preview; }
    ProblemList* problems() const { return m_problems; }
    HistoryView* history() const { return m_history; }
    QTabWidget* sideTabs() const { return m_side; }
    QLabel* stateLine() const { return m_state; }
    QSplitter* splitter() const { return m_split; }

signals:
    void currentScriptChanged(const QString& id);
    void message(const QString& text, bool problem);
    void historyRequested(const QString& id);
    void restoreRequested(const QString& id, int version, int currentVersion);
    void newScriptRequested();

private:
    QWidget* buildNodesTab();
    QWidget* buildScriptTab();
    void fillList();
    void fillNodes();
    void loadScriptFields();
    void updateState();
    void onChanged(const QString& id);
    void addNode(int type);

    kbedit::ScriptEditor& m_editor;
    const kb::KnowledgeBase* m_kb;
    QString m_id;
    QString m_serverNote;
    bool m_loading = false;
    QList<kbedit::Problem> m_all;

    QSplitter* m_split;
    QListWidget* m_list;
    QLabel* m_state;
    QTabWidget* m_tabs;
    QListWidget* m_nodes;
    ScriptNodeForm* m_form;
    QLineEdit* m_title;
    QComboBox* m_category;
    QLineEdit* m_keywords;
    QComboBox* m_start;
    QLineEdit* m_updated;
    QPlainTextEdit* m_sources;
    QPlainTextEdit* m_notes;
    QTabWidget* m_side;
    ScriptRunnerView* m_preview;
    ProblemList* m_problems;
    HistoryView* m_history;
};

} // namespace hotline::ui
