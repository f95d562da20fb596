#include "ModeWindows.h"

#include "admin/AdminWindow.h"
#include "calllog/CallLogCache.h"
#include "calllog/CallLogSync.h"
#include "kb/KnowledgeBase.h"
#include "kbsync/WorkstationKb.h"
#include "net/RedmineClient.h"
#include "outbox/OutboxStore.h"
#include "settings/Settings.h"
#include "supervisor/ScriptUsageView.h"
#include "supervisor/SupervisorWindow.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QScreen>

namespace hotline::ui {

namespace {
// A mode window opens the first time over most of the operator window's screen: the call log's columns and
// the editor's three panes need the room.
void fitToScreen(QWidget* w, QWidget* from) {
    QScreen* screen = from ? from->screen() : w->screen();
    const QRect area = screen->availableGeometry();
    w->resize(area.size() * 0.9);
    w->move(area.center() - w->rect().center());
}

void bringUp(QWidget* w) {
    w->show();
    w->raise();
    w->activateWindow();
}
} // namespace

ModeWindows::ModeWindows(Parts parts, QObject* parent)
    : QObject(parent)
    , m_parts(std::move(parts)) {}

ModeWindows::~ModeWindows() = default;

void ModeWindows::showSupervisor(QWidget* from) {
    if (!m_supervisor) {
        if (!m_cache) {
            auto cache = calllog::CallLogCache::open(QDir(m_parts.dataDir).filePath(QStringLiteral("calllog.sqlite")),
                                                     *m_parts.policy);
            if (!cache) {
                QMessageBox::warning(from, tr("Supervisor"), cache.error().message);
                return;
            }
            m_cache = std::move(cache).value();
        }
        if (m_parts.client && m_parts.client->isConfigured())
            m_sync = std::make_unique<calllog::CallLogSync>(*m_parts.client, *m_cache);
        m_supervisor = std::make_unique<SupervisorWindow>(*m_cache, m_sync.get(), *m_parts.clock);
        m_supervisor->setRetentionDays(m_parts.settings->callRetentionDays());
        // The scripts' titles and node labels from the base the workstation has now.
        m_supervisor->scriptUsage()->setNames([this](const QString& script, const QString& node) {
            const kb::KnowledgeBase* kb = m_parts.workstationKb ? m_parts.workstationKb->kb() : nullptr;
            const scripts::Script* s = kb ? kb->script(script) : nullptr;
            const scripts::Node* n = s && !node.isEmpty() ? s->node(node) : nullptr;
            return !s ? QString() : node.isEmpty() ? s->title : n ? scripts::nodeLabel(*n) : QString();
        });
        fitToScreen(m_supervisor.get(), from);
    }
    bringUp(m_supervisor.get());
}

QSet<QString> ModeWindows::openedArticleIds() {
    // What is known here: this workstation's calls within the retention, and the whole line's calls if a
    // supervisor synced the call log on this workstation.
    QSet<QString> ids;
    if (m_parts.outbox) {
        for (const outbox::OutboxEntry& e : m_parts.outbox->callRecords())
            for (const QString& a : e.call.articles)
                ids.insert(a);
    }
    if (!m_cache && QFile::exists(QDir(m_parts.dataDir).filePath(QStringLiteral("calllog.sqlite")))) {
        if (auto cache = calllog::CallLogCache::open(QDir(m_parts.dataDir).filePath(QStringLiteral("calllog.sqlite")),
                                                     *m_parts.policy))
            m_cache = std::move(cache).value();
    }
    if (m_cache)
        ids.unite(m_cache->openedArticles());
    return ids;
}

void ModeWindows::showEditor(QWidget* from) {
    if (!m_editor) {
        AdminContext context;
        context.shippedKbDir = m_parts.shippedKbDir;
        context.dataDir = m_parts.dataDir;
        context.wiki = m_parts.client && m_parts.client->isConfigured() ? m_parts.wiki : nullptr;
        context.settings = m_parts.settings;
        context.clock = m_parts.clock;
        context.confirm = m_parts.confirm;
        context.openedArticleIds = [this] { return openedArticleIds(); };
        m_editor = std::make_unique<AdminWindow>(context);
        // What an editor publishes reaches this workstation at once, not at the next periodic sync.
        if (m_parts.workstationKb)
            connect(m_editor.get(), &AdminWindow::knowledgeBasePublished, m_parts.workstationKb,
                    &kbsync::WorkstationKb::syncNow);
        fitToScreen(m_editor.get(), from);
    }
    bringUp(m_editor.get());
}

} // namespace hotline::ui
