#include "ArticleDocument.h"

#include "JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace hotline::kbedit {

namespace {

const QStringList& canonicalKeys() {
    static const QStringList keys{
        QStringLiteral("id"),        QStringLiteral("title"),    QStringLiteral("category"),
        QStringLiteral("kind"),      QStringLiteral("days"),     QStringLiteral("agency"),
        QStringLiteral("algorithm"), QStringLiteral("keywords"), QStringLiteral("legal_basis"),
        QStringLiteral("updated"),   QStringLiteral("roadmap")};
    return keys;
}

// The keys of the top-level JSON object in the order they are written (QJsonObject sorts them).
QStringList topLevelKeys(const QString& json) {
    QStringList keys;
    int depth = 0;
    bool inString = false;
    QString current;
    bool pendingKey = false;
    QString lastString;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (inString) {
            if (c == QLatin1Char('\\') && i + 1 < json.size()) {
                current += json.at(++i);
            } else if (c == QLatin1Char('"')) {
                inString = false;
                lastString = current;
                pendingKey = depth == 1;
            } else {
                current += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            inString = true;
            current.clear();
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
            pendingKey = false;
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            --depth;
            pendingKey = false;
        } else if (c == QLatin1Char(':') && pendingKey) {
            keys << lastString;
            pendingKey = false;
        } else if (!c.isSpace()) {
            pendingKey = false;
        }
    }
    return keys;
}

QStringList strings(const QJsonValue& v) {
    QStringList out;
    if (v.isString())
        return {v.toString()};
    for (const QJsonValue& item : v.toArray())
        out << item.toString();
    return out;
}

QString stringList(const QStringList& items) {
    QStringList quoted;
    for (const QString& s : items)
        quoted << JsonText::string(s);
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString roadmapStep(const kb::RoadmapStep& s) {
    return QStringLiteral("{\"step\": %1, \"role\": %2, \"days\": %3}")
        .arg(JsonText::string(s.step), JsonText::string(s.role))
        .arg(s.days);
}

} // namespace

QString metadataKey(ArticleField f) {
    switch (f) {
    case ArticleField::Title:
        return QStringLiteral("title");
    case ArticleField::Category:
        return QStringLiteral("category");
    case ArticleField::Kind:
        return QStringLiteral("kind");
    case ArticleField::Days:
        return QStringLiteral("days");
    case ArticleField::Agencies:
        return QStringLiteral("agency");
    case ArticleField::Algorithm:
        return QStringLiteral("algorithm");
    case ArticleField::Keywords:
        return QStringLiteral("keywords");
    case ArticleField::LegalBasis:
        return QStringLiteral("legal_basis");
    case ArticleField::Updated:
        return QStringLiteral("updated");
    case ArticleField::Roadmap:
        return QStringLiteral("roadmap");
    case ArticleField::Body:
        break;
    }
    return {};
}

Result<ArticleDocument> ArticleDocument::fromText(const QString& input) {
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    int first = 0;
    while (first < lines.size() && lines.at(first).trimmed().isEmpty())
        ++first;
    if (first >= lines.size() || lines.at(first).trimmed() != QLatin1String("```json"))
        return Error{Error::Code::Parse, tr("The article does not start with a ```json metadata block.")};
    int close = first + 1;
    while (close < lines.size() && lines.at(close).trimmed() != QLatin1String("```"))
        ++close;
    if (close >= lines.size())
        return Error{Error::Code::Parse, tr("The ```json metadata block is not closed with ```.")};
    const QString json = lines.mid(first + 1, close - first - 1).join(QLatin1Char('\n'));
    QJsonParseError err{};
    const QJsonDocument meta = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !meta.isObject())
        return Error{Error::Code::Parse, tr("The metadata block is not a JSON object: %1").arg(err.errorString())};

