#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace hotline {
class Clock;
}
namespace hotline::net {
class RedmineClient;
}

namespace hotline::calllog {

class CallLogCache;

// What happened to one appeal or call in Redmine: its journal (who changed what, notes) and its subtasks,
// with field names and values a person reads.
struct IssueHistory {
    struct Change {
        QString field; // «Статус», a custom field's name...
        QString from;
        QString to;
    };
    struct Entry {
        QDateTime at;
        QString author;
        QString notes;
        QList<Change> changes;
    };
    struct Child {
        int issueId = 0;
        QString tracker;
        QString subject;
        QString status;
    };
    int issueId = 0;
    QString subject;
    QString status;
    QString assignedTo;
    QList<Entry> entries; // oldest first
    QList<Child> children;
};

// GET /issues/:id.json?include=journals,children as a history; `statusNames` maps status ids to names.
IssueHistory historyFromJson(const QJsonObject& issue, const QHash<int, QString>& statusNames);

// What the cache keeps for offline use: the history as shown, not the issue (whose custom fields hold the
// caller's ИНН, phone and e-mail, which the history view does not show).
QByteArray savedHistoryJson(const IssueHistory& history);
std::optional<IssueHistory> historyFromSaved(const QByteArray& json);

// The history shown for one issue: fresh from Redmine, or what was saved when there is no connection.
struct HistoryView {
    int issueId = 0;
    std::optional<IssueHistory> history; // nothing: never fetched and not reachable now
    bool fromCache = false;
    QDateTime fetchedAt;
    QString notice; // translated: why it may be old or why there is none; empty for a fresh one
};

// Fetches the history on demand and keeps the last answer per issue in the cache for offline use; when Redmine
// refuses it (401, 403, 404) the saved copy is deleted.
class IssueHistoryFetcher : public QObject {
    Q_OBJECT
public:
    // `client` may be null (no server configured): only saved histories are shown.
    // `clock` times what is saved ("as saved on …").
    IssueHistoryFetcher(net::RedmineClient* client, CallLogCache& cache, const Clock& clock, QObject* parent = nullptr);

    // `done` runs once, later (after the request), unless this fetcher is destroyed first.
    void fetch(int issueId, std::function<void(HistoryView)> done);
    // The saved history only, without asking the server.
    HistoryView saved(int issueId, const QString& notice) const;

private:
    void withStatuses(std::function<void()> then);
    QHash<int, QString> statusNames() const;

    net::RedmineClient* m_client;
    CallLogCache& m_cache;
    const Clock& m_clock;
    bool m_statusesFresh = false;
};

} // namespace hotline::calllog
