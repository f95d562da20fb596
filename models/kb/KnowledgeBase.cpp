#include "KnowledgeBase.h"

#include "ArticleParser.h"
#include "domain/ReferenceData.h"
#include "scripts/ScriptLoader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hotline::kb {

namespace {

// Bumped whenever the way articles are indexed changes, so existing indexes are rebuilt.
constexpr char kIndexFormat[] = "kb-index-v5";

QByteArray readFile(const QString& path, KbIssues& issues, const QString& shownName, QCryptographicHash& hash) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        issues.append({shownName, 0,
                       QCoreApplication::translate("KnowledgeBase", "cannot read the file: %1").arg(f.errorString()),
                       true});
        return {};
    }
    // Read at most one byte over the limit: a huge file is reported without being loaded whole.
    const QByteArray data = f.read(ArticleParser::kMaxFileBytes + 1);
    hash.addData(shownName.toUtf8());
    hash.addData(QByteArray::number(f.size()));
    hash.addData(data);
    return data;
}

QJsonDocument parseJson(const QByteArray& data, const QString& shownName, KbIssues& issues) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(data.left(err.offset).count('\n')) + 1;
        issues.append({shownName, line,
                       QCoreApplication::translate("KnowledgeBase", "bad JSON: %1").arg(err.errorString()), true});
    }
    return doc;
}

void readCategories(const QJsonArray& array, const QString& parent, QList<Category>& out) {
    int order = 0;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        QStringList main;
        for (const QJsonValue& m : o.value(QLatin1String("main")).toArray())
            main << m.toString();
        out.append({id, o.value(QLatin1String("title")).toString(), parent, order++, main});
        readCategories(o.value(QLatin1String("children")).toArray(), id, out);
    }
}

// The line of a metadata key ("agency": …) in an article's text, 0 when it is not on a line of its own.
int metadataLine(const QString& markdown, const QString& key) {
    const QString needle = QLatin1Char('"') + key + QStringLiteral("\":");
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().startsWith(needle))
            return i + 1;
        if (i > 0 && lines.at(i).trimmed() == QLatin1String("```"))
            break; // the end of the metadata block
    }
    return 0;
}

// Every agency of the article must be in the reference; one that is gone or not confirmed is a warning that
// names where the work went, so that an editor checks the routing before an appeal goes to a body that is not
// there.
void checkAgencies(const Article& a, const QString& shown, const domain::ReferenceData& reference, KbIssues& issues) {
    const int line = metadataLine(a.markdown, QStringLiteral("agency"));
    for (const QString& agencyId : a.agencies) {
        const domain::Agency* agency = reference.agency(agencyId);
        if (!agency) {
            issues.append(
                {shown, line,
                 QCoreApplication::translate("KnowledgeBase", "unknown agency \"%1\" (see reference/agencies.json)")
                     .arg(agencyId),
                 false});
            continue;
        }
        const domain::Agency* successor = reference.agency(agency->successor);
        const QString successorName =
            successor ? QStringLiteral("%1 (%2)").arg(successor->id, successor->name) : agency->successor;
        QString message;
        if (agency->status == domain::AgencyStatus::Abolished)
            message =
                successorName.isEmpty()
                    ? QCoreApplication::translate("KnowledgeBase", "the agency \"%1\" no longer exists").arg(agencyId)
                    : QCoreApplication::translate("KnowledgeBase",
                                                  "the agency \"%1\" no longer exists; its successor is %2")
                          .arg(agencyId, successorName);
        else if (agency->status == domain::AgencyStatus::Uncertain)
            message = successorName.isEmpty()
                          ? QCoreApplication::translate("KnowledgeBase",
                                                        "the agency \"%1\" is marked uncertain in the reference: "
                                                        "check that it still does this work")
                                .arg(agencyId)
                          : QCoreApplication::translate("KnowledgeBase",
                                                        "the agency \"%1\" is marked uncertain in the reference: "
                                                        "check that it still does this work; its likely successor "
                                                        "is %2")
                                .arg(agencyId, successorName);
        if (!message.isEmpty())
            issues.append({shown, line, message, false, KbIssue::Severity::Warning});
    }
}

// A subcategory's "main" must name its own articles: search puts them first for the topic.
void checkMainArticles(const KnowledgeBase& kb, const QByteArray& categoriesJson, KbIssues& issues) {
    const QList<QByteArray> lines = categoriesJson.split('\n');
    for (const Category& c : kb.categories()) {
        if (c.mainArticles.isEmpty())
            continue;
        int line = 0;
        for (int i = 0; i < lines.size() && line == 0; ++i) {
            if (lines.at(i).contains("\"id\": \"" + c.id.toUtf8() + '"'))
                line = i + 1;
        }
        for (const QString& id : c.mainArticles) {
            const Article* a = kb.article(id);
            if (!a)
                issues.append(
                    {QStringLiteral("categories.json"), line,
                     QCoreApplication::translate("KnowledgeBase", "the main article \"%1\" of \"%2\" does not exist")
                         .arg(id, c.id),
                     false});
            else if (a->category != c.id)
                issues.append({QStringLiteral("categories.json"), line,
                               QCoreApplication::translate(
                                   "KnowledgeBase", "the main article \"%1\" of \"%2\" is in the category \"%3\"")
                                   .arg(id, c.id, a->category),
                               false});
        }
    }
}

} // namespace

