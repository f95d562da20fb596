#include "KbWorkspace.h"

#include "kbsync/KbDataPages.h"
#include "kbsync/WikiSync.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTimer>

namespace hotline::kbedit {

namespace {

const QString kCategoriesKey = QStringLiteral("categories.json");
const QString kSynonymsKey = QStringLiteral("synonyms.json");

QString readText(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

QString canonical(const QString& text) {
    auto doc = ArticleDocument::fromText(text);
    return doc ? doc.value().toText() : text;
}

} // namespace

Result<std::unique_ptr<KbWorkspace>> KbWorkspace::open(const QString& kbDir, const QString& dataDir,
                                                       const Clock& clock) {
    auto reference = domain::ReferenceData::load(QDir(kbDir).filePath(QStringLiteral("reference")));
    if (!reference)
        return reference.error();
    std::unique_ptr<KbWorkspace> ws(new KbWorkspace(kbDir, dataDir, std::move(reference).value(), clock));
    ws->load();
    return ws;
}

KbWorkspace::KbWorkspace(QString kbDir, const QString& dataDir, domain::ReferenceData reference, const Clock& clock)
    : m_kbDir(std::move(kbDir))
    , m_dataDir(dataDir)
    , m_reference(std::move(reference))
    , m_drafts(dataDir)
    , m_clock(clock)
    , m_autosave(new QTimer(this)) {
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(800);
    // A failure reaches the editor through draftSaveFailed (shown in its window).
    connect(m_autosave, &QTimer::timeout, this, [this] { (void)saveDrafts(); });
}

KbWorkspace::~KbWorkspace() {
    if (!m_pending.isEmpty())
        (void)saveDrafts(); // a failure was signalled (draftSaveFailed); nothing more to do on closing
}

void KbWorkspace::setAutosaveDelayMs(int ms) {
    m_autosave->setInterval(ms);
}

void KbWorkspace::load() {
    const QHash<QString, DraftRecord> records = m_drafts.loadAll();
    const auto synced = kbsync::WikiSync::syncedPages(m_dataDir);
    const auto syncedOf = [&synced](kbsync::KbDataPage::Kind kind) {
        return synced.value(kbsync::WikiPublisher::articleIdOf(kbsync::KbDataPage::title(kind)));
    };
    const auto cats = syncedOf(kbsync::KbDataPage::Kind::Categories);
    const auto syns = syncedOf(kbsync::KbDataPage::Kind::Synonyms);
    loadData(kCategoriesKey, records, cats.file, cats.version);
    loadData(kSynonymsKey, records, syns.file, syns.version);
    loadArticles(records);
}

// The base is the synced page when there is one (its version is known), else the file of the KB directory;
// a record of our own publish that is newer wins; a draft keeps the base it was written against.
void KbWorkspace::loadData(const QString& key, const QHash<QString, DraftRecord>& records, const QString& syncedFile,
                           int syncedVersion) {
    const bool categories = key == kCategoriesKey;
    const auto kind = categories ? kbsync::KbDataPage::Kind::Categories : kbsync::KbDataPage::Kind::Synonyms;
    DataEntry base;
    QFile file(QDir(m_kbDir).filePath(key));
    if (file.open(QIODevice::ReadOnly))
        base.baseJson = file.readAll();
    if (!syncedFile.isEmpty()) {
        if (auto json = kbsync::KbDataPage::jsonOf(kind, readText(syncedFile))) {
            base.baseJson = json.value();
            base.baseVersion = syncedVersion;
        }
    }
    QByteArray current = base.baseJson;
    if (const auto r = records.constFind(key); r != records.cend()) {
        if (r->hasDraft() || r->baseVersion > base.baseVersion) {
            // A record is kept while its base is newer than what the KB directory gives (our publish, not synced).
            if (r->baseVersion > base.baseVersion)
                m_records.insert(key);
            base.baseJson = r->baseText.toUtf8();
            base.baseVersion = r->baseVersion;
            current = r->hasDraft() ? r->text.toUtf8() : base.baseJson;
        } else {
            m_pending.insert(key); // an old record the sync has caught up with
        }
    }
    auto problem = [this, &key](const Error& e) { m_loadProblems.append({key, 0, e.message, true}); };
    if (categories) {
        auto tree = CategoryTree::fromJson(current);
        if (tree)
            m_categories = tree.value();
        else
            problem(tree.error());
        auto b = CategoryTree::fromJson(base.baseJson);
        base.baseCanonical = b ? b.value().toJson() : base.baseJson;
        m_categoriesBase = base;
    } else {
        auto set = SynonymSet::fromJson(current);
        if (set)
            m_synonyms = set.value();
        else
            problem(set.error());
        auto b = SynonymSet::fromJson(base.baseJson);
        base.baseCanonical = b ? b.value().toJson() : base.baseJson;
        m_synonymsBase = base;
    }
}

void KbWorkspace::loadArticles(const QHash<QString, DraftRecord>& records) {
    const auto synced = kbsync::WikiSync::syncedPages(m_dataDir);
    QStringList files;
    const QDir dir(m_kbDir);
    QDirIterator it(dir.filePath(QStringLiteral("articles")), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString& path : std::as_const(files)) {
        const QString text = readText(path);
        auto doc = ArticleDocument::fromText(text);
        if (!doc) {
            m_loadProblems.append({dir.relativeFilePath(path), 0, doc.error().message, true});
            continue;
        }
        const QString id = doc.value().id.isEmpty() ? QFileInfo(path).completeBaseName() : doc.value().id;
        if (m_articles.contains(id)) {
            m_loadProblems.append({dir.relativeFilePath(path), 0, tr("duplicate id \"%1\"").arg(id), true});
            continue;
        }
        ArticleEntry e;
        e.doc = doc.value();
        e.baseText = text;
        if (const auto s = synced.constFind(id); s != synced.cend() && readText(s->file) == text)
            e.baseVersion = s->version;
        m_articles.insert(id, e);
        m_order << id;
    }
    // Drafts: of the articles above, and new articles that exist only as a draft.
    QStringList keys = records.keys();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        // The data files, and the scripts' drafts (ScriptWorkspace: "script_<id>", never an article id).
        if (key == kCategoriesKey || key == kSynonymsKey || key.startsWith(QLatin1String("script_")))
            continue;
        const DraftRecord& r = records.value(key);
        ArticleEntry* e = m_articles.contains(key) ? &m_articles[key] : nullptr;
        if (!e && !r.hasDraft() && r.baseText.isEmpty())
            continue; // (a published new article has only its base until the workstation syncs it)
        if (e && !r.hasDraft() && r.baseVersion <= e->baseVersion) {
            m_pending.insert(key); // the sync has caught up with our publish
            continue;
        }
        auto doc = ArticleDocument::fromText(r.hasDraft() ? r.text : r.baseText);
        if (!doc) {
            m_loadProblems.append({m_drafts.dir() + QLatin1Char('/') + key, 0, doc.error().message, true});
            continue;
        }
        if (!e) {
            m_articles.insert(key, {});
            m_order << key;
            e = &m_articles[key];
        }
        // A record is kept while its base is newer than what the KB directory gives (our publish, not synced).
        if (r.baseVersion > e->baseVersion && !r.baseText.isEmpty())
            m_records.insert(key);
        e->doc = doc.value();
        e->baseText = r.baseText;
        e->baseVersion = r.baseVersion;
    }
    for (ArticleEntry& e : m_articles)
        e.baseCanonical = e.baseText.isEmpty() ? QString() : canonical(e.baseText);
}

const ArticleEntry* KbWorkspace::article(const QString& id) const {
    const auto it = m_articles.constFind(id);
    return it == m_articles.cend() ? nullptr : &*it;
}

QStringList KbWorkspace::modifiedArticles() const {
    QStringList out;
    for (const QString& id : m_order) {
        if (m_articles.value(id).modified())
            out << id;
    }
    return out;
}

QSet<QString> KbWorkspace::usedCategories() const {
    QSet<QString> out;
    for (const ArticleEntry& e : m_articles)
        out.insert(e.doc.category);
    return out;
}

bool KbWorkspace::hasUnpublishedChanges() const {
    return categoriesModified() || synonymsModified() || !modifiedArticles().isEmpty();
}

void KbWorkspace::touched(const QString& key) {
    m_pending.insert(key);
    m_autosave->start();
}

void KbWorkspace::setDocument(const QString& id, const ArticleDocument& doc) {
    auto it = m_articles.find(id);
    if (it == m_articles.end())
        return;
    it->doc = doc;
    touched(id);
    emit articleChanged(id);
}

void KbWorkspace::addArticle(const ArticleDocument& doc) {
    if (m_articles.contains(doc.id))
        return;
    ArticleEntry e;
    e.doc = doc;
    e.baseVersion = 0;
    m_articles.insert(doc.id, e);
    m_order << doc.id;
    touched(doc.id);
    emit articleAdded(doc.id);
}

void KbWorkspace::removeArticle(const QString& id) {
    const auto it = m_articles.find(id);
    if (it == m_articles.end() || !it->isNew())
        return;
    m_articles.erase(it);
    m_order.removeAll(id);
    m_records.remove(id);
    touched(id);
    emit articleRemoved(id);
}

void KbWorkspace::setCategories(const CategoryTree& tree) {
    m_categories = tree;
    touched(kCategoriesKey);
    emit categoriesChanged();
}

void KbWorkspace::setSynonyms(const SynonymSet& set) {
    m_synonyms = set;
    touched(kSynonymsKey);
    emit synonymsChanged();
}

void KbWorkspace::markPublished(const QString& id, const QString& text, int version) {
    rebase(id, text, version);
}

void KbWorkspace::rebase(const QString& id, const QString& serverText, int version) {
    auto it = m_articles.find(id);
    if (it == m_articles.end())
        return;
    it->baseText = serverText;
    it->baseCanonical = canonical(serverText);
    it->baseVersion = version;
    it->serverVersion = std::max(it->serverVersion, version);
    m_records.insert(id);
    touched(id);
    emit articleChanged(id);
}

void KbWorkspace::setServerVersion(const QString& id, int version) {
    auto it = m_articles.find(id);
    if (it == m_articles.end() || it->serverVersion == version)
        return;
    it->serverVersion = version;
    emit articleChanged(id);
}

void KbWorkspace::learnBaseVersion(const QString& id, int version) {
    auto it = m_articles.find(id);
    if (it == m_articles.end() || it->baseVersion == version)
        return;
    it->baseVersion = version;
    it->serverVersion = std::max(it->serverVersion, version);
    m_records.insert(id);
    touched(id);
    emit articleChanged(id);
}

void KbWorkspace::markCategoriesPublished(const QByteArray& json, int version) {
    rebaseCategories(json, version);
}

void KbWorkspace::rebaseCategories(const QByteArray& serverJson, int version) {
    auto tree = CategoryTree::fromJson(serverJson);
    m_categoriesBase = {serverJson, tree ? tree.value().toJson() : serverJson, version};
    m_records.insert(kCategoriesKey);
    touched(kCategoriesKey);
    emit categoriesChanged();
}

void KbWorkspace::markSynonymsPublished(const QByteArray& json, int version) {
    rebaseSynonyms(json, version);
}

void KbWorkspace::rebaseSynonyms(const QByteArray& serverJson, int version) {
    auto set = SynonymSet::fromJson(serverJson);
    m_synonymsBase = {serverJson, set ? set.value().toJson() : serverJson, version};
    m_records.insert(kSynonymsKey);
    touched(kSynonymsKey);
    emit synonymsChanged();
}

std::optional<DraftRecord> KbWorkspace::recordFor(const QString& key) const {
    DraftRecord r;
    r.savedAt = m_clock.now();
    bool modified = false;
    if (key == kCategoriesKey || key == kSynonymsKey) {
        const bool cats = key == kCategoriesKey;
        const DataEntry& base = cats ? m_categoriesBase : m_synonymsBase;
        const QByteArray now = cats ? m_categories.toJson() : m_synonyms.toJson();
        modified = now != base.baseCanonical;
        r.baseText = QString::fromUtf8(base.baseJson);
        r.baseVersion = base.baseVersion;
        if (modified)
            r.text = QString::fromUtf8(now);
    } else {
        const ArticleEntry* e = article(key);
        if (!e)
            return std::nullopt;
        modified = e->modified();
        r.baseText = e->baseText;
        r.baseVersion = e->baseVersion;
        if (modified)
            r.text = e->doc.toText();
    }
    if (!modified && !m_records.contains(key))
        return std::nullopt;
    return r;
}

Status KbWorkspace::saveDrafts() {
    m_autosave->stop();
    QStringList failures;
    const QSet<QString> pending = std::exchange(m_pending, {});
    for (const QString& key : pending) {
        const std::optional<DraftRecord> r = recordFor(key);
        const Status st = r ? m_drafts.save(key, *r) : m_drafts.remove(key);
        if (!st) {
            failures << st.error().message;
            m_pending.insert(key); // tried again with the next change or on close
        }
    }
    if (!failures.isEmpty()) {
        const Error e{Error::Code::Io, failures.join(QLatin1Char('\n'))};
        emit draftSaveFailed(e.message);
        return e;
    }
    emit draftsSaved();
    return Ok{};
}

} // namespace hotline::kbedit
