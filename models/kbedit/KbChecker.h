#pragma once

#include "KbWorkspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QTemporaryDir>

namespace hotline::kbedit {

// One problem of the edited knowledge base, placed where the editor can fix it.
struct Problem {
    enum class Severity { Error, Warning }; // an error blocks publishing what it is about
    enum class Scope { Article, Categories, Synonyms, Other };
    Severity severity = Severity::Error;
    Scope scope = Scope::Article;
    QString articleId; // Scope::Article
    QString field;     // the metadata key the problem is about ("" when it is the text or the whole file)
    int bodyLine = 0;  // 1-based line of the Markdown text, 0 when not about a line
    int group = -1;    // Scope::Synonyms: the group's row
    QString location;  // file[:line] as `hotline-cli kb check` prints it
    QString message;
};

// The whole `hotline-cli kb check` over the knowledge base as the editor has it now: the workspace is written
// into a private directory (only what changed since the last check) and loaded with the same
// KnowledgeBase::loadFromDir the CLI and the workstations use; on top come the editor's own checks
// (category tree, synonym groups, placeholders the operator's window does not fill, links to unpublished
// articles, subcategories without articles).
class KbChecker {
    Q_DECLARE_TR_FUNCTIONS(KbChecker)

public:
    explicit KbChecker(const KbWorkspace& workspace);

    QList<Problem> check();

    static QList<Problem> about(const QList<Problem>& problems, Problem::Scope scope, const QString& articleId = {});
    static bool hasErrors(const QList<Problem>& problems);

private:
    void write();
    QString articlePath(const ArticleEntry& e, const QString& key) const;
    Problem fromIssue(const kb::KbIssue& issue) const;
    void addEditorChecks(QList<Problem>& out) const;

    const KbWorkspace& m_ws;
    QTemporaryDir m_dir;
    QHash<QString, std::pair<QString, QString>> m_written; // key → (relative path, text)
    QHash<QString, QString> m_keyOfPath;
    QByteArray m_categories;
    QByteArray m_synonyms;
};

} // namespace hotline::kbedit
