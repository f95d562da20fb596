#include "ArticleHtml.h"

#include "kb/KnowledgeBase.h"

#include <QRegularExpression>

namespace hotline::ui {

namespace {

QString inlineHtml(const QString& text) {
    QString html = text.toHtmlEscaped();
    static const QRegularExpression bold(QStringLiteral(R"(\*\*([^*]+)\*\*)"));
    html.replace(bold, QStringLiteral("<b>\\1</b>"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\(kb:([^)\s]*)\))"));
    html.replace(link, QStringLiteral("<a href=\"kb:\\2\">\\1</a>"));
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
    QString html;
    bool inList = false;
    QStringList paragraph;
    auto flushParagraph = [&] {
        if (!paragraph.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(inlineHtml(paragraph.join(QLatin1Char(' '))));
        paragraph.clear();
    };
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        const bool item = line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "));
        if (item) {
            flushParagraph();
            if (!inList)
                html += QStringLiteral("<ul>");
            inList = true;
            html += QStringLiteral("<li>%1</li>").arg(inlineHtml(line.mid(2).trimmed()));
            continue;
        }
        if (inList && !line.isEmpty() && raw.startsWith(QLatin1Char(' '))) {
            html.insert(html.size() - 5, QLatin1Char(' ') + inlineHtml(line)); // continuation of an item
            continue;
        }
        if (inList) {
            html += QStringLiteral("</ul>");
            inList = false;
        }
        if (line.isEmpty())
            flushParagraph();
        else
            paragraph.append(line);
    }
    flushParagraph();
    if (inList)
        html += QStringLiteral("</ul>");
    return html;
}

QString ArticleHtml::markdownToPlain(const QString& markdown) {
    QString text = markdown;
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\(kb:[^)\s]*\))"));
    text.replace(link, QStringLiteral("\\1"));
    text.remove(QStringLiteral("**"));
    static const QRegularExpression bullet(QStringLiteral(R"((^|\n)\s*[-*] )"));
    text.replace(bullet, QStringLiteral("\\1• "));
    return text.trimmed();
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
