#include "ScriptChecker.h"

#include "ResultSettings.h"
#include "domain/ReferenceData.h"
#include "kb/ArticleParser.h"
#include "kb/KnowledgeBase.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace hotline::scripts {

namespace {

class Check {
public:
    Check(const QList<Script>& scripts, const kb::KnowledgeBase& kb, const domain::ReferenceData* reference)
        : m_scripts(scripts)
        , m_kb(kb)
        , m_reference(reference) {
        for (const Script& s : scripts)
            m_byId.insert(s.id, &s);
    }

    kb::KbIssues run() {
        for (const Script& s : m_scripts)
            checkScript(s);
        findLoops();
        return m_issues;
    }

private:
    void problem(const Script& s, const Node* n, const QString& message) {
        const QString text = n ? ScriptChecker::tr("node \"%1\": %2").arg(n->id, message) : message;
        m_issues.append({s.filePath, n ? n->line : s.line, text, false});
    }

    bool isSubcategory(const QString& id) const {
        const kb::Category* c = m_kb.category(id);
        return c && !c->parentId.isEmpty();
    }

    void checkScript(const Script& s) {
        if (!s.filePath.isEmpty() && QFileInfo(s.filePath).completeBaseName() != s.id)
            problem(s, nullptr, ScriptChecker::tr("the id \"%1\" must equal the file name").arg(s.id));
        if (m_kb.article(s.id))
            problem(s, nullptr,
                    ScriptChecker::tr("the id \"%1\" is also an article's id: give the script its own").arg(s.id));
        if (!s.category.isEmpty() && !isSubcategory(s.category))
            problem(s, nullptr,
                    ScriptChecker::tr("unknown category \"%1\": use a subcategory id from categories.json")
                        .arg(s.category));
        QSet<QString> seen;
        for (const Node& n : s.nodes) {
            if (!n.id.isEmpty() && seen.contains(n.id))
                problem(s, &n, ScriptChecker::tr("the id is used by another node of the script too"));
            seen.insert(n.id);
        }
        if (!s.start.isEmpty() && !s.node(s.start))
            problem(s, nullptr, ScriptChecker::tr("the start node \"%1\" does not exist").arg(s.start));
        for (const Node& n : s.nodes)
            checkNode(s, n);
        checkReachable(s);
    }

    void checkTarget(const Script& s, const Node& n, const QString& target, const QString& what) {
        if (!target.isEmpty() && !s.node(target))
            problem(s, &n,
                    ScriptChecker::tr("%1 leads to \"%2\", which is not a node of the script").arg(what, target));
    }

