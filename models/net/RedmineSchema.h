#pragma once

#include "RedmineClient.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace hotline::net {

// The ids of the appeals project's trackers, custom fields, statuses and groups on this server. Ids differ
// between servers, names do not (RedmineNames.h); everything here is readable by a project member
// (custom_fields.json needs an admin, so it is not used).
struct RedmineSchema {
    int projectId = 0;
    QHash<QString, int> trackers;     // name → id
    QHash<QString, int> customFields; // name → id
    QHash<QString, int> statuses;     // name → id
    QSet<int> closedStatuses;         // ids of the statuses that close an issue
    QHash<QString, int> groups;       // group name (agency, municipality) → id, members of the project

    int tracker(const QString& name) const { return trackers.value(name); }
    int field(const QString& name) const { return customFields.value(name); }
    int status(const QString& name) const { return statuses.value(name); }
    bool isClosedStatus(int id) const { return closedStatuses.contains(id); }
    int group(const QString& name) const { return groups.value(name); }

    // Reads it from the server: the project with trackers and custom fields, statuses, memberships.
    static void discover(RedmineClient& client, QObject* context, std::function<void(Result<RedmineSchema>)> done);
};

} // namespace hotline::net
