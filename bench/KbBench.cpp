// Search benchmark: synthetic knowledge bases of 1k, 10k and 100k articles mutated from the shipped ones.
// Prints index build time, index size, peak memory, and query latency (median, p99) for whole queries and
// for every keystroke of the same queries typed letter by letter: as the operator's window runs it
// (SearchIndex::searchTyped, the widening tiers wait for a pause) and, for comparison, the whole search.
//
//   kb_bench                 all sizes, each in its own process (so peak memory is per size)
//   kb_bench --size 10000    one size
#include "RelevanceSet.h"
#include "ThreadCpu.h"
#include "kb/KnowledgeBase.h"
#include "kb/SearchIndex.h"
#include "settings/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace hotline::kb;

namespace {

long peakRssKb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

QStringList sentences(const QString& text) {
    static const QRegularExpression split(QStringLiteral("(?<=[.!?])\\s+"));
    QStringList out = text.split(split, Qt::SkipEmptyParts);
    return out;
}

// Article i of the synthetic base: a real article's title and keywords, with sentences of two other real
// articles mixed into its sections, so vocabulary and term statistics stay those of the real base.
Article mutate(const QList<Article>& real, int i, QRandomGenerator& rng) {
    const Article& base = real.at(i % real.size());
    const Article& other = real.at(rng.bounded(real.size()));
    const Article& third = real.at(rng.bounded(real.size()));
    Article a = base;
    a.id = base.id + QStringLiteral("-s") + QString::number(i);
    a.title = base.title + QStringLiteral(" (") + other.keywords.value(rng.bounded(other.keywords.size())) +
              QStringLiteral(")");
    QStringList s = sentences(base.script) + sentences(other.whereToApply) + sentences(third.operatorNotes);
    std::shuffle(s.begin(), s.end(), rng);
    a.script = s.mid(0, std::max<qsizetype>(3, s.size() / 2)).join(QLatin1Char(' '));
    a.operatorNotes = s.mid(s.size() / 2).join(QLatin1Char(' '));
    a.keywords = base.keywords.mid(0, 3) + other.keywords.mid(0, 2);
    return a;
}

QStringList relevanceQueries() {
    QStringList out;
    for (const hotline::bench::RelevanceQuery& q : hotline::bench::relevanceSet())
        out << q.text;
    return out;
}

struct Stats {
    double median = 0;
    double p99 = 0;
    qsizetype count = 0;
};

Stats stats(std::vector<double> v) {
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, static_cast<std::size_t>(v.size() * 0.99))],
            static_cast<qsizetype>(v.size())};
}

int runOne(int size) {
    const KnowledgeBase::Loaded shipped = KnowledgeBase::loadFromDir(hotline::shippedKbDir());
    const QList<Article>& real = shipped.kb.articles();
    if (real.isEmpty()) {
        std::fprintf(stderr, "no articles in %s\n", qPrintable(hotline::shippedKbDir()));
        return 1;
    }
    KnowledgeBase kb;
    kb.setCategories(shipped.kb.categories());
    kb.setSynonyms(shipped.kb.synonymGroups());
    QRandomGenerator rng(size);
    for (int i = 0; i < size; ++i)
        kb.addArticle(mutate(real, i, rng));
    kb.setFingerprint(QByteArray::number(size));

    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("index.sqlite"));
    QElapsedTimer t;
    t.start();
    if (auto st = SearchIndex::build(kb, path); !st) {
        std::fprintf(stderr, "build failed: %s\n", qPrintable(st.error().message));
        return 1;
    }
    const double buildMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    const qint64 bytes = QFileInfo(path).size();

    t.restart();
    auto opened = SearchIndex::open(path);
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    const double openMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    SearchIndex& index = *opened.value();
    const QStringList queries = relevanceQueries();
    // Warm-up (page cache, spelling index) is not what an operator waits for on every keystroke.
    for (const QString& q : queries)
        index.search(q, {}, 10);

    std::vector<double> whole;
    std::vector<double> keystrokes;
    std::vector<double> keystrokesCpu;
    std::vector<double> wholeKeystrokes;
    std::vector<double> wholeKeystrokesCpu;
    qsizetype deferred = 0;
    std::vector<std::pair<double, QString>> slowest;
    for (int round = 0; round < 3; ++round) {
        for (const QString& q : queries) {
            t.restart();
            index.search(q, {}, 10);
            whole.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
    }
    for (const QString& q : queries) {
        for (int len = 2; len <= q.size(); ++len) {
            double cpu = hotline::bench::threadCpuMs();
            t.restart();
            deferred += index.searchTyped(q.left(len), {}, 10).complete ? 0 : 1;
            keystrokes.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            keystrokesCpu.push_back(hotline::bench::threadCpuMs() - cpu);
            slowest.emplace_back(keystrokes.back(), q.left(len));
            cpu = hotline::bench::threadCpuMs();
            t.restart();
            index.search(q.left(len), {}, 10);
            wholeKeystrokes.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            wholeKeystrokesCpu.push_back(hotline::bench::threadCpuMs() - cpu);
        }
    }
    const Stats w = stats(whole);
    const Stats k = stats(keystrokes);
    const Stats kc = stats(keystrokesCpu);
    std::printf("%7d articles | build %8.0f ms | index %7.1f MB | open %6.1f ms | peak RSS %6.1f MB | "
                "query median %6.2f ms p99 %6.2f ms (n=%lld) | keystroke median %6.2f ms p99 %6.2f ms (n=%lld)\n",
                size, buildMs, static_cast<double>(bytes) / 1e6, openMs, static_cast<double>(peakRssKb()) / 1024.0,
                w.median, w.p99, static_cast<long long>(w.count), k.median, k.p99, static_cast<long long>(k.count));
    std::printf("%7d articles | keystroke CPU time median %6.2f ms p99 %6.2f ms\n", size, kc.median, kc.p99);
    // What the keystrokes would cost if each ran the whole search (the figure before searchTyped; a pause in
    // typing costs one such search, and only when the keystroke's search deferred its widening).
    const Stats wk = stats(wholeKeystrokes);
    const Stats wkc = stats(wholeKeystrokesCpu);
    std::printf("%7d articles | keystroke as whole search: median %6.2f ms p99 %6.2f ms, CPU median %6.2f ms p99 "
                "%6.2f ms | keystrokes that defer widening to the pause: %lld of %lld\n",
                size, wk.median, wk.p99, wkc.median, wkc.p99, static_cast<long long>(deferred),
                static_cast<long long>(wk.count));
    if (qEnvironmentVariableIsSet("KB_BENCH_SLOWEST")) {
        // For tuning: the slowest keystrokes and what they turned into.
        std::sort(slowest.begin(), slowest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (std::size_t i = 0; i < std::min<std::size_t>(slowest.size(), 15); ++i)
            std::printf("  %7.2f ms  «%s»  %s\n", slowest[i].first, qPrintable(slowest[i].second),
                        qPrintable(index.explain(slowest[i].second)));
    }
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int at = static_cast<int>(args.indexOf(QStringLiteral("--size")));
    if (at > 0 && at + 1 < args.size())
        return runOne(args.at(at + 1).toInt());
    std::printf("kb_bench: %d queries from tests/data/relevance, every keystroke from the 2nd letter; %s\n",
                static_cast<int>(relevanceQueries().size()), qPrintable(QSysInfo::prettyProductName()));
    int rc = 0;
    for (int size : {1000, 10000, 100000}) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--size"), QString::number(size)});
        p.waitForFinished(-1);
        rc |= p.exitCode();
    }
    return rc;
}
