#include "CallLogSync.h"

#include "CallLogJson.h"
#include "net/RedmineNames.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hotline::calllog {

CallLogSync::CallLogSync(net::RedmineClient& client, CallLogCache& cache, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache) {}

void CallLogSync::run(Progress progress, Done done) {
    if (m_running)
        return done(Error{Error::Code::Conflict,
                          QCoreApplication::translate("CallLogSync", "A sync of the call log is already running.")});
    m_running = true;
    m_progress = std::move(progress);
    m_done = std::move(done);
    m_stats = {};
    m_since = m_cache.lastSync();
    m_stats.watermark = m_since;
    m_offset = 0;
    fetchPage();
}

void CallLogSync::fetchPage() {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("project_id"), net::names::project);
    q.addQueryItem(QStringLiteral("status_id"), QStringLiteral("*"));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("updated_on,id"));
    q.addQueryItem(QStringLiteral("offset"), QString::number(m_offset));
    q.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    if (m_since.isValid())
        q.addQueryItem(QStringLiteral("updated_on"), QStringLiteral(">=") + m_since.toUTC().toString(Qt::ISODate));
    m_client.get(QStringLiteral("/issues.json"), q, this, [this](const net::RedmineReply& reply) {
        auto finish = [this](Result<SyncStats> result) {
            m_running = false;
            Done done = std::move(m_done);
            done(std::move(result));
        };
        if (!reply.ok())
            return finish(*reply.error);
        const QJsonObject body = reply.json.object();
        const QJsonArray issues = body.value(QLatin1String("issues")).toArray();
        const int total = body.value(QLatin1String("total_count")).toInt();
        CallLogRecords page;
        page.reserve(issues.size());
        for (const QJsonValue& v : issues) {
            page.append(recordFromIssue(v.toObject()));
            if (page.last().updatedOn > m_stats.watermark)
                m_stats.watermark = page.last().updatedOn;
        }
        const Result<int> changed = m_cache.upsert(page);
        if (!changed)
            return finish(changed.error());
        ++m_stats.pages;
        m_stats.received += int(page.size());
        m_stats.changed += changed.value();
        m_offset += int(page.size());
        if (m_progress)
            m_progress(m_stats.received, total);
        if (!page.isEmpty() && m_offset < total)
            return fetchPage();
        // Only a complete pass moves the watermark: an interrupted sync starts over from the old one.
        if (const Status s = m_cache.setLastSync(m_stats.watermark); !s)
            return finish(s.error());
        finish(m_stats);
    });
}

} // namespace hotline::calllog
