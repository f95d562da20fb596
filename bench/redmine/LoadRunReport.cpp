// LoadRun: counting what reached the server by client UUID, and the report.

#include "LoadRun.h"
#include "net/IssuePlanner.h"

#include <QJsonArray>
#include <QSaveFile>
#include <QSet>
#include <QThread>
#include <QUrlQuery>
#include <cstdio>
#include <cstdlib>

namespace hotline::bench {

namespace {

int uuidField(const QString& idsFile) {
    QFile f(idsFile);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return QJsonDocument::fromJson(f.readAll())
        .object()
        .value(QLatin1String("custom_fields"))
        .toObject()
        .value(QStringLiteral("UUID клиента"))
        .toInt();
}

QJsonObject figures(const std::vector<double>& ms) {
    return {{QStringLiteral("n"), int(ms.size())},
            {QStringLiteral("median_ms"), percentile(ms, 0.5)},
            {QStringLiteral("p95_ms"), percentile(ms, 0.95)},
            {QStringLiteral("p99_ms"), percentile(ms, 0.99)},
            {QStringLiteral("max_ms"), percentile(ms, 1.0)}};
}

void printFigures(const char* what, const std::vector<double>& ms) {
    std::printf("  %-44s n=%-6d median %8.0f ms  p95 %8.0f ms  p99 %8.0f ms  max %8.0f ms\n", what, int(ms.size()),
                percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 0.99), percentile(ms, 1.0));
}

QJsonObject counts(const QMap<QString, int>& m) {
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

// Every submitted appeal (its issues: the appeal and its subtasks) and every call without an appeal (its
// «Звонок») looked up by client UUID as the admin: found once = filed, more = duplicated, never = lost.
LoadRun::Count LoadRun::countOnServer() {
    Count c;
    QNetworkAccessManager network;
    net::RedmineClient admin(network);
    net::ServerConfig config = m_server;
    config.timeoutMs = 120000;
    if (const Status configured = admin.configure(config); !configured) {
        std::fprintf(stderr, "redmine_load_run: the admin client cannot be set up: %s\n",
                     qPrintable(configured.error().message));
        std::exit(2);
    }
    admin.setApiKey(m_env.value(QStringLiteral("REDMINE_KEY_ADMIN")).toLatin1());
    const int field = uuidField(m_env.value(QStringLiteral("REDMINE_PROVISION_IDS")));
    QHash<QString, int> seen;
    QSet<QString> uncounted; // their lookup kept failing: neither found nor known to be missing
    QStringList batch;
    int lookupErrors = 0;
    auto flush = [&] {
        for (int offset = 0, failures = 0; !batch.isEmpty();) {
            QUrlQuery q = net::issuesByClientUuidQuery(field, batch);
            q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
            const net::RedmineReply r = net::RedmineClient::wait(
                [&](QObject* ctx, auto cb) { admin.get(QStringLiteral("/issues.json"), q, ctx, cb); });
            if (!r.ok()) {
                ++lookupErrors;
                std::fprintf(stderr, "redmine_load_run: a count lookup of %lld client UUIDs failed: %s\n",
                             static_cast<long long>(batch.size()), qPrintable(r.error->message));
                if (++failures < 3)
                    continue;
                for (const QString& id : batch)
                    uncounted.insert(id);
                break;
            }
            const QJsonArray issues = r.json.object().value(QLatin1String("issues")).toArray();
            for (const QJsonValue& v : issues) {
                for (const QJsonValue& f : v[QLatin1String("custom_fields")].toArray()) {
                    if (f[QLatin1String("id")].toInt() == field)
                        ++seen[f[QLatin1String("value")].toString()];
                }
            }
            offset += int(issues.size());
            if (issues.isEmpty() || offset >= r.json.object().value(QLatin1String("total_count")).toInt())
                break;
        }
        batch.clear();
    };
    // As many per request as the workstation's own lookup asks for (Redmine's cookie session holds the filter).
    for (const Submitted& s : m_submitted) {
        for (const QString& id : s.issueIds) {
            batch += id;
            if (batch.size() >= net::maxClientUuidsPerLookup)
                flush();
        }
    }
    flush();
    if (lookupErrors)
        std::fprintf(stderr, "redmine_load_run: %d lookups failed while counting, %lld client UUIDs not counted\n",
                     lookupErrors, static_cast<long long>(uncounted.size()));
    for (const Submitted& s : m_submitted) {
        bool dup = false, missing = false, notCounted = false;
        for (const QString& id : s.issueIds) {
            dup = dup || seen.value(id) > 1;
            missing = missing || seen.value(id) == 0;
            notCounted = notCounted || uncounted.contains(id);
        }
        if (notCounted && !dup) {
            ++(s.callOnly ? c.callsUncounted : c.uncounted);
            continue;
        }
        int& filed = s.callOnly ? c.callsFiled : c.filed;
        int& duplicated = s.callOnly ? c.callsDuplicated : c.duplicated;
        int& lost = s.callOnly ? c.callsLost : c.lost;
        int& waiting = s.callOnly ? c.callsWaiting : c.waiting;
        if (dup)
            ++duplicated;
        else if (missing && !s.delivered)
            ++waiting; // still in its workstation's outbox: not on the server yet, not lost
        else if (missing)
            ++lost;
        else
            ++filed;
    }
    return c;
}

void LoadRun::report(const Count& c, bool drained, double runSeconds) {
    std::printf("\nredmine_load_run: %d workstations, %d supervisors, %.1f min (+ drain), server %s\n",
                m_o.workstations, m_o.supervisors, runSeconds / 60, qPrintable(m_server.url.toString()));
    std::printf("  appeals submitted %d (%.2f/s), calls without an appeal %d; drained: %s\n", m_stats.appealsSubmitted,
                m_stats.appealsSubmitted / runSeconds, m_stats.callsWithoutAppeal, drained ? "yes" : "NO");
    std::printf("  appeals on the server: filed %d / duplicated %d / lost %d;  «Звонок» records: filed %d / "
                "duplicated %d / lost %d\n",
                c.filed, c.duplicated, c.lost, c.callsFiled, c.callsDuplicated, c.callsLost);
    if (c.uncounted || c.callsUncounted)
        std::printf("  NOT COUNTED (their lookups failed; neither filed nor lost is known): %d appeals, %d «Звонок» "
                    "records\n",
                    c.uncounted, c.callsUncounted);
    if (c.waiting || c.callsWaiting)
        std::printf("  still in the workstations' outboxes when the drain ended (not on the server yet, not lost): "
                    "%d appeals, %d «Звонок» records\n",
                    c.waiting, c.callsWaiting);
    printFigures("delivery: submit → Redmine id", m_stats.deliveryMs);
    printFigures("call record: stored → in Redmine", m_stats.callMs);
    printFigures("KB sync (each workstation)", m_stats.kbSyncMs);
    printFigures("call-log sync (each supervisor)", m_stats.supervisorSyncMs);
    printFigures("call history opened (supervisor)", m_stats.historyMs);
    std::printf("  KB syncs %d (pages fetched %d, KB edits %d); call-log syncs %d (issues received %d)\n",
                m_stats.kbSyncs, m_stats.kbPagesFetched, m_kbEdits, m_stats.supervisorSyncs, m_stats.supervisorIssues);
    for (const QString& f : m_faultLog)
        std::printf("  fault: %s\n", qPrintable(f));
    std::printf("  what operators saw (delivery retried, shown as «не отправлено» until it went):\n");
    for (auto it = m_stats.operatorErrors.begin(); it != m_stats.operatorErrors.end(); ++it)
        std::printf("    %5d × %s\n", it.value(), qPrintable(it.key()));
    for (auto it = m_stats.failedForGood.begin(); it != m_stats.failedForGood.end(); ++it)
        std::printf("    %5d × waits for a person: %s\n", it.value(), qPrintable(it.key()));
    for (auto it = m_stats.syncErrors.begin(); it != m_stats.syncErrors.end(); ++it)
        std::printf("    %5d × %s\n", it.value(), qPrintable(it.key()));
    std::printf("  CPU (%% of one core; the machine has %d) and memory over %.0f s; whole machine busy %.0f %%:\n",
                QThread::idealThreadCount(), m_sampler.elapsedSeconds(), m_sampler.machineCpuPercent());
    QJsonArray groups;
    for (const ProcessSampler::Group& g : m_sampler.groups()) {
        const double mean = m_sampler.elapsedSeconds() > 0 ? 100 * g.cpuSeconds / m_sampler.elapsedSeconds() : 0;
        std::printf("    %-32s mean %5.0f %%  p95 %5.0f %%  peak %5.0f %%  RSS peak %6.0f MB  PSS peak %6.0f MB\n",
                    qPrintable(g.name), mean, percentile(g.cpuPercent, 0.95), g.peakCpuPercent, g.peakRssMb,
                    g.peakPssMb);
        groups.append(QJsonObject{{QStringLiteral("name"), g.name},
                                  {QStringLiteral("cpu_mean_percent"), mean},
                                  {QStringLiteral("cpu_p95_percent"), percentile(g.cpuPercent, 0.95)},
                                  {QStringLiteral("rss_peak_mb"), g.peakRssMb},
                                  {QStringLiteral("pss_peak_mb"), g.peakPssMb}});
    }
    if (m_o.reportFile.isEmpty())
        return;
    QJsonObject o{{QStringLiteral("workstations"), m_o.workstations},
                  {QStringLiteral("supervisors"), m_o.supervisors},
                  {QStringLiteral("minutes"), runSeconds / 60},
                  {QStringLiteral("appeals_submitted"), m_stats.appealsSubmitted},
                  {QStringLiteral("appeals_per_second"), m_stats.appealsSubmitted / runSeconds},
                  {QStringLiteral("calls_without_appeal"), m_stats.callsWithoutAppeal},
                  {QStringLiteral("filed"), c.filed},
                  {QStringLiteral("duplicated"), c.duplicated},
                  {QStringLiteral("lost"), c.lost},
                  {QStringLiteral("calls_filed"), c.callsFiled},
                  {QStringLiteral("calls_duplicated"), c.callsDuplicated},
                  {QStringLiteral("calls_lost"), c.callsLost},
                  {QStringLiteral("not_counted"), c.uncounted},
                  {QStringLiteral("calls_not_counted"), c.callsUncounted},
                  {QStringLiteral("waiting_in_outboxes"), c.waiting},
                  {QStringLiteral("calls_waiting_in_outboxes"), c.callsWaiting},
                  {QStringLiteral("drained"), drained},
                  {QStringLiteral("delivery"), figures(m_stats.deliveryMs)},
                  {QStringLiteral("call_record"), figures(m_stats.callMs)},
                  {QStringLiteral("kb_sync"), figures(m_stats.kbSyncMs)},
                  {QStringLiteral("calllog_sync"), figures(m_stats.supervisorSyncMs)},
                  {QStringLiteral("history"), figures(m_stats.historyMs)},
                  {QStringLiteral("operator_errors"), counts(m_stats.operatorErrors)},
                  {QStringLiteral("failed"), counts(m_stats.failedForGood)},
                  {QStringLiteral("sync_errors"), counts(m_stats.syncErrors)},
                  {QStringLiteral("faults"), QJsonArray::fromStringList(m_faultLog)},
                  {QStringLiteral("machine_cpu_percent"), m_sampler.machineCpuPercent()},
                  {QStringLiteral("processes"), groups}};
    QSaveFile f(m_o.reportFile);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(o).toJson());
        f.commit();
    }
}

} // namespace hotline::bench
