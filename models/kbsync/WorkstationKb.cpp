#include "WorkstationKb.h"

#include "threads/Handoff.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>

Q_DECLARE_LOGGING_CATEGORY(lcKbSync)

namespace hotline::kbsync {

WorkstationKb::WorkstationKb(QString shippedKbDir, QString dataDir, QObject* parent)
    : QObject(parent)
    , m_shippedKbDir(std::move(shippedKbDir))
    , m_dataDir(std::move(dataDir)) {
    connect(&m_timer, &QTimer::timeout, this, &WorkstationKb::syncNow);
}

WorkstationKb::~WorkstationKb() = default;

Status WorkstationKb::open(bool useSynced) {
    QString dir = useSynced ? WikiSync::currentKbDir(m_shippedKbDir, m_dataDir) : m_shippedKbDir;
    auto opened = kb::KbRepository::open(dir, kb::KbRepository::defaultIndexPath(m_dataDir));
    if (!opened && dir != m_shippedKbDir) {
        qCWarning(lcKbSync) << "the synced knowledge base could not be opened, using the shipped one";
        dir = m_shippedKbDir;
        opened = kb::KbRepository::open(dir, kb::KbRepository::defaultIndexPath(m_dataDir));
    }
    if (!opened)
        return opened.error();
    m_current = std::make_unique<kb::KbRepository::Opened>(std::move(opened).value());
    m_kbDir = dir;
    applyLocalUsage();
    return Ok{};
}

void WorkstationKb::setLocalUsage(std::function<kb::UsageStats()> provider) {
    m_localUsage = std::move(provider);
    applyLocalUsage();
}

void WorkstationKb::applyLocalUsage() {
    // The line's page wins: it holds this workstation's calls too, once they reached Redmine.
    if (!m_current || !m_localUsage || !m_current->index->usage().isEmpty())
        return;
    m_current->index->setUsage(m_localUsage());
}

void WorkstationKb::setSync(WikiSync* sync) {
    m_sync = sync;
    if (!sync)
        stop();
}

void WorkstationKb::start(int minutes) {
    if (!m_sync)
        return;
    if (minutes > 0)
        m_timer.start(minutes * 60 * 1000);
    syncNow();
}

void WorkstationKb::stop() {
    m_timer.stop();
}

void WorkstationKb::syncNow() {
    if (!m_sync || m_syncing)
        return;
    m_syncing = true;
    m_sync->run(this, [this](SyncReport report) {
        if (report.changed && !report.kbDir.isEmpty()) {
            reopen(report);
            return;
        }
        m_syncing = false;
        emit syncFinished(report);
    });
}

void WorkstationKb::reopen(const SyncReport& report) {
    // Building the index of a large base takes seconds: not on the operator's GUI thread. The result comes
    // back through the application object, so a WorkstationKb gone meanwhile is only checked on its thread.
    const QString indexPath = kb::KbRepository::defaultIndexPath(m_dataDir);
    threads::runOnPool(QThreadPool::globalInstance(), [self = QPointer<WorkstationKb>(this), report, indexPath] {
        auto opened =
            std::make_shared<Result<kb::KbRepository::Opened>>(kb::KbRepository::open(report.kbDir, indexPath));
        threads::runOnAppThread([self, opened, report] {
            if (self)
                self->takeOpened(std::move(*opened), report);
        });
    });
}

void WorkstationKb::takeOpened(Result<kb::KbRepository::Opened> opened, SyncReport report) {
    m_syncing = false;
    if (!opened) {
        report.error = opened.error();
        emit syncFinished(report);
        return;
    }
    std::shared_ptr<kb::KbRepository::Opened> previous = std::move(m_current);
    m_current = std::make_unique<kb::KbRepository::Opened>(std::move(opened).value());
    m_kbDir = report.kbDir;
    applyLocalUsage();
    emit replaced(report.updated);
    // Nobody holds the previous base now; freeing thousands of articles and closing the index takes a while.
    threads::runOnPool(QThreadPool::globalInstance(), [previous = std::move(previous)]() mutable { previous.reset(); });
    emit syncFinished(report);
}

} // namespace hotline::kbsync
