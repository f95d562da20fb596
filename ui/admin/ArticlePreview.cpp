#include "ArticlePreview.h"

#include "article/ArticleHtml.h"

#include <QRegularExpression>

namespace hotline::ui {

QString ArticlePreview::html(const kb::ArticleParser::Outcome& parsed) {
    if (!parsed.article) {
        QString problems;
        for (const kb::KbIssue& issue : parsed.issues) {
            if (issue.fatal)
                problems += QStringLiteral("<li>%1</li>").arg(issue.message.toHtmlEscaped());
        }
        return QStringLiteral("<p style=\"color:#b02020;\"><b>%1</b></p><ul>%2</ul>")
            .arg(tr("The operators' window could not show this article:").toHtmlEscaped(), problems);
    }
    const kb::Article& a = *parsed.article;
    QString html = ArticleHtml::headHtml(a, PlaceholderValues{});
    if (!a.questions.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Clarifying questions").toHtmlEscaped());
        for (const QString& q : a.questions)
            html += QStringLiteral("<li>☐ %1</li>").arg(ArticleHtml::markdownToPlain(q).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += ArticleHtml::detailsHtml(a, nullptr);
    // What is left of {{…}} was not filled: the operator would read it out as it is.
    static const QRegularExpression leftover(QStringLiteral(R"(\{\{[^}]*\}\})"));
    QString out;
    qsizetype last = 0;
    for (auto it = leftover.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += html.mid(last, m.capturedStart() - last);
        out += QStringLiteral("<span style=\"background-color:#f3b5b5; color:#7a0000;\">%1</span>").arg(m.captured(0));
        last = m.capturedEnd();
    }
    return out + html.mid(last);
}

} // namespace hotline::ui
