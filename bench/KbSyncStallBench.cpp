// The longest stall of the GUI thread while a workstation syncs a 2 000-article knowledge base from the KB wiki
// (every page changed: the first sync of a new workstation; the fake wiki answers each request after 5 ms). A 1 ms
// timer on the GUI thread stands in for the operator's window; the largest gap between its ticks is the stall an
// operator would feel (target ≤ 16 ms). The same timer on an idle loop first gives the machine's own noise.
// Beside the wall-clock gaps (which on a shared machine include the time the GUI thread waited for a core), it prints
// the GUI thread's longest single piece of work: the thread CPU time of the longest event it handled, and what
// handled it. Prints the figures; passes or fails on nothing.
//
//   kb_sync_stall [--articles N]     (default 2000)
#include "FakeWiki.h"
#include "ThreadCpu.h"
#include "kbsync/WikiSync.h"
#include "kbsync/WorkstationKb.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace hotline;

namespace {

bool copyTree(const QString& from, const QString& to) {
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

QString readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Times every event the GUI thread handles (outermost delivery only: nested event loops count in their caller).
class TimedApp : public QCoreApplication {
public:
    using QCoreApplication::QCoreApplication;
    bool measuring = false;
    double worstCpuMs = 0;
    double worstWallMs = 0;
    QByteArray worstWhat;
    double longestWallMs = 0;
    double longestWallCpuMs = 0;
    QByteArray longestWallWhat;
    double busyMs = 0; // wall time in events since the last tick
    int busyEvents = 0;

    bool notify(QObject* receiver, QEvent* event) override {
        if (!measuring || m_depth > 0 || QThread::currentThread() != thread())
            return QCoreApplication::notify(receiver, event);
        ++m_depth;
        const double cpu = bench::threadCpuMs();
        QElapsedTimer wall;
        wall.start();
        const QByteArray what =
            QByteArray(receiver->metaObject()->className()) + " event " + QByteArray::number(int(event->type()));
        const bool handled = QCoreApplication::notify(receiver, event);
        const double spent = bench::threadCpuMs() - cpu;
        const double took = static_cast<double>(wall.nsecsElapsed()) / 1e6;
        if (spent > worstCpuMs) {
            worstCpuMs = spent;
            worstWallMs = took;
            worstWhat = what;
        }
        busyMs += took;
        ++busyEvents;
        if (took > longestWallMs) { // waiting (a lock, a core) included
            longestWallMs = took;
            longestWallCpuMs = spent;
            longestWallWhat = what;
        }
        --m_depth;
        return handled;
    }

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char* argv[]) {
    TimedApp app(argc, argv);
    int articles = 2000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--articles")); i > 0 && i + 1 < args.size())
        articles = args.at(i + 1).toInt();

    // The shipped base: kb_data with real articles copied under new ids up to `articles`.
    QTemporaryDir work;
    const QString shipped = work.filePath(QStringLiteral("kb_data"));
    if (!copyTree(QStringLiteral(HOTLINE_KB_SOURCE_DIR), shipped))
        return std::fprintf(stderr, "cannot copy kb_data\n"), 1;
    QStringList real;
    QDirIterator it(QDir(shipped).filePath(QStringLiteral("articles")), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        real << it.next();
    std::sort(real.begin(), real.end());
    static const QRegularExpression idLine(QStringLiteral("\"id\": \"([^\"]*)\""));
    test::FakeWiki server;
    for (int i = 0; i < articles; ++i) {
        const QString source = real.at(i % real.size());
        QString text = readAll(source);
        QString id = idLine.match(text).captured(1);
        if (i >= real.size()) {
            id += QStringLiteral("-s%1").arg(i);
            text.replace(idLine, QStringLiteral("\"id\": \"%1\"").arg(id));
            QFile out(QFileInfo(source).dir().filePath(id + QStringLiteral(".md")));
            if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0)
                return std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName())), 1;
        }
        // On the wiki every page is a newer version than the shipped one.
        text.replace(QStringLiteral("## Скрипт ответа\n"), QStringLiteral("## Скрипт ответа\nОбновлено в вики. "));
        server.save(id, text);
    }

