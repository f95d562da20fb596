#pragma once

#include <QList>
#include <QString>

namespace hotline::kb {

struct Category {
    QString id;
    QString title;
    QString parentId; // empty for a top-level category
    int order = 0;    // position among its siblings
};

} // namespace hotline::kb
