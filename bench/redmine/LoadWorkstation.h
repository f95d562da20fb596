#pragma once

#include "BenchSupport.h"
#include "LoadCalls.h"
#include "call/Clock.h"
#include "kbsync/WikiPublisher.h"
#include "kbsync/WikiSync.h"
#include "net/RedmineClient.h"
#include "outbox/OutboxSender.h"
#include "outbox/OutboxStore.h"

#include <QElapsedTimer>
#include <QMap>
#include <QNetworkAccessManager>
#include <QTimer>
#include <memory>
#include <vector>

namespace hotline::bench {

// What the whole run saw, shared by every simulated workstation and supervisor.
struct LoadStats {
    QElapsedTimer clock;            // since the start of the run
    std::vector<double> deliveryMs; // appeal submitted → Redmine's issue id
    std::vector<double> callMs;     // call record stored → its figures in Redmine
    std::vector<double> kbSyncMs;
    std::vector<double> supervisorSyncMs;
    std::vector<double> historyMs;
    int appealsSubmitted = 0;
    int callsWithoutAppeal = 0;
    int appealsDelivered = 0;
    int callsRecorded = 0;
    int kbSyncs = 0;
    int kbPagesFetched = 0;
    int supervisorSyncs = 0;
    int supervisorIssues = 0;
    QMap<QString, int> operatorErrors; // what the status bar / outbox dialog showed: message → times
    QMap<QString, int> failedForGood;  // entries that wait for a person (422 and the like)
    QMap<QString, int> syncErrors;     // KB sync and call-log sync failures
    QList<int> recentIssues;           // delivered issue ids (supervisors open their histories)
    double msNow() const { return double(clock.nsecsElapsed()) / 1e6; }
};

// One appeal or call as submitted, for the server-side count at the end.
struct Submitted {
    QString clientId;     // the appeal's (or, without an appeal, the call's «Звонок») client UUID
    QStringList issueIds; // every client UUID that must exist once: the appeal's and its subtasks'
    bool callOnly = false;
    bool delivered = false; // the workstation's outbox has Redmine's id for it (else it still waits there)
};

// One operator's workstation: its own data directory, outbox, network manager, client and sender (the
// project's own classes), filing calls at random (Poisson) times and syncing its KB from the wiki.
class LoadWorkstation : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString dataDir;
        QString shippedKbDir;
        net::ServerConfig server;
        QByteArray apiKey;
        QString login;
        double callsPerSecond = 0.05;
        int kbSyncSeconds = 60;
    };
    LoadWorkstation(Config config, LoadCalls& calls, LoadStats& stats, std::vector<Submitted>& submitted,
                    const domain::ReferenceData& reference, quint32 seed, QObject* parent = nullptr);

    Status open();
    void start();        // files calls and syncs the KB
    void stopFiling();   // no new calls; the outbox keeps delivering
    int pending() const; // appeals and call records not yet delivered
    void syncKbNow(std::function<void(const kbsync::SyncReport&)> done);

private:
    void scheduleCall();
    void fileCall();
    void syncKb();

    Config m_config;
    LoadCalls& m_calls;
    LoadStats& m_stats;
    std::vector<Submitted>& m_submitted;
    const domain::ReferenceData& m_reference;
    QRandomGenerator m_rnd;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    net::RedmineClient m_client{m_network};
    std::unique_ptr<outbox::OutboxStore> m_store;
    std::unique_ptr<outbox::OutboxSender> m_sender;
    std::unique_ptr<kbsync::WikiPublisher> m_wiki;
    std::unique_ptr<kbsync::WikiSync> m_sync;
    QHash<qint64, double> m_submittedAt; // outbox entry → ms since the start of the run
    QHash<qint64, size_t> m_entryOf;     // outbox entry → its index in m_submitted
    QTimer m_callTimer;
    QTimer m_kbTimer;
    bool m_filing = false;
    bool m_syncing = false;
};

} // namespace hotline::bench
