#pragma once

#include "KbWorkspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QTemporaryDir>

namespace hotline::kbedit {

// One problem of the edited knowledge base, placed where the editor can fix it.
struct Problem {
    enum class Severity { Error, Warning }; // an error blocks publishing what it is about
    enum class Scope { Article, Categories, Synonyms, Other, Script };
    Severity severity = Severity::Error;
    Scope scope = Scope::Article;
    QString articleId; // Scope::Article
    QString field;     // the metadata key the problem is about ("" when it is the text or the whole file)
    int bodyLine = 0;  // 1-based line of the Markdown text, 0 when not about a line
    int group = -1;    // Scope::Synonyms: the group's row
    QString location;  // file[:line] as `hotline-cli kb check` prints it
    QString message;
    QString scriptId{}; // Scope::Script
    QString node{};     // Scope::Script: the node the line is in (empty: the script's metadata)
};

// The whole `hotline-cli kb check` over the knowledge base as the editor has it now: the workspace is written
// into a private directory (only what changed since the last check) and loaded with the same
// KnowledgeBase::loadFromDir the CLI and the workstations use; on top come the editor's own checks
// (category tree, synonym groups, placeholders the operator's window does not fill, links to unpublished
// articles, subcategories without articles).
class ScriptWorkspace;

class KbChecker {
    Q_DECLARE_TR_FUNCTIONS(KbChecker)

public:
    explicit KbChecker(const KbWorkspace& workspace);
    // The editor's scripts are checked with the rest (against the editor's articles); without them the shipped
    // or synced scripts of the KB directory are.
    void setScripts(const ScriptWorkspace* scripts) { m_scripts = scripts; }

    QList<Problem> check();

    // The problems of one article (or script, with Scope::Script), or of the categories or synonyms.
    static QList<Problem> about(const QList<Problem>& problems, Problem::Scope scope, const QString& articleId = {});
    static bool hasErrors(const QList<Problem>& problems);

private:
    void write();
    void writeScripts();
    Problem fromScriptIssue(const kb::KbIssue& issue) const;
    QString articlePath(const ArticleEntry& e, const QString& key) const;
    Problem fromIssue(const kb::KbIssue& issue) const;
    void addEditorChecks(QList<Problem>& out) const;

    const KbWorkspace& m_ws;
    const ScriptWorkspace* m_scripts = nullptr;
    QHash<QString, QString> m_writtenScripts; // id → file text
    QTemporaryDir m_dir;
    QHash<QString, std::pair<QString, QString>> m_written; // key → (relative path, text)
    QHash<QString, QString> m_keyOfPath;
    QByteArray m_categories;
    QByteArray m_synonyms;
};

} // namespace hotline::kbedit
