#pragma once

#include "WikiSync.h"
#include "kb/KbRepository.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace hotline::kbsync {

// The knowledge base the workstation searches. At start it opens what the workstation has (the base
// assembled by the last sync, or the shipped kb_data when no server was ever configured); while a server
// is connected it syncs with the KB wiki at start and then every few minutes. A changed base is opened
// (its index rebuilt) off the GUI thread and swapped in whole: readers never see half a base, and a failed
// open keeps the base in use.
class WorkstationKb : public QObject {
    Q_OBJECT
public:
    WorkstationKb(QString shippedKbDir, QString dataDir, QObject* parent = nullptr);
    ~WorkstationKb() override;

    // Synchronously, at start. `useSynced`: a server is configured, so the last synced base is the KB.
    Status open(bool useSynced);

    const kb::KnowledgeBase* kb() const { return m_current ? &m_current->kb : nullptr; }
    kb::SearchIndex* index() const { return m_current ? m_current->index.get() : nullptr; }
    QString kbDir() const { return m_kbDir; }

    // Where the ranking learns what operators open when the base brings no line-wide usage page (Kb_usage):
    // e.g. this workstation's own call records. Asked whenever a base is opened; applied at once too.
    void setLocalUsage(std::function<kb::UsageStats()> provider);

    // The sync to run; null: no server (the KB stays as it is). Not owned.
    void setSync(WikiSync* sync);
    // Syncs now and then every `minutes` (0: only when asked). Ignored without a sync.
    void start(int minutes);
    void stop();
    bool syncing() const { return m_syncing; }

public slots:
    void syncNow();

signals:
    // kb() and index() are new; the previous ones are destroyed (on a worker) when this signal returns.
    void replaced(const QStringList& updatedArticles);
    // After every sync, also when nothing changed or the server could not be reached.
    void syncFinished(const hotline::kbsync::SyncReport& report);

private:
    void reopen(const SyncReport& report);
    void takeOpened(Result<kb::KbRepository::Opened> opened, SyncReport report);
    void applyLocalUsage();

    QString m_shippedKbDir;
    QString m_dataDir;
    QString m_kbDir;
    std::unique_ptr<kb::KbRepository::Opened> m_current;
    WikiSync* m_sync = nullptr;
    QTimer m_timer;
    bool m_syncing = false;
    std::function<kb::UsageStats()> m_localUsage;
};

} // namespace hotline::kbsync
