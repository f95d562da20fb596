#pragma once

#include "domain/Result.h"
#include "kb/Category.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace hotline::kbedit {

// The category tree of categories.json as the editor changes it: top categories, each with its
// subcategories (articles belong to subcategories), in display order. Every change is checked first and
// refused with a message a person can act on; a refused change leaves the tree as it was.
class CategoryTree {
    Q_DECLARE_TR_FUNCTIONS(CategoryTree)

public:
    struct Node {
        QString id;
        QString title;
        QList<Node> children;
        QStringList main; // a subcategory's main articles (search puts them first for a bare topic query)
    };

    static Result<CategoryTree> fromJson(const QByteArray& json);
    // categories.json as the shipped file is written: one line per category.
    QByteArray toJson() const;
    QList<kb::Category> flatten() const; // as KnowledgeBase::categories() lists them

    const QList<Node>& tops() const { return m_tops; }
    const Node* find(const QString& id) const;
    QString parentOf(const QString& id) const; // empty for a top category (or an unknown id)
    int positionOf(const QString& id) const;   // among its siblings, -1 when unknown
    bool isTop(const QString& id) const;

    // `parentId` empty: a new top category. `position` -1: at the end.
    Status add(const QString& parentId, const QString& id, const QString& title, int position = -1);
    Status rename(const QString& id, const QString& title);
    // Moves a category under `parentId` (empty: to the top level) at `position` among its new siblings.
    // `used` are the subcategories articles are filed under: they must stay subcategories.
    Status move(const QString& id, const QString& parentId, int position, const QSet<QString>& used);
    Status remove(const QString& id, const QSet<QString>& used);

    // Everything the operator's tree needs: at least one category, unique well-formed ids, titles, two levels,
    // and every category an article uses is a subcategory.
    Status validate(const QSet<QString>& used) const;

    // A suggestion for the id of a new category or article from its Russian title (Latin, dashes).
    static QString suggestId(const QString& title);
    static bool isValidId(const QString& id);

    bool operator==(const CategoryTree& o) const { return toJson() == o.toJson(); }

private:
    Node* findMutable(const QString& id);
    QList<Node>* siblingsOf(const QString& id);

    QList<Node> m_tops;
};

} // namespace hotline::kbedit
