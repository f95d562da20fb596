// The checks `kb check` and the KB editor make beyond the format: placeholders only in the script, a script
// short enough to read out, agencies that still exist. Each against fixture data, so it holds whatever the
// shipped base says today.
#include "CatchQt.h"
#include "TestPaths.h"
#include "kb/ArticleParser.h"
#include "kb/KnowledgeBase.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
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

// An article of category gpzu routed to `agency`, with the given script and questions.
QByteArray article(const QString& id, const QString& agency, const QString& script, const QString& questions = {}) {
    return QStringLiteral("```json\n{\n  \"id\": \"%1\",\n  \"title\": \"Проверочная статья\",\n  \"category\": "
                          "\"gpzu\",\n  \"kind\": \"simple\",\n  \"agency\": [\"%2\"],\n  \"algorithm\": \"single\",\n"
                          "  \"keywords\": [\"проверка\"],\n  \"updated\": \"2026-12-01\"\n}\n```\n\n# Проверочная "
                          "статья\n\n## Скрипт ответа\n%3\n\n## Уточняющие вопросы\n%4\n")
        .arg(id, agency, script, questions)
        .toUtf8();
}

// Three agencies as content-a's reference writes them: active, uncertain with a likely successor, abolished.
const QByteArray kAgencies = R"({"agencies": [
 {"id": "alive", "name": "Министерство проверок", "short_names": ["Минпроверок"], "kind": "regional", "status": "active"},
 {"id": "unsure", "name": "Управление сомнений", "short_names": [], "kind": "regional", "status": "uncertain",
  "successor": "alive"},
 {"id": "gone", "name": "Комитет прошлого", "short_names": [], "kind": "regional", "status": "abolished",
  "successor": "alive"}
]})";

QString makeKb(const QTemporaryDir& tmp, const QList<std::pair<QString, QByteArray>>& articles) {
    const QString src = hotline::test::kbDir();
    const QString dir = tmp.filePath(QStringLiteral("kb"));
    write(dir + QStringLiteral("/categories.json"), read(src + QStringLiteral("/categories.json")));
    for (const QString& name : QDir(src + QStringLiteral("/reference")).entryList(QDir::Files))
        write(dir + QStringLiteral("/reference/") + name, read(src + QStringLiteral("/reference/") + name));
    write(dir + QStringLiteral("/reference/agencies.json"), kAgencies);
    for (const auto& [id, data] : articles)
        write(dir + QStringLiteral("/articles/stroyka/") + id + QStringLiteral(".md"), data);
    return dir;
}

KbIssues issuesOf(const KnowledgeBase::Loaded& loaded, const QString& id) {
    KbIssues out;
    for (const KbIssue& i : loaded.issues) {
        if (i.file.endsWith(QLatin1Char('/') + id + QStringLiteral(".md")))
            out.append(i);
    }
    return out;
}

QString words(int n) {
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("слово");
    return out.join(QLatin1Char(' ')) + QLatin1Char('.');
}

} // namespace

TEST_CASE("kb check: a placeholder outside the answer script is an error at its line", "[kb][check]") {
    QTemporaryDir tmp;
    const QString dir = makeKb(
        tmp, {{QStringLiteral("outside"), article(QStringLiteral("outside"), QStringLiteral("alive"),
                                                  QStringLiteral("Ваше обращение {{номер}} принято, срок {{срок}}."),
                                                  QStringLiteral("- Удобный контакт для связи: {{контакт}}?"))},
              {QStringLiteral("inside"),
               article(QStringLiteral("inside"), QStringLiteral("alive"), QStringLiteral("Запишу контакт {{контакт}}."),
                       QStringLiteral("- Удобный контакт для связи?"))}});
    const KnowledgeBase::Loaded loaded = KnowledgeBase::loadFromDir(dir);
    const KbIssues outside = issuesOf(loaded, QStringLiteral("outside"));
    REQUIRE(outside.size() == 1);
    CHECK_FALSE(outside.first().isWarning());
    CHECK_FALSE(outside.first().fatal); // the article still loads; the check fails
    CHECK(outside.first().message.contains(QStringLiteral("{{контакт}}")));
    const QStringList lines =
        QString::fromUtf8(read(dir + QStringLiteral("/articles/stroyka/outside.md"))).split(QLatin1Char('\n'));
    REQUIRE(outside.first().line > 0);
    CHECK(lines.at(outside.first().line - 1).contains(QStringLiteral("{{контакт}}")));
    // In the script the same placeholder is what the window fills: nothing to report.
    CHECK(issuesOf(loaded, QStringLiteral("inside")).isEmpty());
    CHECK(loaded.kb.article(QStringLiteral("outside")) != nullptr);
}

