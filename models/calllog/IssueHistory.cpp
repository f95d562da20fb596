#include "IssueHistory.h"

#include "CallLogCache.h"
#include "call/Clock.h"
#include "domain/MoscowTime.h"
#include "net/RedmineClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHistory, "hotline.calllog.history")

namespace hotline::calllog {

namespace {

// Redmine's names of the issue attributes a journal records.
QString attributeTitle(const QString& name) {
    static const QList<QPair<const char*, const char*>> titles{
        {"status_id", QT_TRANSLATE_NOOP("IssueHistory", "Status")},
        {"assigned_to_id", QT_TRANSLATE_NOOP("IssueHistory", "Assignee")},
        {"due_date", QT_TRANSLATE_NOOP("IssueHistory", "Due date")},
        {"start_date", QT_TRANSLATE_NOOP("IssueHistory", "Start date")},
        {"subject", QT_TRANSLATE_NOOP("IssueHistory", "Subject")},
        {"description", QT_TRANSLATE_NOOP("IssueHistory", "Description")},
        {"priority_id", QT_TRANSLATE_NOOP("IssueHistory", "Priority")},
        {"tracker_id", QT_TRANSLATE_NOOP("IssueHistory", "Tracker")},
        {"done_ratio", QT_TRANSLATE_NOOP("IssueHistory", "Done")},
        {"parent_id", QT_TRANSLATE_NOOP("IssueHistory", "Parent issue")},
        {"project_id", QT_TRANSLATE_NOOP("IssueHistory", "Project")},
        {"is_private", QT_TRANSLATE_NOOP("IssueHistory", "Private")},
    };
    for (const auto& [key, title] : titles) {
        if (name == QLatin1String(key))
            return QCoreApplication::translate("IssueHistory", title);
    }
    return name;
}

QString nameOf(const QJsonValue& v) {
    return v.toObject().value(QLatin1String("name")).toString();
}

} // namespace

IssueHistory historyFromJson(const QJsonObject& issue, const QHash<int, QString>& statusNames) {
    IssueHistory h;
    h.issueId = issue.value(QLatin1String("id")).toInt();
    h.subject = issue.value(QLatin1String("subject")).toString();
    h.status = nameOf(issue.value(QLatin1String("status")));
    h.assignedTo = nameOf(issue.value(QLatin1String("assigned_to")));
    const int assigneeId = issue.value(QLatin1String("assigned_to")).toObject().value(QLatin1String("id")).toInt();
    QHash<QString, QString> fieldNames; // custom field id → name, from the issue itself
    for (const QJsonValue& f : issue.value(QLatin1String("custom_fields")).toArray())
        fieldNames.insert(QString::number(f[QLatin1String("id")].toInt()), f[QLatin1String("name")].toString());
    auto value = [&](const QString& property, const QString& name, const QJsonValue& v) {
        if (v.isNull() || v.isUndefined())
            return QString();
        const QString text = v.isString() ? v.toString() : v.toVariant().toString();
        if (property == QLatin1String("attr") && name == QLatin1String("status_id"))
            return statusNames.value(text.toInt(), text);
        if (property == QLatin1String("attr") && name == QLatin1String("assigned_to_id") && text.toInt() == assigneeId)
            return h.assignedTo;
        if (property == QLatin1String("attr") && name.endsWith(QLatin1String("_id")) && !text.isEmpty())
            return QStringLiteral("#") + text;
        return text;
    };
    for (const QJsonValue& j : issue.value(QLatin1String("journals")).toArray()) {
        IssueHistory::Entry e;
        e.at = QDateTime::fromString(j[QLatin1String("created_on")].toString(), Qt::ISODate).toUTC();
        e.author = nameOf(j[QLatin1String("user")]);
        e.notes = j[QLatin1String("notes")].toString();
        for (const QJsonValue& d : j[QLatin1String("details")].toArray()) {
            const QString property = d[QLatin1String("property")].toString();
            const QString name = d[QLatin1String("name")].toString();
            QString field = name;
            if (property == QLatin1String("attr"))
                field = attributeTitle(name);
            else if (property == QLatin1String("cf"))
                field = fieldNames.value(name, name);
            else if (property == QLatin1String("attachment"))
                field = QCoreApplication::translate("IssueHistory", "File");
            else if (property == QLatin1String("relation"))
                field = QCoreApplication::translate("IssueHistory", "Relation");
            e.changes.append({field, value(property, name, d[QLatin1String("old_value")]),
                              value(property, name, d[QLatin1String("new_value")])});
        }
        h.entries.append(e);
    }
    for (const QJsonValue& c : issue.value(QLatin1String("children")).toArray()) {
        // Redmine's children carry id, tracker and subject (no status in 5.0).
        h.children.append({c[QLatin1String("id")].toInt(), nameOf(c[QLatin1String("tracker")]),
                           c[QLatin1String("subject")].toString(), nameOf(c[QLatin1String("status")])});
    }
    return h;
}

QByteArray savedHistoryJson(const IssueHistory& h) {
    QJsonArray entries;
    for (const IssueHistory::Entry& e : h.entries) {
        QJsonArray changes;
        for (const IssueHistory::Change& c : e.changes)
            changes.append(QJsonObject{
                {QStringLiteral("field"), c.field}, {QStringLiteral("from"), c.from}, {QStringLiteral("to"), c.to}});
        entries.append(QJsonObject{{QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)},
                                   {QStringLiteral("author"), e.author},
                                   {QStringLiteral("notes"), e.notes},
                                   {QStringLiteral("changes"), changes}});
    }
    QJsonArray children;
    for (const IssueHistory::Child& c : h.children)
        children.append(QJsonObject{{QStringLiteral("id"), c.issueId},
                                    {QStringLiteral("tracker"), c.tracker},
                                    {QStringLiteral("subject"), c.subject},
                                    {QStringLiteral("status"), c.status}});
    const QJsonObject root{{QStringLiteral("history"), 1},
                           {QStringLiteral("id"), h.issueId},
                           {QStringLiteral("subject"), h.subject},
                           {QStringLiteral("status"), h.status},
                           {QStringLiteral("assigned_to"), h.assignedTo},
                           {QStringLiteral("entries"), entries},
                           {QStringLiteral("children"), children}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<IssueHistory> historyFromSaved(const QByteArray& json) {
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QLatin1String("history")).toInt() != 1)
        return std::nullopt;
    IssueHistory h;
    h.issueId = root.value(QLatin1String("id")).toInt();
    h.subject = root.value(QLatin1String("subject")).toString();
    h.status = root.value(QLatin1String("status")).toString();
    h.assignedTo = root.value(QLatin1String("assigned_to")).toString();
    for (const QJsonValue& v : root.value(QLatin1String("entries")).toArray()) {
        IssueHistory::Entry e;
        e.at = QDateTime::fromString(v[QLatin1String("at")].toString(), Qt::ISODate).toUTC();
        e.author = v[QLatin1String("author")].toString();
        e.notes = v[QLatin1String("notes")].toString();
        for (const QJsonValue& c : v[QLatin1String("changes")].toArray())
            e.changes.append({c[QLatin1String("field")].toString(), c[QLatin1String("from")].toString(),
                              c[QLatin1String("to")].toString()});
        h.entries.append(e);
    }
    for (const QJsonValue& c : root.value(QLatin1String("children")).toArray())
        h.children.append({c[QLatin1String("id")].toInt(), c[QLatin1String("tracker")].toString(),
                           c[QLatin1String("subject")].toString(), c[QLatin1String("status")].toString()});
    return h;
}

