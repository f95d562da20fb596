// The editor writes what it read: every shipped article, the categories and the synonyms come back byte for
// byte, and an edited article is what the operator's window loads.

#include "CatchQt.h"
#include "TestPaths.h"
#include "kbedit/ArticleDocument.h"
#include "kbedit/CategoryTree.h"
#include "kbedit/SynonymSet.h"

#include <QDirIterator>
#include <QFile>

using namespace hotline;
using namespace hotline::kbedit;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList shippedArticles() {
    QStringList files;
    QDirIterator it(test::kbDir() + QStringLiteral("/articles"), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// Everything the operator's window uses of an article.
void requireSameArticle(const kb::Article& a, const kb::Article& b) {
    CHECK(a.id == b.id);
    CHECK(a.title == b.title);
    CHECK(a.category == b.category);
    CHECK(a.kind == b.kind);
    CHECK(a.days == b.days);
    CHECK(a.agencies == b.agencies);
    CHECK(a.algorithm == b.algorithm);
    CHECK(a.keywords == b.keywords);
    CHECK(a.legalBasis == b.legalBasis);
    CHECK(a.updated == b.updated);
    REQUIRE(a.roadmap.size() == b.roadmap.size());
    for (qsizetype i = 0; i < a.roadmap.size(); ++i) {
        CHECK(a.roadmap.at(i).step == b.roadmap.at(i).step);
        CHECK(a.roadmap.at(i).role == b.roadmap.at(i).role);
        CHECK(a.roadmap.at(i).days == b.roadmap.at(i).days);
    }
    CHECK(a.script == b.script);
    CHECK(a.questions == b.questions);
    CHECK(a.documents == b.documents);
    CHECK(a.whereToApply == b.whereToApply);
    CHECK(a.operatorNotes == b.operatorNotes);
    REQUIRE(a.related.size() == b.related.size());
    for (qsizetype i = 0; i < a.related.size(); ++i)
        CHECK(a.related.at(i).articleId == b.related.at(i).articleId);
}

} // namespace

TEST_CASE("Every shipped article: parse, write, parse gives the same article and the same bytes", "[kbedit]") {
    const QStringList files = shippedArticles();
    REQUIRE(files.size() > 100);
    for (const QString& file : files) {
        INFO(file.toStdString());
        const QByteArray bytes = readAll(file);
        auto doc = ArticleDocument::fromText(QString::fromUtf8(bytes));
        REQUIRE(doc.ok());
        const QString written = doc.value().toText();
        CHECK(written.toUtf8() == bytes);

        const auto original = kb::ArticleParser::parse(bytes, QFileInfo(file).fileName());
        const auto again = kb::ArticleParser::parse(written.toUtf8(), QFileInfo(file).fileName());
        REQUIRE(original.article);
        REQUIRE(again.article);
        requireSameArticle(*original.article, *again.article);
        CHECK(again.issues.size() == original.issues.size());
        auto reread = ArticleDocument::fromText(written);
        REQUIRE(reread.ok());
        CHECK(reread.value().toText() == written);
    }
}

TEST_CASE("An edited article is written in the file format and loads with the edits", "[kbedit]") {
    auto doc = ArticleDocument::fromText(
        QString::fromUtf8(readAll(test::kbDir() + QStringLiteral("/articles/podderzhka/grant-agrostartap.md"))));
    REQUIRE(doc.ok());
    ArticleDocument d = doc.value();
    d.setField(ArticleField::Title, QStringLiteral("Гранты фермерам «Агростартап» \"2027\""));
    d.setField(ArticleField::Kind, QStringLiteral("task"));
    d.setField(ArticleField::Days, 4);
    d.setField(ArticleField::Keywords, QStringList{QStringLiteral("кфх"), QStringLiteral("грант\\ферма")});
    d.setField(ArticleField::LegalBasis, QStringList{});
    d.setField(ArticleField::Body, d.body + QStringLiteral("\n- [Ещё](kb:grant-agrostartap)\n\n"));
    const QString text = d.toText();
    // Keys keep their order; "days" goes after "kind" where a task has it; the heading follows the title.
    CHECK(text.contains(QStringLiteral("  \"kind\": \"task\",\n  \"days\": 4,\n  \"agency\": [\"minselkhozprod\"],")));
    CHECK(text.contains(QStringLiteral("\"keywords\": [\"кфх\", \"грант\\\\ферма\"],")));
    CHECK(text.contains(QStringLiteral("\"legal_basis\": [],")));
    CHECK(text.contains(QStringLiteral("\n# Гранты фермерам «Агростартап» \"2027\"\n\n## Скрипт ответа\n")));
    CHECK(text.endsWith(QStringLiteral("(kb:grant-agrostartap)\n")));

    const auto parsed = d.parse();
    REQUIRE(parsed.article);
    CHECK(parsed.article->title == QStringLiteral("Гранты фермерам «Агростартап» \"2027\""));
    CHECK(parsed.article->kind == domain::AppealKind::Task);
    CHECK(parsed.article->days == 4);
    CHECK(parsed.article->keywords.at(1) == QStringLiteral("грант\\ферма"));
    CHECK(parsed.article->related.size() == 2);

    // The body starts where bodyFirstLine says: the check's line numbers land in the body editor.
    const QStringList lines = text.split(QLatin1Char('\n'));
    CHECK(lines.at(d.bodyFirstLine() - 1) == QStringLiteral("## Скрипт ответа"));
}

TEST_CASE("A complaint gets a roadmap, unknown metadata is kept, a broken block is refused", "[kbedit]") {
    ArticleDocument d = ArticleDocument::newArticle(QStringLiteral("novaya-zhaloba"), QStringLiteral("Жалоба"),
                                                    QStringLiteral("zhaloby"), QStringLiteral("2026-11-23"));
    d.setField(ArticleField::Kind, QStringLiteral("complaint"));
    d.setField(ArticleField::Roadmap, QVariant::fromValue(QList<kb::RoadmapStep>{
                                          {QStringLiteral("Модерация"), QStringLiteral("moderation"), 1},
                                          {QStringLiteral("Ответ"), QStringLiteral("execution"), 5}}));
    d.extraMeta.insert(QStringLiteral("owner"), QStringLiteral("mininvest"));
    const QString text = d.toText();
    CHECK(text.contains(QStringLiteral("  \"roadmap\": [\n    {\"step\": \"Модерация\", \"role\": \"moderation\", "
                                       "\"days\": 1},\n    {\"step\": \"Ответ\", \"role\": \"execution\", \"days\": "
                                       "5}\n  ]")));
    auto back = ArticleDocument::fromText(text);
    REQUIRE(back.ok());
    CHECK(back.value().extraMeta.value(QStringLiteral("owner")).toString() == QStringLiteral("mininvest"));
    CHECK(back.value().roadmap.size() == 2);
    CHECK(back.value().toText() == text);

    CHECK_FALSE(ArticleDocument::fromText(QStringLiteral("# Только заголовок\n")).ok());
    CHECK_FALSE(ArticleDocument::fromText(QStringLiteral("```json\n{\"id\": \n```\n")).ok());
    // An unknown kind is kept as it was written, for the check to report.
    auto odd = ArticleDocument::fromText(QStringLiteral("```json\n{\"id\": \"x\", \"kind\": \"urgent\"}\n```\n"));
    REQUIRE(odd.ok());
    CHECK(odd.value().toText().contains(QStringLiteral("\"kind\": \"urgent\"")));
}

TEST_CASE("categories.json and synonyms.json come back byte for byte", "[kbedit]") {
    const QByteArray cats = readAll(test::kbDir() + QStringLiteral("/categories.json"));
    auto tree = CategoryTree::fromJson(cats);
    REQUIRE(tree.ok());
    CHECK(tree.value().toJson() == cats);
    CHECK(tree.value().validate({}).ok());
    // A subcategory's main articles stay on its line through an edit of the tree.
    QByteArray withMain = cats;
    withMain.replace(R"({"id": "granty", "title": "Гранты"})",
                     R"({"id": "granty", "title": "Гранты", "main": ["grant-agrostartap", "x"]})");
    REQUIRE(withMain != cats);
    auto edited = CategoryTree::fromJson(withMain);
    REQUIRE(edited.ok());
    CHECK(edited.value().toJson() == withMain);
    REQUIRE(edited.value().rename(QStringLiteral("granty"), QStringLiteral("Гранты и конкурсы")).ok());
    CHECK(edited.value().toJson().contains(
        R"({"id": "granty", "title": "Гранты и конкурсы", "main": ["grant-agrostartap", "x"]})"));
    for (const hotline::kb::Category& c : edited.value().flatten()) {
        if (c.id == QStringLiteral("granty"))
            CHECK(c.mainArticles == QStringList{QStringLiteral("grant-agrostartap"), QStringLiteral("x")});
    }

    const QByteArray syns = readAll(test::kbDir() + QStringLiteral("/synonyms.json"));
    auto set = SynonymSet::fromJson(syns);
    REQUIRE(set.ok());
    CHECK(set.value().toJson() == syns);
    CHECK(set.value().validate().ok());
}
