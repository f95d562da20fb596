#include "KnowledgeBase.h"

#include "ArticleParser.h"
#include "domain/ReferenceData.h"
#include "scripts/ScriptLoader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hotline::kb {

namespace {

// Bumped whenever the way articles are indexed changes, so existing indexes are rebuilt.
constexpr char kIndexFormat[] = "kb-index-v4";

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
        out.append({id, o.value(QLatin1String("title")).toString(), parent, order++});
        readCategories(o.value(QLatin1String("children")).toArray(), id, out);
    }
}

} // namespace

KnowledgeBase::Loaded KnowledgeBase::loadFromDir(const QString& dirPath) {
    Loaded result;
    KnowledgeBase& kb = result.kb;
    KbIssues& issues = result.issues;
    const QDir dir(dirPath);
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
    if (!reference)
        issues.append({QStringLiteral("reference/agencies.json"), 0, reference.error().message, false});

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
        if (reference) {
            for (const QString& agencyId : std::as_const(a.agencies)) {
                const domain::Agency* agency = reference.value().agency(agencyId);
                if (!agency)
                    issues.append({shown, 0,
                                   QCoreApplication::translate("KnowledgeBase",
                                                               "unknown agency \"%1\" (see reference/agencies.json)")
                                       .arg(agencyId),
                                   false});
                else if (!agency->active)
                    issues.append(
                        {shown, 0,
                         QCoreApplication::translate("KnowledgeBase", "the agency \"%1\" no longer exists; use \"%2\"")
                             .arg(agencyId, agency->successor),
                         false});
            }
        }
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
