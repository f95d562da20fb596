#include "ArticleParser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

namespace hotline::kb {

namespace {

enum class Section { None, Script, Questions, Documents, Where, Notes, Related, Unknown };

Section sectionFor(const QString& heading) {
    static const QList<std::pair<QString, Section>> names{
        {QStringLiteral("Скрипт ответа"), Section::Script}, {QStringLiteral("Уточняющие вопросы"), Section::Questions},
        {QStringLiteral("Документы"), Section::Documents},  {QStringLiteral("Куда и как подать"), Section::Where},
        {QStringLiteral("Для оператора"), Section::Notes},  {QStringLiteral("Связанные статьи"), Section::Related},
    };
    for (const auto& [name, section] : names) {
        if (heading.compare(name, Qt::CaseInsensitive) == 0)
            return section;
    }
    return Section::Unknown;
}

QStringList stringList(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out << item.toString();
    return out;
}

struct MetaParser {
    const QJsonObject& o;
    const QString& file;
    int line;
    KbIssues& issues;
    bool ok = true;

    void problem(const QString& message, bool fatal) {
        issues.append({file, line, message, fatal});
        if (fatal)
            ok = false;
    }
    QString requiredString(const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            problem(QCoreApplication::translate("ArticleParser", "the metadata has no \"%1\" (text)")
                        .arg(QLatin1String(key)),
                    true);
            return {};
        }
        return v.toString().trimmed();
    }
    QStringList requiredList(const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray() || v.toArray().isEmpty()) {
            problem(QCoreApplication::translate("ArticleParser", "the metadata has no \"%1\" (a non-empty list)")
                        .arg(QLatin1String(key)),
                    true);
            return {};
        }
        return stringList(v);
    }
};

} // namespace

QString KbIssue::toString() const {
    const QString text = isWarning() ? QCoreApplication::translate("KbIssue", "warning: %1").arg(message) : message;
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(text)
                    : QStringLiteral("%1: %2").arg(file, text);
}

int ArticleParser::spokenWords(const QString& script) {
    // What is read aloud: a placeholder is said as (at least) a word, markup and links are not said.
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{[^}]*\}\})"));
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+)*)"));
    QString text = script;
    text.replace(placeholder, QStringLiteral(" X "));
    int n = 0;
    for (auto it = word.globalMatch(Article::plainText(text)); it.hasNext(); it.next())
        ++n;
    return n;
}

const QStringList& ArticleParser::knownPlaceholders() {
    static const QStringList names{QStringLiteral("организация"),   QStringLiteral("срок"),
                                   QStringLiteral("номер"),         QStringLiteral("оператор"),
                                   QStringLiteral("муниципалитет"), QStringLiteral("контакт")};
    return names;
}

