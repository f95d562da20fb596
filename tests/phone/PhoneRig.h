#pragma once

// A real softphone for the tests: baresip (Debian's baresip-core) on loopback with its ctrl_tcp module, audio
// from a silent file and into a file (no sound card), and real SIP calls placed to it by sipp (sip-tester)
// with a chosen caller number in From. Nothing here fakes the phone.

#include "CatchQt.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <csignal>
#include <functional>

namespace hotline::test {

// The sipp scenarios beside this file.
inline QString sippScenario(const QString& name) {
    return QStringLiteral(HOTLINE_PHONE_TEST_DIR "/sipp/") + name + QStringLiteral(".xml");
}

// Runs the event loop until `done` holds or `timeoutMs` passes; returns whether it held.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 60000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

// Free loopback ports: `count` consecutive ones free for TCP and UDP (baresip's SIP listens on UDP and TCP at
// P and TLS at P+1).
inline quint16 freePorts(int count) {
    for (int attempt = 0; attempt < 200; ++attempt) {
        const quint16 base = quint16(QRandomGenerator::global()->bounded(20000, 60000));
        bool ok = true;
        std::vector<std::unique_ptr<QTcpServer>> tcp;
        std::vector<std::unique_ptr<QUdpSocket>> udp;
        for (int i = 0; i < count && ok; ++i) {
            tcp.push_back(std::make_unique<QTcpServer>());
            udp.push_back(std::make_unique<QUdpSocket>());
            ok = tcp.back()->listen(QHostAddress::LocalHost, quint16(base + i)) &&
                 udp.back()->bind(QHostAddress::LocalHost, quint16(base + i));
        }
        if (ok)
            return base;
    }
    FAIL("no free loopback ports");
    return 0;
}

class Baresip {
public:
    QTemporaryDir dir;
    QProcess process;
    quint16 sipPort = 0;
    quint16 ctrlPort = 0;

    // Starts baresip and waits until its control port answers.
    void start() {
        REQUIRE(dir.isValid());
        sipPort = freePorts(2);
        ctrlPort = freePorts(1);
        writeSilence(dir.filePath(QStringLiteral("silence.wav")), 300);
        QFile config(dir.filePath(QStringLiteral("config")));
        REQUIRE(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("poll_method epoll\n"
                                    "sip_listen 127.0.0.1:%1\n"
                                    "audio_source aufile,%2\n"
                                    "audio_player aufile,%3\n"
                                    "audio_alert aufile,%4\n"
                                    "module_path /usr/lib/baresip/modules\n"
                                    "module g711.so\n"
                                    "module aufile.so\n"
                                    "module_app account.so\n"
                                    "module_app menu.so\n"
                                    "module_app ctrl_tcp.so\n"
                                    "ctrl_tcp_listen 127.0.0.1:%5\n")
                         .arg(sipPort)
                         .arg(dir.filePath(QStringLiteral("silence.wav")), dir.filePath(QStringLiteral("heard.wav")),
                              dir.filePath(QStringLiteral("ring.wav")))
                         .arg(ctrlPort)
                         .toUtf8());
        config.close();
        QFile accounts(dir.filePath(QStringLiteral("accounts")));
        REQUIRE(accounts.open(QIODevice::WriteOnly));
        accounts.write("<sip:operator@127.0.0.1>;regint=0\n");
        accounts.close();
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(dir.filePath(QStringLiteral("baresip.log")));
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral("baresip"), {QStringLiteral("-f"), dir.path()});
        REQUIRE(process.waitForStarted(10000));
        // baresip says so once every module is loaded, ctrl_tcp's listening socket included. (No probe of the
        // control port: ctrl_tcp takes one connection at a time and would turn the app's away meanwhile.)
        const bool up = waitUntil([this] {
            return log().contains(QLatin1String("baresip is ready.")) || process.state() == QProcess::NotRunning;
        });
        INFO(log().toStdString());
        REQUIRE(up);
        REQUIRE(process.state() == QProcess::Running);
    }
    QString control() const { return QStringLiteral("127.0.0.1:%1").arg(ctrlPort); }
    // As if the softphone crashed or was killed.
    void kill() {
        if (process.state() != QProcess::NotRunning) {
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished(5000);
        }
    }
    QString log() const {
        QFile f(dir.filePath(QStringLiteral("baresip.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    ~Baresip() {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(3000))
                kill();
        }
    }

private:
    // 8 kHz mono 16-bit silence: baresip's aufile source ends the call at the end of the file.
    static void writeSilence(const QString& path, int seconds) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const quint32 data = quint32(seconds) * 8000 * 2;
        auto u32 = [&f](quint32 v) { f.write(reinterpret_cast<const char*>(&v), 4); };
        auto u16 = [&f](quint16 v) { f.write(reinterpret_cast<const char*>(&v), 2); };
        f.write("RIFF");
        u32(36 + data);
        f.write("WAVEfmt ");
        u32(16);
        u16(1);
        u16(1);
        u32(8000);
        u32(16000);
        u16(2);
        u16(16);
        f.write("data");
        u32(data);
        f.write(QByteArray(int(data), '\0'));
    }
};

// One caller: sipp rings baresip from `number` with one of the scenarios in sipp/.
class SippCaller {
public:
    QTemporaryDir dir;
    QProcess process;

    // `pauseMs`: how long the caller talks (caller_hangs_up) or rings before giving up (caller_gives_up).
    void ring(const Baresip& phone, const QString& scenario, const QString& number, int pauseMs = 2000) {
        const quint16 ports = freePorts(3);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(dir.filePath(QStringLiteral("sipp.log")));
        process.start(QStringLiteral("sipp"), {QStringLiteral("-sf"),
                                               sippScenario(scenario),
                                               QStringLiteral("-key"),
                                               QStringLiteral("caller"),
                                               number,
                                               QStringLiteral("-s"),
                                               QStringLiteral("operator"),
                                               QStringLiteral("-m"),
                                               QStringLiteral("1"),
                                               QStringLiteral("-d"),
                                               QString::number(pauseMs),
                                               QStringLiteral("-i"),
                                               QStringLiteral("127.0.0.1"),
                                               QStringLiteral("-p"),
                                               QString::number(ports),
                                               QStringLiteral("-mp"),
                                               QString::number(ports + 1),
                                               QStringLiteral("-nostdin"),
                                               QStringLiteral("-timeout"),
                                               QStringLiteral("150s"),
                                               QStringLiteral("-trace_err"),
                                               QStringLiteral("-error_file"),
                                               dir.filePath(QStringLiteral("errors.log")),
                                               QStringLiteral("127.0.0.1:%1").arg(phone.sipPort)});
        REQUIRE(process.waitForStarted(10000));
    }
    // Waits for sipp to finish; true when its call went as the scenario says (exit code 0).
    bool finished(int timeoutMs = 30000) {
        if (!waitUntil([this] { return process.state() == QProcess::NotRunning; }, timeoutMs))
            return false;
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
    QString log() const {
        QString out;
        for (const char* name : {"sipp.log", "errors.log"}) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            if (f.open(QIODevice::ReadOnly))
                out += QString::fromUtf8(f.readAll());
        }
        return out;
    }
    ~SippCaller() {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(3000);
        }
    }
};

} // namespace hotline::test
