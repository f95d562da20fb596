#include "KbChecker.h"

#include "ScriptWorkspace.h"
#include "kb/KnowledgeBase.h"
#include "scripts/ScriptFormat.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace hotline::kbedit {

namespace {

void copyDir(const QString& from, const QString& to) {
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).path());
        QFile::copy(file, target);
    }
}

void writeFile(const QString& path, const QByteArray& data) {
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(data);
        f.commit();
    }
}

bool mentions(const QString& message, const QString& word) {
    return message.contains(QLatin1Char('"') + word + QLatin1Char('"')) ||
           message.contains(QStringLiteral("«") + word + QStringLiteral("»"));
}

} // namespace

KbChecker::KbChecker(const KbWorkspace& workspace)
    : m_ws(workspace) {
    for (const char* sub : {"reference", "policy", "scripts"})
        copyDir(QDir(m_ws.kbDir()).filePath(QLatin1String(sub)), m_dir.filePath(QLatin1String(sub)));
}

// The editor's scripts in place of the KB directory's (only what changed since the last check is written).
void KbChecker::writeScripts() {
    if (!m_scripts)
        return;
    const QDir dir(m_dir.filePath(QStringLiteral("scripts")));
    QSet<QString> present;
    for (const QString& id : m_scripts->scriptIds()) {
        present.insert(id);
        const QString text = m_scripts->script(id)->text();
        if (m_writtenScripts.value(id) == text && !text.isEmpty())
            continue;
        writeFile(dir.filePath(id + QStringLiteral(".json")), text.toUtf8());
        m_writtenScripts.insert(id, text);
    }
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString& file : files) {
        const QString id = QFileInfo(file).completeBaseName();
        if (!present.contains(id)) {
            QFile::remove(dir.filePath(file));
            m_writtenScripts.remove(id);
        }
    }
}

Problem KbChecker::fromScriptIssue(const kb::KbIssue& issue) const {
    Problem p;
    p.scope = Problem::Scope::Script;
    p.scriptId = QFileInfo(issue.file).completeBaseName();
    p.location = issue.line > 0 ? QStringLiteral("%1:%2").arg(issue.file).arg(issue.line) : issue.file;
    p.message = issue.message;
    // The node whose lines hold the problem's line (its "id" starts it).
    const QString text = m_writtenScripts.value(p.scriptId);
    const auto parsed = scripts::ScriptFormat::parse(text.toUtf8(), issue.file);
    if (parsed.script && issue.line > 0) {
        for (const scripts::Node& n : parsed.script->nodes) {
            if (n.line > 0 && n.line <= issue.line)
                p.node = n.id;
        }
    }
    return p;
}

QString KbChecker::articlePath(const ArticleEntry& e, const QString& key) const {
    QString top = m_ws.categories().parentOf(e.doc.category);
    if (top.isEmpty())
        top = QStringLiteral("_"); // an unknown category: the check says so
    return QStringLiteral("articles/%1/%2.md").arg(top, e.doc.id.isEmpty() ? key : e.doc.id);
}

void KbChecker::write() {
    const QByteArray categories = m_ws.categories().toJson();
    if (categories != m_categories)
        writeFile(m_dir.filePath(QStringLiteral("categories.json")), m_categories = categories);
    const QByteArray synonyms = m_ws.synonyms().toJson();
    if (synonyms != m_synonyms)
        writeFile(m_dir.filePath(QStringLiteral("synonyms.json")), m_synonyms = synonyms);
    QSet<QString> present;
    for (const QString& key : m_ws.articleIds()) {
        const ArticleEntry* e = m_ws.article(key);
        present.insert(key);
        const QString path = articlePath(*e, key);
        const QString text = e->doc.toText();
        const auto was = m_written.constFind(key);
        if (was != m_written.cend() && was->first == path && was->second == text)
            continue;
        if (was != m_written.cend() && was->first != path) {
            QFile::remove(m_dir.filePath(was->first));
            m_keyOfPath.remove(was->first);
        }
        writeFile(m_dir.filePath(path), text.toUtf8());
        m_written.insert(key, {path, text});
        m_keyOfPath.insert(path, key);
    }
    for (auto it = m_written.begin(); it != m_written.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        QFile::remove(m_dir.filePath(it->first));
        m_keyOfPath.remove(it->first);
        it = m_written.erase(it);
    }
}

