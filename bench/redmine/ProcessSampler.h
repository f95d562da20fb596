#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <vector>

namespace hotline::bench {

// CPU and memory of process groups (a root process and all its descendants), read from /proc every few
// seconds: puma's master with its workers, PostgreSQL's postmaster with its backends, this load tool.
// A root that changes (PostgreSQL restarted) is found again by its function on every sample.
class ProcessSampler {
public:
    struct Group {
        QString name;
        std::function<int()> root; // the root pid now (0: not running)
        // accumulated
        double cpuSeconds = 0;
        double peakCpuPercent = 0; // of one core, over one sampling interval
        double peakRssMb = 0;      // sum of the group's RSS
        double peakPssMb = 0;      // sum of the group's PSS (shared pages counted once)
        std::vector<double> cpuPercent;
    };

    void add(const QString& name, std::function<int()> root);
    void sample(); // call every few seconds
    const QList<Group>& groups() const { return m_groups; }
    double machineCpuPercent() const; // of all cores, over the whole run
    double elapsedSeconds() const { return m_elapsed; }

private:
    QList<Group> m_groups;
    QHash<int, double> m_lastTicks; // pid → utime+stime ticks at the last sample
    double m_lastAt = -1;
    double m_elapsed = 0;
    double m_machineBusy = 0, m_machineTotal = 0;
    double m_lastBusy = -1, m_lastTotal = -1;
};

// The pid in the first line of a file (a pidfile, postmaster.pid); 0 when there is none.
int pidFromFile(const QString& path);

} // namespace hotline::bench
