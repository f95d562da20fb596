#include "ProcessSampler.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <time.h>
#include <unistd.h>

namespace hotline::bench {

namespace {

struct ProcStat {
    int ppid = 0;
    double ticks = 0;
};

// /proc/PID/stat: "pid (comm) state ppid ... utime stime ..." — comm may hold spaces, so parse after ')'.
bool readStat(int pid, ProcStat& out) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = f.readAll();
    const qsizetype close = s.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> fields = s.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return false;
    out.ppid = fields.at(1).toInt();
    out.ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return true;
}

double kbField(const QString& path, const QByteArray& key) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble();
    }
    return 0;
}

double now() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int pidFromFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readLine().trimmed().toInt();
}

void ProcessSampler::add(const QString& name, std::function<int()> root) {
    Group g;
    g.name = name;
    g.root = std::move(root);
    m_groups.append(g);
}

void ProcessSampler::sample() {
    const double t = now();
    const double tick = double(sysconf(_SC_CLK_TCK));
    QHash<int, ProcStat> all;
    QHash<int, QList<int>> children;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int pid = entry.toInt(&ok);
        ProcStat st;
        if (ok && readStat(pid, st)) {
            all.insert(pid, st);
            children[st.ppid].append(pid);
        }
    }
    QHash<int, double> ticksNow;
    for (Group& g : m_groups) {
        const int root = g.root();
        if (root <= 0 || !all.contains(root))
            continue;
        QList<int> todo{root};
        QSet<int> seen;
        double delta = 0, rss = 0, pss = 0;
        while (!todo.isEmpty()) {
            const int pid = todo.takeLast();
            if (seen.contains(pid))
                continue;
            seen.insert(pid);
            todo += children.value(pid);
            const double ticks = all.value(pid).ticks;
            ticksNow.insert(pid, ticks);
            // A process new since the last sample counts from its start (a respawned worker).
            delta += ticks - m_lastTicks.value(pid, m_lastAt < 0 ? ticks : 0);
            rss += kbField(QStringLiteral("/proc/%1/status").arg(pid), "VmRSS:");
            pss += kbField(QStringLiteral("/proc/%1/smaps_rollup").arg(pid), "Pss:");
        }
        if (m_lastAt >= 0) {
            const double seconds = delta / tick;
            g.cpuSeconds += seconds;
            const double pct = 100.0 * seconds / (t - m_lastAt);
            g.cpuPercent.push_back(pct);
            g.peakCpuPercent = std::max(g.peakCpuPercent, pct);
        }
        g.peakRssMb = std::max(g.peakRssMb, rss / 1024);
        g.peakPssMb = std::max(g.peakPssMb, pss / 1024);
    }
    // The whole machine, from /proc/stat (every core, every engineer's processes).
    QFile stat(QStringLiteral("/proc/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> f = stat.readLine().simplified().split(' ');
        double total = 0;
        for (int i = 1; i < f.size(); ++i)
            total += f.at(i).toDouble();
        const double idle = f.value(4).toDouble() + f.value(5).toDouble();
        if (m_lastTotal >= 0) {
            m_machineBusy += (total - idle) - m_lastBusy;
            m_machineTotal += total - m_lastTotal;
        }
        m_lastBusy = total - idle;
        m_lastTotal = total;
    }
    if (m_lastAt >= 0)
        m_elapsed += t - m_lastAt;
    m_lastTicks = ticksNow;
    m_lastAt = t;
}

double ProcessSampler::machineCpuPercent() const {
    return m_machineTotal > 0 ? 100.0 * m_machineBusy / m_machineTotal : 0;
}

} // namespace hotline::bench