    // The fake server answers on this thread too: its index (2 000 pages of JSON) is built before the clock
    // starts, so the figures are the workstation's own.
    {
        const auto serve = server.network.handler;
        QHash<QString, test::FakeResponse> answered;
        server.network.handler = [serve, answered](const test::FakeRequest& r) mutable {
            const QString key = r.request.url().toString();
            if (!answered.contains(key)) {
                test::FakeResponse response = serve(r);
                // A Redmine on loopback takes 10–20 ms for a wiki page; 5 ms here keeps the pages coming fast.
                response.delayMs = 5;
                answered.insert(key, response);
            }
            return answered.value(key);
        };
        test::FakeRequest index{QNetworkAccessManager::GetOperation,
                                QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:3443/projects/kb0150/wiki/"
                                                                    "index.json"))),
                                {}};
        server.network.handler(index);
        for (auto it = server.pages.cbegin(); it != server.pages.cend(); ++it)
            server.network.handler({QNetworkAccessManager::GetOperation,
                                    QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:3443/projects/kb0150/wiki/"
                                                                        "%1.json")
                                                             .arg(test::FakeWiki::title(it.key())))),
                                    {}});
    }

    const QString data = work.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    kbsync::WikiSync sync(server.wiki, shipped, data);
    kbsync::WorkstationKb kb(shipped, data);
    QElapsedTimer phase;
    phase.start();
    if (auto st = kb.open(true); !st)
        return std::fprintf(stderr, "%s\n", qPrintable(st.error().message)), 1;
    const qint64 openMs = phase.elapsed();
    kb.setSync(&sync);

    // The operator's window: a timer that should tick every millisecond.
    QElapsedTimer clock;
    qint64 last = 0, worst = 0, worstAt = 0;
    std::vector<qint64> gaps;
    std::vector<std::pair<qint64, qint64>> longest; // gap, when (µs)
    double worstBusyMs = 0;                         // the longest gap's time in events, and how many
    int worstBusyEvents = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed() / 1000;
        const qint64 gap = now - last;
        gaps.push_back(gap);
        longest.push_back({gap, now});
        if (gap > worst) {
            worst = gap;
            worstAt = now;
            worstBusyMs = app.busyMs;
            worstBusyEvents = app.busyEvents;
        }
        app.busyMs = 0;
        app.busyEvents = 0;
        last = now;
    });
    // The machine's own noise first: the same timer for 3 s with nothing else to do.
    clock.start();
    tick.start();
    QTimer::singleShot(3000, [&] { tick.stop(); });
    while (tick.isActive())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    std::printf("kb_sync_stall: idle baseline: longest gap %.1f ms over %zu ticks\n", worst / 1000.0, gaps.size());
    last = worst = worstAt = 0;
    gaps.clear();
    longest.clear();

    kbsync::SyncReport report;
    bool done = false;
    QObject::connect(&kb, &kbsync::WorkstationKb::syncFinished, [&](const kbsync::SyncReport& r) {
        report = r;
        done = true;
    });
    clock.start();
    tick.start();
    app.measuring = true;
    kb.syncNow();
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 totalMs = clock.elapsed();
    app.measuring = false;
    tick.stop();
    std::sort(gaps.begin(), gaps.end());
    const qint64 p99 = gaps.empty() ? 0 : gaps.at(gaps.size() * 99 / 100);
    std::printf("kb_sync_stall: %d articles (shipped base opened in %lld ms), %lld pages taken in, %lld rejected, "
                "error: %s\n",
                articles, openMs, qlonglong(report.updated.size()), qlonglong(report.rejected.size()),
                report.error ? qPrintable(report.error->message) : "none");
    std::printf("kb_sync_stall: sync %lld ms; GUI thread: longest stall %.1f ms (at %.0f ms), p99 gap %.1f ms, "
                "%zu ticks\n",
                totalMs, worst / 1000.0, worstAt / 1000.0, p99 / 1000.0, gaps.size());
    std::printf("kb_sync_stall: the longest stall spent %.1f ms handling %d events (the rest: waiting for a core)\n",
                worstBusyMs, worstBusyEvents);
    std::printf("kb_sync_stall: GUI thread's longest single piece of work: %.1f ms of CPU (%.1f ms wall), %s\n",
                app.worstCpuMs, app.worstWallMs, app.worstWhat.constData());
    std::printf("kb_sync_stall: GUI thread's longest event by the wall clock: %.1f ms (%.1f ms of CPU), %s\n",
                app.longestWallMs, app.longestWallCpuMs, app.longestWallWhat.constData());
    std::sort(longest.rbegin(), longest.rend());
    std::printf("kb_sync_stall: the 5 longest gaps:");
    for (size_t i = 0; i < std::min<size_t>(5, longest.size()); ++i)
        std::printf(" %.1f ms at %.0f ms;", longest[i].first / 1000.0, longest[i].second / 1000.0);
    std::printf("\n");
    return report.error || !report.changed ? 1 : 0;
}
