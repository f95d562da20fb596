#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace hotline {
class Clock;
class Settings;
namespace domain {
class DeadlinePolicy;
class ReferenceData;
} // namespace domain
namespace kb {
class KnowledgeBase;
class SearchIndex;
} // namespace kb
namespace outbox {
class OutboxStore;
}
namespace call {
class CallSession;
}
} // namespace hotline

namespace hotline::ui {

// What the operator window works with, built and owned by the composition root (app/gui/main.cpp).
// A pointer is null when that part failed to load; the window then says so and works without it.
struct Services {
    const kb::KnowledgeBase* kb = nullptr;
    kb::SearchIndex* index = nullptr;
    const domain::DeadlinePolicy* policy = nullptr; // never null
    const domain::ReferenceData* reference = nullptr;
    outbox::OutboxStore* outbox = nullptr;
    Settings* settings = nullptr;         // never null
    const Clock* clock = nullptr;         // never null
    call::CallSession* session = nullptr; // never null: the operator's current call
    QString dataDir;
    QString startupError; // shown to the operator when something failed to load
    // Asks the operator to confirm something that loses data; tests answer it without a dialog.
    std::function<bool(QWidget* parent, const QString& question)> confirm;
};

// Asks through services.confirm, or with a Yes/No message box.
bool confirmWithUser(const Services& services, QWidget* parent, const QString& question);

} // namespace hotline::ui
