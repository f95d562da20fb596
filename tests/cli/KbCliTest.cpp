#include "CatchQt.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList& args, const QString& dataDir, const QString& workingDir = {},
        const QString& kbDirEnv = hotline::test::kbDir()) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOTLINE_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("HOTLINE_KB_DIR"), kbDirEnv);
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(HOTLINE_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("hotline-cli kb check passes the shipped knowledge base", "[cli][kb]") {
    QTemporaryDir tmp;
    const Run r = cli({QStringLiteral("kb"), QStringLiteral("check"), hotline::test::kbDir()}, tmp.path());
    INFO(r.out.toStdString());
    CHECK(r.exitCode == 0);
}

TEST_CASE("hotline-cli kb check reports the same however the directory is given", "[cli][kb]") {
    // An editor types a relative path, a script gives an absolute one, the operator none: the same base must give
    // the same report, from the source tree and from the folder above it.
    QTemporaryDir tmp;
    const QFileInfo kb(hotline::test::kbDir());
    const QDir source = kb.absoluteDir();
    QDir parent = source;
    REQUIRE(parent.cdUp());
    const QString check = QStringLiteral("check");
    QList<Run> runs;
    for (const QDir& cwd : {source, parent}) {
        const QString relative = cwd.relativeFilePath(kb.absoluteFilePath());
        INFO("from " << cwd.path().toStdString() << ", relative path " << relative.toStdString());
        runs << cli({QStringLiteral("kb"), check, relative}, tmp.path(), cwd.path());
        runs << cli({QStringLiteral("kb"), check}, tmp.path(), cwd.path());
        runs << cli({QStringLiteral("kb"), check}, tmp.path(), cwd.path(), relative); // the default, given relative
        runs << cli({QStringLiteral("kb"), check, kb.absoluteFilePath()}, tmp.path(), cwd.path());
    }
    for (const Run& r : std::as_const(runs)) {
        INFO(r.out.toStdString());
        CHECK(r.exitCode == runs.first().exitCode);
        CHECK(r.out == runs.first().out);
        CHECK_FALSE(r.out.contains("must lie in"));
        CHECK_FALSE(r.out.contains("должна лежать"));
    }
    CHECK_FALSE(runs.first().out.isEmpty());
}

TEST_CASE("hotline-cli kb check reports problems with file and line and exits 1", "[cli][kb]") {
    QTemporaryDir tmp;
    const QString kb = tmp.filePath(QStringLiteral("kb"));
    for (const QString& sub : {QStringLiteral("reference"), QStringLiteral("articles/zashchita")})
        QDir().mkpath(kb + QLatin1Char('/') + sub);
    const QString src = hotline::test::kbDir();
    QFile::copy(src + QStringLiteral("/categories.json"), kb + QStringLiteral("/categories.json"));
    for (const QString& name : QDir(src + QStringLiteral("/reference")).entryList(QDir::Files))
        QFile::copy(src + QStringLiteral("/reference/") + name, kb + QStringLiteral("/reference/") + name);
    QFile f(kb + QStringLiteral("/articles/zashchita/broken.md"));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("```json\n{\n  \"id\": \"broken\",\n  \"title\": \"Сломанная\"\n  \"category\": \"shtab\"\n}\n```\n");
    f.close();
    const Run r = cli({QStringLiteral("kb"), QStringLiteral("check"), kb}, tmp.path());
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains("articles/zashchita/broken.md:5: "));
}

