#pragma once

#include "LoadSupervisor.h"
#include "LoadWorkstation.h"
#include "ProcessSampler.h"

#include <QProcess>

namespace hotline::bench {

// The whole load run: set-up, the timed run with its faults, the drain, the count on the server, the report.
class LoadRun : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString harnessDir, usersFile, workDir, kbDir, reportFile;
        int workstations = 100;
        double minutes = 10;
        double appealsPerSecond = 5;
        int supervisors = 3;
        int kbSyncSeconds = 60;
        int supervisorSyncSeconds = 60;
        int drainSeconds = 900;
        bool faults = true;
    };
    explicit LoadRun(Options options);
    int exec(); // 0: ran, nothing lost or duplicated; 1: lost or duplicated; 2: could not run

private:
    bool setUp();
    bool publishKb(net::RedmineClient& admin);
    bool prepareWorkstations();
    void runFor(double seconds);
    void fault(const QString& command);
    void editKb();
    bool drain();
    struct Count {
        int filed = 0, duplicated = 0, lost = 0, callsFiled = 0, callsDuplicated = 0, callsLost = 0;
        int waiting = 0, callsWaiting = 0;     // still in an outbox when the drain ended
        int uncounted = 0, callsUncounted = 0; // their lookups failed: not known either way
    };
    Count countOnServer();
    void report(const Count& c, bool drained, double runSeconds);

    Options m_o;
    QHash<QString, QString> m_env;
    LoadStats m_stats;
    std::vector<Submitted> m_submitted;
    kb::KnowledgeBase m_kb;
    std::optional<domain::ReferenceData> m_reference;
    std::optional<domain::DeadlinePolicy> m_policy;
    std::unique_ptr<LoadCalls> m_calls;
    net::ServerConfig m_server;
    std::vector<std::unique_ptr<LoadWorkstation>> m_workstations;
    std::vector<std::unique_ptr<LoadSupervisor>> m_supervisors;
    ProcessSampler m_sampler;
    QStringList m_faultLog;
    // The KB editor's changes during the run.
    QNetworkAccessManager m_editorNetwork;
    net::RedmineClient m_editor{m_editorNetwork};
    std::unique_ptr<kbsync::WikiPublisher> m_editorWiki;
    QHash<QString, int> m_pageVersions;
    int m_kbEdits = 0;
};

} // namespace hotline::bench
