#pragma once

#include "DraftStore.h"
#include "KbWorkspace.h"
#include "scripts/Script.h"

#include <QHash>
#include <QObject>
#include <memory>

class QTimer;

namespace hotline::kbedit {

// One guided script in the editor: the editor's script and the file it was based on.
struct ScriptEntry {
    scripts::Script doc;
    QString baseText;                  // the published (or shipped) file the edit started from; empty: new
    QString baseCanonical;             // baseText as the editor writes it
    int baseVersion = kUnknownVersion; // the wiki version of baseText; 0: not on the wiki
    int serverVersion = 0;             // the newest version the wiki reported (0: not asked yet)

    QString text() const; // the file as the editor writes it now
    bool isNew() const { return baseText.isEmpty(); }
    bool modified() const { return text() != baseCanonical; }
    bool serverIsNewer() const { return baseVersion >= 0 && serverVersion > baseVersion; }
};

// The guided scripts the KB editor works on, beside the articles of KbWorkspace and kept the same way: each with
// the file it was based on and its wiki version (the synced page "Script_<id>", else the KB directory's
// scripts/<id>.json), and the editor's unpublished changes as owner-only drafts in <data>/kbedit (key
// "script_<id>", which no article id can be), saved a moment after each change and when it closes. Only the undo
// commands (ScriptEditor) change it.
class ScriptWorkspace : public QObject {
    Q_OBJECT
public:
    ScriptWorkspace(QString kbDir, const QString& dataDir, QObject* parent = nullptr);
    ~ScriptWorkspace() override;

    // Files and drafts that could not be read as a script at all.
    const kb::KbIssues& loadProblems() const { return m_loadProblems; }
    QStringList scriptIds() const { return m_order; }
    const ScriptEntry* script(const QString& id) const;
    const scripts::Script* doc(const QString& id) const; // for a runner's lookup
    QStringList modifiedScripts() const;

    void setScript(const QString& id, const scripts::Script& doc);
    void addScript(const scripts::Script& doc);
    void removeScript(const QString& id); // a new script only (undo of adding it)

    void markPublished(const QString& id, const QString& text, int version);
    void rebase(const QString& id, const QString& serverText, int version);
    void setServerVersion(const QString& id, int version);
    void learnBaseVersion(const QString& id, int version);

    Status saveDrafts();
    void setAutosaveDelayMs(int ms);
    static QString draftKey(const QString& scriptId);

signals:
    void scriptChanged(const QString& id);
    void scriptAdded(const QString& id);
    void scriptRemoved(const QString& id);
    void draftsSaved();
    void draftSaveFailed(const QString& message);

private:
    void load();
    void touched(const QString& id);

    QString m_kbDir;
    QString m_dataDir;
    DraftStore m_drafts;
    QHash<QString, ScriptEntry> m_scripts;
    QStringList m_order;
    kb::KbIssues m_loadProblems;
    QSet<QString> m_pending;
    QSet<QString> m_records; // scripts with a record of their own (a draft, or a base learned from a publish)
    QTimer* m_autosave;
};

} // namespace hotline::kbedit
