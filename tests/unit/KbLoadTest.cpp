#include "CatchQt.h"
#include "TestPaths.h"
#include "kb/ArticleParser.h"
#include "kb/KnowledgeBase.h"
#include "kb/SqliteDb.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace hotline::kb;

namespace {

void write(const QString& path, const QByteArray& data) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray read(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// A small knowledge base: the shipped categories and reference data plus the given articles.
QString makeKb(const QTemporaryDir& tmp, const QList<std::pair<QString, QByteArray>>& articles) {
    const QString src = hotline::test::kbDir();
    const QString dir = tmp.filePath(QStringLiteral("kb"));
    write(dir + QStringLiteral("/categories.json"), read(src + QStringLiteral("/categories.json")));
    write(dir + QStringLiteral("/synonyms.json"), read(src + QStringLiteral("/synonyms.json")));
    for (const QString& name : QDir(src + QStringLiteral("/reference")).entryList(QDir::Files))
        write(dir + QStringLiteral("/reference/") + name, read(src + QStringLiteral("/reference/") + name));
    for (const auto& [path, data] : articles)
        write(dir + QStringLiteral("/articles/") + path, data);
    return dir;
}

QByteArray shippedArticle(const QString& relative) {
    return read(hotline::test::kbDir() + QStringLiteral("/articles/") + relative);
}

const KbIssue* issueFor(const KbIssues& issues, const QString& fileEnd) {
    for (const KbIssue& i : issues) {
        if (i.file.endsWith(fileEnd))
            return &i;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The shipped knowledge base loads cleanly and covers every category and seed topic", "[kb]") {
    const KnowledgeBase::Loaded loaded = KnowledgeBase::loadFromDir(hotline::test::kbDir());
    // Errors would fail `kb check`; warnings (an agency the reference marks uncertain) are for the editors to see.
    for (const KbIssue& i : loaded.issues) {
        UNSCOPED_INFO(i.toString().toStdString());
        CHECK(i.isWarning());
    }
    CHECK(loaded.kb.articles().size() >= 80);
    for (const Category& c : loaded.kb.categories())
        CHECK_FALSE(loaded.kb.articlesIn(c.id).isEmpty());
    // The example topics of the seed slides.
    for (const char* id : {"subsidiya-modernizatsiya", "gpzu-izmenenie", "porubochnyy-bilet", "vyveska-soglasovanie",
                           "taksi-razreshenie", "shtab-obrashchenie"}) {
        INFO(id);
        CHECK(loaded.kb.article(QString::fromLatin1(id)) != nullptr);
    }
    const Article* a = loaded.kb.article(QStringLiteral("subsidiya-modernizatsiya"));
    REQUIRE(a);
    CHECK_FALSE(a->script.isEmpty());
    CHECK_FALSE(a->questions.isEmpty());
    CHECK_FALSE(a->documents.isEmpty());
}

TEST_CASE("Malformed articles are reported by file and skipped, and the rest loads", "[kb]") {
    QTemporaryDir tmp;
    QByteArray huge = shippedArticle(QStringLiteral("stroyka/gpzu-izmenenie.md"));
    huge.replace("gpzu-izmenenie", "huge-article");
    huge.append(QByteArray(10 * 1024 * 1024, 'x'));
    QByteArray junk(4096, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    QByteArray badJson = shippedArticle(QStringLiteral("razresheniya/porubochnyy-bilet.md"));
    badJson.replace("porubochnyy-bilet", "bad-json");
    badJson.replace("\"title\":", "\"title\" ");
    QByteArray noTitle = shippedArticle(QStringLiteral("razresheniya/taksi-razreshenie.md"));
    noTitle.replace("taksi-razreshenie", "no-title");
    noTitle.replace("\"title\":", "\"name\":");
    QByteArray unknownBits = shippedArticle(QStringLiteral("podderzhka/subsidiya-modernizatsiya.md"));
    unknownBits.replace("subsidiya-modernizatsiya", "unknown-bits");
    unknownBits.replace("\"mininvest\"", "\"minmagii\"");
    unknownBits.append("\n\nСрок: {{дедлайн}}. См. [другую](kb:net-takoy-stati).\n");

    const QString dir = makeKb(tmp, {
                                        {QStringLiteral("stroyka/gpzu-izmenenie.md"),
                                         shippedArticle(QStringLiteral("stroyka/gpzu-izmenenie.md"))},
                                        {QStringLiteral("stroyka/huge-article.md"), huge},
                                        {QStringLiteral("stroyka/junk.md"), junk},
                                        {QStringLiteral("razresheniya/bad-json.md"), badJson},
                                        {QStringLiteral("razresheniya/no-title.md"), noTitle},
                                        {QStringLiteral("podderzhka/unknown-bits.md"), unknownBits},
                                    });
    const KnowledgeBase::Loaded loaded = KnowledgeBase::loadFromDir(dir);
    CHECK(loaded.filesRead == 6);
    CHECK(loaded.kb.article(QStringLiteral("gpzu-izmenenie")) != nullptr);
    CHECK(loaded.kb.article(QStringLiteral("huge-article")) == nullptr);
    CHECK(loaded.kb.article(QStringLiteral("bad-json")) == nullptr);
    CHECK(loaded.kb.article(QStringLiteral("no-title")) == nullptr);

    const KbIssue* hugeIssue = issueFor(loaded.issues, QStringLiteral("huge-article.md"));
    REQUIRE(hugeIssue);
    CHECK(hugeIssue->fatal);
    CHECK(hugeIssue->message.contains(QString::number(ArticleParser::kMaxFileBytes)));
    const KbIssue* junkIssue = issueFor(loaded.issues, QStringLiteral("junk.md"));
    REQUIRE(junkIssue);
    CHECK(junkIssue->fatal);
    const KbIssue* jsonIssue = issueFor(loaded.issues, QStringLiteral("bad-json.md"));
    REQUIRE(jsonIssue);
    CHECK(jsonIssue->line == 4); // the broken "title" line, counted from the top of the file
    CHECK(jsonIssue->toString().startsWith(QStringLiteral("articles/razresheniya/bad-json.md:4: ")));
    const KbIssue* titleIssue = issueFor(loaded.issues, QStringLiteral("no-title.md"));
    REQUIRE(titleIssue);
    CHECK(titleIssue->message.contains(QStringLiteral("title"))); // the field named, in either language

    // Non-fatal problems keep the article but are all reported.
    CHECK(loaded.kb.article(QStringLiteral("unknown-bits")) != nullptr);
    QStringList unknownMessages;
    for (const KbIssue& i : loaded.issues) {
        if (i.file.endsWith(QStringLiteral("unknown-bits.md")))
            unknownMessages << i.message;
    }
    const QString all = unknownMessages.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("minmagii")));
    CHECK(all.contains(QStringLiteral("{{дедлайн}}")));
    CHECK(all.contains(QStringLiteral("net-takoy-stati")));
}

TEST_CASE("Duplicate ids are reported and the second copy is skipped", "[kb]") {
    QTemporaryDir tmp;
    const QByteArray a = shippedArticle(QStringLiteral("stroyka/gpzu-izmenenie.md"));
    const QString dir = makeKb(
        tmp, {{QStringLiteral("stroyka/gpzu-izmenenie.md"), a}, {QStringLiteral("stroyka/gpzu-izmenenie-copy.md"), a}});
    const KnowledgeBase::Loaded loaded = KnowledgeBase::loadFromDir(dir);
    CHECK(loaded.kb.articles().size() == 1);
    bool duplicate = false;
    for (const KbIssue& i : loaded.issues)
        duplicate = duplicate || (i.message.contains(QStringLiteral("gpzu-izmenenie")) && i.fatal);
    CHECK(duplicate);
}

TEST_CASE("The article parser survives randomly damaged input", "[kb][fuzz]") {
    const QByteArray original = shippedArticle(QStringLiteral("zashchita/shtab-obrashchenie.md"));
    QRandomGenerator rng(150);
    int parsed = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray data = original;
        const int edits = rng.bounded(1, 12);
        for (int e = 0; e < edits; ++e) {
            const int pos = rng.bounded(static_cast<int>(data.size()) + 1);
            switch (rng.bounded(4)) {
            case 0:
                if (pos < data.size())
                    data[pos] = static_cast<char>(rng.bounded(256));
                break;
            case 1:
                data.insert(pos, "```{}\"[]\n## {{");
                break;
            case 2:
                data.truncate(pos);
                break;
            default:
                data.remove(pos, rng.bounded(1, 40));
                break;
            }
        }
        const ArticleParser::Outcome out = ArticleParser::parse(data, QStringLiteral("fuzz.md"));
        if (out.article) {
            ++parsed;
            CHECK_FALSE(out.article->id.isEmpty());
        } else {
            CHECK_FALSE(out.issues.isEmpty());
        }
    }
    CHECK(parsed > 0); // some damage leaves the article readable
}

TEST_CASE("an SQLite statement tells the end of its rows from an error", "[kb][sqlite]") {
    QTemporaryDir dir;
    auto db =
        hotline::kb::SqliteDb::open(dir.filePath(QStringLiteral("t.sqlite")), hotline::kb::SqliteDb::Mode::Create);
    REQUIRE(db.ok());
    REQUIRE(db.value()->exec("CREATE TABLE t(x INTEGER PRIMARY KEY)").ok());
    hotline::kb::SqliteStatement insert(db.value()->handle(), "INSERT INTO t(x) VALUES(?1)");
    insert.bind(1, qint64(1));
    CHECK(insert.run().ok());
    // The same key again: SQLite refuses it, and the refusal is not taken for "done".
    insert.bind(1, qint64(1));
    const hotline::Status again = insert.run();
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("UNIQUE")));
    hotline::kb::SqliteStatement rows(db.value()->handle(), "SELECT x FROM t");
    CHECK(rows.step());
    CHECK_FALSE(rows.step());   // the end of the rows …
    CHECK_FALSE(rows.failed()); // … is not an error
}
