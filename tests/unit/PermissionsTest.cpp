// Everything on this computer that holds callers' data is readable by the user only, whatever the umask, and a
// permission that cannot be set is an error the caller sees, never a silent default.
#include "CallLogData.h"
#include "CatchQt.h"
#include "TestAppeals.h"
#include "calllog/CallLogCache.h"
#include "kbedit/DraftStore.h"
#include "outbox/OutboxStore.h"
#include "settings/DataPaths.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace hotline;

namespace {

int modeOf(const QString& path) {
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

// A umask that would leave new files readable and writable by everybody.
struct OpenUmask {
    mode_t previous = ::umask(0);
    ~OpenUmask() { ::umask(previous); }
};

struct DataDirEnv {
    explicit DataDirEnv(const QString& dir) { qputenv("HOTLINE_DATA_DIR", QFile::encodeName(dir)); }
    ~DataDirEnv() { qunsetenv("HOTLINE_DATA_DIR"); }
};

} // namespace

TEST_CASE("the data folder, the outbox, the call-log cache and the drafts are owner-only", "[privacy]") {
    OpenUmask umask;
    QTemporaryDir root;
    DataDirEnv env(root.filePath(QStringLiteral("data")));
    const Result<QString> data = workstationDataDir();
    REQUIRE(data.ok());
    CHECK(modeOf(data.value()) == 0700);
    const QDir dir(data.value());

    test::FakeClock clock;
    auto outbox = outbox::OutboxStore::open(dir.filePath(QStringLiteral("outbox.sqlite")), clock);
    REQUIRE(outbox.ok());
    REQUIRE(outbox.value()->enqueue(test::makeAppeal(domain::AppealKind::Complex)).ok());
    for (const char* file : {"outbox.sqlite", "outbox.sqlite-wal", "outbox.sqlite-shm"}) {
        INFO(file);
        CHECK(modeOf(dir.filePath(QLatin1String(file))) == 0600);
    }

    auto cache = calllog::CallLogCache::open(dir.filePath(QStringLiteral("calllog.sqlite")), test::policy());
    REQUIRE(cache.ok());
    REQUIRE(cache.value()->upsert(test::dataSet()).ok());
    for (const char* file : {"calllog.sqlite", "calllog.sqlite-wal", "calllog.sqlite-shm"}) {
        INFO(file);
        CHECK(modeOf(dir.filePath(QLatin1String(file))) == 0600);
    }

    const kbedit::DraftStore drafts(dir.path());
    kbedit::DraftRecord draft;
    draft.baseText = QStringLiteral("---\ntitle: Статья\n---\nТекст");
    draft.text = draft.baseText + QStringLiteral(" с правкой");
    REQUIRE(drafts.save(QStringLiteral("statya"), draft).ok());
    CHECK(modeOf(dir.filePath(QStringLiteral("kbedit"))) == 0700);
    CHECK(modeOf(dir.filePath(QStringLiteral("kbedit/statya.draft.json"))) == 0600);

    // A folder that was left open (an older version, a copied profile) is closed again at start.
    REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
    REQUIRE(workstationDataDir().ok());
    CHECK(modeOf(dir.path()) == 0700);
}

TEST_CASE("a data folder or file that cannot be made private is an error with a message", "[privacy]") {
    {
        // /proc refuses new folders: no data folder, and the reason says which one.
        DataDirEnv env(QStringLiteral("/proc/self/hotline0150-data"));
        const Result<QString> data = workstationDataDir();
        REQUIRE_FALSE(data.ok());
        CHECK(data.error().message.contains(QStringLiteral("/proc/self/hotline0150-data")));
    }
    // chmod of a /proc file fails even for root.
    const Status proc = restrictToOwner(QStringLiteral("/proc/self/status"));
    REQUIRE_FALSE(proc.ok());
    CHECK(proc.error().message.contains(QStringLiteral("/proc/self/status")));
    QTemporaryDir dir;
    CHECK_FALSE(restrictToOwner(dir.filePath(QStringLiteral("missing.sqlite"))).ok());
}
