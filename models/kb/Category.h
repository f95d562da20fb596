#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hotline::kb {

struct Category {
    QString id;
    QString title;
    QString parentId; // empty for a top-level category
    int order = 0;    // position among its siblings
    // A subcategory's main articles: how to get it / how it works, put first by search for a bare topic query
    // (categories.json "main", optional).
    QStringList mainArticles;
};

} // namespace hotline::kb