TEST_CASE("hotline-cli kb check: warnings exit 0, errors and --strict exit 1", "[cli][kb]") {
    QTemporaryDir tmp;
    const QString kb = tmp.filePath(QStringLiteral("kb"));
    QDir().mkpath(kb + QStringLiteral("/reference"));
    const QString src = hotline::test::kbDir();
    QFile::copy(src + QStringLiteral("/categories.json"), kb + QStringLiteral("/categories.json"));
    for (const QString& name : QDir(src + QStringLiteral("/reference")).entryList(QDir::Files))
        QFile::copy(src + QStringLiteral("/reference/") + name, kb + QStringLiteral("/reference/") + name);
    {
        // The shipped main articles are not in this fixture.
        QFile cats(kb + QStringLiteral("/categories.json"));
        REQUIRE(cats.open(QIODevice::ReadWrite));
        const QString text =
            QString::fromUtf8(cats.readAll()).remove(QRegularExpression(QStringLiteral(R"(, "main": \[[^\]]*\])")));
        cats.resize(0);
        cats.write(text.toUtf8());
    }
    // Every subcategory gets one article, so the only finding is the one each case puts there.
    auto writeArticles = [&](const QString& agency, const QString& question) {
        QDir(kb + QStringLiteral("/articles")).removeRecursively();
        QFile cats(kb + QStringLiteral("/categories.json"));
        REQUIRE(cats.open(QIODevice::ReadOnly));
        const QJsonArray tops =
            QJsonDocument::fromJson(cats.readAll()).object().value(QLatin1String("categories")).toArray();
        for (const QJsonValue& top : tops) {
            for (const QJsonValue& sub : top.toObject().value(QLatin1String("children")).toArray()) {
                const QString id = sub.toObject().value(QLatin1String("id")).toString();
                const QString dir =
                    kb + QStringLiteral("/articles/") + top.toObject().value(QLatin1String("id")).toString();
                QDir().mkpath(dir);
                QFile f(dir + QLatin1Char('/') + id + QStringLiteral("-a.md"));
                REQUIRE(f.open(QIODevice::WriteOnly));
                f.write(QStringLiteral(
                            "```json\n{\n  \"id\": \"%1-a\",\n  \"title\": \"Статья\",\n  \"category\": \"%1\",\n"
                            "  \"kind\": \"simple\",\n  \"agency\": [\"%2\"],\n  \"algorithm\": \"single\",\n"
                            "  \"keywords\": [\"статья\"],\n  \"updated\": \"2026-12-01\"\n}\n```\n\n# Статья\n\n"
                            "## Скрипт ответа\nОтвет.\n\n## Уточняющие вопросы\n- %3\n")
                            .arg(id, agency, question)
                            .toUtf8());
            }
        }
    };
    writeArticles(QStringLiteral("mininvest"), QStringLiteral("Вопрос?"));
    CHECK(cli({QStringLiteral("kb"), QStringLiteral("check"), kb, QStringLiteral("--strict")}, tmp.path()).exitCode ==
          0);
    // An abolished agency (the shipped reference has one): a warning, exit 0; with --strict, exit 1.
    writeArticles(QStringLiteral("minpotrebrynok"), QStringLiteral("Вопрос?"));
    const Run warned = cli({QStringLiteral("kb"), QStringLiteral("check"), kb}, tmp.path());
    INFO(warned.out.toStdString());
    CHECK(warned.exitCode == 0);
    CHECK(warned.out.contains("minselkhozprod"));
    CHECK(cli({QStringLiteral("kb"), QStringLiteral("check"), kb, QStringLiteral("--strict")}, tmp.path()).exitCode ==
          1);
    // A placeholder in a question: an error, exit 1.
    writeArticles(QStringLiteral("mininvest"), QStringLiteral("Контакт {{контакт}}?"));
    const Run failed = cli({QStringLiteral("kb"), QStringLiteral("check"), kb}, tmp.path());
    INFO(failed.out.toStdString());
    CHECK(failed.exitCode == 1);
    CHECK(failed.out.contains("-a.md:20: ")); // the line of the question
}

