#include "CatchQt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

namespace {

struct Run {
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

Run cli(const QStringList& args, const QByteArray& tz = "Europe/Moscow") {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QString::fromLatin1(tz));
    env.insert(QStringLiteral("HOTLINE_LANG"), QStringLiteral("ru"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HOTLINE_CLI_PATH), args);
    REQUIRE(p.waitForFinished(30000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString str(const Run& r, const char* key) {
    return r.json.value(QLatin1String(key)).toString();
}

} // namespace

TEST_CASE("hotline-cli deadline prints the registration day and deadlines", "[cli]") {
    const Run r = cli({QStringLiteral("deadline"), QStringLiteral("--kind"), QStringLiteral("complex"),
                       QStringLiteral("--at"), QStringLiteral("2026-11-23T16:30")});
    REQUIRE(r.exitCode == 0);
    CHECK(str(r, "kind") == QStringLiteral("complex"));
    CHECK(str(r, "registered") == QStringLiteral("2026-11-24"));
    CHECK(str(r, "first_response_due") == QStringLiteral("2026-11-24T18:00:00+03:00"));
    CHECK(str(r, "resolution_due") == QStringLiteral("2026-11-25T18:00:00+03:00"));
    CHECK(str(r, "calendar") == QStringLiteral("verified"));
}

TEST_CASE("hotline-cli deadline: same answer in any machine time zone, offsets honoured", "[cli]") {
    for (const QByteArray& tz : {QByteArray("UTC"), QByteArray("Asia/Vladivostok"), QByteArray("America/New_York")}) {
        const Run r = cli({QStringLiteral("deadline"), QStringLiteral("--kind"), QStringLiteral("simple"),
                           QStringLiteral("--at"), QStringLiteral("2026-11-23T15:59:30")},
                          tz);
        CHECK(str(r, "registered") == QStringLiteral("2026-11-23"));
    }
    const Run offset =
        cli({QStringLiteral("deadline"), QStringLiteral("--kind"), QStringLiteral("task"), QStringLiteral("--days"),
             QStringLiteral("4"), QStringLiteral("--at"), QStringLiteral("2026-11-23T12:00:00+00:00")});
    CHECK(str(offset, "registered") == QStringLiteral("2026-11-23"));
    CHECK(str(offset, "resolution_due") == QStringLiteral("2026-11-26T18:00:00+03:00"));
}

TEST_CASE("hotline-cli deadline warns when the year's calendar is not loaded", "[cli]") {
    const Run r = cli({QStringLiteral("deadline"), QStringLiteral("--kind"), QStringLiteral("complex"),
                       QStringLiteral("--at"), QStringLiteral("2028-03-01T10:00")});
    REQUIRE(r.exitCode == 0);
    CHECK(str(r, "calendar") == QStringLiteral("unknown"));
    CHECK(r.err.contains(QStringLiteral("не загружен")));
}

TEST_CASE("hotline-cli deadline refuses bad arguments with exit code 2", "[cli]") {
    CHECK(cli({QStringLiteral("deadline"), QStringLiteral("--kind"), QStringLiteral("urgent"), QStringLiteral("--at"),
               QStringLiteral("2026-11-23T10:00")})
              .exitCode == 2);
    const Run badAt = cli({QStringLiteral("deadline"), QStringLiteral("--kind"), QStringLiteral("simple"),
                           QStringLiteral("--at"), QStringLiteral("23.11.2026 10:00")});
    CHECK(badAt.exitCode == 2);
    CHECK(badAt.err.contains(QStringLiteral("--at")));
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
}

TEST_CASE("hotline-cli validate prints the verdict and exits 0, 1 or 2", "[cli]") {
    const Run inn = cli({QStringLiteral("validate"), QStringLiteral("inn"), QStringLiteral("7707083893")});
    CHECK(inn.exitCode == 0);
    CHECK(inn.json.value(QLatin1String("valid")).toBool());
    CHECK(str(inn, "normalized") == QStringLiteral("7707083893"));
    CHECK(str(inn, "error").isEmpty());

    const Run bad = cli({QStringLiteral("validate"), QStringLiteral("ogrnip"), QStringLiteral("304500116000181")});
    CHECK(bad.exitCode == 1);
    CHECK_FALSE(bad.json.value(QLatin1String("valid")).toBool());
    CHECK(str(bad, "error").contains(QStringLiteral("ОГРНИП")));

    const Run phone = cli({QStringLiteral("validate"), QStringLiteral("phone"), QStringLiteral("8 (916) 123-45-67")});
    CHECK(phone.exitCode == 0);
    CHECK(str(phone, "normalized") == QStringLiteral("+79161234567"));

    CHECK(cli({QStringLiteral("validate"), QStringLiteral("snils"), QStringLiteral("1")}).exitCode == 2);
    CHECK(cli({QStringLiteral("validate"), QStringLiteral("inn")}).exitCode == 2);
}

TEST_CASE("hotline-cli --version and --help", "[cli]") {
    QProcess p;
    p.start(QStringLiteral(HOTLINE_CLI_PATH), {QStringLiteral("--version")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 0);
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).startsWith(QStringLiteral("hotline-cli ")));

    // --help lists every command, in Russian, and exits 0.
    QProcess help;
    help.start(QStringLiteral(HOTLINE_CLI_PATH), {QStringLiteral("--help")});
    REQUIRE(help.waitForFinished(30000));
    CHECK(help.exitCode() == 0);
    const QString text = QString::fromUtf8(help.readAllStandardOutput() + help.readAllStandardError());
    for (const char* command : {"deadline", "validate", "kb", "outbox", "login", "logout"})
        CHECK(text.contains(QLatin1String(command)));
    CHECK(text.contains(QRegularExpression(QStringLiteral("[А-Яа-яЁё]{4,}"))));
}