Problem KbChecker::fromIssue(const kb::KbIssue& issue) const {
    Problem p;
    p.location = issue.line > 0 ? QStringLiteral("%1:%2").arg(issue.file).arg(issue.line) : issue.file;
    p.message = issue.message;
    if (issue.file == QLatin1String("categories.json")) {
        p.scope = Problem::Scope::Categories;
        return p;
    }
    if (issue.file == QLatin1String("synonyms.json")) {
        p.scope = Problem::Scope::Synonyms;
        return p;
    }
    const QString key = m_keyOfPath.value(issue.file);
    const ArticleEntry* e = key.isEmpty() ? nullptr : m_ws.article(key);
    if (!e) {
        p.scope = Problem::Scope::Other;
        return p;
    }
    p.articleId = key;
    p.location =
        QStringLiteral("%1.md").arg(key) + (issue.line > 0 ? QStringLiteral(":%1").arg(issue.line) : QString());
    const int first = e->doc.bodyFirstLine();
    if (issue.line >= first) {
        p.bodyLine = issue.line - first + 1;
        return p;
    }
    // A metadata problem: the key it names, or the field whose value it quotes.
    for (const ArticleField f : {ArticleField::Title, ArticleField::Category, ArticleField::Kind, ArticleField::Days,
                                 ArticleField::Agencies, ArticleField::Algorithm, ArticleField::Keywords,
                                 ArticleField::LegalBasis, ArticleField::Updated, ArticleField::Roadmap}) {
        if (mentions(issue.message, metadataKey(f))) {
            p.field = metadataKey(f);
            return p;
        }
    }
    if (mentions(issue.message, QStringLiteral("step")) || mentions(issue.message, QStringLiteral("role")))
        p.field = metadataKey(ArticleField::Roadmap);
    else if (!e->doc.category.isEmpty() && mentions(issue.message, e->doc.category))
        p.field = metadataKey(ArticleField::Category);
    else if (mentions(issue.message, e->doc.id) || mentions(issue.message, QStringLiteral("id")))
        p.field = QStringLiteral("id");
    for (const QString& agency : e->doc.agencies) {
        if (p.field.isEmpty() && mentions(issue.message, agency))
            p.field = metadataKey(ArticleField::Agencies);
    }
    if (p.field.isEmpty() && (mentions(issue.message, e->doc.field(ArticleField::Kind).toString())))
        p.field = metadataKey(ArticleField::Kind);
    if (p.field.isEmpty() && (mentions(issue.message, e->doc.field(ArticleField::Algorithm).toString())))
        p.field = metadataKey(ArticleField::Algorithm);
    return p;
}

