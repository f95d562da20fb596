#pragma once

#include "Article.h"
#include "Category.h"
#include "KbIssue.h"
#include "scripts/Script.h"

#include <QHash>
#include <QStringList>

namespace hotline::kb {

// The whole knowledge base in memory: categories, synonyms and the articles that loaded.
// Loading never stops at a bad article: it is reported and skipped.
class KnowledgeBase {
public:
    struct Loaded;
    static Loaded loadFromDir(const QString& dir);

    const QList<Category>& categories() const { return m_categories; }
    const QList<Article>& articles() const { return m_articles; }
    const QList<QStringList>& synonymGroups() const { return m_synonyms; }
    // Guided call scripts (kb_data/scripts, models/scripts), checked against the articles above.
    const QList<scripts::Script>& scripts() const { return m_scripts; }
    const scripts::Script* script(const QString& id) const;

    const Article* article(const QString& id) const;
    const Category* category(const QString& id) const;
    QString topCategoryOf(const QString& categoryId) const;
    QList<const Article*> articlesIn(const QString& categoryId) const; // a subcategory, or a top one with its children

    // Changes whenever an article, the categories or the synonyms change (drives index rebuilds).
    QByteArray fingerprint() const { return m_fingerprint; }

    // For tests, benchmarks and editors: a base assembled in memory.
    void setCategories(QList<Category> categories) { m_categories = std::move(categories); }
    void setSynonyms(QList<QStringList> groups) { m_synonyms = std::move(groups); }
    void addArticle(Article article);
    void addScript(scripts::Script script);
    void setFingerprint(QByteArray fingerprint) { m_fingerprint = std::move(fingerprint); }

private:
    QList<Category> m_categories;
    QList<Article> m_articles;
    QHash<QString, qsizetype> m_byId;
    QList<QStringList> m_synonyms;
    QList<scripts::Script> m_scripts;
    QByteArray m_fingerprint;
};

struct KnowledgeBase::Loaded {
    KnowledgeBase kb;
    KbIssues issues;
    int filesRead = 0;
};

} // namespace hotline::kb
