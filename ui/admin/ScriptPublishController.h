#pragma once

#include "kbedit/KbChecker.h"
#include "kbedit/ScriptPublishFlow.h"

#include <QObject>
#include <functional>
#include <memory>

class QWidget;

namespace hotline::kbedit {
class ScriptEditor;
}

namespace hotline::ui {

class HistoryView;
class ScriptEditorPage;

// The scripts tab's conversations with the KB wiki, as PublishController's for articles: the check first, then
// the comment with what changed, then the save based on the right version; a conflict shows the difference and
// offers to keep one's text or take the other editor's; the history of the page and restoring a version.
class ScriptPublishController : public QObject {
    Q_OBJECT
public:
    using Confirm = std::function<bool(const QString& question)>;
    using Check = std::function<QList<kbedit::Problem>()>;

    ScriptPublishController(kbedit::ScriptEditor& editor, kbsync::WikiPublisher* wiki, QWidget* window, Confirm confirm,
                            Check check);
    ~ScriptPublishController() override;

    void publish(const QString& id);
    void opened(const QString& id, ScriptEditorPage* page);
    void loadHistory(const QString& id, HistoryView* view);
    void restore(const QString& id, int version, int currentVersion, HistoryView* view);
    void refreshVersions();
    bool busy() const { return m_busy; }

signals:
    void published(const QStringList& pages); // "script_<id>": the page keys a workstation's sync takes in
    void message(const QString& text, bool problem);
    void busyChanged(bool busy);

private:
    void send(const QString& id, const QString& comment);
    void setBusy(bool busy);
    static QString describeError(const Error& e);

    kbedit::ScriptEditor& m_editor;
    std::unique_ptr<kbedit::ScriptPublishFlow> m_flow;
    QWidget* m_window;
    Confirm m_confirm;
    Check m_check;
    bool m_busy = false;
};

} // namespace hotline::ui
