// `hotline-cli kb check` checks the scripts with the articles: the shipped base passes, a broken script is
// reported with its file, the node's line and the node, and the exit code says so.
#include "CatchQt.h"
#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
};

Run check(const QString& kbDir, const QString& dataDir) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOTLINE_DATA_DIR"), dataDir);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HOTLINE_CLI_PATH), {QStringLiteral("kb"), QStringLiteral("check"), kbDir});
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput())};
}

void copyTree(const QString& from, const QString& to) {
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).path());
        REQUIRE(QFile::copy(file, target));
    }
}

} // namespace

TEST_CASE("kb check passes the shipped scripts and reports a broken one with file, line and node", "[cli][scripts]") {
    QTemporaryDir tmp;
    const Run shipped = check(hotline::test::kbDir(), tmp.path());
    INFO(shipped.out.toStdString());
    REQUIRE(shipped.exitCode == 0);

    const QString kb = tmp.filePath(QStringLiteral("kb"));
    copyTree(hotline::test::kbDir(), kb);
    QFile f(kb + QStringLiteral("/scripts/vyrubka-derevev.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    // The forest answer now leads to the emergency-tree result: the forest result is left unreachable.
    text.replace(QStringLiteral("{\"text\": \"На землях лесного фонда\", \"to\": \"r-les\"}"),
                 QStringLiteral("{\"text\": \"На землях лесного фонда\", \"to\": \"r-avariynoe\"}"));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
    f.close();
    const int line = int(text.left(text.indexOf(QStringLiteral("\"id\": \"r-les\""))).count(QLatin1Char('\n'))) + 1;
    const Run broken = check(kb, tmp.path());
    INFO(broken.out.toStdString());
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("scripts/vyrubka-derevev.json:%1: узел «r-les»: недостижим").arg(line)));
}
