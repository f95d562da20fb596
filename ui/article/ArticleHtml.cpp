#include "ArticleHtml.h"

#include "kb/KnowledgeBase.h"

#include <QRegularExpression>
#include <cmark.h>

namespace hotline::ui {

namespace {

// CommonMark by cmark, the reference implementation (what the KB wiki shows with Redmine's CommonMark
// formatter). Its default rendering is safe: raw HTML and javascript:/data: links are dropped; kb:ID links stay.
QString commonMarkHtml(const QString& markdown) {
    const QByteArray utf8 = markdown.toUtf8();
    char* html = cmark_markdown_to_html(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT);
    const QString out = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return out;
}

// One list item or line: its inline Markdown, without the paragraph cmark puts around it.
QString inlineHtml(const QString& text) {
    QString html = commonMarkHtml(text).trimmed();
    if (html.startsWith(QLatin1String("<p>")) && html.endsWith(QLatin1String("</p>")) &&
        html.indexOf(QLatin1String("<p>"), 3) < 0)
        html = html.mid(3, html.size() - 7);
    return html;
}

QString section(const QString& heading, const QString& body) {
    if (body.trimmed().isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3>%2").arg(heading.toHtmlEscaped(), body);
}

QString listHtml(const QStringList& items) {
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(inlineHtml(item));
    return html + QStringLiteral("</ul>");
}

QString gap(const QString& what) {
    return QStringLiteral("<span style=\"background-color:#fff0b3;\">[%1]</span>").arg(what.toHtmlEscaped());
}

QString filled(const QString& value) {
    return QStringLiteral("<b>%1</b>").arg(value.toHtmlEscaped());
}

} // namespace

QString ArticleHtml::markdownToHtml(const QString& markdown) {
    return commonMarkHtml(markdown);
}

QString ArticleHtml::markdownToPlain(const QString& markdown) {
    // The text of the CommonMark tree: links become their text, emphasis goes, list items get a bullet.
    const QByteArray utf8 = markdown.toUtf8();
    cmark_node* root = cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT);
    QString text;
    cmark_iter* it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(it);
        const cmark_node_type type = cmark_node_get_type(node);
        if (ev == CMARK_EVENT_ENTER) {
            switch (type) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
            case CMARK_NODE_CODE_BLOCK:
                text += QString::fromUtf8(cmark_node_get_literal(node));
                break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
                text += QLatin1Char('\n');
                break;
            case CMARK_NODE_ITEM:
                text += QStringLiteral("• ");
                break;
            default:
                break;
            }
        } else if (ev == CMARK_EVENT_EXIT && (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING)) {
            // A paragraph ends its line; outside a list an empty line follows, as in the source.
            const bool inItem = cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_ITEM;
            text += inItem ? QStringLiteral("\n") : QStringLiteral("\n\n");
        }
    }
    cmark_iter_free(it);
    cmark_node_free(root);
    static const QRegularExpression blankLines(QStringLiteral("\n{3,}"));
    return text.replace(blankLines, QStringLiteral("\n\n")).trimmed();
}

QString ArticleHtml::scriptHtml(const kb::Article& article, const PlaceholderValues& v) {
    QString html = markdownToHtml(article.script);
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("организация"), v.organisation.isEmpty() ? gap(tr("organisation")) : filled(v.organisation)},
        {QStringLiteral("срок"), v.deadline.isEmpty() ? gap(tr("deadline")) : filled(v.deadline)},
        {QStringLiteral("номер"), v.issueNumber.isEmpty()
                                      ? QStringLiteral("<i>%1</i>").arg(tr("will be assigned after registration"))
                                      : filled(v.issueNumber)},
        {QStringLiteral("оператор"), v.operatorName.isEmpty() ? gap(tr("operator")) : filled(v.operatorName)},
        {QStringLiteral("муниципалитет"), v.municipality.isEmpty() ? gap(tr("municipality")) : filled(v.municipality)},
        {QStringLiteral("контакт"), v.contact.isEmpty() ? gap(tr("contact")) : filled(v.contact)},
    };
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([^}]*?)\s*\}\})"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        out += html.mid(last, m.capturedStart() - last);
        QString replacement = m.captured(0);
        for (const auto& [name, value] : values) {
            if (m.captured(1) == name)
                replacement = value;
        }
        out += replacement;
        last = m.capturedEnd();
    }
    out += html.mid(last);
    return out;
}

QString ArticleHtml::headHtml(const kb::Article& article, const PlaceholderValues& values) {
    return QStringLiteral("<h2>%1</h2>"
                          "<p style=\"color:#555555;\">%2</p>"
                          "<table width=\"100%\" cellpadding=\"10\" style=\"border:2px solid #2a6fb0;"
                          " background-color:#eef5fc;\"><tr><td style=\"font-size:large;\">%3</td></tr></table>")
        .arg(article.title.toHtmlEscaped(), tr("Answer script — read it to the caller:").toHtmlEscaped(),
             scriptHtml(article, values));
}

QString ArticleHtml::detailsHtml(const kb::Article& article, const kb::KnowledgeBase* kb) {
    QString html;
    html += section(tr("Documents"), listHtml(article.documents));
    html += section(tr("Where and how to apply"), markdownToHtml(article.whereToApply));
    html += section(tr("For the operator"), markdownToHtml(article.operatorNotes));
    html += section(tr("Legal basis"), listHtml(article.legalBasis));
    if (!article.related.isEmpty()) {
        QString links = QStringLiteral("<ul>");
        for (const kb::RelatedLink& link : article.related) {
            const kb::Article* target = kb ? kb->article(link.articleId) : nullptr;
            const QString title = target ? target->title : link.title;
            links += QStringLiteral("<li><a href=\"kb:%1\">%2</a></li>")
                         .arg(link.articleId.toHtmlEscaped(), title.toHtmlEscaped());
        }
        html += section(tr("Related articles"), links + QStringLiteral("</ul>"));
    }
    if (article.updated.isValid())
        html += QStringLiteral("<p style=\"color:#777777;\">%1</p>")
                    .arg(tr("Updated %1").arg(article.updated.toString(QStringLiteral("dd.MM.yyyy"))));
    return html;
}

QString ArticleHtml::callerText(const kb::Article& article, const QString& deadline) {
    QStringList parts;
    parts << article.title;
    if (!article.documents.isEmpty()) {
        QStringList docs;
        for (const QString& d : article.documents)
            docs << QStringLiteral("• ") + markdownToPlain(d);
        parts << tr("Documents:") + QLatin1Char('\n') + docs.join(QLatin1Char('\n'));
    }
    if (!article.whereToApply.trimmed().isEmpty())
        parts << tr("Where and how to apply:") + QLatin1Char('\n') + markdownToPlain(article.whereToApply);
    if (!deadline.isEmpty())
        parts << tr("Answer due: %1").arg(deadline);
    parts << tr("Business hotline 0150 of the Moscow Oblast");
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace hotline::ui
