#include "ScriptController.h"

#include "ScriptRunnerView.h"
#include "appeal/AppealForm.h"
#include "article/ArticleView.h"
#include "call/CallSession.h"
#include "kb/KnowledgeBase.h"
#include "scripts/ResultSettings.h"
#include "search/NavigatorPanel.h"

#include <QSplitter>

namespace hotline::ui {

ScriptController::ScriptController(ScriptRunnerView* view, ArticleView* article, AppealForm* form,
                                   NavigatorPanel* navigator, call::CallSession* session, const kb::KnowledgeBase* kb,
                                   QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_article(article)
    , m_navigator(navigator)
    , m_form(form)
    , m_session(session)
    , m_kb(kb) {
    m_view->hide();
    connect(m_view, &ScriptRunnerView::stepped, this, [this] {
        // Asking: the runner has the room; at a result the article comes back under it.
        showArticleArea(!m_view->isRunning() || m_view->runner().atResult());
        noteRuns();
    });
    connect(m_view, &ScriptRunnerView::resultReached, this, &ScriptController::onResult);
    connect(navigator, &NavigatorPanel::scriptRequested, this, &ScriptController::start);
    // An article opened while the script asks is shown under it.
    connect(navigator, &NavigatorPanel::articleRequested, this, [this] { showArticleArea(true); });
    connect(m_article, &ArticleView::articleLinkActivated, this, [this] { showArticleArea(true); });
    connect(m_view, &ScriptRunnerView::problem, this, &ScriptController::message);
    connect(m_session, &call::CallSession::stateChanged, this, [this](call::CallSession::State state) {
        // A new call: the script runs before it are not its; the one on screen now is.
        if (state == call::CallSession::State::Active && m_session->scriptRuns().isEmpty()) {
            m_view->runner().clearRuns();
            noteRuns();
        }
    });
}

void ScriptController::setKnowledgeBase(const kb::KnowledgeBase* kb) {
    m_kb = kb;
    m_view->setKnowledgeBase(kb);
}

void ScriptController::start(const QString& scriptId) {
    if (!m_view->start(scriptId))
        return;
    m_navigator->revealInTree(scriptId);
    m_view->setFocus(Qt::OtherFocusReason); // the tree took it: the number keys answer
    emit message(tr("Script started: number keys answer, Backspace goes back, Esc closes it."));
}

void ScriptController::showArticleArea(bool show) {
    m_article->setVisible(show);
    auto* split = qobject_cast<QSplitter*>(m_view->parentWidget());
    if (!split || !show || !m_view->isVisible())
        return;
    // Both shown: at a result the path and the summary above the article; while asking, the questions first.
    const int total = split->height();
    const int runner = m_view->runner().atResult() ? std::min(total / 2, 260) : total * 3 / 5;
    split->setSizes({runner, total - runner});
}

void ScriptController::noteRuns() {
    m_session->noteScriptRuns(m_view->runner().runs());
}

QString ScriptController::pathText(const ScriptRunnerView& view) {
    const scripts::ScriptRunner& runner = view.runner();
    const scripts::Script* start = runner.startScript();
    QStringList lines;
    lines << tr("Script «%1»:").arg(start ? start->title : QString());
    for (const scripts::ScriptRunner::Crumb& c : runner.crumbs()) {
        switch (c.kind) {
        case scripts::ScriptRunner::Crumb::Kind::Answer:
            lines << QStringLiteral("— %1: %2").arg(c.label, c.answer);
            break;
        case scripts::ScriptRunner::Crumb::Kind::Info:
            break; // read out, nothing decided
        case scripts::ScriptRunner::Crumb::Kind::Jump:
            lines << tr("— on in the script «%1»").arg(c.label);
            break;
        case scripts::ScriptRunner::Crumb::Kind::Result:
            lines << tr("— result: %1").arg(c.label);
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void ScriptController::onResult(const QString& scriptId, const QString& nodeId) {
    const scripts::Script* script = m_kb ? m_kb->script(scriptId) : nullptr;
    const scripts::Node* node = script ? script->node(nodeId) : nullptr;
    const auto settings = node ? scripts::resolveResult(*node, *m_kb) : std::nullopt;
    if (!settings) {
        emit message(tr("This result of the script cannot fill the form: tell the knowledge-base editor."));
        return;
    }
    const kb::Article* article = m_kb->article(settings->articleId);
    if (article)
        emit articleRequested(article->id);
    AppealFormData d = m_form->data();
    d.kind = settings->kind;
    d.days = settings->days;
    d.categoryId = settings->category;
    d.articleId = settings->articleId;
    d.algorithm = settings->algorithm;
    d.agencyIds = settings->agencies;
    d.roadmap = settings->roadmap;
    const QString title = article ? article->title : scripts::nodeLabel(*node);
    const QString generated = title + QLatin1Char('\n') + pathText(*m_view) + QLatin1Char('\n');
    // What the operator wrote stays; what an earlier result or article wrote is replaced.
    const QString previous = d.description.trimmed();
    if (previous.isEmpty() || previous == d.articleTitle.trimmed() || previous == m_lastDescription.trimmed())
        d.description = generated;
    else
        d.description = d.description.trimmed() + QStringLiteral("\n\n") + pathText(*m_view) + QLatin1Char('\n');
    d.articleTitle = title;
    m_lastDescription = d.description;
    m_form->setData(d);
    emit message(tr("The appeal form is filled in from the script's result (F8 to check and file it)."));
}

} // namespace hotline::ui
