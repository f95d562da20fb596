#include "ScriptEditor.h"

#include "scripts/ScriptFormat.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace hotline::kbedit {

using scripts::Node;
using scripts::NodeType;
using scripts::Script;
using scripts::ScriptFormat;

ScriptEditCommand::ScriptEditCommand(ScriptWorkspace& ws, QString scriptId, Script before, Script after,
                                     const QString& text, QString mergeKey)
    : m_ws(ws)
    , m_id(std::move(scriptId))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey)) {
    setText(text);
}

bool ScriptEditCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const ScriptEditCommand*>(other);
    if (m_mergeKey.isEmpty() || o->m_id != m_id || o->m_mergeKey != m_mergeKey)
        return false;
    m_after = o->m_after;
    return true;
}

AddScriptCommand::AddScriptCommand(ScriptWorkspace& ws, Script doc, const QString& text)
    : m_ws(ws)
    , m_doc(std::move(doc)) {
    setText(text);
}

ScriptEditor::ScriptEditor(ScriptWorkspace& workspace, QUndoGroup* group, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
    , m_group(group) {}

QUndoStack* ScriptEditor::stack(const QString& id) {
    QUndoStack*& s = m_stacks[id];
    if (!s)
        s = new QUndoStack(m_group);
    return s;
}

void ScriptEditor::activate(const QString& id) {
    m_group->setActiveStack(id.isEmpty() ? nullptr : stack(id));
}

void ScriptEditor::apply(const QString& id, const Script& after, const QString& text, const QString& mergeKey) {
    const ScriptEntry* e = m_ws.script(id);
    if (!e || e->doc == after)
        return;
    stack(id)->push(new ScriptEditCommand(m_ws, id, e->doc, after, text, mergeKey));
}

void ScriptEditor::setField(const QString& id, Field field, const QVariant& value) {
    const ScriptEntry* e = m_ws.script(id);
    if (!e)
        return;
    Script s = e->doc;
    QString what;
    switch (field) {
    case Field::Title:
        s.title = value.toString();
        what = tr("script title");
        break;
    case Field::Category:
        s.category = value.toString();
        what = tr("script category");
        break;
    case Field::Keywords:
        s.keywords = value.toStringList();
        what = tr("script keywords");
        break;
    case Field::Sources:
        s.sources = value.toStringList();
        what = tr("script sources");
        break;
    case Field::Notes:
        s.notes = value.toString();
        what = tr("script notes");
        break;
    case Field::Updated:
        s.updated = QDate::fromString(value.toString(), Qt::ISODate);
        what = tr("script update date");
        break;
    case Field::Start:
        s.start = value.toString();
        what = tr("start node");
        break;
    }
    apply(id, s, tr("edit of the %1").arg(what), QStringLiteral("script/%1").arg(int(field)));
}

void ScriptEditor::setNodeField(const QString& id, const QString& node, NodeField field, const QVariant& value) {
    const ScriptEntry* e = m_ws.script(id);
    if (!e || !e->doc.node(node))
        return;
    Script s = e->doc;
    Node& n = *s.node(node);
    switch (field) {
    case NodeField::Type:
        if (const auto t = scripts::nodeTypeFromId(value.toString()))
            n.type = *t;
        break;
    case NodeField::Label:
        n.label = value.toString();
        break;
    case NodeField::Text:
        n.text = value.toString();
        break;
    case NodeField::Note:
        n.note = value.toString();
        break;
    case NodeField::Next:
        n.next = value.toString();
        break;
    case NodeField::Article:
        n.article = value.toString();
        break;
    case NodeField::Kind:
        n.kind = value.toString();
        break;
    case NodeField::Days:
        n.days = value.toInt();
        break;
    case NodeField::Agencies:
        if (value.isNull())
            n.agencies.reset();
        else
            n.agencies = value.toStringList();
        break;
    case NodeField::Algorithm:
        n.algorithm = value.toString();
        break;
    case NodeField::Category:
        n.category = value.toString();
        break;
    case NodeField::Script:
        n.script = value.toString();
        break;
    }
    // Fields of another type go with a change of type: the file keeps what the node is.
    if (field == NodeField::Type) {
        if (n.type != NodeType::Question)
            n.answers.clear();
        if (n.type != NodeType::Info)
            n.next.clear();
        if (n.type != NodeType::Jump)
            n.script.clear();
        if (n.type != NodeType::Result) {
            n.article.clear();
            n.kind.clear();
            n.days = 0;
            n.agencies.reset();
            n.algorithm.clear();
            n.category.clear();
        }
    }
    const bool typing = field == NodeField::Label || field == NodeField::Text || field == NodeField::Note;
    apply(id, s, tr("edit of the node «%1»").arg(node),
          typing ? QStringLiteral("%1/%2").arg(node).arg(int(field)) : QString());
}

Status ScriptEditor::renameNode(const QString& id, const QString& node, const QString& newId) {
    const ScriptEntry* e = m_ws.script(id);
    if (!e || !e->doc.node(node))
        return Error{Error::Code::NotFound, tr("There is no node «%1».").arg(node)};
    if (newId == node)
        return Ok{};
    if (!ScriptFormat::isValidId(newId))
        return Error{Error::Code::InvalidInput,
                     tr("A node id may hold only lower-case Latin letters, digits and single dashes.")};
    if (e->doc.node(newId))
        return Error{Error::Code::InvalidInput, tr("The script already has a node «%1».").arg(newId)};
    Script s = e->doc;
    for (Node& n : s.nodes) {
        if (n.id == node)
            n.id = newId;
        if (n.next == node)
            n.next = newId;
        for (scripts::Answer& a : n.answers) {
            if (a.to == node)
                a.to = newId;
        }
    }
    if (s.start == node)
        s.start = newId;
    apply(id, s, tr("renaming of the node «%1» to «%2»").arg(node, newId));
    return Ok{};
}

Result<QString> ScriptEditor::addNode(const QString& id, NodeType type, const QString& after) {
    const ScriptEntry* e = m_ws.script(id);
    if (!e)
        return Error{Error::Code::NotFound, tr("There is no script «%1».").arg(id)};
    const QString prefix = type == NodeType::Question ? QStringLiteral("q")
                           : type == NodeType::Info   ? QStringLiteral("i")
                           : type == NodeType::Result ? QStringLiteral("r")
                                                      : QStringLiteral("j");
    int n = 1;
    while (e->doc.node(QStringLiteral("%1-%2").arg(prefix).arg(n)))
        ++n;
    Node node;
    node.id = QStringLiteral("%1-%2").arg(prefix).arg(n);
    node.type = type;
    Script s = e->doc;
    const int at = after.isEmpty() ? -1 : s.indexOf(after);
    s.nodes.insert(at < 0 ? s.nodes.size() : at + 1, node);
    if (s.start.isEmpty())
        s.start = node.id;
    apply(id, s, tr("new node «%1»").arg(node.id));
    return node.id;
}

Status ScriptEditor::removeNode(const QString& id, const QString& node) {
    const ScriptEntry* e = m_ws.script(id);
    if (!e || !e->doc.node(node))
        return Error{Error::Code::NotFound, tr("There is no node «%1».").arg(node)};
    Script s = e->doc;
    s.nodes.removeAt(s.indexOf(node));
    // What led to it now leads nowhere: the check shows those places.
    apply(id, s, tr("removal of the node «%1»").arg(node));
    return Ok{};
}

Status ScriptEditor::moveNode(const QString& id, const QString& node, int delta) {
    const ScriptEntry* e = m_ws.script(id);
    const int from = e ? e->doc.indexOf(node) : -1;
    if (from < 0)
        return Error{Error::Code::NotFound, tr("There is no node «%1».").arg(node)};
    const int to = from + delta;
    if (to < 0 || to >= e->doc.nodes.size())
        return Ok{};
    Script s = e->doc;
    s.nodes.move(from, to);
    apply(id, s, tr("move of the node «%1»").arg(node));
    return Ok{};
}

void ScriptEditor::setAnswer(const QString& id, const QString& node, int index, const QString& text,
                             const QString& to) {
    const ScriptEntry* e = m_ws.script(id);
    const Node* n = e ? e->doc.node(node) : nullptr;
    if (!n || index < 0 || index >= n->answers.size())
        return;
    Script s = e->doc;
    scripts::Answer& a = s.node(node)->answers[index];
    const bool typing = a.to == to;
    a = {text, to};
    apply(id, s, tr("edit of answer %1 of «%2»").arg(index + 1).arg(node),
          typing ? QStringLiteral("%1/answer/%2").arg(node).arg(index) : QString());
}

void ScriptEditor::addAnswer(const QString& id, const QString& node) {
    const ScriptEntry* e = m_ws.script(id);
    if (!e || !e->doc.node(node))
        return;
    Script s = e->doc;
    s.node(node)->answers.append({tr("New answer"), {}});
    apply(id, s, tr("new answer of «%1»").arg(node));
}

void ScriptEditor::removeAnswer(const QString& id, const QString& node, int index) {
    const ScriptEntry* e = m_ws.script(id);
    const Node* n = e ? e->doc.node(node) : nullptr;
    if (!n || index < 0 || index >= n->answers.size())
        return;
    Script s = e->doc;
    s.node(node)->answers.removeAt(index);
    apply(id, s, tr("removal of answer %1 of «%2»").arg(index + 1).arg(node));
}

void ScriptEditor::moveAnswer(const QString& id, const QString& node, int index, int delta) {
    const ScriptEntry* e = m_ws.script(id);
    const Node* n = e ? e->doc.node(node) : nullptr;
    const int to = index + delta;
    if (!n || index < 0 || index >= n->answers.size() || to < 0 || to >= n->answers.size())
        return;
    Script s = e->doc;
    s.node(node)->answers.move(index, to);
    apply(id, s, tr("move of answer %1 of «%2»").arg(index + 1).arg(node));
}

void ScriptEditor::replaceScript(const QString& id, const Script& doc, const QString& description) {
    apply(id, doc, description);
}

void ScriptEditor::resetScript(const QString& id, const Script& doc) {
    stack(id)->clear();
    m_ws.setScript(id, doc);
}

Status ScriptEditor::createScript(const QString& id, const QString& title, const QString& category,
                                  const QString& today, const QStringList& articleIds) {
    if (!ScriptFormat::isValidId(id))
        return Error{Error::Code::InvalidInput,
                     tr("A script id may hold only lower-case Latin letters, digits and single dashes.")};
    if (m_ws.script(id) || articleIds.contains(id))
        return Error{Error::Code::InvalidInput, tr("The id «%1» is taken by a script or an article.").arg(id)};
    if (title.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput, tr("Give the script a title.")};
    Script s;
    s.id = id;
    s.title = title.trimmed();
    s.category = category;
    s.updated = QDate::fromString(today, Qt::ISODate);
    s.start = QStringLiteral("q-1");
    Node q;
    q.id = s.start;
    q.type = NodeType::Question;
    q.answers = {{tr("Yes"), QStringLiteral("r-1")}, {tr("No"), QStringLiteral("r-2")}};
    Node r1;
    r1.id = QStringLiteral("r-1");
    r1.type = NodeType::Result;
    Node r2 = r1;
    r2.id = QStringLiteral("r-2");
    s.nodes = {q, r1, r2};
    auto* command = new AddScriptCommand(m_ws, s, tr("new script «%1»").arg(s.title));
    stack(id)->push(command);
    return Ok{};
}

} // namespace hotline::kbedit