    void checkPlaceholders(const Script& s, const Node& n) {
        static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([^}]*?)\s*\}\})"));
        for (const QString& text : {n.text, n.label}) {
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const QString name = it.next().captured(1);
                if (!kb::ArticleParser::knownPlaceholders().contains(name))
                    problem(s, &n, ScriptChecker::tr("unknown placeholder {{%1}}").arg(name));
            }
        }
    }

    void notFor(const Script& s, const Node& n, bool present, const QString& key) {
        if (present)
            problem(s, &n,
                    ScriptChecker::tr("\"%1\" does not belong to a node of type %2").arg(key, nodeTypeId(n.type)));
    }

    void checkNode(const Script& s, const Node& n) {
        checkPlaceholders(s, n);
        const bool question = n.type == NodeType::Question, info = n.type == NodeType::Info,
                   result = n.type == NodeType::Result, jump = n.type == NodeType::Jump;
        notFor(s, n, !question && !n.answers.isEmpty(), QStringLiteral("answers"));
        notFor(s, n, !info && !n.next.isEmpty(), QStringLiteral("next"));
        notFor(s, n, !jump && !n.script.isEmpty(), QStringLiteral("script"));
        notFor(s, n,
               !result && (!n.article.isEmpty() || !n.kind.isEmpty() || n.days != 0 || n.agencies ||
                           !n.algorithm.isEmpty() || !n.category.isEmpty()),
               QStringLiteral("article/kind/days/agencies/algorithm/category"));
        if ((question || info) && n.text.trimmed().isEmpty())
            problem(s, &n, ScriptChecker::tr("the text to read out is empty"));
        if (question) {
            if (n.answers.isEmpty())
                problem(s, &n,
                        ScriptChecker::tr("a dead end: the question has no answers (only a result may end a "
                                          "script)"));
            if (n.answers.size() > ScriptChecker::kMaxAnswers)
                problem(s, &n,
                        ScriptChecker::tr("%1 answers: at most %2 (the number keys 1–9)")
                            .arg(n.answers.size())
                            .arg(ScriptChecker::kMaxAnswers));
            for (int i = 0; i < n.answers.size(); ++i)
                checkTarget(s, n, n.answers.at(i).to, ScriptChecker::tr("answer %1").arg(i + 1));
        } else if (info) {
            if (n.next.isEmpty())
                problem(s, &n,
                        ScriptChecker::tr("a dead end: the information has no \"next\" (only a result may end a "
                                          "script)"));
            checkTarget(s, n, n.next, QStringLiteral("\"next\""));
        } else if (jump) {
            if (n.script.isEmpty())
                problem(s, &n, ScriptChecker::tr("a dead end: the jump names no script"));
            else if (!m_byId.contains(n.script))
                problem(s, &n, ScriptChecker::tr("jumps to the script \"%1\", which does not exist").arg(n.script));
        } else if (result) {
            checkResult(s, n);
        }
    }

    void checkResult(const Script& s, const Node& n) {
        const kb::Article* article = nullptr;
        if (!n.article.isEmpty()) {
            article = m_kb.article(n.article);
            if (!article)
                problem(s, &n, ScriptChecker::tr("unknown article \"%1\"").arg(n.article));
        }
        if (n.article.isEmpty() && n.kind.isEmpty())
            problem(s, &n, ScriptChecker::tr("the result neither opens an article nor sets the kind of appeal"));
        // The kind the result ends with: its own, else the article's (none known: nothing more to check).
        bool known = article != nullptr;
        domain::AppealKind kind = article ? article->kind : domain::AppealKind::Simple;
        if (!n.kind.isEmpty()) {
            const auto own = domain::appealKindFromId(n.kind);
            known = own.has_value();
            kind = own.value_or(kind);
            if (!own)
                problem(s, &n,
                        ScriptChecker::tr("unknown kind \"%1\" (simple, complex, task or complaint)").arg(n.kind));
        }
        if (!n.algorithm.isEmpty() && !domain::algorithmFromId(n.algorithm))
            problem(s, &n, ScriptChecker::tr("unknown algorithm \"%1\" (single, multi or omsu)").arg(n.algorithm));
        if (!n.category.isEmpty() && !isSubcategory(n.category))
            problem(s, &n,
                    ScriptChecker::tr("unknown category \"%1\": use a subcategory id from categories.json")
                        .arg(n.category));
        if (n.agencies) {
            if (n.agencies->isEmpty())
                problem(s, &n, ScriptChecker::tr("\"agencies\" is an empty list (leave it out to take the article's)"));
            for (const QString& id : *n.agencies) {
                const domain::Agency* a = m_reference ? m_reference->agency(id) : nullptr;
                if (m_reference && !a)
                    problem(s, &n, ScriptChecker::tr("unknown agency \"%1\" (see reference/agencies.json)").arg(id));
                else if (a && !a->active)
                    problem(s, &n,
                            ScriptChecker::tr("the agency \"%1\" no longer exists; use \"%2\"").arg(id, a->successor));
            }
        }
        if (!known)
            return;
        const int days = n.days != 0 ? n.days : (article && n.kind.isEmpty() ? article->days : 0);
        if (kind == domain::AppealKind::Task) {
            if (n.days == 0 && !n.kind.isEmpty())
                problem(s, &n, ScriptChecker::tr("the result sets a task without \"days\" (2–5 working days)"));
            else if (days < 2 || days > 5)
                problem(s, &n, ScriptChecker::tr("a task takes 2–5 working days, not %1").arg(days));
        } else if (n.days != 0) {
            problem(s, &n, ScriptChecker::tr("\"days\" is only for a task"));
        }
        if (kind == domain::AppealKind::Complaint && (!article || article->roadmap.isEmpty()))
            problem(s, &n,
                    ScriptChecker::tr("a complaint is worked by the roadmap of a complaint article: name one in "
                                      "\"article\""));
    }

    void checkReachable(const Script& s) {
        if (!s.node(s.start))
            return;
        QSet<QString> reached{s.start};
        QStringList queue{s.start};
        while (!queue.isEmpty()) {
            const Node* n = s.node(queue.takeFirst());
            for (const QString& t : n->targets()) {
                if (s.node(t) && !reached.contains(t)) {
                    reached.insert(t);
                    queue << t;
                }
            }
        }
        for (const Node& n : s.nodes) {
            if (!reached.contains(n.id))
                problem(s, &n, ScriptChecker::tr("unreachable: no path from the start \"%1\" leads here").arg(s.start));
        }
    }

    // Every step a script can take, jumps into other scripts included, must move on: a depth-first walk finds
    // each loop once and reports it at the node that closes it.
    struct Vertex {
        const Script* script;
        const Node* node;
    };
    QList<Vertex> successors(const Vertex& v) const {
        QList<Vertex> out;
        if (v.node->type == NodeType::Jump) {
            const Script* target = m_byId.value(v.node->script);
            if (target && target->node(target->start))
                out.append({target, target->node(target->start)});
            return out;
        }
        for (const QString& t : v.node->targets()) {
            if (const Node* n = v.script->node(t))
                out.append({v.script, n});
        }
        return out;
    }
    static QString key(const Vertex& v) { return v.script->id + QLatin1Char('/') + v.node->id; }

    void findLoops() {
        enum Color { White, Grey, Black };
        QHash<QString, Color> color;
        QSet<QString> reported;
        for (const Script& s : m_scripts) {
            for (const Node& n : s.nodes) {
                const Vertex root{&s, &n};
                if (color.value(key(root), White) != White)
                    continue;
                // Iterative walk: the path so far and, per vertex on it, the successors still to visit.
                QList<Vertex> path{root};
                QList<QList<Vertex>> pending{successors(root)};
                color[key(root)] = Grey;
                while (!path.isEmpty()) {
                    if (pending.last().isEmpty()) {
                        color[key(path.last())] = Black;
                        path.removeLast();
                        pending.removeLast();
                        continue;
                    }
                    const Vertex next = pending.last().takeFirst();
                    const Color c = color.value(key(next), White);
                    if (c == White) {
                        color[key(next)] = Grey;
                        path.append(next);
                        pending.append(successors(next));
                    } else if (c == Grey) {
                        reportLoop(path, next, reported);
                    }
                }
            }
        }
    }

    void reportLoop(const QList<Vertex>& path, const Vertex& back, QSet<QString>& reported) {
        qsizetype from = path.size() - 1;
        while (from > 0 && key(path.at(from)) != key(back))
            --from;
        QStringList names;
        QStringList keys;
        const Script* closing = path.last().script;
        for (qsizetype i = from; i < path.size(); ++i) {
            const Vertex& v = path.at(i);
            names << (v.script == closing ? v.node->id : key(v));
            keys << key(v);
        }
        names << (back.script == closing ? back.node->id : key(back));
        keys.sort();
        if (reported.contains(keys.join(QLatin1Char(' '))))
            return;
        reported.insert(keys.join(QLatin1Char(' ')));
        problem(*closing, path.last().node,
                ScriptChecker::tr("a loop: %1 (a script must always move on towards a result)")
                    .arg(names.join(QStringLiteral(" → "))));
    }

    const QList<Script>& m_scripts;
    const kb::KnowledgeBase& m_kb;
    const domain::ReferenceData* m_reference;
    QHash<QString, const Script*> m_byId;
    kb::KbIssues m_issues;
};

} // namespace

kb::KbIssues ScriptChecker::check(const QList<Script>& scripts, const kb::KnowledgeBase& kb,
                                  const domain::ReferenceData* reference) {
    return Check(scripts, kb, reference).run();
}

} // namespace hotline::scripts