IssueHistoryFetcher::IssueHistoryFetcher(net::RedmineClient* client, CallLogCache& cache, const Clock& clock,
                                         QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_clock(clock) {}

QHash<int, QString> IssueHistoryFetcher::statusNames() const {
    QHash<int, QString> out;
    const QJsonObject saved = QJsonDocument::fromJson(m_cache.meta(QStringLiteral("statuses")).toUtf8()).object();
    for (auto it = saved.begin(); it != saved.end(); ++it)
        out.insert(it.key().toInt(), it.value().toString());
    return out;
}

HistoryView IssueHistoryFetcher::saved(int issueId, const QString& notice) const {
    HistoryView view;
    view.issueId = issueId;
    view.notice = notice;
    if (const auto s = m_cache.history(issueId)) {
        view.history = historyFromSaved(s->json);
        view.fromCache = view.history.has_value();
        view.fetchedAt = s->fetchedAt;
    }
    return view;
}

void IssueHistoryFetcher::withStatuses(std::function<void()> then) {
    if (m_statusesFresh)
        return then();
    m_client->get(QStringLiteral("/issue_statuses.json"), {}, this, [this, then](const net::RedmineReply& r) {
        if (r.ok()) {
            QJsonObject names;
            for (const QJsonValue& v : r.json.object().value(QLatin1String("issue_statuses")).toArray())
                names.insert(QString::number(v[QLatin1String("id")].toInt()), v[QLatin1String("name")].toString());
            // Not kept, the names are asked for again next time; shown now in any case.
            if (auto st = m_cache.setMeta(QStringLiteral("statuses"),
                                          QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)));
                !st)
                qCWarning(lcHistory) << "status names not saved:" << st.error().message;
            m_statusesFresh = true;
        }
        then(); // without the names the ids are shown; the history itself decides about the connection
    });
}

