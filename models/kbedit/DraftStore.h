#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace hotline::kbedit {

// What the editor keeps about one article (or the categories or synonyms) between runs: the text it was
// based on with its wiki version, and the editor's own text while it is not published (a draft).
struct DraftRecord {
    QString baseText;
    int baseVersion = -1; // -1: not known, 0: not on the wiki
    QString text;         // empty: no draft, the base is all there is
    QDateTime savedAt;

    bool hasDraft() const { return !text.isEmpty(); }
};

// The editor's drafts in <data dir>/kbedit: a directory only the user can enter, one file per article
// (readable by the user only), written atomically. Nothing the editor typed is lost when the window closes
// or the app dies.
class DraftStore {
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    explicit DraftStore(const QString& dataDir);

    QString dir() const { return m_dir; }
    // Article ids and "categories.json" / "synonyms.json" for the data files.
    QHash<QString, DraftRecord> loadAll() const;
    Status save(const QString& key, const DraftRecord& record) const;
    Status remove(const QString& key) const;

private:
    QString fileFor(const QString& key) const;

    QString m_dir;
};

} // namespace hotline::kbedit
