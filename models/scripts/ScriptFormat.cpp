#include "ScriptFormat.h"

#include "kbedit/JsonText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace hotline::scripts {

namespace {

using kbedit::JsonText;

// The keys a script and a node may have, in the order they are written.
const QStringList& scriptKeys() {
    static const QStringList keys{QStringLiteral("id"),       QStringLiteral("title"),   QStringLiteral("category"),
                                  QStringLiteral("keywords"), QStringLiteral("sources"), QStringLiteral("notes"),
                                  QStringLiteral("updated"),  QStringLiteral("start"),   QStringLiteral("nodes")};
    return keys;
}

const QStringList& nodeKeys() {
    static const QStringList keys{QStringLiteral("id"),       QStringLiteral("type"),     QStringLiteral("label"),
                                  QStringLiteral("text"),     QStringLiteral("note"),     QStringLiteral("answers"),
                                  QStringLiteral("next"),     QStringLiteral("article"),  QStringLiteral("kind"),
                                  QStringLiteral("days"),     QStringLiteral("agencies"), QStringLiteral("algorithm"),
                                  QStringLiteral("category"), QStringLiteral("script")};
    return keys;
}

// Where each node starts: the line of its "id" key after the "nodes" key (the canonical layout has one per line;
// a hand-written file with several on a line still gets the right line).
struct Lines {
    int scriptLine = 0;
    QHash<QString, int> nodeLine;
};

Lines findLines(const QByteArray& content) {
    static const QRegularExpression idKey(QStringLiteral(R"re("id"\s*:\s*"([^"\\]*)")re"));
    static const QRegularExpression nodesKey(QStringLiteral(R"("nodes"\s*:)"));
    Lines out;
    const QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    bool inNodes = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        const auto nodes = nodesKey.match(line);
        qsizetype from = 0;
        if (nodes.hasMatch() && !inNodes) {
            inNodes = true;
            from = nodes.capturedEnd();
        }
        for (auto it = idKey.globalMatch(line, inNodes ? from : 0); it.hasNext();) {
            const auto m = it.next();
            if (!inNodes) {
                if (out.scriptLine == 0)
                    out.scriptLine = i + 1;
            } else if (!out.nodeLine.contains(m.captured(1))) {
                out.nodeLine.insert(m.captured(1), i + 1);
            }
        }
    }
    return out;
}

class Reader {
public:
    Reader(const QString& file, kb::KbIssues& issues)
        : m_file(file)
        , m_issues(issues) {}

    void problem(int line, const QString& message, bool fatal = false) {
        m_issues.append({m_file, line, message, fatal});
    }

    QString text(const QJsonObject& o, const char* key, int line, const QString& where, bool required) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(line, ScriptFormat::tr("%1 has no \"%2\"").arg(where, QLatin1String(key)));
            return {};
        }
        if (!v.isString()) {
            problem(line, ScriptFormat::tr("%1: \"%2\" must be text").arg(where, QLatin1String(key)));
            return {};
        }
        const QString s = v.toString().trimmed();
        if (s.isEmpty() && required)
            problem(line, ScriptFormat::tr("%1: \"%2\" is empty").arg(where, QLatin1String(key)));
        return s;
    }

    QStringList list(const QJsonObject& o, const char* key, int line, const QString& where, bool required) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(line, ScriptFormat::tr("%1 has no \"%2\" (a non-empty list)").arg(where, QLatin1String(key)));
            return {};
        }
        QStringList out;
        bool bad = !v.isArray();
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                bad = true;
            else
                out << item.toString().trimmed();
        }
        if (bad)
            problem(line, ScriptFormat::tr("%1: \"%2\" must be a list of texts").arg(where, QLatin1String(key)));
        else if (required && out.isEmpty())
            problem(line, ScriptFormat::tr("%1: \"%2\" is an empty list").arg(where, QLatin1String(key)));
        return out;
    }

    void unknownKeys(const QJsonObject& o, const QStringList& known, int line, const QString& where) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                problem(line, ScriptFormat::tr("%1: unknown key \"%2\"").arg(where, it.key()));
        }
    }

    Node node(const QJsonValue& value, int index, const Lines& lines) {
        Node n;
        const QJsonObject o = value.toObject();
        n.id = o.value(QLatin1String("id")).toString().trimmed();
        n.line = lines.nodeLine.value(n.id, lines.scriptLine);
        const QString where =
            n.id.isEmpty() ? ScriptFormat::tr("node %1").arg(index + 1) : ScriptFormat::tr("node \"%1\"").arg(n.id);
        if (!value.isObject()) {
            problem(n.line, ScriptFormat::tr("%1 is not an object").arg(where));
            return n;
        }
        if (n.id.isEmpty())
            problem(n.line, ScriptFormat::tr("%1 has no \"id\"").arg(where));
        else if (!ScriptFormat::isValidId(n.id))
            problem(n.line,
                    ScriptFormat::tr("%1: the id may hold only lower-case Latin letters, digits and '-'").arg(where));
        unknownKeys(o, nodeKeys(), n.line, where);
        const QString type = text(o, "type", n.line, where, true);
        if (const auto t = nodeTypeFromId(type))
            n.type = *t;
        else if (!type.isEmpty())
            problem(n.line,
                    ScriptFormat::tr("%1: unknown type \"%2\" (question, info, result or jump)").arg(where, type));
        n.label = text(o, "label", n.line, where, false);
        n.text = o.value(QLatin1String("text")).toString(); // kept as written: line breaks are paragraphs
        if (o.contains(QLatin1String("text")) && !o.value(QLatin1String("text")).isString())
            problem(n.line, ScriptFormat::tr("%1: \"text\" must be text").arg(where));
        n.note = text(o, "note", n.line, where, false);
        const QJsonValue answers = o.value(QLatin1String("answers"));
        if (!answers.isUndefined() && !answers.isArray())
            problem(n.line, ScriptFormat::tr("%1: \"answers\" must be a list").arg(where));
        int a = 0;
        for (const QJsonValue& v : answers.toArray()) {
            ++a;
            const QJsonObject ao = v.toObject();
            const QString aw = ScriptFormat::tr("%1, answer %2").arg(where).arg(a);
            if (!v.isObject()) {
                problem(n.line, ScriptFormat::tr("%1 is not an object").arg(aw));
                continue;
            }
            unknownKeys(ao, {QStringLiteral("text"), QStringLiteral("to")}, n.line, aw);
            n.answers.append({text(ao, "text", n.line, aw, true), text(ao, "to", n.line, aw, true)});
        }
        n.next = text(o, "next", n.line, where, false);
        n.article = text(o, "article", n.line, where, false);
        n.kind = text(o, "kind", n.line, where, false);
        const QJsonValue days = o.value(QLatin1String("days"));
        if (!days.isUndefined()) {
            if (!days.isDouble() || days.toDouble() != double(days.toInt()))
                problem(n.line, ScriptFormat::tr("%1: \"days\" must be a whole number").arg(where));
            else
                n.days = days.toInt();
        }
        if (o.contains(QLatin1String("agencies")))
            n.agencies = list(o, "agencies", n.line, where, false);
        n.algorithm = text(o, "algorithm", n.line, where, false);
        n.category = text(o, "category", n.line, where, false);
        n.script = text(o, "script", n.line, where, false);
        return n;
    }