TEST_CASE("hotline-cli kb search --json returns ranked hits", "[cli][kb]") {
    QTemporaryDir tmp;
    const Run r = cli({QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("поменять ГПЗУ"),
                       QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--json")},
                      tmp.path());
    REQUIRE(r.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
    REQUIRE(hits.size() == 3);
    bool found = false;
    double previous = 1e9;
    for (const QJsonValue& v : hits) {
        const QJsonObject o = v.toObject();
        for (const char* key : {"id", "title", "category", "score", "snippet"})
            CHECK(o.contains(QLatin1String(key)));
        CHECK(o.value(QLatin1String("score")).toDouble() <= previous);
        previous = o.value(QLatin1String("score")).toDouble();
        found = found || o.value(QLatin1String("id")).toString() == QStringLiteral("gpzu-izmenenie");
    }
    CHECK(found);

    // «разрешение» is found in many categories; with the filter, only in the taxi one.
    const Run filtered = cli({QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("разрешение"),
                              QStringLiteral("--category"), QStringLiteral("taksi"), QStringLiteral("--json")},
                             tmp.path());
    REQUIRE(filtered.exitCode == 0);
    const QJsonArray inTaxi = QJsonDocument::fromJson(filtered.out).array();
    REQUIRE_FALSE(inTaxi.isEmpty()); // the filter must have something to filter
    for (const QJsonValue& v : inTaxi)
        CHECK(v.toObject().value(QLatin1String("category")).toString() == QStringLiteral("taksi"));
    CHECK(cli({QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--category"),
               QStringLiteral("nope")},
              tmp.path())
              .exitCode == 2);
}

TEST_CASE("hotline-cli kb search --json marks a partial match", "[cli][kb]") {
    QTemporaryDir tmp;
    const Run partial = cli({QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("электрогенераторщики"),
                             QStringLiteral("--json")},
                            tmp.path());
    REQUIRE(partial.exitCode == 0);
    const QJsonArray loose = QJsonDocument::fromJson(partial.out).array();
    REQUIRE_FALSE(loose.isEmpty());
    for (const QJsonValue& v : loose)
        CHECK(v.toObject().value(QLatin1String("partial")).toBool());
    const Run exact = cli(
        {QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("порубочный билет"), QStringLiteral("--json")},
        tmp.path());
    const QJsonArray found = QJsonDocument::fromJson(exact.out).array();
    REQUIRE_FALSE(found.isEmpty());
    for (const QJsonValue& v : found)
        CHECK(v.toObject().value(QLatin1String("partial")) == QJsonValue(false));
}

TEST_CASE("hotline-cli kb eval: hit@1, hit@3, no result and the misses of any folder of query sets", "[cli][kb]") {
    QTemporaryDir tmp;
    const QString sets = tmp.filePath(QStringLiteral("sets"));
    QDir().mkpath(sets);
    QFile a(sets + QStringLiteral("/a.tsv"));
    REQUIRE(a.open(QIODevice::WriteOnly));
    a.write("# comment line\nпорубочный билет\tporubochnyy-bilet\nъъъъъъъъъъ\tporubochnyy-bilet\n");
    a.close();
    QFile b(sets + QStringLiteral("/b.tsv"));
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write("\nпорубочный билет\tnet-takoy-stati\n");
    b.close();
    const Run r = cli({QStringLiteral("kb"), QStringLiteral("eval"), sets, QStringLiteral("--json")}, tmp.path());
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QLatin1String("queries")).toInt() == 3);
    CHECK(o.value(QLatin1String("hit1")).toInt() == 1);
    CHECK(o.value(QLatin1String("hit3")).toInt() == 1);
    CHECK(o.value(QLatin1String("no_result")).toInt() == 1);
    CHECK(o.value(QLatin1String("unknown_expected")).toInt() == 1);
    const QJsonArray misses = o.value(QLatin1String("misses")).toArray();
    REQUIRE(misses.size() == 2);
    CHECK(misses.at(0).toObject().value(QLatin1String("file")).toString() == QStringLiteral("a.tsv"));
    CHECK(misses.at(0).toObject().value(QLatin1String("line")).toInt() == 3);
    CHECK(misses.at(1).toObject().value(QLatin1String("expected_exists")) == QJsonValue(false));
    // The plain report names the misses and ends with the figures; a file works as well as a folder.
    const Run text = cli({QStringLiteral("kb"), QStringLiteral("eval"), sets + QStringLiteral("/a.tsv")}, tmp.path());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("a.tsv:3"));
    CHECK(text.out.contains("50.0"));
    // A line that is not "query<TAB>id" is a usage error, not a silent skip.
    QFile bad(sets + QStringLiteral("/c.tsv"));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("без табуляции\n");
    bad.close();
    CHECK(cli({QStringLiteral("kb"), QStringLiteral("eval"), sets}, tmp.path()).exitCode == 1);
}

TEST_CASE("hotline-cli kb stats", "[cli][kb]") {
    QTemporaryDir tmp;
    const Run r = cli({QStringLiteral("kb"), QStringLiteral("stats")}, tmp.path());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QLatin1String("articles")).toInt() >= 80);
    CHECK(o.value(QLatin1String("index_rebuilt")).toBool());
}
