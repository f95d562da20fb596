#pragma once

#include <QCoreApplication>
#include <QObject>

namespace hotline::call {
class CallSession;
}
namespace hotline::kb {
class KnowledgeBase;
}

namespace hotline::ui {

class AppealForm;
class ArticleView;
class NavigatorPanel;
class ScriptRunnerView;

// Wires a guided script into the operator's window: the runner takes the place of the article while it asks,
// a result opens its article and fills the appeal form (kind, days, agencies, algorithm, category, article) with
// the way taken written into the description, and every step goes into the call record.
class ScriptController : public QObject {
    Q_OBJECT
public:
    // `view` and `article` share a vertical splitter; the navigator's scripts start here.
    ScriptController(ScriptRunnerView* view, ArticleView* article, AppealForm* form, NavigatorPanel* navigator,
                     call::CallSession* session, const kb::KnowledgeBase* kb, QObject* parent = nullptr);

    void setKnowledgeBase(const kb::KnowledgeBase* kb);
    // The appeal description a result writes: the script, the questions with the answers taken, the result.
    static QString pathText(const ScriptRunnerView& view);

public slots:
    void start(const QString& scriptId);

signals:
    void articleRequested(const QString& articleId);
    void message(const QString& text);

private:
    void onResult(const QString& scriptId, const QString& nodeId);
    void showArticleArea(bool show);
    void noteRuns();

    ScriptRunnerView* m_view;
    ArticleView* m_article;
    NavigatorPanel* m_navigator;
    AppealForm* m_form;
    call::CallSession* m_session;
    const kb::KnowledgeBase* m_kb;
    QString m_lastDescription; // what the last result wrote, so that the next one may replace it
};

} // namespace hotline::ui
