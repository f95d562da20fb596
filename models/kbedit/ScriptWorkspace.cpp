#include "ScriptWorkspace.h"

#include "kbsync/ScriptPages.h"
#include "kbsync/WikiSync.h"
#include "scripts/ScriptFormat.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTimer>

namespace hotline::kbedit {

using scripts::ScriptFormat;

namespace {

const QString kKeyPrefix = QStringLiteral("script_");

QString readText(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

QString canonical(const QString& text, const QString& id) {
    const auto parsed = ScriptFormat::parse(text.toUtf8(), QStringLiteral("scripts/%1.json").arg(id));
    return parsed.script ? QString::fromUtf8(ScriptFormat::toJson(*parsed.script)) : text;
}

} // namespace

QString ScriptEntry::text() const {
    return QString::fromUtf8(ScriptFormat::toJson(doc));
}

QString ScriptWorkspace::draftKey(const QString& scriptId) {
    return kKeyPrefix + scriptId;
}

ScriptWorkspace::ScriptWorkspace(QString kbDir, const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_kbDir(std::move(kbDir))
    , m_dataDir(dataDir)
    , m_drafts(dataDir)
    , m_autosave(new QTimer(this)) {
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(800);
    // A failure reaches the editor through draftSaveFailed (shown in its window).
    connect(m_autosave, &QTimer::timeout, this, [this] { (void)saveDrafts(); });
    load();
}

ScriptWorkspace::~ScriptWorkspace() {
    if (!m_pending.isEmpty())
        (void)saveDrafts(); // a failure was signalled (draftSaveFailed); nothing more to do on closing
}

void ScriptWorkspace::setAutosaveDelayMs(int ms) {
    m_autosave->setInterval(ms);
}

// As KbWorkspace's articles: the file of the KB directory (its wiki version when it is the synced page's text),
// then a record of our own (a draft, or a publish the sync has not caught up with) over it.
void ScriptWorkspace::load() {
    const auto synced = kbsync::WikiSync::syncedPages(m_dataDir);
    QStringList files;
    const QDir dir(m_kbDir);
    QDirIterator it(dir.filePath(QStringLiteral("scripts")), {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString& path : std::as_const(files)) {
        const QString text = readText(path);
        const QString shown = dir.relativeFilePath(path);
        const auto parsed = ScriptFormat::parse(text.toUtf8(), shown);
        if (!parsed.script) {
            m_loadProblems.append(parsed.issues);
            continue;
        }
        const QString id = parsed.script->id;
        if (m_scripts.contains(id)) {
            m_loadProblems.append({shown, 0, tr("duplicate id \"%1\"").arg(id), true});
            continue;
        }
        ScriptEntry e;
        e.doc = *parsed.script;
        e.baseText = text;
        if (const auto s = synced.constFind(kbsync::ScriptPage::pageKey(id)); s != synced.cend()) {
            const auto json = kbsync::ScriptPage::jsonOf(readText(s->file), id);
            if (json && QString::fromUtf8(json.value()) == text)
                e.baseVersion = s->version;
        }
        m_scripts.insert(id, e);
        m_order << id;
    }
    const QHash<QString, DraftRecord> records = m_drafts.loadAll();
    QStringList keys = records.keys();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        if (!key.startsWith(kKeyPrefix))
            continue;
        const QString id = key.mid(kKeyPrefix.size());
        const DraftRecord& r = records.value(key);
        ScriptEntry* e = m_scripts.contains(id) ? &m_scripts[id] : nullptr;
        if (!e && !r.hasDraft() && r.baseText.isEmpty())
            continue;
        if (e && !r.hasDraft() && r.baseVersion <= e->baseVersion) {
            m_pending.insert(id); // the sync has caught up with our publish
            continue;
        }
        const auto parsed = ScriptFormat::parse((r.hasDraft() ? r.text : r.baseText).toUtf8(),
                                                QStringLiteral("scripts/%1.json").arg(id));
        if (!parsed.script) {
            m_loadProblems.append({m_drafts.dir() + QLatin1Char('/') + key, 0,
                                   parsed.issues.isEmpty() ? tr("not a script") : parsed.issues.first().message, true});
            continue;
        }
        if (!e) {
            m_scripts.insert(id, {});
            m_order << id;
            e = &m_scripts[id];
        }
        if (r.baseVersion > e->baseVersion && !r.baseText.isEmpty())
            m_records.insert(id);
        e->doc = *parsed.script;
        e->baseText = r.baseText;
        e->baseVersion = r.baseVersion;
    }
    for (auto it = m_scripts.begin(); it != m_scripts.end(); ++it)
        it->baseCanonical = it->baseText.isEmpty() ? QString() : canonical(it->baseText, it.key());
}

const ScriptEntry* ScriptWorkspace::script(const QString& id) const {
    const auto it = m_scripts.constFind(id);
    return it == m_scripts.cend() ? nullptr : &*it;
}

const scripts::Script* ScriptWorkspace::doc(const QString& id) const {
    const ScriptEntry* e = script(id);
    return e ? &e->doc : nullptr;
}

QStringList ScriptWorkspace::modifiedScripts() const {
    QStringList out;
    for (const QString& id : m_order) {
        if (m_scripts.value(id).modified())
            out << id;
    }
    return out;
}

void ScriptWorkspace::touched(const QString& id) {
    m_pending.insert(id);
    m_autosave->start();
}

void ScriptWorkspace::setScript(const QString& id, const scripts::Script& doc) {
    auto it = m_scripts.find(id);
    if (it == m_scripts.end())
        return;
    it->doc = doc;
    it->doc.id = id; // the id is the key: a script is never renamed
    touched(id);
    emit scriptChanged(id);
}

void ScriptWorkspace::addScript(const scripts::Script& doc) {
    if (m_scripts.contains(doc.id))
        return;
    ScriptEntry e;
    e.doc = doc;
    e.baseVersion = 0;
    m_scripts.insert(doc.id, e);
    m_order << doc.id;
    touched(doc.id);
    emit scriptAdded(doc.id);
}

void ScriptWorkspace::removeScript(const QString& id) {
    const auto it = m_scripts.find(id);
    if (it == m_scripts.end() || !it->isNew())
        return;
    m_scripts.erase(it);
    m_order.removeAll(id);
    m_records.remove(id);
    touched(id);
    emit scriptRemoved(id);
}

void ScriptWorkspace::markPublished(const QString& id, const QString& text, int version) {
    rebase(id, text, version);
}

void ScriptWorkspace::rebase(const QString& id, const QString& serverText, int version) {
    auto it = m_scripts.find(id);
    if (it == m_scripts.end())
        return;
    it->baseText = serverText;
    it->baseCanonical = canonical(serverText, id);
    it->baseVersion = version;
    it->serverVersion = std::max(it->serverVersion, version);
    m_records.insert(id);
    touched(id);
    emit scriptChanged(id);
}

void ScriptWorkspace::setServerVersion(const QString& id, int version) {
    auto it = m_scripts.find(id);
    if (it == m_scripts.end() || it->serverVersion == version)
        return;
    it->serverVersion = version;
    emit scriptChanged(id);
}

void ScriptWorkspace::learnBaseVersion(const QString& id, int version) {
    auto it = m_scripts.find(id);
    if (it == m_scripts.end() || it->baseVersion == version)
        return;
    it->baseVersion = version;
    it->serverVersion = std::max(it->serverVersion, version);
    m_records.insert(id);
    touched(id);
    emit scriptChanged(id);
}

Status ScriptWorkspace::saveDrafts() {
    m_autosave->stop();
    QStringList failures;
    const QSet<QString> pending = std::exchange(m_pending, {});
    for (const QString& id : pending) {
        const ScriptEntry* e = script(id);
        Status st = Ok{};
        if (e && (e->modified() || m_records.contains(id))) {
            DraftRecord r;
            r.savedAt = QDateTime::currentDateTimeUtc();
            r.baseText = e->baseText;
            r.baseVersion = e->baseVersion;
            if (e->modified())
                r.text = e->text();
            st = m_drafts.save(draftKey(id), r);
        } else {
            st = m_drafts.remove(draftKey(id));
        }
        if (!st) {
            failures << st.error().message;
            m_pending.insert(id);
        }
    }
    if (!failures.isEmpty()) {
        emit draftSaveFailed(failures.join(QLatin1Char('\n')));
        return Error{Error::Code::Io, failures.join(QLatin1Char('\n'))};
    }
    emit draftsSaved();
    return Ok{};
}

} // namespace hotline::kbedit
