// LoadRun: the timed run — filing, syncing, the faults, the KB editor — and the drain afterwards.

#include "LoadRun.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <cstdio>

namespace hotline::bench {

int LoadRun::exec() {
    if (!setUp())
        return 2;
    const double seconds = m_o.minutes * 60;
    std::fprintf(stderr,
                 "redmine_load_run: %d workstations, %d supervisors, %.1f min at %.1f appeals/s, KB sync every %d s, "
                 "call-log sync every %d s, faults %s\n",
                 m_o.workstations, m_o.supervisors, m_o.minutes, m_o.appealsPerSecond, m_o.kbSyncSeconds,
                 m_o.supervisorSyncSeconds, m_o.faults ? "on" : "off");
    m_stats.clock.start();
    m_sampler.sample();
    QTimer sampler; // through the run and the drain
    connect(&sampler, &QTimer::timeout, this, [this] { m_sampler.sample(); });
    sampler.start(2000);
    runFor(seconds);
    const double runSeconds = m_stats.msNow() / 1000;
    const bool drained = drain();
    sampler.stop();
    m_sampler.sample();
    const Count c = countOnServer();
    report(c, drained, runSeconds);
    return c.lost == 0 && c.duplicated == 0 && c.callsLost == 0 && c.callsDuplicated == 0 && c.uncounted == 0 &&
                   c.callsUncounted == 0 && drained
               ? 0
               : 1;
}

void LoadRun::runFor(double seconds) {
    QTimer editor;
    connect(&editor, &QTimer::timeout, this, &LoadRun::editKb);
    editor.start(120000);
    QTimer progress;
    connect(&progress, &QTimer::timeout, this, [this] {
        int pending = 0;
        for (const auto& w : m_workstations)
            pending += w->pending();
        std::fprintf(stderr, "redmine_load_run: %4.0f s: %d appeals submitted, %d delivered, %d waiting\n",
                     m_stats.msNow() / 1000, m_stats.appealsSubmitted, m_stats.appealsDelivered, pending);
    });
    progress.start(30000);
    for (auto& w : m_workstations)
        w->start();
    for (auto& s : m_supervisors)
        s->start();
    if (m_o.faults) {
        QTimer::singleShot(int(seconds * 1000 / 3), this, [this] { fault(QStringLiteral("kill-worker")); });
        QTimer::singleShot(int(seconds * 2000 / 3), this, [this] { fault(QStringLiteral("restart-db")); });
    }
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    for (auto& w : m_workstations)
        w->stopFiling();
    for (auto& s : m_supervisors)
        s->stop();
}

// Runs a harness command beside the event loop (the workstations keep working meanwhile).
void LoadRun::fault(const QString& command) {
    auto* p = new QProcess(this);
    const double at = m_stats.msNow() / 1000;
    p->setProcessChannelMode(QProcess::MergedChannels);
    connect(p, &QProcess::finished, this, [this, p, command, at](int code) {
        const QString out = QString::fromUtf8(p->readAll()).trimmed().replace(QLatin1Char('\n'), QStringLiteral(" | "));
        m_faultLog << QStringLiteral("%1 at %2 s (exit %3, %4 s): %5")
                          .arg(command)
                          .arg(at, 0, 'f', 0)
                          .arg(code)
                          .arg(m_stats.msNow() / 1000 - at, 0, 'f', 1)
                          .arg(out);
        std::fprintf(stderr, "redmine_load_run: %s\n", qPrintable(m_faultLog.last()));
        p->deleteLater();
    });
    p->start(QStringLiteral("bash"), {m_env.value(QStringLiteral("REDMINE_HARNESS")), command, m_o.harnessDir});
}

// A KB editor changes one article: every workstation's next sync fetches it.
void LoadRun::editKb() {
    const auto& articles = m_kb.articles();
    const kb::Article& a = articles.at(m_kbEdits % articles.size());
    ++m_kbEdits;
    const QString text =
        a.markdown.trimmed() + QStringLiteral("\n\nУточнение %1: сведения проверены.\n").arg(m_kbEdits);
    m_editorWiki->publish(a.id, text, QStringLiteral("Нагрузочный прогон: правка %1").arg(m_kbEdits),
                          m_pageVersions.value(a.id), this, [this, id = a.id](kbsync::PublishOutcome o) {
                              if (o.ok())
                                  m_pageVersions.insert(id, o.version);
                              else
                                  ++m_stats.syncErrors[QStringLiteral("KB publish: ") + o.error->message];
                          });
}

// After the last call: the outboxes deliver what they hold (retries included) for as long as they make progress
// (two minutes without a single delivery end it), at most the drain time.
bool LoadRun::drain() {
    QElapsedTimer t, stalled;
    t.start();
    stalled.start();
    int last = -1;
    while (t.elapsed() < qint64(m_o.drainSeconds) * 1000 && stalled.elapsed() < 120000) {
        int pending = 0;
        for (const auto& w : m_workstations)
            pending += w->pending();
        if (pending == 0) {
            std::fprintf(stderr, "redmine_load_run: drained in %.1f s\n", double(t.elapsed()) / 1000);
            return true;
        }
        if (last < 0 || pending < last) {
            last = pending;
            stalled.restart();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 500);
    }
    std::fprintf(stderr, "redmine_load_run: %.0f s after the run %d entries still wait in the outboxes\n",
                 double(t.elapsed()) / 1000, last);
    return false;
}

} // namespace hotline::bench