    ArticleDocument d;
    QJsonObject o = meta.object();
    d.keyOrder = topLevelKeys(json);
    auto take = [&o](const char* key) { return o.take(QLatin1String(key)); };
    d.id = take("id").toString();
    d.title = take("title").toString();
    d.category = take("category").toString();
    const QString kind = take("kind").toString();
    d.setField(ArticleField::Kind, kind);
    d.days = take("days").toInt(0);
    d.agencies = strings(take("agency"));
    d.setField(ArticleField::Algorithm, take("algorithm").toString());
    d.keywords = strings(take("keywords"));
    d.legalBasis = strings(take("legal_basis"));
    d.updated = take("updated").toString();
    for (const QJsonValue& v : take("roadmap").toArray()) {
        const QJsonObject s = v.toObject();
        d.roadmap.append({s.value(QLatin1String("step")).toString(), s.value(QLatin1String("role")).toString(),
                          s.value(QLatin1String("days")).toInt(0)});
    }
    d.extraMeta = o;

    // The body: after the block, an optional "# title" heading, then the sections.
    int i = close + 1;
    while (i < lines.size() && lines.at(i).trimmed().isEmpty())
        ++i;
    if (i < lines.size() && lines.at(i).startsWith(QLatin1String("# ")))
        ++i;
    while (i < lines.size() && lines.at(i).trimmed().isEmpty())
        ++i;
    QStringList body = lines.mid(i);
    while (!body.isEmpty() && body.constLast().trimmed().isEmpty())
        body.removeLast();
    d.body = body.join(QLatin1Char('\n'));
    return d;
}

ArticleDocument ArticleDocument::newArticle(const QString& id, const QString& title, const QString& category,
                                            const QString& today) {
    ArticleDocument d;
    d.id = id;
    d.title = title;
    d.category = category;
    d.updated = today;
    // The headings are part of the file format (docs/KB_FORMAT.md): they stay Russian whatever the UI language.
    d.body = QStringLiteral("## Скрипт ответа\n\n\n## Уточняющие вопросы\n- \n\n## Документы\n- \n\n"
                            "## Куда и как подать\n\n\n## Для оператора\n\n\n## Связанные статьи\n");
    return d;
}

QString ArticleDocument::toText() const {
    QList<std::pair<QString, QString>> values; // key → JSON text
    auto put = [&values](const QString& key, const QString& json) { values.append({key, json}); };
    const bool task = kind == domain::AppealKind::Task && unknownKind.isEmpty();
    const bool complaint = kind == domain::AppealKind::Complaint && unknownKind.isEmpty();
    put(QStringLiteral("id"), JsonText::string(id));
    put(QStringLiteral("title"), JsonText::string(title));
    put(QStringLiteral("category"), JsonText::string(category));
    put(QStringLiteral("kind"), JsonText::string(unknownKind.isEmpty() ? domain::appealKindId(kind) : unknownKind));
    if (task || keyOrder.contains(QLatin1String("days")))
        put(QStringLiteral("days"), QString::number(days));
    put(QStringLiteral("agency"), stringList(agencies));
    put(QStringLiteral("algorithm"),
        JsonText::string(unknownAlgorithm.isEmpty() ? domain::algorithmId(algorithm) : unknownAlgorithm));
    put(QStringLiteral("keywords"), stringList(keywords));
    if (!legalBasis.isEmpty() || keyOrder.contains(QLatin1String("legal_basis")))
        put(QStringLiteral("legal_basis"), stringList(legalBasis));
    put(QStringLiteral("updated"), JsonText::string(updated));
    if (complaint || !roadmap.isEmpty() || keyOrder.contains(QLatin1String("roadmap"))) {
        QStringList steps;
        for (const kb::RoadmapStep& s : roadmap)
            steps << QStringLiteral("    ") + roadmapStep(s);
        put(QStringLiteral("roadmap"),
            steps.isEmpty() ? QStringLiteral("[]")
                            : QStringLiteral("[\n") + steps.join(QStringLiteral(",\n")) + QStringLiteral("\n  ]"));
    }
    for (auto it = extraMeta.begin(); it != extraMeta.end(); ++it)
        put(it.key(), JsonText::inlineValue(it.value()));

    // The file's order first; a key the file did not have goes after the known key before it.
    QStringList order;
    for (const QString& key : keyOrder) {
        if (!order.contains(key))
            order << key;
    }
    for (const auto& [key, json] : std::as_const(values)) {
        if (order.contains(key))
            continue;
        const qsizetype canonical = canonicalKeys().indexOf(key);
        qsizetype at = canonical < 0 ? order.size() : 0;
        for (qsizetype k = canonical - 1; k >= 0 && canonical >= 0; --k) {
            const qsizetype pos = order.indexOf(canonicalKeys().at(k));
            if (pos >= 0) {
                at = pos + 1;
                break;
            }
        }
        order.insert(at, key);
    }
    QStringList meta;
    for (const QString& key : std::as_const(order)) {
        for (const auto& [k, json] : std::as_const(values)) {
            if (k == key)
                meta << QStringLiteral("  ") + JsonText::string(k) + QStringLiteral(": ") + json;
        }
    }
    QString out = QStringLiteral("```json\n{\n") + meta.join(QStringLiteral(",\n")) + QStringLiteral("\n}\n```\n\n# ") +
                  title + QLatin1Char('\n');
    QString sections = body;
    while (sections.endsWith(QLatin1Char('\n')))
        sections.chop(1);
    if (!sections.isEmpty())
        out += QLatin1Char('\n') + sections + QLatin1Char('\n');
    return out;
}

