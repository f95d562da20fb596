#include "ScriptRunner.h"

namespace hotline::scripts {

ScriptRunner::ScriptRunner(Lookup lookup)
    : m_lookup(std::move(lookup)) {}

const Script* ScriptRunner::startScript() const {
    return m_startScript.isEmpty() ? nullptr : m_lookup(m_startScript);
}

const Script* ScriptRunner::script() const {
    return m_history.isEmpty() ? nullptr : m_lookup(m_history.last().script);
}

const Node* ScriptRunner::node() const {
    const Script* s = script();
    return s ? s->node(m_history.last().node) : nullptr;
}

bool ScriptRunner::atResult() const {
    const Node* n = node();
    return n && n->type == NodeType::Result;
}

Status ScriptRunner::start(const QString& scriptId) {
    const Script* s = m_lookup(scriptId);
    if (!s)
        return Error{Error::Code::NotFound, tr("There is no script «%1» in the knowledge base.").arg(scriptId)};
    stop();
    m_startScript = scriptId;
    return enter(scriptId, s->start);
}

Status ScriptRunner::restart() {
    if (m_startScript.isEmpty())
        return Error{Error::Code::NotFound, tr("No script was started.")};
    return start(m_startScript);
}

void ScriptRunner::stop() {
    m_finished += currentRuns();
    m_history.clear();
}

// Moves to a node; a jump is passed through into the other script's start.
Status ScriptRunner::enter(const QString& scriptId, const QString& nodeId) {
    const qsizetype before = m_history.size();
    QString sid = scriptId, nid = nodeId;
    for (int hops = 0;; ++hops) {
        const Script* s = m_lookup(sid);
        const Node* n = s ? s->node(nid) : nullptr;
        if (!n || hops > kMaxJumps) {
            m_history.resize(before);
            const QString where = s ? s->title : sid;
            return Error{Error::Code::NotFound,
                         !n ? tr("The script «%1» has no step «%2»: tell the knowledge-base editor.").arg(where, nid)
                            : tr("The script «%1» jumps in a circle: tell the knowledge-base editor.").arg(where)};
        }
        m_history.append({sid, nid, -1});
        if (n->type != NodeType::Jump)
            return Ok{};
        const Script* target = m_lookup(n->script);
        if (!target) {
            m_history.resize(before);
            return Error{
                Error::Code::NotFound,
                tr("The script «%1» goes on in «%2», which is not in the knowledge base.").arg(s->title, n->script)};
        }
        sid = target->id;
        nid = target->start;
    }
}

Status ScriptRunner::choose(int index) {
    const Node* n = node();
    if (!n || n->type != NodeType::Question || index < 0 || index >= n->answers.size())
        return Error{Error::Code::InvalidInput, tr("There is no such answer here.")};
    const QString target = n->answers.at(index).to;
    m_history.last().answer = index;
    if (auto st = enter(m_history.last().script, target); !st) {
        m_history.last().answer = -1;
        return st;
    }
    return Ok{};
}

Status ScriptRunner::next() {
    const Node* n = node();
    if (!n || n->type != NodeType::Info)
        return Error{Error::Code::InvalidInput, tr("This step does not go on by itself.")};
    return enter(m_history.last().script, n->next);
}

bool ScriptRunner::back() {
    if (m_history.size() <= 1)
        return false;
    m_history.removeLast();
    // A jump is not a place to stand: back over it to the node that led to it.
    while (m_history.size() > 1) {
        const Script* s = m_lookup(m_history.last().script);
        const Node* n = s ? s->node(m_history.last().node) : nullptr;
        if (n && n->type != NodeType::Jump)
            break;
        m_history.removeLast();
    }
    m_history.last().answer = -1;
    return true;
}

QList<ScriptRunner::Crumb> ScriptRunner::crumbs() const {
    QList<Crumb> out;
    for (const Step& step : m_history) {
        const Script* s = m_lookup(step.script);
        const Node* n = s ? s->node(step.node) : nullptr;
        if (!n)
            continue;
        switch (n->type) {
        case NodeType::Question:
            if (step.answer >= 0 && step.answer < n->answers.size())
                out.append({Crumb::Kind::Answer, nodeLabel(*n), n->answers.at(step.answer).text});
            break;
        case NodeType::Info:
            if (&step != &m_history.last())
                out.append({Crumb::Kind::Info, nodeLabel(*n), {}});
            break;
        case NodeType::Jump: {
            const Script* target = m_lookup(n->script);
            out.append({Crumb::Kind::Jump, target ? target->title : n->script, {}});
            break;
        }
        case NodeType::Result:
            out.append({Crumb::Kind::Result, nodeLabel(*n), {}});
            break;
        }
    }
    return out;
}

QList<call::CallScriptRun> ScriptRunner::currentRuns() const {
    QList<call::CallScriptRun> out;
    for (const Step& step : m_history) {
        if (out.isEmpty() || out.last().script != step.script || out.last().end == call::CallScriptRun::End::Jumped)
            out.append({step.script, {}, call::CallScriptRun::End::Abandoned});
        call::CallScriptRun& run = out.last();
        run.nodes << step.node;
        const Script* s = m_lookup(step.script);
        const Node* n = s ? s->node(step.node) : nullptr;
        if (n && n->type == NodeType::Jump)
            run.end = call::CallScriptRun::End::Jumped;
        else if (n && n->type == NodeType::Result)
            run.end = call::CallScriptRun::End::Result;
    }
    return out;
}

QList<call::CallScriptRun> ScriptRunner::runs() const {
    return m_finished + currentRuns();
}

void ScriptRunner::clearRuns() {
    m_finished.clear();
}

} // namespace hotline::scripts
