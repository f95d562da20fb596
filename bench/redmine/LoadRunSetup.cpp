// LoadRun: the set-up — the harness's server, the seed users, the KB on the wiki, the workstations' data.

#include "LoadRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <cstdio>

namespace hotline::bench {

namespace {

// Processes events until `done` or the timeout; false on the timeout.
bool spin(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

void copyTree(const QString& from, const QString& to, const QStringList& skip) {
    const QDir src(QFileInfo(from).absoluteFilePath());
    QDirIterator it(src.path(), QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString rel = src.relativeFilePath(file);
        if (std::any_of(skip.begin(), skip.end(), [&](const QString& s) { return rel.startsWith(s); }))
            continue;
        const QString target = QDir(to).filePath(rel);
        QDir().mkpath(QFileInfo(target).path());
        QFile::copy(file, target);
    }
}

} // namespace

LoadRun::LoadRun(Options options)
    : m_o(std::move(options)) {}

bool LoadRun::setUp() {
    m_env = harnessEnv(m_o.harnessDir);
    if (m_env.value(QStringLiteral("REDMINE_URL")).isEmpty()) {
        std::fprintf(stderr, "redmine_load_run: no harness env.sh in %s\n", qPrintable(m_o.harnessDir));
        return false;
    }
    m_server.url = QUrl(m_env.value(QStringLiteral("REDMINE_URL")));
    m_server.caFile = m_env.value(QStringLiteral("REDMINE_CA_FILE"));
    if (m_server.url.host() != QLatin1String("127.0.0.1") && m_server.url.host() != QLatin1String("localhost")) {
        std::fprintf(stderr, "redmine_load_run: loopback servers only (%s)\n", qPrintable(m_server.url.toString()));
        return false;
    }
    auto reference = domain::ReferenceData::load(m_o.kbDir + QStringLiteral("/reference"));
    auto policy = domain::DeadlinePolicy::fromKb(m_o.kbDir);
    if (!reference || !policy) {
        std::fprintf(stderr, "redmine_load_run: cannot read kb_data in %s\n", qPrintable(m_o.kbDir));
        return false;
    }
    m_reference = reference.value();
    m_policy = policy.value();
    m_kb = kb::KnowledgeBase::loadFromDir(m_o.kbDir).kb;
    m_calls = std::make_unique<LoadCalls>(m_kb, *m_reference, *m_policy, 150);

    const QList<SeedUser> operators = seedUsers(m_o.usersFile, QStringLiteral("operator"));
    const QList<SeedUser> supervisors = seedUsers(m_o.usersFile, QStringLiteral("supervisor"));
    if (operators.size() < m_o.workstations || supervisors.size() < m_o.supervisors) {
        std::fprintf(stderr,
                     "redmine_load_run: %s has %d operators and %d supervisors; %d and %d needed "
                     "(seed_appeals.py --operators N --supervisors N)\n",
                     qPrintable(m_o.usersFile), int(operators.size()), int(supervisors.size()), m_o.workstations,
                     m_o.supervisors);
        return false;
    }
    m_o.workDir = QDir(m_o.workDir).absolutePath();
    QDir(m_o.workDir).removeRecursively();
    QDir().mkpath(m_o.workDir);

    if (auto st = m_editor.configure(m_server); !st)
        return false;
    m_editor.setApiKey(m_env.value(QStringLiteral("REDMINE_KEY_ADMIN")).toLatin1());
    m_editorWiki = std::make_unique<kbsync::WikiPublisher>(m_editor);
    if (!publishKb(m_editor))
        return false;

    const double callsPerSecond = m_o.appealsPerSecond / 0.83; // 17 % of calls file no appeal
    for (int i = 0; i < m_o.workstations; ++i) {
        LoadWorkstation::Config c;
        c.dataDir = QStringLiteral("%1/ws-%2").arg(m_o.workDir).arg(i + 1, 3, 10, QLatin1Char('0'));
        c.shippedKbDir = m_o.kbDir;
        c.server = m_server;
        c.apiKey = operators.at(i).key;
        c.login = operators.at(i).login;
        c.callsPerSecond = callsPerSecond / m_o.workstations;
        c.kbSyncSeconds = m_o.kbSyncSeconds;
        m_workstations.push_back(
            std::make_unique<LoadWorkstation>(c, *m_calls, m_stats, m_submitted, *m_reference, quint32(1000 + i)));
    }
    if (!prepareWorkstations())
        return false;
    const QDateTime watermark = QDateTime::currentDateTimeUtc().addSecs(-120);
    for (int i = 0; i < m_o.supervisors; ++i) {
        m_supervisors.push_back(std::make_unique<LoadSupervisor>(
            QStringLiteral("%1/supervisor-%2").arg(m_o.workDir).arg(i + 1), m_server, supervisors.at(i).key, *m_policy,
            m_stats, m_o.supervisorSyncSeconds, quint32(7000 + i)));
        if (auto st = m_supervisors.back()->open(watermark); !st) {
            std::fprintf(stderr, "redmine_load_run: supervisor %d: %s\n", i + 1, qPrintable(st.error().message));
            return false;
        }
    }

    const QString puma = m_o.harnessDir + QStringLiteral("/puma.pid");
    const QString pg = m_env.value(QStringLiteral("REDMINE_PG_DATA")) + QStringLiteral("/postmaster.pid");
    m_sampler.add(QStringLiteral("puma (master + workers)"), [puma] { return pidFromFile(puma); });
    if (m_env.contains(QStringLiteral("REDMINE_PG_DATA")))
        m_sampler.add(QStringLiteral("PostgreSQL (all processes)"), [pg] { return pidFromFile(pg); });
    m_sampler.add(QStringLiteral("load tool (all workstations)"),
                  [] { return int(QCoreApplication::applicationPid()); });
    return true;
}

// The shipped KB on the kb0150 wiki (as a KB editor publishes it), if it is not there yet.
bool LoadRun::publishKb(net::RedmineClient&) {
    std::optional<Result<QList<kbsync::WikiPageInfo>>> index;
    m_editorWiki->index(this, [&](Result<QList<kbsync::WikiPageInfo>> r) { index = std::move(r); });
    if (!spin([&] { return index.has_value(); }, 60000) || !*index) {
        std::fprintf(stderr, "redmine_load_run: cannot read the KB wiki\n");
        return false;
    }
    for (const kbsync::WikiPageInfo& p : index->value())
        m_pageVersions.insert(kbsync::WikiPublisher::articleIdOf(p.title), p.version);
    int published = 0;
    for (const kb::Article& a : m_kb.articles()) {
        if (m_pageVersions.contains(a.id))
            continue;
        std::optional<kbsync::PublishOutcome> out;
        m_editorWiki->publish(a.id, a.markdown, QStringLiteral("Загрузка базы знаний"), 0, this,
                              [&](kbsync::PublishOutcome o) { out = std::move(o); });
        if (!spin([&] { return out.has_value(); }, 60000) || !out->ok()) {
            std::fprintf(stderr, "redmine_load_run: publishing %s failed\n", qPrintable(a.id));
            return false;
        }
        m_pageVersions.insert(a.id, out->version);
        ++published;
    }
    std::fprintf(stderr, "redmine_load_run: KB wiki has %d articles (%d published now)\n", int(m_pageVersions.size()),
                 published);
    return true;
}

// The first workstation syncs the whole KB; the others start from a copy of its state, as workstations that
// have been running for a while (each then fetches only what changes during the run).
bool LoadRun::prepareWorkstations() {
    LoadWorkstation& first = *m_workstations.front();
    if (auto st = first.open(); !st) {
        std::fprintf(stderr, "redmine_load_run: %s\n", qPrintable(st.error().message));
        return false;
    }
    std::optional<kbsync::SyncReport> report;
    first.syncKbNow([&](const kbsync::SyncReport& r) { report = r; });
    if (!spin([&] { return report.has_value(); }, 300000) || report->error) {
        std::fprintf(stderr, "redmine_load_run: the first KB sync failed\n");
        return false;
    }
    std::fprintf(stderr, "redmine_load_run: first KB sync took %d pages\n", int(report->updated.size()));
    const QString firstDir = QStringLiteral("%1/ws-001").arg(m_o.workDir);
    for (std::size_t i = 1; i < m_workstations.size(); ++i) {
        const QString dir = QStringLiteral("%1/ws-%2").arg(m_o.workDir).arg(int(i) + 1, 3, 10, QLatin1Char('0'));
        copyTree(firstDir, dir, {QStringLiteral("outbox.sqlite")});
        if (auto st = m_workstations[i]->open(); !st) {
            std::fprintf(stderr, "redmine_load_run: workstation %d: %s\n", int(i) + 1, qPrintable(st.error().message));
            return false;
        }
    }
    m_stats = {}; // the set-up's sync is not part of the run
    return true;
}

} // namespace hotline::bench
