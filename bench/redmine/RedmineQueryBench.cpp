// The workstation's five lookups against a real Redmine, over HTTPS through RedmineClient, exactly as the app
// asks them, timed one at a time: median, p95 and max per lookup. It measures and prints; it fails only when it
// cannot run (no server, a refused request), never on a number.
//
//   redmine_query_bench --dir HARNESS_DIR --lookups lookups.json [--rounds 200] [--warmup 20]
//
// lookups.json comes from bench/redmine/sample_lookups.py (the values and the keys to ask with). The queries
// are those of models/outbox/OutboxSender.cpp (lookUp), models/net/DuplicateFinder.cpp, the caller's history by
// phone (the ИНН hint's shape with any status), models/calllog/CallLogSync.cpp (one page) and the project's
// first page of /issues.json with Redmine's defaults. Rounds are interleaved, so a disturbance on the shared
// machine touches every lookup alike.

#include "BenchSupport.h"
#include "ProcessSampler.h"
#include "net/DuplicateFinder.h"
#include "net/IssuePlanner.h"
#include "net/RedmineClient.h"
#include "phone/CallerHistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QUrlQuery>
#include <cstdio>
#include <functional>
#include <map>
#include <numeric>

using namespace hotline;

namespace {

struct Lookup {
    QString name;
    QString what;
    net::RedmineClient* client;
    std::function<QUrlQuery(int round)> query;
    std::vector<double> ms;
    std::vector<double> totals;
    std::vector<double> cpuMs; // puma's and PostgreSQL's CPU time for the request
    std::vector<double> pgMs;  // PostgreSQL's part of it
    int errors = 0;
    QString lastError;
};

QStringList strings(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

QString arg(const QStringList& args, const QString& name, const QString& fallback = {}) {
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--help")) || !args.contains(QStringLiteral("--lookups"))) {
        std::fprintf(stderr, "usage: redmine_query_bench --dir HARNESS_DIR --lookups FILE [--rounds N] [--warmup N]\n");
        return 2;
    }
    const QString dir = arg(args, QStringLiteral("--dir"), qEnvironmentVariable("HOTLINE_IT_DIR"));
    const int rounds = arg(args, QStringLiteral("--rounds"), QStringLiteral("200")).toInt();
    const int warmup = arg(args, QStringLiteral("--warmup"), QStringLiteral("20")).toInt();
    const auto env = bench::harnessEnv(dir);
    QFile file(arg(args, QStringLiteral("--lookups")));
    if (env.value(QStringLiteral("REDMINE_URL")).isEmpty() || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "redmine_query_bench: no harness env.sh in '%s' or no lookups file\n", qPrintable(dir));
        return 2;
    }
    const QJsonObject values = QJsonDocument::fromJson(file.readAll()).object();
    const QStringList uuids = strings(values[QLatin1String("uuids")]);
    const QStringList inns = strings(values[QLatin1String("inns")]);
    const QStringList phones = strings(values[QLatin1String("phones")]);
    const QJsonObject fields = values[QLatin1String("fields")].toObject();
    const QString since = values[QLatin1String("since")].toString();
    if (uuids.isEmpty() || inns.isEmpty() || phones.isEmpty()) {
        std::fprintf(stderr, "redmine_query_bench: the lookups file has no values\n");
        return 2;
    }

    // One network manager and client per user, as one workstation has.
    QNetworkAccessManager operatorNet;
    QNetworkAccessManager supervisorNet;
    net::RedmineClient operatorClient(operatorNet);
    net::RedmineClient supervisorClient(supervisorNet);
    net::ServerConfig config;
    config.url = QUrl(env.value(QStringLiteral("REDMINE_URL")));
    config.caFile = env.value(QStringLiteral("REDMINE_CA_FILE"));
    // A benchmark measures: an unindexed lookup at a million appeals may take longer than the workstation's 30 s.
    config.timeoutMs = 300000;
    for (auto* c : {&operatorClient, &supervisorClient}) {
        if (auto st = c->configure(config); !st) {
            std::fprintf(stderr, "redmine_query_bench: %s\n", qPrintable(st.error().message));
            return 2;
        }
    }
    operatorClient.setApiKey(values[QLatin1String("operator")][QLatin1String("key")].toString().toLatin1());
    supervisorClient.setApiKey(values[QLatin1String("supervisor")][QLatin1String("key")].toString().toLatin1());