int ArticleDocument::bodyFirstLine() const {
    const QString text = toText();
    const qsizetype heading = text.indexOf(QStringLiteral("\n# "));
    // The heading's line, a blank line, then the body.
    return int(text.left(heading + 1).count(QLatin1Char('\n'))) + 3;
}

kb::ArticleParser::Outcome ArticleDocument::parse() const {
    return kb::ArticleParser::parse(toText().toUtf8(), id + QStringLiteral(".md"));
}

QVariant ArticleDocument::field(ArticleField f) const {
    switch (f) {
    case ArticleField::Title:
        return title;
    case ArticleField::Category:
        return category;
    case ArticleField::Kind:
        return unknownKind.isEmpty() ? domain::appealKindId(kind) : unknownKind;
    case ArticleField::Days:
        return days;
    case ArticleField::Agencies:
        return agencies;
    case ArticleField::Algorithm:
        return unknownAlgorithm.isEmpty() ? domain::algorithmId(algorithm) : unknownAlgorithm;
    case ArticleField::Keywords:
        return keywords;
    case ArticleField::LegalBasis:
        return legalBasis;
    case ArticleField::Updated:
        return updated;
    case ArticleField::Roadmap:
        return QVariant::fromValue(roadmap);
    case ArticleField::Body:
        return body;
    }
    return {};
}

void ArticleDocument::setField(ArticleField f, const QVariant& value) {
    switch (f) {
    case ArticleField::Title:
        title = value.toString();
        break;
    case ArticleField::Category:
        category = value.toString();
        break;
    case ArticleField::Kind:
        if (const auto k = domain::appealKindFromId(value.toString())) {
            kind = *k;
            unknownKind.clear();
        } else {
            unknownKind = value.toString();
        }
        break;
    case ArticleField::Days:
        days = value.toInt();
        break;
    case ArticleField::Agencies:
        agencies = value.toStringList();
        break;
    case ArticleField::Algorithm:
        if (const auto a = domain::algorithmFromId(value.toString())) {
            algorithm = *a;
            unknownAlgorithm.clear();
        } else {
            unknownAlgorithm = value.toString();
        }
        break;
    case ArticleField::Keywords:
        keywords = value.toStringList();
        break;
    case ArticleField::LegalBasis:
        legalBasis = value.toStringList();
        break;
    case ArticleField::Updated:
        updated = value.toString();
        break;
    case ArticleField::Roadmap:
        roadmap = value.value<QList<kb::RoadmapStep>>();
        break;
    case ArticleField::Body:
        body = value.toString();
        break;
    }
}

} // namespace hotline::kbedit