ArticleParser::Outcome ArticleParser::parse(const QByteArray& content, const QString& fileName) {
    Outcome out;
    auto fatal = [&](int line, const QString& message) {
        out.issues.append({fileName, line, message, true});
        return out;
    };
    if (content.size() > kMaxFileBytes)
        return fatal(
            0, QCoreApplication::translate(
                   "ArticleParser", "the file is larger than %1 bytes: an article must be short enough to read out")
                   .arg(kMaxFileBytes));
    if (content.contains('\0'))
        return fatal(0, QCoreApplication::translate("ArticleParser", "the file holds binary data, not text"));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(content);
    if (decoder.hasError())
        return fatal(0, QCoreApplication::translate("ArticleParser", "the file is not valid UTF-8 text"));

    // The metadata block: the first non-empty line opens ```json, a line ``` closes it.
    const QStringList lines = text.split(QLatin1Char('\n'));
    int first = 0;
    while (first < lines.size() && lines.at(first).trimmed().isEmpty())
        ++first;
    if (first >= lines.size() || lines.at(first).trimmed() != QLatin1String("```json"))
        return fatal(first + 1, QCoreApplication::translate("ArticleParser",
                                                            "an article must start with a ```json metadata block"));
    int close = first + 1;
    while (close < lines.size() && lines.at(close).trimmed() != QLatin1String("```"))
        ++close;
    if (close >= lines.size())
        return fatal(first + 1,
                     QCoreApplication::translate("ArticleParser", "the ```json metadata block is not closed with ```"));

    const QString json = lines.mid(first + 1, close - first - 1).join(QLatin1Char('\n'));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError) {
        const int errLine = first + 2 + static_cast<int>(json.toUtf8().left(err.offset).count('\n'));
        return fatal(
            errLine,
            QCoreApplication::translate("ArticleParser", "bad JSON in the metadata: %1").arg(err.errorString()));
    }
    if (!doc.isObject())
        return fatal(first + 2, QCoreApplication::translate("ArticleParser", "the metadata must be a JSON object"));

    const QJsonObject o = doc.object();
    MetaParser meta{o, fileName, first + 2, out.issues};
    Article a;
    a.filePath = fileName;
    a.markdown = text;
    a.id = meta.requiredString("id");
    a.title = meta.requiredString("title");
    a.category = meta.requiredString("category");
    const QString kind = meta.requiredString("kind");
    a.agencies = meta.requiredList("agency");
    const QString algorithm = meta.requiredString("algorithm");
    a.keywords = meta.requiredList("keywords");
    a.legalBasis = stringList(o.value(QLatin1String("legal_basis")));
    const QString updated = meta.requiredString("updated");

    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!a.id.isEmpty() && !idRe.match(a.id).hasMatch())
        meta.problem(QCoreApplication::translate(
                         "ArticleParser", "the id \"%1\" may hold lower-case Latin letters, digits and dashes only")
                         .arg(a.id),
                     true);
    const QString baseName = QFileInfo(fileName).completeBaseName();
    if (!a.id.isEmpty() && !baseName.isEmpty() && baseName != a.id)
        meta.problem(QCoreApplication::translate("ArticleParser", "the id \"%1\" differs from the file name \"%2\"")
                         .arg(a.id, baseName),
                     false);
    if (!kind.isEmpty()) {
        if (auto k = domain::appealKindFromId(kind))
            a.kind = *k;
        else
            meta.problem(QCoreApplication::translate("ArticleParser",
                                                     "unknown kind \"%1\": use simple, complex, task or complaint")
                             .arg(kind),
                         true);
    }
    if (!algorithm.isEmpty()) {
        if (auto alg = domain::algorithmFromId(algorithm))
            a.algorithm = *alg;
        else
            meta.problem(
                QCoreApplication::translate("ArticleParser", "unknown algorithm \"%1\": use single, multi or omsu")
                    .arg(algorithm),
                true);
    }
    if (!updated.isEmpty()) {
        a.updated = QDate::fromString(updated, Qt::ISODate);
        if (!a.updated.isValid())
            meta.problem(
                QCoreApplication::translate("ArticleParser", "\"updated\" must be a date YYYY-MM-DD, not \"%1\"")
                    .arg(updated),
                false);
    }
    if (a.kind == domain::AppealKind::Task) {
        a.days = o.value(QLatin1String("days")).toInt(0);
        if (a.days < 2 || a.days > 5)
            meta.problem(QCoreApplication::translate("ArticleParser", "a task needs \"days\" from 2 to 5"), false);
    }
    if (a.kind == domain::AppealKind::Complaint) {
        const QJsonArray steps = o.value(QLatin1String("roadmap")).toArray();
        if (steps.isEmpty())
            meta.problem(QCoreApplication::translate("ArticleParser", "a complaint needs a \"roadmap\" of steps"),
                         false);
        int previous = 0;
        for (const QJsonValue& v : steps) {
            const QJsonObject s = v.toObject();
            RoadmapStep step{s.value(QLatin1String("step")).toString(), s.value(QLatin1String("role")).toString(),
                             s.value(QLatin1String("days")).toInt(0)};
            if (step.step.isEmpty() || step.days < 1 ||
                !QStringList{QStringLiteral("moderation"), QStringLiteral("execution"), QStringLiteral("control")}
                     .contains(step.role))
                meta.problem(QCoreApplication::translate(
                                 "ArticleParser",
                                 "a roadmap step needs \"step\", \"role\" (moderation, execution, control) and "
                                 "\"days\" ≥ 1"),
                             false);
            else if (step.days < previous)
                meta.problem(
                    QCoreApplication::translate("ArticleParser", "roadmap step \"%1\" is due before the step before it")
                        .arg(step.step),
                    false);
            previous = std::max(previous, step.days);
            a.roadmap.append(step);
        }
    }

    // The Markdown sections.
    Section section = Section::None;
    QStringList buffer;
    bool sawScript = false;
    int scriptLine = 0;
    auto flush = [&] {
        const QString body = buffer.join(QLatin1Char('\n')).trimmed();
        QStringList items;
        for (const QString& l : std::as_const(buffer)) {
            const QString t = l.trimmed();
            if (t.startsWith(QLatin1String("- ")) || t.startsWith(QLatin1String("* ")))
                items << t.mid(2).trimmed();
            else if (!t.isEmpty() && !items.isEmpty())
                items.last() += QLatin1Char(' ') + t;
        }
        switch (section) {
        case Section::Script:
            a.script = body;
            break;
        case Section::Questions:
            a.questions = items;
            break;
        case Section::Documents:
            a.documents = items;
            break;
        case Section::Where:
            a.whereToApply = body;
            break;
        case Section::Notes:
            a.operatorNotes = body;
            break;
        default:
            break;
        }
        buffer.clear();
    };
    static const QRegularExpression linkRe(QStringLiteral(R"(\[([^\]]*)\]\(kb:([^)\s]*)\))"));
    static const QRegularExpression placeholderRe(QStringLiteral(R"(\{\{\s*([^}]*?)\s*\}\})"));
    for (int i = close + 1; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (line.startsWith(QLatin1String("## "))) {
            flush();
            section = sectionFor(line.mid(3).trimmed());
            if (section == Section::Unknown)
                out.issues.append(
                    {fileName, i + 1,
                     QCoreApplication::translate("ArticleParser", "unknown section \"%1\"").arg(line.mid(3).trimmed()),
                     false});
            if (section == Section::Script && !sawScript)
                scriptLine = i + 1;
            sawScript = sawScript || section == Section::Script;
            continue;
        }
        if (section == Section::None)
            continue; // the H1 title and anything before the first section
        buffer << line;
        for (auto it = placeholderRe.globalMatch(line); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!knownPlaceholders().contains(name))
                out.issues.append({fileName, i + 1,
                                   QCoreApplication::translate("ArticleParser", "unknown placeholder {{%1}}").arg(name),
                                   false});
            else if (section != Section::Script)
                // The operator's window fills placeholders in the script only: anywhere else the operator would
                // see the braces (and a caller's contact asked for by a question would never be filled in).
                out.issues.append(
                    {fileName, i + 1,
                     QCoreApplication::translate("ArticleParser",
                                                 "the placeholder {{%1}} is outside \"## Скрипт ответа\": only the "
                                                 "answer script is filled in, write the words here")
                         .arg(name),
                     false});
        }
        for (auto it = linkRe.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            out.links.append({i + 1, m.captured(2)});
            if (section == Section::Related)
                a.related.append({m.captured(1), m.captured(2)});
        }
    }
    flush();
    if (const int words = spokenWords(a.script); words > kMaxScriptWords)
        out.issues.append(
            {fileName, scriptLine,
             QCoreApplication::translate("ArticleParser", "the answer script has %1 words, more than %2: it cannot be "
                                                          "read out in under a minute; move details to \"## Для "
                                                          "оператора\"")
                 .arg(words)
                 .arg(kMaxScriptWords),
             false, KbIssue::Severity::Warning});
    if (!sawScript || a.script.isEmpty())
        out.issues.append({fileName, 0,
                           QCoreApplication::translate("ArticleParser",
                                                       "the article has no \"## Скрипт ответа\" section to read out"),
                           false});

    if (meta.ok)
        out.article = std::move(a);
    return out;
}

QString Article::bodyText() const {
    return plainText(
        QStringList{questions.join(QLatin1Char('\n')), documents.join(QLatin1Char('\n')), whereToApply, operatorNotes}
            .join(QLatin1Char('\n')));
}

QString Article::plainText(const QString& markdown) {
    static const QRegularExpression markup(QStringLiteral(R"(\{\{[^}]*\}\}|\]\(kb:[^)]*\)|[*_`#>\[\]])"));
    QString text = markdown;
    text.replace(markup, QStringLiteral(" "));
    return text;
}

} // namespace hotline::kb