KnowledgeBase::Loaded KnowledgeBase::loadFromDir(const QString& dirPath) {
    Loaded result;
    KnowledgeBase& kb = result.kb;
    KbIssues& issues = result.issues;
    // Absolute, so that the files found under it and their names relative to it agree however the directory was
    // given (`kb check kb_data` from the source tree, `kb check .` from inside it, an absolute path).
    const QDir dir(QFileInfo(dirPath).absoluteFilePath());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(kIndexFormat));

    const QByteArray categories =
        readFile(dir.filePath(QStringLiteral("categories.json")), issues, QStringLiteral("categories.json"), hash);
    readCategories(parseJson(categories, QStringLiteral("categories.json"), issues)
                       .object()
                       .value(QLatin1String("categories"))
                       .toArray(),
                   {}, kb.m_categories);
    if (kb.m_categories.isEmpty())
        issues.append({QStringLiteral("categories.json"), 0,
                       QCoreApplication::translate("KnowledgeBase", "no categories"), true});

    const QString synonymsFile = dir.filePath(QStringLiteral("synonyms.json"));
    if (QFile::exists(synonymsFile)) {
        const QByteArray synonyms = readFile(synonymsFile, issues, QStringLiteral("synonyms.json"), hash);
        const QJsonArray groups = parseJson(synonyms, QStringLiteral("synonyms.json"), issues)
                                      .object()
                                      .value(QLatin1String("groups"))
                                      .toArray();
        for (const QJsonValue& g : groups) {
            QStringList group;
            for (const QJsonValue& w : g.toArray())
                group << w.toString().trimmed().toLower();
            group.removeAll(QString());
            if (group.size() >= 2)
                kb.m_synonyms.append(group);
        }
    }

    auto reference = domain::ReferenceData::load(dir.filePath(QStringLiteral("reference")));
    if (!reference) {
        issues.append({QStringLiteral("reference/agencies.json"), 0, reference.error().message, false});
    } else {
        // Search indexes the agencies' names with their articles: a change of a name is a change of the index.
        QFile agencies(dir.filePath(QStringLiteral("reference/agencies.json")));
        if (agencies.open(QIODevice::ReadOnly))
            hash.addData(agencies.readAll());
        for (const domain::Agency& a : reference.value().agencies())
            kb.m_agencyNames.insert(a.id, QStringList{a.name} + a.shortNames);
    }

    QStringList files;
    QDirIterator it(dir.filePath(QStringLiteral("articles")), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort(); // a stable order makes the fingerprint and the reports reproducible

    QList<std::pair<QString, ArticleParser::LinkRef>> links;
    for (const QString& path : std::as_const(files)) {
        const QString shown = dir.relativeFilePath(path);
        const QByteArray data = readFile(path, issues, shown, hash);
        ++result.filesRead;
        ArticleParser::Outcome parsed = ArticleParser::parse(data, shown);
        issues.append(parsed.issues);
        if (!parsed.article)
            continue;
        Article& a = *parsed.article;
        const Category* cat = kb.category(a.category);
        if (!cat || cat->parentId.isEmpty()) {
            issues.append({shown, 0,
                           QCoreApplication::translate(
                               "KnowledgeBase", "unknown category \"%1\": use a subcategory id from categories.json")
                               .arg(a.category),
                           false});
        } else {
            const QString top = cat->parentId;
            if (!shown.startsWith(QStringLiteral("articles/%1/").arg(top)))
                issues.append({shown, 0,
                               QCoreApplication::translate("KnowledgeBase",
                                                           "the article of category \"%1\" must lie in articles/%2/")
                                   .arg(a.category, top),
                               false});
        }
        if (reference)
            checkAgencies(a, shown, reference.value(), issues);
        if (kb.article(a.id)) {
            issues.append({shown, 0,
                           QCoreApplication::translate("KnowledgeBase", "duplicate id \"%1\" (also in %2)")
                               .arg(a.id, kb.article(a.id)->filePath),
                           true});
            continue;
        }
        for (const auto& link : std::as_const(parsed.links))
            links.append({shown, link});
        kb.addArticle(std::move(a));
    }
    checkMainArticles(kb, categories, issues);
    for (const auto& [file, link] : std::as_const(links)) {
        if (!kb.article(link.articleId))
            issues.append({file, link.line,
                           QCoreApplication::translate("KnowledgeBase", "broken link to kb:%1: no such article")
                               .arg(link.articleId),
                           false});
    }
    result.filesRead += scripts::loadScripts(dirPath, kb, reference ? &reference.value() : nullptr, issues, hash);
    kb.m_fingerprint = hash.result().toHex();
    return result;
}

const Article* KnowledgeBase::article(const QString& id) const {
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_articles.at(*it);
}

const Category* KnowledgeBase::category(const QString& id) const {
    for (const Category& c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString KnowledgeBase::topCategoryOf(const QString& categoryId) const {
    const Category* c = category(categoryId);
    if (!c)
        return {};
    return c->parentId.isEmpty() ? c->id : c->parentId;
}

QList<const Article*> KnowledgeBase::articlesIn(const QString& categoryId) const {
    QList<const Article*> out;
    for (const Article& a : m_articles) {
        if (a.category == categoryId || topCategoryOf(a.category) == categoryId)
            out.append(&a);
    }
    return out;
}

const scripts::Script* KnowledgeBase::script(const QString& id) const {
    for (const scripts::Script& s : m_scripts) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void KnowledgeBase::addScript(scripts::Script script) {
    m_scripts.append(std::move(script));
}

void KnowledgeBase::addArticle(Article article) {
    m_byId.insert(article.id, m_articles.size());
    m_articles.append(std::move(article));
}

} // namespace hotline::kb
