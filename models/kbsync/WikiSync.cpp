#include "WikiSync.h"

#include "KbDataPages.h"
#include "ScriptPages.h"
#include "kb/ArticleParser.h"
#include "kb/KnowledgeBase.h"
#include "kbedit/CategoryTree.h"
#include "threads/Handoff.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThreadPool>
#include <memory>

Q_LOGGING_CATEGORY(lcKbSync, "hotline.kbsync")

namespace hotline::kbsync {

namespace {

// The contexts are the ones lupdate gives these strings (the class for members, the namespace for the rest).
Status writeFile(const QString& path, const QByteArray& data) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error{Error::Code::Io,
                     QCoreApplication::translate("WikiSync", "Cannot write %1: %2").arg(path, f.errorString())};
    return Ok{};
}

bool copyTree(const QString& from, const QString& to) {
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir src(from);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(src.relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

QString dataPageId(KbDataPage::Kind kind) {
    return WikiPublisher::articleIdOf(KbDataPage::title(kind));
}

// The categories the workstation uses: the synced page's, else the shipped file's.
kbedit::CategoryTree effectiveCategories(const QString& syncedPage, const QString& shippedKbDir) {
    QFile page(syncedPage);
    if (page.open(QIODevice::ReadOnly)) {
        if (auto json = KbDataPage::jsonOf(KbDataPage::Kind::Categories, QString::fromUtf8(page.readAll()))) {
            if (auto tree = kbedit::CategoryTree::fromJson(json.value()))
                return tree.value();
        }
    }
    QFile shipped(QDir(shippedKbDir).filePath(QStringLiteral("categories.json")));
    if (shipped.open(QIODevice::ReadOnly)) {
        if (auto tree = kbedit::CategoryTree::fromJson(shipped.readAll()))
            return tree.value();
    }
    return {};
}

QSet<QString> subcategoriesOf(const kbedit::CategoryTree& tree) {
    QSet<QString> out;
    for (const kbedit::CategoryTree::Node& top : tree.tops()) {
        for (const kbedit::CategoryTree::Node& c : top.children)
            out.insert(c.id);
    }
    return out;
}

} // namespace

WikiSync::WikiSync(WikiPublisher& wiki, QString shippedKbDir, QString dataDir)
    : m_wiki(wiki)
    , m_files{std::move(shippedKbDir), std::move(dataDir)}
    , m_ownPool(std::make_unique<QThreadPool>()) {
    m_ownPool->setMaxThreadCount(1);
}

QString WikiSync::Files::stateDir() const {
    return QDir(dataDir).filePath(QStringLiteral("kbsync"));
}

QString WikiSync::Files::workstationKbDir() const {
    return QDir(dataDir).filePath(QStringLiteral("kb"));
}

QString WikiSync::workstationKbDir() const {
    return m_files.workstationKbDir();
}

QString WikiSync::currentKbDir() const {
    return currentKbDir(m_files.shippedKbDir, m_files.dataDir);
}

QString WikiSync::currentKbDir(const QString& shippedKbDir, const QString& dataDir) {
    const QString own = QDir(dataDir).filePath(QStringLiteral("kb"));
    return QFileInfo::exists(own + QStringLiteral("/categories.json")) ? own : shippedKbDir;
}

QHash<QString, WikiSync::SyncedPage> WikiSync::syncedPages(const QString& dataDir) {
    const QDir state(QDir(dataDir).filePath(QStringLiteral("kbsync")));
    QFile f(state.filePath(QStringLiteral("manifest.json")));
    QHash<QString, SyncedPage> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject pages = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("pages")).toObject();
    for (auto it = pages.begin(); it != pages.end(); ++it) {
        const QString file = state.filePath(QStringLiteral("pages/%1.md").arg(it.key()));
        if (QFileInfo::exists(file))
            out.insert(it.key(), {it.value().toObject().value(QLatin1String("version")).toInt(), file});
    }
    return out;
}

QString WikiSync::Files::pageFile(const QString& id) const {
    return QDir(stateDir()).filePath(QStringLiteral("pages/%1.md").arg(id));
}

QHash<QString, WikiSync::Known> WikiSync::Files::readManifest(QByteArray* shippedFingerprint) const {
    QFile f(QDir(stateDir()).filePath(QStringLiteral("manifest.json")));
    QHash<QString, Known> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    *shippedFingerprint = root.value(QLatin1String("shipped")).toString().toLatin1();
    const QJsonObject pages = root.value(QLatin1String("pages")).toObject();
    for (auto it = pages.begin(); it != pages.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (QFileInfo::exists(pageFile(it.key())))
            out.insert(it.key(),
                       {o.value(QLatin1String("version")).toInt(), o.value(QLatin1String("updated_on")).toString()});
    }
    return out;
}

Status WikiSync::Files::writeManifest(const QHash<QString, Known>& known, const QByteArray& shippedFingerprint) const {
    QJsonObject pages;
    for (auto it = known.begin(); it != known.end(); ++it)
        pages.insert(it.key(), QJsonObject{{QStringLiteral("version"), it->version},
                                           {QStringLiteral("updated_on"), it->updatedOn}});
    const QJsonObject root{{QStringLiteral("shipped"), QString::fromLatin1(shippedFingerprint)},
                           {QStringLiteral("pages"), pages}};
    return writeFile(QDir(stateDir()).filePath(QStringLiteral("manifest.json")), QJsonDocument(root).toJson());
}

// The shipped base, the synced categories and synonyms in place of the shipped files, then each synced article
// in place of the shipped file of the same id; every article lies in the folder of its top category.
Status WikiSync::Files::assemble() const {
    const QString target = workstationKbDir();
    const QString fresh = target + QStringLiteral(".new");
    const QString old = target + QStringLiteral(".old");
    QDir(fresh).removeRecursively();
    QDir(old).removeRecursively();
    if (!copyTree(shippedKbDir, fresh))
        return Error{
            Error::Code::Io,
            QCoreApplication::translate("WikiSync", "Cannot copy the shipped knowledge base into %1.").arg(fresh)};
    for (const KbDataPage::Kind kind : KbDataPage::kAll) {
        QFile f(pageFile(dataPageId(kind)));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (auto json = KbDataPage::jsonOf(kind, QString::fromUtf8(f.readAll()))) {
            if (auto st = writeFile(QDir(fresh).filePath(KbDataPage::fileName(kind)), json.value()); !st)
                return st;
        }
    }
    const kbedit::CategoryTree categories =
        effectiveCategories(pageFile(dataPageId(KbDataPage::Kind::Categories)), shippedKbDir);
    const kb::KnowledgeBase::Loaded shipped = kb::KnowledgeBase::loadFromDir(shippedKbDir);
    QDirIterator pages(QDir(stateDir()).filePath(QStringLiteral("pages")), {QStringLiteral("*.md")}, QDir::Files);
    while (pages.hasNext()) {
        const QString file = pages.next();
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = f.readAll();
        const auto parsed = kb::ArticleParser::parse(text, QFileInfo(file).fileName());
        if (!parsed.article)
            continue; // the categories and synonyms pages, or a page that turned bad
        const QString top = categories.parentOf(parsed.article->category);
        if (top.isEmpty())
            continue;
        if (const kb::Article* was = shipped.kb.article(parsed.article->id)) {
            QFile::remove(QDir(fresh).filePath(QDir(shippedKbDir).relativeFilePath(was->filePath)));
        }
        const QString dest = QDir(fresh).filePath(QStringLiteral("articles/%1/%2.md").arg(top, parsed.article->id));
        QDir().mkpath(QFileInfo(dest).path());
        if (auto st = writeFile(dest, text); !st)
            return st;
    }
    // The synced scripts in place of the shipped files of the same id.
    QDirIterator scriptPages(QDir(stateDir()).filePath(QStringLiteral("pages")),
                             {QString::fromLatin1(ScriptPage::kPrefix).toLower() + QStringLiteral("*.md")},
                             QDir::Files);
    while (scriptPages.hasNext()) {
        const QString file = scriptPages.next();
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString id = ScriptPage::scriptIdOf(QFileInfo(file).completeBaseName());
        const auto json = ScriptPage::jsonOf(QString::fromUtf8(f.readAll()), id);
        if (!json)
            continue; // checked when it was fetched; a page that turned bad keeps the shipped file
        const QString dest = QDir(fresh).filePath(QStringLiteral("scripts/%1.json").arg(id));
        QDir().mkpath(QFileInfo(dest).path());
        if (auto st = writeFile(dest, json.value()); !st)
            return st;
    }
    // A subcategory moved to another top category takes its shipped articles along.
    QDirIterator all(QDir(fresh).filePath(QStringLiteral("articles")), {QStringLiteral("*.md")}, QDir::Files,
                     QDirIterator::Subdirectories);
    QList<std::pair<QString, QString>> moves;
    while (all.hasNext()) {
        const QString file = all.next();
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const auto parsed = kb::ArticleParser::parse(f.read(kb::ArticleParser::kMaxFileBytes), file);
        const QString top = parsed.article ? categories.parentOf(parsed.article->category) : QString();
        if (!top.isEmpty() && QFileInfo(file).dir().dirName() != top)
            moves.append(
                {file, QDir(fresh).filePath(QStringLiteral("articles/%1/%2").arg(top, QFileInfo(file).fileName()))});
    }
    for (const auto& [from, to] : std::as_const(moves)) {
        QDir().mkpath(QFileInfo(to).path());
        if (QFile::exists(to) || !QFile::rename(from, to))
            return Error{Error::Code::Io,
                         QCoreApplication::translate("WikiSync", "Cannot move %1 to %2.").arg(from, to)};
    }
    if (QFileInfo::exists(target) && !QDir().rename(target, old))
        return Error{Error::Code::Io, QCoreApplication::translate("WikiSync", "Cannot replace %1.").arg(target)};
    if (!QDir().rename(fresh, target))
        return Error{Error::Code::Io, QCoreApplication::translate("WikiSync", "Cannot replace %1.").arg(target)};
    QDir(old).removeRecursively();
    return Ok{};
}

// One sync. After the index has come, only the worker touches it (one task at a time, in order).
struct WikiSync::Run {
    Files files;
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(SyncReport)> done;
    SyncReport report;
    QHash<QString, Known> known;
    std::optional<QSet<QString>> subcategories; // read again after a categories page was taken in
    bool changed = false;