private:
    QString m_file;
    kb::KbIssues& m_issues;
};

QString keyLine(const char* key, const QString& value) {
    return QStringLiteral("  \"%1\": %2").arg(QLatin1String(key), value);
}

} // namespace

bool ScriptFormat::isValidId(const QString& id) {
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re.match(id).hasMatch();
}

ScriptFormat::Outcome ScriptFormat::parse(const QByteArray& content, const QString& fileName) {
    Outcome out;
    Reader r(fileName, out.issues);
    if (content.size() > kMaxFileBytes) {
        r.problem(0, tr("the file is larger than %1 bytes").arg(kMaxFileBytes), true);
        return out;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(content, &err);
    if (err.error != QJsonParseError::NoError) {
        r.problem(int(content.left(err.offset).count('\n')) + 1, tr("bad JSON: %1").arg(err.errorString()), true);
        return out;
    }
    if (!doc.isObject()) {
        r.problem(1, tr("a script is a JSON object"), true);
        return out;
    }
    const Lines lines = findLines(content);
    const QJsonObject o = doc.object();
    Script s;
    s.filePath = fileName;
    s.line = std::max(1, lines.scriptLine);
    const QString where = tr("the script");
    s.id = r.text(o, "id", s.line, where, true);
    if (s.id.isEmpty()) {
        out.issues.last().fatal = true;
        return out;
    }
    if (!isValidId(s.id))
        r.problem(s.line, tr("the id \"%1\" may hold only lower-case Latin letters, digits and '-'").arg(s.id));
    r.unknownKeys(o, scriptKeys(), s.line, where);
    s.title = r.text(o, "title", s.line, where, true);
    s.category = r.text(o, "category", s.line, where, true);
    s.keywords = r.list(o, "keywords", s.line, where, true);
    s.sources = r.list(o, "sources", s.line, where, true);
    s.notes = r.text(o, "notes", s.line, where, false);
    const QString updated = r.text(o, "updated", s.line, where, true);
    s.updated = QDate::fromString(updated, Qt::ISODate);
    if (!updated.isEmpty() && !s.updated.isValid())
        r.problem(s.line, tr("\"updated\" must be a date YYYY-MM-DD"));
    s.start = r.text(o, "start", s.line, where, true);
    const QJsonValue nodes = o.value(QLatin1String("nodes"));
    if (!nodes.isArray() || nodes.toArray().isEmpty())
        r.problem(s.line, tr("the script has no \"nodes\" (a non-empty list)"));
    const QJsonArray array = nodes.toArray();
    for (int i = 0; i < array.size(); ++i)
        s.nodes.append(r.node(array.at(i), i, lines));
    out.script = std::move(s);
    return out;
}

QByteArray ScriptFormat::toJson(const Script& s) {
    QStringList top;
    top << keyLine("id", JsonText::string(s.id)) << keyLine("title", JsonText::string(s.title))
        << keyLine("category", JsonText::string(s.category))
        << keyLine("keywords", JsonText::inlineValue(QJsonArray::fromStringList(s.keywords)));
    QStringList sources;
    for (const QString& src : s.sources)
        sources << QStringLiteral("    ") + JsonText::string(src);
    top << (sources.isEmpty()
                ? keyLine("sources", QStringLiteral("[]"))
                : keyLine("sources", QStringLiteral("[\n%1\n  ]").arg(sources.join(QStringLiteral(",\n")))));
    if (!s.notes.isEmpty())
        top << keyLine("notes", JsonText::string(s.notes));
    top << keyLine("updated", JsonText::string(s.updated.isValid() ? s.updated.toString(Qt::ISODate) : QString()))
        << keyLine("start", JsonText::string(s.start));
    QStringList nodes;
    for (const Node& n : s.nodes) {
        QStringList keys;
        auto add = [&keys](const char* key, const QString& value) {
            keys << QStringLiteral("      \"%1\": %2").arg(QLatin1String(key), value);
        };
        add("id", JsonText::string(n.id));
        add("type", JsonText::string(nodeTypeId(n.type)));
        if (!n.label.isEmpty())
            add("label", JsonText::string(n.label));
        if (!n.text.isEmpty() || n.type == NodeType::Question || n.type == NodeType::Info)
            add("text", JsonText::string(n.text));
        if (!n.note.isEmpty())
            add("note", JsonText::string(n.note));
        if (n.type == NodeType::Question || !n.answers.isEmpty()) {
            QStringList answers;
            for (const Answer& a : n.answers)
                answers << QStringLiteral("        {\"text\": %1, \"to\": %2}")
                               .arg(JsonText::string(a.text), JsonText::string(a.to));
            add("answers", answers.isEmpty()
                               ? QStringLiteral("[]")
                               : QStringLiteral("[\n%1\n      ]").arg(answers.join(QStringLiteral(",\n"))));
        }
        if (n.type == NodeType::Info || !n.next.isEmpty())
            add("next", JsonText::string(n.next));
        if (!n.article.isEmpty())
            add("article", JsonText::string(n.article));
        if (!n.kind.isEmpty())
            add("kind", JsonText::string(n.kind));
        if (n.days != 0)
            add("days", QString::number(n.days));
        if (n.agencies)
            add("agencies", JsonText::inlineValue(QJsonArray::fromStringList(*n.agencies)));
        if (!n.algorithm.isEmpty())
            add("algorithm", JsonText::string(n.algorithm));
        if (!n.category.isEmpty())
            add("category", JsonText::string(n.category));
        if (n.type == NodeType::Jump || !n.script.isEmpty())
            add("script", JsonText::string(n.script));
        nodes << QStringLiteral("    {\n%1\n    }").arg(keys.join(QStringLiteral(",\n")));
    }
    top << keyLine("nodes", nodes.isEmpty() ? QStringLiteral("[]")
                                            : QStringLiteral("[\n%1\n  ]").arg(nodes.join(QStringLiteral(",\n"))));
    return (QStringLiteral("{\n%1\n}\n").arg(top.join(QStringLiteral(",\n")))).toUtf8();
}

} // namespace hotline::scripts