void IssueHistoryFetcher::fetch(int issueId, std::function<void(HistoryView)> done) {
    if (!m_client || !m_client->isConfigured() || !m_client->hasApiKey()) {
        HistoryView view = saved(issueId, {});
        view.notice =
            view.history
                ? QCoreApplication::translate("IssueHistory",
                                              "Not connected to the server: the history as saved on %1.")
                      .arg(domain::toMoscow(view.fetchedAt).toString(QStringLiteral("dd.MM.yyyy HH:mm")))
                : QCoreApplication::translate(
                      "IssueHistory", "Not connected to the server: the Redmine history of this appeal is shown "
                                      "once you are logged in.");
        QMetaObject::invokeMethod(
            this, [done, view] { done(view); }, Qt::QueuedConnection);
        return;
    }
    withStatuses([this, issueId, done] {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("include"), QStringLiteral("journals,children"));
        m_client->get(
            QStringLiteral("/issues/%1.json").arg(issueId), q, this, [this, issueId, done](const net::RedmineReply& r) {
                if (r.ok()) {
                    const QJsonObject issue = r.json.object().value(QLatin1String("issue")).toObject();
                    const QDateTime now = m_clock.now();
                    HistoryView view;
                    view.issueId = issueId;
                    view.history = historyFromJson(issue, statusNames());
                    view.fetchedAt = now;
                    // Without the copy the history is only not there offline; the log says why (no contents).
                    if (auto st = m_cache.storeHistory(issueId, savedHistoryJson(*view.history), now); !st)
                        qCWarning(lcHistory) << "history of issue" << issueId << "not saved:" << st.error().message;
                    return done(view);
                }
                const Error::Code c = r.error->code;
                if (c == Error::Code::Unauthorized || c == Error::Code::Forbidden || c == Error::Code::NotFound) {
                    // This key may not see the appeal (any more): neither may the copy saved on this computer.
                    if (auto st = m_cache.removeHistory(issueId); !st)
                        qCWarning(lcHistory)
                            << "refused history of issue" << issueId << "could not be deleted:" << st.error().message;
                    HistoryView view;
                    view.issueId = issueId;
                    view.notice = QCoreApplication::translate("IssueHistory", "Redmine refused the history: %1")
                                      .arg(r.error->message);
                    return done(view);
                }
                const bool offline = c == Error::Code::Network || c == Error::Code::Timeout ||
                                     c == Error::Code::Unavailable || c == Error::Code::Server || c == Error::Code::Tls;
                HistoryView view = saved(issueId, {});
                const QString when = view.history
                                         ? domain::toMoscow(view.fetchedAt).toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                                         : QString();
                if (offline)
                    view.notice =
                        view.history ? QCoreApplication::translate(
                                           "IssueHistory", "No connection to Redmine (%1): the history as saved on %2.")
                                           .arg(r.error->message, when)
                                     : QCoreApplication::translate(
                                           "IssueHistory",
                                           "No connection to Redmine (%1): the history of this appeal will be shown "
                                           "when the connection is back.")
                                           .arg(r.error->message);
                else
                    view.notice = view.history
                                      ? QCoreApplication::translate("IssueHistory",
                                                                    "Redmine refused the history (%1): the history as "
                                                                    "saved on %2.")
                                            .arg(r.error->message, when)
                                      : QCoreApplication::translate("IssueHistory", "Redmine refused the history: %1")
                                            .arg(r.error->message);
                done(view);
            });
    });
}

} // namespace hotline::calllog
