#pragma once

#include "WikiPublisher.h"
#include "kb/KbIssue.h"

#include <QHash>

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
// in <data>/kbsync.
class WikiSync {
public:
    WikiSync(WikiPublisher& wiki, QString shippedKbDir, QString dataDir);

    void run(QObject* context, std::function<void(SyncReport)> done);

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
    QString stateDir() const;
    QString pageFile(const QString& id) const;
    QHash<QString, Known> readManifest(QByteArray* shippedFingerprint) const;
    Status writeManifest(const QHash<QString, Known>& known, const QByteArray& shippedFingerprint) const;
    Status assemble() const;
    // Stores a fetched, checked page and its version; false (with a report) when it cannot be written.
    bool keepPage(const QString& id, const WikiPage& page, const WikiPageInfo& info, QHash<QString, Known>& state,
                  SyncReport& report) const;
    void finish(const std::shared_ptr<SyncReport>& report, QHash<QString, Known> known, bool changed,
                const std::function<void(SyncReport)>& done);

    WikiPublisher& m_wiki;
    QString m_shippedKbDir;
    QString m_dataDir;
};

} // namespace hotline::kbsync