void KbChecker::addEditorChecks(QList<Problem>& out) const {
    const QSet<QString> used = m_ws.usedCategories();
    if (auto valid = m_ws.categories().validate(used); !valid) {
        for (const QString& line : valid.error().message.split(QLatin1Char('\n')))
            out.append({Problem::Severity::Error,
                        Problem::Scope::Categories,
                        {},
                        {},
                        0,
                        -1,
                        QStringLiteral("categories.json"),
                        line});
    }
    QStringList empty;
    for (const kb::Category& c : m_ws.categories().flatten()) {
        if (!c.parentId.isEmpty() && !used.contains(c.id))
            empty << c.title;
    }
    if (!empty.isEmpty())
        out.append({Problem::Severity::Warning,
                    Problem::Scope::Categories,
                    {},
                    {},
                    0,
                    -1,
                    QStringLiteral("categories.json"),
                    tr("Subcategories without articles (operators see them empty): %1")
                        .arg(empty.join(QStringLiteral(", ")))});
    const SynonymSet& synonyms = m_ws.synonyms();
    for (int g = 0; g < synonyms.groups().size(); ++g) {
        for (const QString& p : synonyms.problemsOf(g))
            out.append({Problem::Severity::Error,
                        Problem::Scope::Synonyms,
                        {},
                        {},
                        0,
                        g,
                        QStringLiteral("synonyms.json"),
                        tr("Group %1: %2").arg(g + 1).arg(p)});
    }
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([^}]*?)\s*\}\})"));
    static const QRegularExpression link(QStringLiteral(R"(\]\(kb:([^)\s]*)\))"));
    for (const QString& id : m_ws.articleIds()) {
        const ArticleEntry* e = m_ws.article(id);
        const QStringList lines = e->doc.body.split(QLatin1Char('\n'));
        bool inScript = false;
        for (int i = 0; i < lines.size(); ++i) {
            const QString& line = lines.at(i);
            if (line.startsWith(QLatin1String("## "))) {
                inScript = line.mid(3).trimmed().compare(QStringLiteral("Скрипт ответа"), Qt::CaseInsensitive) == 0;
                continue;
            }
            if (!inScript) {
                for (auto it = placeholder.globalMatch(line); it.hasNext();)
                    out.append({Problem::Severity::Warning,
                                Problem::Scope::Article,
                                id,
                                {},
                                i + 1,
                                -1,
                                QStringLiteral("%1.md").arg(id),
                                tr("{{%1}} is outside the answer script: the operator's window fills placeholders "
                                   "in the script only, the operator would see it as it is")
                                    .arg(it.next().captured(1))});
            }
            for (auto it = link.globalMatch(line); it.hasNext();) {
                const QString target = it.next().captured(1);
                const ArticleEntry* t = m_ws.article(target);
                if (t && t->isNew() && id != target)
                    out.append({Problem::Severity::Warning,
                                Problem::Scope::Article,
                                id,
                                {},
                                i + 1,
                                -1,
                                QStringLiteral("%1.md").arg(id),
                                tr("the link to kb:%1 leads to an article that is not published yet: publish it "
                                   "first, or the operators get a broken link")
                                    .arg(target)});
            }
        }
    }
}

QList<Problem> KbChecker::check() {
    write();
    writeScripts();
    QList<Problem> out;
    for (const kb::KbIssue& issue : m_ws.loadProblems()) {
        Problem p;
        p.scope = issue.file == QLatin1String("categories.json") ? Problem::Scope::Categories
                  : issue.file == QLatin1String("synonyms.json") ? Problem::Scope::Synonyms
                                                                 : Problem::Scope::Other;
        p.location = issue.file;
        p.message = issue.message;
        out.append(p);
    }
    const kb::KnowledgeBase::Loaded loaded = kb::KnowledgeBase::loadFromDir(m_dir.path());
    for (const kb::KbIssue& issue : loaded.issues)
        out.append(issue.file.startsWith(QLatin1String("scripts/")) ? fromScriptIssue(issue) : fromIssue(issue));
    if (m_scripts) {
        for (const kb::KbIssue& issue : m_scripts->loadProblems())
            out.append(fromScriptIssue(issue));
    }
    addEditorChecks(out);
    return out;
}

QList<Problem> KbChecker::about(const QList<Problem>& problems, Problem::Scope scope, const QString& articleId) {
    QList<Problem> out;
    for (const Problem& p : problems) {
        const bool item = scope == Problem::Scope::Article  ? p.articleId == articleId
                          : scope == Problem::Scope::Script ? p.scriptId == articleId
                                                            : true;
        if (p.scope == scope && item)
            out.append(p);
    }
    return out;
}

bool KbChecker::hasErrors(const QList<Problem>& problems) {
    for (const Problem& p : problems) {
        if (p.severity == Problem::Severity::Error)
            return true;
    }
    return false;
}

} // namespace hotline::kbedit
