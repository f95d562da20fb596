// What the caller's card costs on Redmine: the two lookups (by «Телефон» and by «ИНН», in parallel) that fill
// the card after the local part is shown, against a harness instance seeded by seed_card_bench.rb. Prints
// figures; passes or fails on nothing.
//
//   HOTLINE_IT_DIR=<harness dir> card_lookup_bench N [ROUNDS]
//
// N: how many bench appeals were seeded (phones +7916<1000000+i>, ИНН 77<i, 8 digits>).

#include "ItSupport.h"
#include "domain/DeadlinePolicy.h"
#include "phone/CallerHistory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>

using namespace hotline;

namespace {

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[size_t(std::min<double>(double(v.size() - 1), p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: card_lookup_bench N [ROUNDS]\n");
        return 2;
    }
    const int n = QString::fromLocal8Bit(argv[1]).toInt();
    const int rounds = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 30;
    const auto e = it::env();
    QNetworkAccessManager network;
    net::RedmineClient client(network);
    net::ServerConfig c;
    c.url = QUrl(e.value(QStringLiteral("REDMINE_URL")));
    c.caFile = e.value(QStringLiteral("REDMINE_CA_FILE"));
    if (!client.configure(c)) {
        std::fprintf(stderr, "no harness at HOTLINE_IT_DIR\n");
        return 1;
    }
    client.setApiKey(e.value(QStringLiteral("REDMINE_KEY_OPERATOR1")).toLatin1());
    const auto policy = domain::DeadlinePolicy::fromKb(QStringLiteral(HOTLINE_KB_SOURCE_DIR)).value();
    SystemClock clock;
    phone::CallerHistory history(nullptr, &client, policy, clock);

    auto lookup = [&](const phone::CallerKey& key, int* found) {
        QElapsedTimer t;
        t.start();
        QEventLoop loop;
        history.fetch(key, &loop, [&](Result<QList<phone::AppealSummary>> r) {
            *found = r ? int(r.value().size()) : -1;
            loop.quit();
        });
        loop.exec();
        return double(t.nsecsElapsed()) / 1e6;
    };
    int found = 0;
    lookup({QStringLiteral("+79160000000"), {}}, &found); // warm-up: the schema, the connection
    std::vector<double> both, phoneOnly, missing;
    int hits = 0;
    int failures = 0; // a lookup Redmine refused or that broke: its time is not a card's cost
    for (int r = 0; r < rounds; ++r) {
        const int i = int(QRandomGenerator::global()->bounded(n));
        const QString phoneNo = QStringLiteral("+7916%1").arg(1000000 + i);
        const QString inn = QStringLiteral("77%1").arg(i, 8, 10, QLatin1Char('0'));
        both.push_back(lookup({phoneNo, inn}, &found));
        hits += found == 1;
        failures += found < 0;
        phoneOnly.push_back(lookup({phoneNo, {}}, &found));
        failures += found < 0;
        missing.push_back(lookup({QStringLiteral("+7903%1").arg(1000000 + i), {}}, &found));
        failures += found < 0;
    }
    std::printf("card lookup over %d seeded appeals, %d rounds (operator's key, HTTPS on loopback):\n", n, rounds);
    std::printf("  phone + INN (two queries in parallel): median %.1f ms, p90 %.1f ms; found the appeal %d/%d\n",
                percentile(both, 0.5), percentile(both, 0.9), hits, rounds);
    std::printf("  phone only:                            median %.1f ms, p90 %.1f ms\n", percentile(phoneOnly, 0.5),
                percentile(phoneOnly, 0.9));
    std::printf("  unknown number:                        median %.1f ms, p90 %.1f ms\n", percentile(missing, 0.5),
                percentile(missing, 0.9));
    if (failures > 0)
        std::printf("  %d lookups FAILED (see the log): the figures above are not the card's cost\n", failures);
    return failures > 0 ? 1 : 0;
}
