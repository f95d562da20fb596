#pragma once

#include "WikiPublisher.h"
#include "kb/KbIssue.h"

#include <QHash>
#include <QThreadPool>
#include <memory>

namespace hotline::kbsync {

// What one sync did. Offline (`error` set) the workstation keeps the KB it has.
struct SyncReport {
    std::optional<Error> error;
    QStringList updated;   // article ids fetched, validated and taken in
    QStringList removed;   // pages gone from the wiki
    kb::KbIssues rejected; // bad pages: reported and skipped (the last good text, if any, stays)
    QString kbDir;         // the knowledge base the workstation uses now
    bool changed = false;  // kbDir was assembled again: reopen the repository (the index rebuilds itself)
};

// Keeps a workstation's knowledge base in step with the KB wiki. The workstation's KB directory
// (<data>/kb) is the shipped kb_data with the synced articles laid over it; it is assembled in a new
// directory and swapped in, so a reader never sees half a base. Synced pages and their versions are kept
// in <data>/kbsync. Only the requests run on the caller's (the GUI) thread: reading the manifest, checking and
// storing each fetched page and laying the base out again (copying the shipped base and parsing every article,
// seconds for thousands of them) run one after another on a worker thread, and `done` comes back on the
// caller's thread.
class WikiSync {
public:
    WikiSync(WikiPublisher& wiki, QString shippedKbDir, QString dataDir);
    ~WikiSync();

    // `done` runs once on the thread of `context`, unless `context` is destroyed first.
    void run(QObject* context, std::function<void(SyncReport)> done);
    // The worker (default: one of its own). It must run tasks one at a time in the order they are started
    // (maxThreadCount 1). Not owned.
    void setThreadPool(QThreadPool* pool) { m_pool = pool; }

    // The KB to open without asking the server: the assembled one if there is one, else the shipped one.
    QString currentKbDir() const;
    QString workstationKbDir() const;
    static QString currentKbDir(const QString& shippedKbDir, const QString& dataDir);

    // A page this workstation has taken in: its wiki version and the text as fetched.
    struct SyncedPage {
        int version = 0;
        QString file;
    };
    // By article id (and kb_categories, kb_synonyms), read from the data directory without asking the server.
    static QHash<QString, SyncedPage> syncedPages(const QString& dataDir);

private:
    struct Known {
        int version = 0;
        QString updatedOn;
    };
    // The files of a sync; plain values, so the worker thread gets its own copy.
    struct Files {
        QString shippedKbDir;
        QString dataDir;
        QString stateDir() const;
        QString pageFile(const QString& id) const;
        QString workstationKbDir() const;
        QHash<QString, Known> readManifest(QByteArray* shippedFingerprint) const;
        Status writeManifest(const QHash<QString, Known>& known, const QByteArray& shippedFingerprint) const;
        Status assemble() const;
        // The slow end of a sync: lays the base out again if needed and records what was taken in.
        void finish(SyncReport& report, const QHash<QString, Known>& known, bool changed) const;
    };
    struct Run; // one sync's state, used by the worker only

    QThreadPool* pool() const;
    void fetchPages(const std::shared_ptr<Run>& run, QList<WikiPageInfo> wanted);

    WikiPublisher& m_wiki;
    Files m_files;
    QThreadPool* m_pool = nullptr;
    std::unique_ptr<QThreadPool> m_ownPool;
};

} // namespace hotline::kbsync
