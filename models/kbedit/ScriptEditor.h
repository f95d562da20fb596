#pragma once

#include "ScriptWorkspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QUndoCommand>

class QUndoGroup;
class QUndoStack;

namespace hotline::kbedit {

// One change of a script: the whole script before and after (a script is small), so undo and redo are exact.
// Typing in one text of one node merges into one step until another field or node is edited.
class ScriptEditCommand : public QUndoCommand {
public:
    ScriptEditCommand(ScriptWorkspace& ws, QString scriptId, scripts::Script before, scripts::Script after,
                      const QString& text, QString mergeKey = {});
    void undo() override { m_ws.setScript(m_id, m_before); }
    void redo() override { m_ws.setScript(m_id, m_after); }
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ScriptWorkspace& m_ws;
    QString m_id;
    scripts::Script m_before;
    scripts::Script m_after;
    QString m_mergeKey; // "node/field" being typed in; empty: never merged
};

class AddScriptCommand : public QUndoCommand {
public:
    AddScriptCommand(ScriptWorkspace& ws, scripts::Script doc, const QString& text);
    void undo() override { m_ws.removeScript(m_doc.id); }
    void redo() override { m_ws.addScript(m_doc); }

private:
    ScriptWorkspace& m_ws;
    scripts::Script m_doc;
};

// The one way the script editor's views change the scripts: every call is an undo step on the script's own
// stack in the editor's undo group (the admin window's Ctrl+Z / Ctrl+Shift+Z). Anything typed is taken — the
// check says what is wrong; only what would lose the structure (an id that exists, a node id that is not
// well-formed) is refused with the reason.
class ScriptEditor : public QObject {
    Q_OBJECT
public:
    ScriptEditor(ScriptWorkspace& workspace, QUndoGroup* group, QObject* parent = nullptr);

    ScriptWorkspace& workspace() { return m_ws; }
    QUndoStack* stack(const QString& id);
    void activate(const QString& id);

    enum class Field { Title, Category, Keywords, Sources, Notes, Updated, Start };
    void setField(const QString& id, Field field, const QVariant& value);

    enum class NodeField { Type, Label, Text, Note, Next, Article, Kind, Days, Agencies, Algorithm, Category, Script };
    void setNodeField(const QString& id, const QString& node, NodeField field, const QVariant& value);
    // A node id changes everywhere it is named (answers, next, start).
    Status renameNode(const QString& id, const QString& node, const QString& newId);
    // A new node of `type` after `after` (at the end when empty); returns its id.
    Result<QString> addNode(const QString& id, scripts::NodeType type, const QString& after = {});
    Status removeNode(const QString& id, const QString& node);
    Status moveNode(const QString& id, const QString& node, int delta);

    void setAnswer(const QString& id, const QString& node, int index, const QString& text, const QString& to);
    void addAnswer(const QString& id, const QString& node);
    void removeAnswer(const QString& id, const QString& node, int index);
    void moveAnswer(const QString& id, const QString& node, int index, int delta);

    // Replaces the whole script as one step (the other editor's text).
    void replaceScript(const QString& id, const scripts::Script& doc, const QString& description);
    // What the server has now, not an edit of the editor's: the script's undo history starts again.
    void resetScript(const QString& id, const scripts::Script& doc);
    // A new script with a question and two results to start from.
    Status createScript(const QString& id, const QString& title, const QString& category, const QString& today,
                        const QStringList& articleIds);

private:
    void apply(const QString& id, const scripts::Script& after, const QString& text, const QString& mergeKey = {});

    ScriptWorkspace& m_ws;
    QUndoGroup* m_group;
    QHash<QString, QUndoStack*> m_stacks;
};

} // namespace hotline::kbedit
