#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace hotline {
class Clock;
class Settings;
namespace domain {
class DeadlinePolicy;
}
namespace net {
class RedmineClient;
}
namespace kbsync {
class WikiPublisher;
class WorkstationKb;
} // namespace kbsync
namespace outbox {
class OutboxStore;
}
namespace calllog {
class CallLogCache;
class CallLogSync;
} // namespace calllog
} // namespace hotline

namespace hotline::ui {

class AdminWindow;
class SupervisorWindow;

// The supervisor's and the KB editor's windows: made the first time the operator window's «Режим» menu
// asks for them, with the call-log cache they read, and kept (hidden, not destroyed) when closed.
class ModeWindows : public QObject {
    Q_OBJECT
public:
    struct Parts {
        QString shippedKbDir;
        QString dataDir;
        net::RedmineClient* client = nullptr; // null: no server configured
        kbsync::WikiPublisher* wiki = nullptr;
        kbsync::WorkstationKb* workstationKb = nullptr;
        const domain::DeadlinePolicy* policy = nullptr;
        const Clock* clock = nullptr;
        Settings* settings = nullptr;
        outbox::OutboxStore* outbox = nullptr; // this workstation's call records; may be null
        std::function<bool(QWidget* parent, const QString& question)> confirm;
    };
    explicit ModeWindows(Parts parts, QObject* parent = nullptr);
    ~ModeWindows() override;

    SupervisorWindow* supervisor() const { return m_supervisor.get(); }
    AdminWindow* editor() const { return m_editor.get(); }

public slots:
    void showSupervisor(QWidget* from);
    void showEditor(QWidget* from);

    // The articles operators opened, as far as this workstation knows (the editor's "never opened" filter).
    QSet<QString> openedArticleIds();

private:
    Parts m_parts;
    std::unique_ptr<calllog::CallLogCache> m_cache;
    std::unique_ptr<calllog::CallLogSync> m_sync;
    std::unique_ptr<SupervisorWindow> m_supervisor;
    std::unique_ptr<AdminWindow> m_editor;
};

} // namespace hotline::ui