    const QString project = QStringLiteral("hotline0150");
    auto base = [&](const QString& status) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("project_id"), project);
        q.addQueryItem(QStringLiteral("status_id"), status);
        return q;
    };
    std::vector<Lookup> lookups;
    auto add = [&](const QString& name, const QString& what, net::RedmineClient* client,
                   std::function<QUrlQuery(int)> query) {
        Lookup l;
        l.name = name;
        l.what = what;
        l.client = client;
        l.query = std::move(query);
        lookups.push_back(std::move(l));
    };
    // The workstation's own requests (the same builders): OutboxSender::lookUp, findOpenAppealsByInn (the hint's
    // 30 days; the seed's dates span a year), CallerHistory::fetch.
    const int uuidField = fields[QLatin1String("uuid")].toInt();
    add(QStringLiteral("uuid"), QStringLiteral("UUID lookup (operator)"), &operatorClient, [&, uuidField](int i) {
        return net::issuesByClientUuidQuery(uuidField, uuids.at(i % uuids.size()).split(QLatin1Char('|')));
    });
    const QDateTime hintSince = QDateTime::currentDateTimeUtc().addDays(-30);
    auto innQuery = [&](int i) {
        return net::openAppealsByInnQuery(fields[QLatin1String("inn")].toInt(), inns.at(i % inns.size()), hintSince);
    };
    auto phoneQuery = [&](int i) {
        return phone::callerAppealsQuery(fields[QLatin1String("phone")].toInt(), phones.at(i % phones.size()));
    };
    // As today's operator (Redmine shows it only its own appeals), and with a key that sees the whole line's
    // appeals (a supervisor's; operators too once they see the line's appeals by tracker), which then come back.
    add(QStringLiteral("inn"), QStringLiteral("ИНН duplicate hint (operator)"), &operatorClient, innQuery);
    add(QStringLiteral("phone"), QStringLiteral("caller history by phone (operator)"), &operatorClient, phoneQuery);
    add(QStringLiteral("inn_all"), QStringLiteral("ИНН duplicate hint (whole line)"), &supervisorClient, innQuery);
    add(QStringLiteral("phone_all"), QStringLiteral("caller history by phone (whole line)"), &supervisorClient,
        phoneQuery);
    // CallLogSync::fetchPage, the first page of an incremental sync.
    add(QStringLiteral("sync"), QStringLiteral("sync page, 100 updated since T (supervisor)"), &supervisorClient,
        [&](int) {
            QUrlQuery q = base(QStringLiteral("*"));
            q.addQueryItem(QStringLiteral("sort"), QStringLiteral("updated_on,id"));
            q.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
            q.addQueryItem(QStringLiteral("updated_on"), QStringLiteral(">=") + since);
            return q;
        });
    // The line's project, first page, Redmine's defaults (open issues, newest first, 25).
    add(QStringLiteral("first_page"), QStringLiteral("/issues.json first page (supervisor)"), &supervisorClient,
        [&](int) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("project_id"), project);
            return q;
        });
    const QString only = arg(args, QStringLiteral("--only"));
    if (!only.isEmpty())
        std::erase_if(lookups, [&](const Lookup& l) { return !only.split(QLatin1Char(',')).contains(l.name); });

    // The server's CPU time per request, from /proc: unlike the wall time it hardly depends on what else the
    // shared machine runs (on an idle machine a request takes about its CPU time).
    bench::ProcessSampler cpu;
    const QString pumaPid = dir + QStringLiteral("/puma.pid");
    const QString pgPid = env.value(QStringLiteral("REDMINE_PG_DATA")) + QStringLiteral("/postmaster.pid");
    cpu.add(QStringLiteral("puma"), [pumaPid] { return bench::pidFromFile(pumaPid); });
    if (env.contains(QStringLiteral("REDMINE_PG_DATA")))
        cpu.add(QStringLiteral("postgresql"), [pgPid] { return bench::pidFromFile(pgPid); });
    auto serverCpu = [&] {
        double s = 0;
        for (const auto& g : cpu.groups())
            s += g.cpuSeconds;
        return s;
    };
    auto pgCpu = [&] { return cpu.groups().size() > 1 ? cpu.groups().at(1).cpuSeconds : 0.0; };
    cpu.sample();

    for (int round = 0; round < warmup + rounds; ++round) {
        for (Lookup& l : lookups) {
            const QUrlQuery q = l.query(round);
            cpu.sample();
            const double cpuBefore = serverCpu();
            const double pgBefore = pgCpu();
            QElapsedTimer t;
            t.start();
            const net::RedmineReply r = net::RedmineClient::wait(
                [&](QObject* ctx, auto cb) { l.client->get(QStringLiteral("/issues.json"), q, ctx, cb); });
            const double ms = double(t.nsecsElapsed()) / 1e6;
            cpu.sample();
            const double cpuMs = (serverCpu() - cpuBefore) * 1000;
            if (!r.ok()) {
                ++l.errors;
                l.lastError = r.error->message;
                continue;
            }
            if (round < warmup)
                continue;
            l.ms.push_back(ms);
            l.cpuMs.push_back(cpuMs);
            l.pgMs.push_back((pgCpu() - pgBefore) * 1000);
            l.totals.push_back(r.json.object().value(QLatin1String("total_count")).toDouble());
        }
    }

    std::printf("redmine_query_bench: %d issues, %d rounds (+%d warm-up), HTTPS on loopback, %s\n",
                values[QLatin1String("issues")].toInt(), rounds, warmup, qPrintable(config.url.toString()));
    std::printf("%-46s %8s %8s %8s %8s %9s %8s %10s %6s\n", "lookup", "median", "p95", "p99", "max", "CPU mean",
                "of it PG", "total_count", "errors");
    int failures = 0;
    for (const Lookup& l : lookups) {
        auto mean = [](const std::vector<double>& v) {
            return v.empty() ? 0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
        };
        std::printf("%-46s %6.1fms %6.1fms %6.1fms %6.1fms %7.1fms %6.1fms %10.0f %6d\n", qPrintable(l.what),
                    bench::percentile(l.ms, 0.5), bench::percentile(l.ms, 0.95), bench::percentile(l.ms, 0.99),
                    bench::percentile(l.ms, 1.0), mean(l.cpuMs), mean(l.pgMs), bench::percentile(l.totals, 0.5),
                    l.errors);
        if (l.errors)
            std::printf("  last error: %s\n", qPrintable(l.lastError));
        failures += l.errors;
    }
    // Machine-readable line for scripts (CAPACITY.md tables).
    std::printf("RESULT");
    for (const Lookup& l : lookups)
        std::printf(
            " %s=%.1f/%.1f/%.1f", qPrintable(l.name), bench::percentile(l.ms, 0.5), bench::percentile(l.ms, 0.95),
            l.cpuMs.empty() ? 0 : std::accumulate(l.cpuMs.begin(), l.cpuMs.end(), 0.0) / double(l.cpuMs.size()));
    std::printf("\n");
    return failures ? 1 : 0;
}
