// Our search against Redmine's own wiki search, on the same knowledge base and the same queries.
// Creates a fresh project with a wiki (so no other test's pages are in the way), uploads the shipped KB to it,
// then runs every relevance query (tests/data/relevance/*.tsv) through SearchIndex and through the project's
// search.json?wiki_pages=1 and prints latency (median, p99) and hit@1 / hit@3 side by side. It measures and
// prints; it fails only when it cannot run (no server, an upload refused), never on a number.
//
//   HOTLINE_IT_DIR=build/ci/redmine-it build/ci/bench/wiki_search_compare
// (the harness's env.sh gives the server, its CA and the admin key; CTest runs it as wiki_search_compare
// in the integration label).

#include "RelevanceSet.h"
#include "kb/KbRepository.h"
#include "kbsync/WikiPublisher.h"
#include "settings/DataPaths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace hotline;

namespace {

QHash<QString, QString> harnessEnv() {
    QHash<QString, QString> out;
    QFile f(qEnvironmentVariable("HOTLINE_IT_DIR") + QStringLiteral("/env.sh"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    static const QRegularExpression re(QStringLiteral("^export ([A-Z0-9_]+)='?([^']*)'?$"));
    for (const QByteArray& line : f.readAll().split('\n')) {
        const auto m = re.match(QString::fromUtf8(line));
        if (m.hasMatch())
            out.insert(m.captured(1), m.captured(2));
    }
    return out;
}

using Query = hotline::bench::RelevanceQuery;

QList<Query> relevanceQueries() {
    QList<Query> out;
    for (const Query& q : hotline::bench::relevanceSet()) {
        if (!q.expected.isEmpty())
            out.append(q);
    }
    return out;
}

struct Column {
    std::vector<double> ms;
    int hit1 = 0;
    int hit3 = 0;
    int empty = 0;
    void add(double elapsed, const QStringList& ids, const QString& expected) {
        ms.push_back(elapsed);
        hit1 += !ids.isEmpty() && ids.first() == expected;
        hit3 += ids.mid(0, 3).contains(expected);
        empty += ids.isEmpty();
    }
    double pct(double p) const {
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<std::size_t>(double(v.size()) * p))];
    }
};

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const auto env = harnessEnv();
    const QString url = qEnvironmentVariable("HOTLINE_REDMINE_URL", env.value(QStringLiteral("REDMINE_URL")));
    const QString ca = qEnvironmentVariable("HOTLINE_REDMINE_CA_FILE", env.value(QStringLiteral("REDMINE_CA_FILE")));
    const QByteArray key =
        qEnvironmentVariable("HOTLINE_REDMINE_API_KEY", env.value(QStringLiteral("REDMINE_KEY_ADMIN"))).toLatin1();
    if (url.isEmpty() || key.isEmpty()) {
        std::fprintf(stderr, "set HOTLINE_IT_DIR (a running harness) or HOTLINE_REDMINE_URL/_CA_FILE/_API_KEY\n");
        return 2;
    }
    QNetworkAccessManager network;
    net::RedmineClient client(network);
    if (auto st = client.configure({QUrl(url), ca, false, 30000}); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        return 1;
    }
    client.setApiKey(key);

    // A fresh wiki: a project of its own.
    const QString project = QStringLiteral("kbcompare-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const net::RedmineReply created = net::RedmineClient::wait([&](QObject* ctx, auto cb) {
        client.post(
            QStringLiteral("/projects.json"),
            QJsonObject{{QStringLiteral("project"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Сравнение поиска %1").arg(project)},
                                     {QStringLiteral("identifier"), project},
                                     {QStringLiteral("is_public"), false},
                                     {QStringLiteral("enabled_module_names"), QJsonArray{QStringLiteral("wiki")}}}}},
            ctx, cb);
    });
    if (!created.ok()) {
        std::fprintf(stderr, "cannot create the project %s: %s\n", qPrintable(project),
                     qPrintable(created.error->message));
        return 1;
    }
    kbsync::WikiPublisher wiki(client, project);

    // Upload the shipped KB.
    const kb::KnowledgeBase::Loaded shipped = kb::KnowledgeBase::loadFromDir(shippedKbDir());
    QElapsedTimer upload;
    upload.start();
    int failed = 0;
    for (const kb::Article& a : shipped.kb.articles()) {
        const auto out = kbsync::waitFor<kbsync::PublishOutcome>([&](QObject* ctx, auto done) {
            wiki.publish(a.id, a.markdown, QStringLiteral("benchmark upload"), 0, ctx, std::move(done));
        });
        failed += !out.ok();
    }
    std::printf("uploaded %lld articles to the wiki of %s in %.1f s (%d failed)\n",
                static_cast<long long>(shipped.kb.articles().size()), qPrintable(project),
                double(upload.elapsed()) / 1000.0, failed);
    if (failed > 0)
        return 1;

    QTemporaryDir tmp;
    auto repo = kb::KbRepository::open(shippedKbDir(), kb::KbRepository::defaultIndexPath(tmp.path()));
    if (!repo) {
        std::fprintf(stderr, "%s\n", qPrintable(repo.error().message));
        return 1;
    }
    const QList<Query> queries = relevanceQueries();
    Column ours;
    Column redmine;
    for (const Query& q : queries) {
        QElapsedTimer t;
        t.start();
        const QList<kb::SearchHit> hits = repo.value().index->search(q.text, {}, 3);
        const double oursMs = double(t.nsecsElapsed()) / 1e6;
        QStringList ids;
        for (const kb::SearchHit& h : hits)
            ids << h.id;
        ours.add(oursMs, ids, q.expected);

        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), q.text);
        query.addQueryItem(QStringLiteral("wiki_pages"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("3"));
        t.restart();
        const net::RedmineReply r = net::RedmineClient::wait([&](QObject* ctx, auto cb) {
            client.get(QStringLiteral("/projects/%1/search.json").arg(project), query, ctx, cb);
        });
        const double redmineMs = double(t.nsecsElapsed()) / 1e6;
        QStringList found;
        for (const QJsonValue& v : r.json.object().value(QLatin1String("results")).toArray())
            found << kbsync::WikiPublisher::articleIdOf(
                QUrl(v[QLatin1String("url")].toString()).path().section(QLatin1Char('/'), -1));
        redmine.add(redmineMs, found, q.expected);
    }
    const double n = double(queries.size());
    std::printf("\n%lld queries from tests/data/relevance, %lld articles\n", static_cast<long long>(queries.size()),
                static_cast<long long>(shipped.kb.articles().size()));
    std::printf("%-28s %14s %14s\n", "", "SearchIndex", "Redmine search");
    std::printf("%-28s %14.2f %14.2f\n", "latency median, ms", ours.pct(0.5), redmine.pct(0.5));
    std::printf("%-28s %14.2f %14.2f\n", "latency p99, ms", ours.pct(0.99), redmine.pct(0.99));
    std::printf("%-28s %13.1f%% %13.1f%%\n", "hit@1", 100.0 * ours.hit1 / n, 100.0 * redmine.hit1 / n);
    std::printf("%-28s %13.1f%% %13.1f%%\n", "hit@3", 100.0 * ours.hit3 / n, 100.0 * redmine.hit3 / n);
    std::printf("%-28s %13.1f%% %13.1f%%\n", "no result at all", 100.0 * ours.empty / n, 100.0 * redmine.empty / n);
    std::printf("(Redmine latency includes HTTPS on loopback; ours is in-process.)\n");
    return 0;
}
