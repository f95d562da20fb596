// hotline0150 --incoming-call NUMBER (and a tel: link) hands the call to the running instance.
#include "SingleInstance.h"

#include "CatchQt.h"
#include "PhoneRig.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hotline;

namespace {

// Starts the real hotline0150 binary as a second start would run; returns its exit code.
int secondStart(const QString& socket, const QStringList& args, const QString& home) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOTLINE_INSTANCE_SOCKET"), socket);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    // Should it not find the running one, it quits by itself instead of staying open.
    env.insert(QStringLiteral("HOTLINE_QUIT_AFTER_MS"), QStringLiteral("3000"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(HOTLINE_GUI_PATH), args);
    REQUIRE(p.waitForStarted(10000));
    // The event loop keeps running here: the running instance (this test) answers meanwhile.
    REQUIRE(test::waitUntil([&] { return p.state() == QProcess::NotRunning; }, 30000));
    INFO(QString::fromUtf8(p.readAll()).toStdString());
    return p.exitCode();
}

} // namespace

TEST_CASE(
    "A second start with --incoming-call or a tel: link reaches the running instance through an owner-only socket",
    "[integration][phone]") {
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("hotline.socket"));
    app::SingleInstance running(socket);
    REQUIRE(running.listen().ok());
    // Only the user may connect: the requests carry callers' numbers.
    const QFileInfo info(socket);
    REQUIRE(info.exists());
    CHECK((info.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)) == 0);

    QSignalSpy received(&running, &app::SingleInstance::messageReceived);
    CHECK(secondStart(socket, {QStringLiteral("--incoming-call"), QStringLiteral("+79161234567")}, dir.path()) == 0);
    REQUIRE(received.size() == 1);
    CHECK(received.at(0).at(0).toJsonObject().value(QLatin1String("incoming_call")).toString() ==
          QStringLiteral("+79161234567"));
    CHECK(secondStart(socket, {QStringLiteral("tel:+7-495-123-45-67")}, dir.path()) == 0);
    REQUIRE(received.size() == 2);
    CHECK(received.at(1).at(0).toJsonObject().value(QLatin1String("incoming_call")).toString() ==
          QStringLiteral("+7-495-123-45-67"));
    // A plain second start just brings the window forward.
    CHECK(secondStart(socket, {}, dir.path()) == 0);
    REQUIRE(received.size() == 3);
    CHECK(received.at(2).at(0).toJsonObject().value(QLatin1String("activate")).toBool());
}

TEST_CASE("A crashed instance's socket is taken over, arguments are read as the softphones give them", "[phone]") {
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("hotline.socket"));
    {
        QFile stale(socket); // what a killed instance leaves behind
        REQUIRE(stale.open(QIODevice::WriteOnly));
    }
    app::SingleInstance first(socket);
    CHECK_FALSE(first.sendToRunning({{QStringLiteral("activate"), true}}, 500));
    REQUIRE(first.listen().ok()); // over the dead one's file (the real second start is tested above)

    using app::incomingCallFromArguments;
    CHECK(incomingCallFromArguments({QStringLiteral("hotline0150"), QStringLiteral("--incoming-call"),
                                     QStringLiteral("89161234567")}) == QStringLiteral("89161234567"));
    CHECK(incomingCallFromArguments({QStringLiteral("hotline0150"), QStringLiteral("--incoming-call=+7 916 123")}) ==
          QStringLiteral("+7 916 123"));
    CHECK(incomingCallFromArguments({QStringLiteral("hotline0150"), QStringLiteral("tel:%2B79161234567;ext=1")}) ==
          QStringLiteral("+79161234567"));
    CHECK(incomingCallFromArguments({QStringLiteral("hotline0150")}).isEmpty());
}
