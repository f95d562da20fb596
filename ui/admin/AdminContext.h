#pragma once

#include <QSet>
#include <QString>
#include <functional>

class QWidget;

namespace hotline {
class Clock;
class Settings;
namespace kbsync {
class WikiPublisher;
}
} // namespace hotline

namespace hotline::ui {

// What the KB editor's window is built from (app/gui/main.cpp has all of it).
struct AdminContext {
    QString shippedKbDir; // shippedKbDir(): the KB the application ships
    QString dataDir;      // workstationDataDir(): drafts go to <dataDir>/kbedit (owner-only); the synced KB is read
                          // from <dataDir>/kb and <dataDir>/kbsync when WikiSync has assembled one
    // The KB wiki through the app's one RedmineClient, logged in as the editor. Null: no server configured —
    // editing works, everything stays a draft until a server is there.
    kbsync::WikiPublisher* wiki = nullptr;
    Settings* settings = nullptr; // splitter positions; may be null
    const Clock* clock = nullptr; // never null: "today" (Moscow) for «updated» and the stale filter, draft times
    // Ids of the articles operators of this workstation have opened (the call log). Null: not known, the
    // "never opened" filter is disabled.
    std::function<QSet<QString>()> openedArticleIds;
    // Asks before something that loses or overwrites; null: a Yes/No message box. Tests answer it.
    std::function<bool(QWidget* parent, const QString& question)> confirm;
};

} // namespace hotline::ui
