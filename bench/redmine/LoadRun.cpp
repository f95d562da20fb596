// Many workstations against one Redmine at once, through the project's own outbox, sender, client, KB sync and
// call-log sync — with a puma worker killed and PostgreSQL restarted mid-run. Bounded in time and count, on
// loopback only. It measures and prints; it fails only when it cannot run or when an appeal is lost or filed
// twice (exactly-once is the outbox's promise, not a timing), never on a figure.
//
//   redmine_load_run --dir HARNESS_DIR --users users.json --work DIR [--workstations 100] [--minutes 10]
//                    [--rate 5] [--supervisors 3] [--kb-sync-seconds 60] [--supervisor-sync-seconds 60]
//                    [--drain-seconds 900] [--no-faults] [--report FILE]
//
// users.json: the seed users of bench/redmine/seed_appeals.py (operators and supervisors with API keys). --rate
// is appeals per second over the whole line (calls without an appeal come on top, 17 % of calls). The appeals
// and calls are counted on the server by client UUID at the end. See docs/CAPACITY.md.

#include "LoadRun.h"

#include <QCoreApplication>
#include <cstdio>

using namespace hotline;

namespace {

QString arg(const QStringList& args, const QString& name, const QString& fallback = {}) {
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--help")) || !args.contains(QStringLiteral("--users")) ||
        !args.contains(QStringLiteral("--work"))) {
        std::fprintf(stderr, "usage: redmine_load_run --dir HARNESS_DIR --users users.json --work DIR "
                             "[--workstations N] [--minutes M] [--rate APPEALS_PER_S] [--supervisors N]\n"
                             "       [--kb-sync-seconds S] [--supervisor-sync-seconds S] [--drain-seconds S] "
                             "[--no-faults] [--report FILE]\n");
        return 2;
    }
    bench::LoadRun::Options o;
    o.harnessDir = arg(args, QStringLiteral("--dir"), qEnvironmentVariable("HOTLINE_IT_DIR"));
    o.usersFile = arg(args, QStringLiteral("--users"));
    o.workDir = arg(args, QStringLiteral("--work"));
    o.kbDir = arg(args, QStringLiteral("--kb-data"), QStringLiteral(HOTLINE_KB_SOURCE_DIR));
    o.workstations = arg(args, QStringLiteral("--workstations"), QStringLiteral("100")).toInt();
    o.minutes = arg(args, QStringLiteral("--minutes"), QStringLiteral("10")).toDouble();
    o.appealsPerSecond = arg(args, QStringLiteral("--rate"), QStringLiteral("5")).toDouble();
    o.supervisors = arg(args, QStringLiteral("--supervisors"), QStringLiteral("3")).toInt();
    o.kbSyncSeconds = arg(args, QStringLiteral("--kb-sync-seconds"), QStringLiteral("60")).toInt();
    o.supervisorSyncSeconds = arg(args, QStringLiteral("--supervisor-sync-seconds"), QStringLiteral("60")).toInt();
    o.drainSeconds = arg(args, QStringLiteral("--drain-seconds"), QStringLiteral("900")).toInt();
    o.faults = !args.contains(QStringLiteral("--no-faults"));
    o.reportFile = arg(args, QStringLiteral("--report"));
    if (o.workstations < 1 || o.workstations > 500 || o.minutes <= 0 || o.minutes > 120 || o.appealsPerSecond <= 0) {
        std::fprintf(stderr, "redmine_load_run: 1–500 workstations, up to 120 minutes, a positive rate\n");
        return 2;
    }
    bench::LoadRun run(o);
    return run.exec();
}
