// Articles are rendered by a CommonMark implementation (cmark): every shipped article shows no Markdown markup as
// literal text, its kb: links stay links, and the constructs the KB wiki renders are rendered here too.
#include "article/ArticleHtml.h"

#include "CatchQt.h"
#include "TestPaths.h"
#include "kb/KnowledgeBase.h"

#include <QRegularExpression>
#include <QTextDocument>

using namespace hotline;
using ui::ArticleHtml;

namespace {

// What the operator reads: the text of the HTML as Qt lays it out.
QString shown(const QString& html) {
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

// Markdown markup that would be left as literal text: emphasis, links, code, headings, list and quote markers,
// HTML tags and entities.
QStringList leftovers(const QString& text) {
    static const QList<QRegularExpression> markup{
        QRegularExpression(QStringLiteral(R"(\*\*|__)")),
        QRegularExpression(QStringLiteral(R"((^|\s)[*_][^\s*_][^*_\n]*[^\s*_][*_](\s|[.,;:!?]|$))"),
                           QRegularExpression::MultilineOption),
        QRegularExpression(QStringLiteral(R"(\]\(|\[[^\]\n]+\]\s*$)"), QRegularExpression::MultilineOption),
        QRegularExpression(QStringLiteral("`")),
        QRegularExpression(QStringLiteral(R"(^\s*(#{1,6}|[-*+]|\d+[.)]|>)\s)"), QRegularExpression::MultilineOption),
        QRegularExpression(QStringLiteral(R"(</?[a-zA-Z][a-zA-Z0-9]*[\s>/]|&[a-z]+;|&#\d+;)")),
    };
    QStringList found;
    for (const QRegularExpression& re : markup) {
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured(0).trimmed();
    }
    return found;
}

int kbLinks(const QString& text, const QRegularExpression& re) {
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

TEST_CASE("every shipped article is shown with no Markdown left as literal text", "[ui][article]") {
    // Whatever kb_data holds now: articles added later are checked the same way.
    const kb::KnowledgeBase::Loaded loaded = kb::KnowledgeBase::loadFromDir(test::kbDir());
    REQUIRE(loaded.kb.articles().size() >= 80);
    ui::PlaceholderValues values;
    values.organisation = QStringLiteral("ООО «Ромашка»");
    values.deadline = QStringLiteral("25.11.2026 18:00");
    values.issueNumber = QStringLiteral("12345");
    static const QRegularExpression sourceLink(QStringLiteral(R"(\]\(kb:[^)\s]+\))"));
    static const QRegularExpression htmlLink(QStringLiteral(R"(<a href="kb:[^"]+")"));
    for (const kb::Article& a : loaded.kb.articles()) {
        INFO(a.id.toStdString());
        const QString head = ArticleHtml::headHtml(a, values);
        const QString details = ArticleHtml::detailsHtml(a, &loaded.kb);
        CHECK(leftovers(shown(head)).isEmpty());
        CHECK(leftovers(shown(details)).join(QStringLiteral(" | ")) == QString());
        CHECK(leftovers(ArticleHtml::callerText(a, values.deadline)).join(QStringLiteral(" | ")) == QString());
        for (const QString& q : a.questions)
            CHECK(leftovers(ArticleHtml::markdownToPlain(q)).isEmpty());
        // Every kb: link of the text is a link the operator can follow.
        const QString source = a.script + a.whereToApply + a.operatorNotes + a.documents.join(QLatin1Char('\n')) +
                               a.legalBasis.join(QLatin1Char('\n'));
        CHECK(kbLinks(head + details, htmlLink) >= kbLinks(source, sourceLink) + int(a.related.size()));
        // The script stays framed, its placeholders filled.
        CHECK(head.contains(QStringLiteral("border:2px solid #2a6fb0")));
        CHECK_FALSE(shown(head).contains(QStringLiteral("{{")));
    }
}

TEST_CASE("the CommonMark the wiki renders is rendered in the operator's window too", "[ui][article]") {
    const QString markdown = QStringLiteral("Подайте заявление:\n\n"
                                            "1. на *Госуслугах* — [gosuslugi.ru](https://www.gosuslugi.ru);\n"
                                            "2. в МФЦ, см. [порубочный билет](kb:porubochnyy-bilet).\n"
                                            "   Срок — `5 рабочих дней`.\n\n"
                                            "- первый пункт\n"
                                            "  - вложенный пункт\n\n"
                                            "> Уточните у заявителя ИНН.\n\n"
                                            "Это <script>alert(1)</script> **важно**");
    const QString html = ArticleHtml::markdownToHtml(markdown);
    CHECK(html.contains(QStringLiteral("<ol>")));
    CHECK(html.contains(QStringLiteral("<em>Госуслугах</em>")));
    CHECK(html.contains(QStringLiteral("<a href=\"https://www.gosuslugi.ru\">gosuslugi.ru</a>")));
    CHECK(html.contains(QStringLiteral("<a href=\"kb:porubochnyy-bilet\">порубочный билет</a>")));
    CHECK(html.contains(QStringLiteral("<code>5 рабочих дней</code>")));
    CHECK(html.contains(QStringLiteral("<blockquote>")));
    CHECK(html.contains(QStringLiteral("<strong>важно</strong>")));
    CHECK_FALSE(html.contains(QStringLiteral("<script"))); // raw HTML is not passed through
    CHECK(leftovers(shown(html)).isEmpty());
    const QString plain = ArticleHtml::markdownToPlain(markdown);
    CHECK(leftovers(plain).join(QStringLiteral(" | ")) == QString());
    CHECK(plain.contains(QStringLiteral("на Госуслугах — gosuslugi.ru;")));
    CHECK(plain.contains(QStringLiteral("• первый пункт")));
}
