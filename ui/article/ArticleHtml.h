#pragma once

#include "kb/Article.h"

#include <QCoreApplication>
#include <QString>

namespace hotline::kb {
class KnowledgeBase;
}

namespace hotline::ui {

// The values the article's {{placeholders}} are filled with; an empty value shows a visible gap.
struct PlaceholderValues {
    QString organisation;
    QString deadline;
    QString issueNumber; // empty until Redmine has assigned one
    QString operatorName;
    QString municipality;
    QString contact;
};

// Renders an article for the operator and for the caller.
class ArticleHtml {
    Q_DECLARE_TR_FUNCTIONS(ArticleHtml)
public:
    // The answer script with placeholders filled, as HTML (filled values in bold).
    static QString scriptHtml(const kb::Article& article, const PlaceholderValues& values);
    // The article's title and framed answer script.
    static QString headHtml(const kb::Article& article, const PlaceholderValues& values);
    // Documents, where to apply, operator notes, legal basis and related articles (kb: links).
    static QString detailsHtml(const kb::Article& article, const kb::KnowledgeBase* kb);
    // Plain text for the caller (e-mail or SMS): title, documents, where to apply, deadline.
    static QString callerText(const kb::Article& article, const QString& deadline);
    // CommonMark to HTML (cmark; [text](kb:id) links stay links, raw HTML is dropped).
    static QString markdownToHtml(const QString& markdown);
    // The text of CommonMark without its markup (list items as "• ").
    static QString markdownToPlain(const QString& markdown);
};

} // namespace hotline::ui
