#pragma once

#include "ArticleDocument.h"
#include "CategoryTree.h"
#include "DraftStore.h"
#include "SynonymSet.h"
#include "call/Clock.h"
#include "domain/ReferenceData.h"
#include "kb/KbIssue.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <memory>
#include <optional>

class QTimer;

namespace hotline::kbedit {

inline constexpr int kUnknownVersion = -1;

// One article in the editor: the editor's text and what it was based on.
struct ArticleEntry {
    ArticleDocument doc;
    QString baseText;                  // the published (or shipped) text the edit started from; empty: new
    QString baseCanonical;             // baseText as the editor writes it (a hand-formatted file is not "changed")
    int baseVersion = kUnknownVersion; // the wiki version of baseText; 0: not on the wiki
    int serverVersion = 0;             // the newest version the wiki reported (0: not asked yet)

    bool isNew() const { return baseText.isEmpty(); }
    bool modified() const { return doc.toText() != baseCanonical; }
    bool serverIsNewer() const { return baseVersion >= 0 && serverVersion > baseVersion; }
};

// The categories or the synonyms file in the editor, like an article.
struct DataEntry {
    QByteArray baseJson;      // as published (or shipped)
    QByteArray baseCanonical; // as the editor writes it
    int baseVersion = kUnknownVersion;
};

// The knowledge base the KB editor works on: every article, the category tree and the synonyms, each with
// the text it was based on and its wiki version, and the editor's unpublished changes kept as owner-only
// drafts in the data directory (saved a moment after every change and when the workspace closes). Only the
// undo commands (EditCommands.h) change it; views listen to its signals.
class KbWorkspace : public QObject {
    Q_OBJECT
public:
    // `kbDir`: the knowledge base the workstation uses (shipped, or assembled by WikiSync).
    // `clock` times the drafts; it must outlive the workspace.
    static Result<std::unique_ptr<KbWorkspace>> open(const QString& kbDir, const QString& dataDir, const Clock& clock);
    ~KbWorkspace() override;

    QString kbDir() const { return m_kbDir; }
    const domain::ReferenceData& reference() const { return m_reference; }
    // Article files that could not be read as an article at all (shown with the check's problems).
    const kb::KbIssues& loadProblems() const { return m_loadProblems; }

    QStringList articleIds() const { return m_order; }
    const ArticleEntry* article(const QString& id) const;
    QStringList modifiedArticles() const;
    QSet<QString> usedCategories() const;

    const CategoryTree& categories() const { return m_categories; }
    const SynonymSet& synonyms() const { return m_synonyms; }
    const DataEntry& categoriesBase() const { return m_categoriesBase; }
    const DataEntry& synonymsBase() const { return m_synonymsBase; }
    bool categoriesModified() const { return m_categories.toJson() != m_categoriesBase.baseCanonical; }
    bool synonymsModified() const { return m_synonyms.toJson() != m_synonymsBase.baseCanonical; }
    bool hasUnpublishedChanges() const;

    // Changes: for the undo commands.
    void setDocument(const QString& id, const ArticleDocument& doc);
    void addArticle(const ArticleDocument& doc);
    void removeArticle(const QString& id); // a new article only (undo of adding it)
    void setCategories(const CategoryTree& tree);
    void setSynonyms(const SynonymSet& set);

    // What the wiki said.
    void markPublished(const QString& id, const QString& text, int version);
    void setServerVersion(const QString& id, int version);
    // The wiki version of the text the edit started from, found out by comparing texts.
    void learnBaseVersion(const QString& id, int version);
    // The edit now counts as based on the server's version (the editor chose to keep their text).
    void rebase(const QString& id, const QString& serverText, int version);
    void markCategoriesPublished(const QByteArray& json, int version);
    void markSynonymsPublished(const QByteArray& json, int version);
    void rebaseCategories(const QByteArray& serverJson, int version);
    void rebaseSynonyms(const QByteArray& serverJson, int version);

    // Writes every pending draft now (the autosave does it a moment after each change).
    Status saveDrafts();
    void setAutosaveDelayMs(int ms);
    QString draftsDir() const { return m_drafts.dir(); }

signals:
    void articleChanged(const QString& id);
    void articleAdded(const QString& id);
    void articleRemoved(const QString& id);
    void categoriesChanged();
    void synonymsChanged();
    void draftsSaved();
    void draftSaveFailed(const QString& message);

private:
    KbWorkspace(QString kbDir, const QString& dataDir, domain::ReferenceData reference, const Clock& clock);
    void load();
    void loadData(const QString& key, const QHash<QString, DraftRecord>& records, const QString& syncedFile,
                  int syncedVersion);
    void loadArticles(const QHash<QString, DraftRecord>& records);
    void touched(const QString& key);
    std::optional<DraftRecord> recordFor(const QString& key) const;

    QString m_kbDir;
    QString m_dataDir;
    domain::ReferenceData m_reference;
    DraftStore m_drafts;
    const Clock& m_clock;
    QHash<QString, ArticleEntry> m_articles;
    QStringList m_order;
    CategoryTree m_categories;
    SynonymSet m_synonyms;
    DataEntry m_categoriesBase;
    DataEntry m_synonymsBase;
    kb::KbIssues m_loadProblems;
    QSet<QString> m_pending; // keys whose draft file must be written (or removed)
    QSet<QString> m_records; // keys with a record of their own (a draft, or a base learned from a publish)
    QTimer* m_autosave = nullptr;
};

} // namespace hotline::kbedit