TEST_CASE("kb check: an answer script over 120 words is a warning at the script's heading", "[kb][check]") {
    QTemporaryDir tmp;
    // A placeholder is said as a word: 119 words and one placeholder are exactly 120.
    const QString dir =
        makeKb(tmp, {{QStringLiteral("long"), article(QStringLiteral("long"), QStringLiteral("alive"), words(121))},
                     {QStringLiteral("limit"), article(QStringLiteral("limit"), QStringLiteral("alive"),
                                                       words(119) + QStringLiteral(" {{срок}}"))}});
    const KnowledgeBase::Loaded loaded = KnowledgeBase::loadFromDir(dir);
    const KbIssues long_ = issuesOf(loaded, QStringLiteral("long"));
    REQUIRE(long_.size() == 1);
    CHECK(long_.first().isWarning());
    CHECK(long_.first().message.contains(QStringLiteral("121")));
    const QStringList lines =
        QString::fromUtf8(read(dir + QStringLiteral("/articles/stroyka/long.md"))).split(QLatin1Char('\n'));
    REQUIRE(long_.first().line > 0);
    CHECK(lines.at(long_.first().line - 1) == QStringLiteral("## Скрипт ответа"));
    CHECK(issuesOf(loaded, QStringLiteral("limit")).isEmpty());
    CHECK(ArticleParser::spokenWords(QStringLiteral("Готово: **заявка** [здесь](kb:x) — по-новому, {{номер}}.")) == 5);
}

TEST_CASE("kb check: an agency marked uncertain or abolished is a warning naming its successor", "[kb][check]") {
    QTemporaryDir tmp;
    const QString dir = makeKb(
        tmp, {{QStringLiteral("to-alive"), article(QStringLiteral("to-alive"), QStringLiteral("alive"), words(5))},
              {QStringLiteral("to-unsure"), article(QStringLiteral("to-unsure"), QStringLiteral("unsure"), words(5))},
              {QStringLiteral("to-gone"), article(QStringLiteral("to-gone"), QStringLiteral("gone"), words(5))},
              {QStringLiteral("to-nobody"), article(QStringLiteral("to-nobody"), QStringLiteral("nobody"), words(5))}});
    const KnowledgeBase::Loaded loaded = KnowledgeBase::loadFromDir(dir);
    CHECK(issuesOf(loaded, QStringLiteral("to-alive")).isEmpty());
    for (const char* id : {"to-unsure", "to-gone"}) {
        INFO(id);
        const KbIssues issues = issuesOf(loaded, QString::fromLatin1(id));
        REQUIRE(issues.size() == 1);
        CHECK(issues.first().isWarning());
        CHECK(issues.first().message.contains(QStringLiteral("alive (Министерство проверок)")));
        const QStringList lines =
            QString::fromUtf8(read(dir + QStringLiteral("/articles/stroyka/%1.md").arg(QLatin1String(id))))
                .split(QLatin1Char('\n'));
        REQUIRE(issues.first().line > 0);
        CHECK(lines.at(issues.first().line - 1).contains(QStringLiteral("\"agency\"")));
        CHECK(issues.first().toString().contains(QStringLiteral(":%1: ").arg(issues.first().line)));
    }
    CHECK(issuesOf(loaded, QStringLiteral("to-unsure")).first().message.contains(QStringLiteral("unsure")));
    // An agency the reference does not know at all stays an error.
    const KbIssues unknown = issuesOf(loaded, QStringLiteral("to-nobody"));
    REQUIRE(unknown.size() == 1);
    CHECK_FALSE(unknown.first().isWarning());
}

TEST_CASE("kb check: a subcategory's main articles must be its own", "[kb][check]") {
    QTemporaryDir tmp;
    const QString dir =
        makeKb(tmp, {{QStringLiteral("head"), article(QStringLiteral("head"), QStringLiteral("alive"), words(5))}});
    // The shipped main articles are not in this fixture: only the two below.
    QByteArray categories = QString::fromUtf8(read(dir + QStringLiteral("/categories.json")))
                                .remove(QRegularExpression(QStringLiteral(R"(, "main": \[[^\]]*\])")))
                                .toUtf8();
    categories.replace(R"({"id": "gpzu", "title": "ГПЗУ")", R"({"id": "gpzu", "title": "ГПЗУ", "main": ["head"])");
    categories.replace(R"({"id": "rns", "title": "Разрешение на строительство")",
                       R"({"id": "rns", "title": "Разрешение на строительство", "main": ["head", "nowhere"])");
    write(dir + QStringLiteral("/categories.json"), categories);
    const KnowledgeBase::Loaded loaded = KnowledgeBase::loadFromDir(dir);
    REQUIRE(loaded.kb.category(QStringLiteral("gpzu")));
    CHECK(loaded.kb.category(QStringLiteral("gpzu"))->mainArticles == QStringList{QStringLiteral("head")});
    QStringList messages;
    for (const KbIssue& i : loaded.issues) {
        if (i.file == QStringLiteral("categories.json")) {
            CHECK_FALSE(i.isWarning());
            const QList<QByteArray> lines = categories.split('\n');
            REQUIRE(i.line > 0);
            CHECK(lines.at(i.line - 1).contains("\"rns\""));
            messages << i.message;
        }
    }
    // "head" is a ГПЗУ article: fine under gpzu, wrong under rns; "nowhere" does not exist.
    REQUIRE(messages.size() == 2);
    CHECK(messages.join(QLatin1Char(' ')).contains(QStringLiteral("nowhere")));
    CHECK(messages.join(QLatin1Char(' ')).contains(QStringLiteral("head")));
}