    // Runs `f` on the context's thread, unless the context is gone. Through the application object, so a
    // context gone meanwhile is only checked on its own thread.
    void back(std::function<void()> f) const {
        threads::runOnAppThread([context = context, hasContext = hasContext, f = std::move(f)] {
            if (!hasContext || context)
                f();
        });
    }
    void finish() {
        files.finish(report, known, changed);
        back([done = done, report = report] { done(report); });
    }
    // Checks a fetched page and stores it with its version (the last good text stays when it is bad).
    void take(const WikiPageInfo& info, const Result<WikiPage>& page);
    bool keep(const QString& id, const WikiPage& page, const WikiPageInfo& info);
};

WikiSync::~WikiSync() {
    // Tasks of a sync still queued hold only their own copies; they finish before the worker goes.
    if (m_ownPool)
        m_ownPool->waitForDone();
}

QThreadPool* WikiSync::pool() const {
    return m_pool ? m_pool : m_ownPool.get();
}

void WikiSync::run(QObject* context, std::function<void(SyncReport)> done) {
    auto run = std::make_shared<Run>();
    run->files = m_files;
    run->context = context;
    run->hasContext = context != nullptr;
    run->done = std::move(done);
    m_wiki.index(context, [this, run](Result<QList<WikiPageInfo>> index) {
        threads::runOnPool(pool(), [this, run, index] {
            QByteArray shippedFp;
            run->known = run->files.readManifest(&shippedFp);
            if (!index) {
                run->report.error = index.error();
                qCWarning(lcKbSync).noquote() << "sync: no index:" << index.error().message;
                return run->finish();
            }
            QList<WikiPageInfo> wanted;
            QSet<QString> onServer;
            for (const WikiPageInfo& p : index.value()) {
                if (p.title == QLatin1String(kKbStartPage))
                    continue;
                const QString id = WikiPublisher::articleIdOf(p.title);
                onServer.insert(id);
                const auto k = run->known.constFind(id);
                if (k == run->known.cend() || k->version != p.version ||
                    k->updatedOn != p.updatedOn.toString(Qt::ISODate))
                    wanted.append(p);
            }
            for (auto it = run->known.begin(); it != run->known.end();) {
                if (onServer.contains(it.key())) {
                    ++it;
                    continue;
                }
                QFile::remove(run->files.pageFile(it.key()));
                run->report.removed << it.key();
                it = run->known.erase(it);
                run->changed = true;
            }
            // The categories first: the articles are checked against the categories they will be shown under.
            std::stable_sort(wanted.begin(), wanted.end(), [](const WikiPageInfo& a, const WikiPageInfo& b) {
                return KbDataPage::fromTitle(a.title).has_value() && !KbDataPage::fromTitle(b.title).has_value();
            });
            run->back([this, run, wanted] { fetchPages(run, wanted); });
        });
    });
}

// The requests, one after another on this thread; each page goes to the worker as it comes.
void WikiSync::fetchPages(const std::shared_ptr<Run>& run, QList<WikiPageInfo> wanted) {
    auto next = std::make_shared<std::function<void(qsizetype)>>();
    *next = [this, run, wanted, next](qsizetype i) {
        if (i >= wanted.size()) {
            threads::runOnPool(pool(), [run] { run->finish(); });
            *next = nullptr;
            return;
        }
        const WikiPageInfo info = wanted.at(i);
        m_wiki.page(info.title, 0, run->context, [this, run, next, info, i](Result<WikiPage> page) {
            threads::runOnPool(pool(), [run, info, page] { run->take(info, page); });
            (*next)(i + 1);
        });
    };
    (*next)(0);
}

void WikiSync::Run::take(const WikiPageInfo& info, const Result<WikiPage>& page) {
    const QString id = WikiPublisher::articleIdOf(info.title);
    const qsizetype rejectedBefore = report.rejected.size();
    const QString shown = QStringLiteral("wiki:%1").arg(info.title);
    const auto dataKind = KbDataPage::fromTitle(info.title);
    if (!subcategories)
        subcategories = subcategoriesOf(
            effectiveCategories(files.pageFile(dataPageId(KbDataPage::Kind::Categories)), files.shippedKbDir));
    if (!page) {
        report.rejected.append({shown, 0, page.error().message, false});
    } else if (ScriptPage::isScriptTitle(info.title)) {
        if (auto json = ScriptPage::jsonOf(page.value().text, ScriptPage::scriptIdOf(info.title)); !json)
            report.rejected.append({shown, 0, json.error().message, true});
        else
            changed |= keep(id, page.value(), info);
    } else if (dataKind) {
        if (auto json = KbDataPage::jsonOf(*dataKind, page.value().text); !json) {
            report.rejected.append({shown, 0, json.error().message, true});
        } else if (keep(id, page.value(), info)) {
            changed = true;
            subcategories.reset();
        }
    } else if (auto valid = WikiPublisher::validateArticle(id, page.value().text); !valid) {
        report.rejected.append({shown, 0, valid.error().message, true});
    } else if (const auto parsed = kb::ArticleParser::parse(page.value().text.toUtf8(), id);
               !subcategories->contains(parsed.article->category)) {
        report.rejected.append(
            {shown, 0, QCoreApplication::translate("WikiSync", "unknown category \"%1\"").arg(parsed.article->category),
             true});
    } else {
        changed |= keep(id, page.value(), info);
    }
    if (report.rejected.size() > rejectedBefore)
        qCWarning(lcKbSync).noquote() << "sync: skipped" << report.rejected.constLast().toString();
}

bool WikiSync::Run::keep(const QString& id, const WikiPage& page, const WikiPageInfo& info) {
    QDir().mkpath(QFileInfo(files.pageFile(id)).path());
    if (auto st = writeFile(files.pageFile(id), page.text.toUtf8()); !st) {
        report.rejected.append({QStringLiteral("wiki:%1").arg(info.title), 0, st.error().message, false});
        return false;
    }
    known.insert(id, {page.version, info.updatedOn.toString(Qt::ISODate)});
    report.updated << id;
    return true;
}

void WikiSync::Files::finish(SyncReport& report, const QHash<QString, Known>& known, bool changed) const {
    QDir().mkpath(stateDir());
    const QByteArray shippedFp = kb::KnowledgeBase::loadFromDir(shippedKbDir).kb.fingerprint().toHex();
    QByteArray recordedFp;
    readManifest(&recordedFp);
    const bool hasOwn = QFileInfo::exists(workstationKbDir() + QStringLiteral("/categories.json"));
    // A new shipped base (an update of the app) is laid under the synced articles again.
    if (changed || (!known.isEmpty() && (recordedFp != shippedFp || !hasOwn))) {
        if (auto st = assemble(); !st) {
            report.error = st.error();
        } else {
            report.changed = true;
        }
    }
    if (!report.error || report.error->code != Error::Code::Io) {
        if (auto st = writeManifest(known, shippedFp); !st)
            report.error = st.error();
    }
    report.kbDir = WikiSync::currentKbDir(shippedKbDir, dataDir);
}

} // namespace hotline::kbsync
