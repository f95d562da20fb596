#include "ItSupport.h"

#include <QDirIterator>

using namespace hotline;
using namespace hotline::it;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun cli(const QStringList& args, const QProcessEnvironment& environment, const QByteArray& stdinData = {}) {
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(HOTLINE_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QStringList filesContaining(const QString& root, const QByteArray& needle) {
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace

TEST_CASE("The API key is never written to the app's config, data or logs", "[integration]") {
    const auto e = env();
    const QByteArray key = e.value(QStringLiteral("REDMINE_KEY_OPERATOR1")).toLatin1();
    REQUIRE(key.size() >= 20);
    QTemporaryDir home;
    QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    for (const char* var : {"HOTLINE_REDMINE_URL", "HOTLINE_REDMINE_CA_FILE", "HOTLINE_REDMINE_API_KEY"})
        pe.remove(QString::fromLatin1(var));
    pe.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    pe.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    pe.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    pe.insert(QStringLiteral("HOTLINE_DATA_DIR"), home.filePath(QStringLiteral("data/hotline0150")));
    pe.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("hotline.*=true"));
    QByteArray logs;
    SystemClock clock; // the command-line tool files by the system clock too

    const CliRun login = cli({QStringLiteral("login"), QStringLiteral("--url"), e.value(QStringLiteral("REDMINE_URL")),
                              QStringLiteral("--ca-file"), e.value(QStringLiteral("REDMINE_CA_FILE")),
                              QStringLiteral("--user"), QStringLiteral("operator1")},
                             pe, e.value(QStringLiteral("REDMINE_PASSWORD")).toUtf8() + '\n');
    logs += login.out + login.err;
    // The test command (scripts/run-tests.sh) runs a D-Bus session with an unlocked keyring: a login that cannot
    // store its key there is a failure of this test, never a reason to skip what follows.
    INFO("login: " << login.err.toStdString() << " (run the integration tests through scripts/run-tests.sh)");
    REQUIRE(login.exitCode == 0);
    {
        CHECK(login.out.contains("\"operator\":true"));
        // Send with the key from the keychain (no key in the environment).
        QDir().mkpath(home.filePath(QStringLiteral("data/hotline0150")));
        {
            auto store =
                outbox::OutboxStore::open(home.filePath(QStringLiteral("data/hotline0150/outbox.sqlite")), clock)
                    .value();
            REQUIRE(store->enqueue(test::makeAppeal(domain::AppealKind::Complex)).ok());
        }
        const CliRun send = cli({QStringLiteral("outbox"), QStringLiteral("send")}, pe);
        logs += send.out + send.err;
        INFO(send.out.toStdString() << send.err.toStdString());
        CHECK(send.exitCode == 0);
        CHECK(send.out.contains("\"filed\""));
        const CliRun list = cli({QStringLiteral("outbox"), QStringLiteral("list")}, pe);
        logs += list.out + list.err;
        CHECK(list.out.contains("\"state\":\"sent\""));
        // Logout deletes the key: sending is refused with a clear message afterwards.
        const CliRun logout = cli({QStringLiteral("logout")}, pe);
        logs += logout.out + logout.err;
        CHECK(logout.exitCode == 0);
        {
            auto store =
                outbox::OutboxStore::open(home.filePath(QStringLiteral("data/hotline0150/outbox.sqlite")), clock)
                    .value();
            REQUIRE(store->enqueue(test::makeAppeal(domain::AppealKind::Complex)).ok());
        }
        const CliRun after = cli({QStringLiteral("outbox"), QStringLiteral("send")}, pe);
        logs += after.out + after.err;
        CHECK(after.exitCode != 0);
        CHECK_FALSE(after.err.trimmed().isEmpty());
    }
    CHECK(filesContaining(home.path(), key).isEmpty());
    CHECK_FALSE(logs.contains(key));
    CHECK_FALSE(logs.contains(e.value(QStringLiteral("REDMINE_PASSWORD")).toUtf8()));
}

TEST_CASE("Provisioning a provisioned server again changes nothing", "[integration]") {
    const QString out = harness({QStringLiteral("provision"), harnessDir()});
    INFO(out.toStdString());
    CHECK(out.contains(QRegularExpression(QStringLiteral("^created 0, updated 0, unchanged \\d+"),
                                          QRegularExpression::MultilineOption)));
}
