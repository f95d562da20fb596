#pragma once

#include "kb/ArticleParser.h"

#include <QCoreApplication>

namespace hotline::ui {

// The article as the operator's window shows it (ArticleHtml: title, framed answer script with the
// placeholders as the operator sees them before the call's values are known, clarifying questions, documents,
// where to apply, notes, legal basis, related articles). A placeholder the window cannot fill is marked red.
class ArticlePreview {
    Q_DECLARE_TR_FUNCTIONS(ArticlePreview)

public:
    static QString html(const kb::ArticleParser::Outcome& parsed);
};

} // namespace hotline::ui
