#pragma once

// Shared pieces of the integration tests: the harness's env.sh, a client per user, reading issues back as
// the admin, and a sender rig over a real outbox file.

#include "CatchQt.h"
#include "TestAppeals.h"
#include "TestPaths.h"
#include "net/RedmineClient.h"
#include "net/RedmineNames.h"
#include "outbox/OutboxSender.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace hotline::it {

inline QString harnessDir() {
    return qEnvironmentVariable("HOTLINE_IT_DIR");
}

// The variables env.sh exports (it is regenerated on every harness start/stop/restart).
inline QHash<QString, QString> env() {
    QHash<QString, QString> out;
    QFile f(harnessDir() + QStringLiteral("/env.sh"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    static const QRegularExpression re(QStringLiteral("^export ([A-Z0-9_]+)=(.*)$"));
    for (const QByteArray& line : f.readAll().split('\n')) {
        const auto m = re.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            continue;
        QString v = m.captured(2);
        if (v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\'')))
            v = v.mid(1, v.size() - 2);
        out.insert(m.captured(1), v);
    }
    return out;
}

inline QString harness(const QStringList& args, int timeoutMs = 120000) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), QStringList{env().value(QStringLiteral("REDMINE_HARNESS"))} + args);
    p.waitForFinished(timeoutMs);
    return QString::fromUtf8(p.readAll());
}

// Puts the good certificate back and the server up, whatever a test did.
struct ServerRestorer {
    ~ServerRestorer() {
        const auto e = env();
        if (e.value(QStringLiteral("REDMINE_CERT_MODE")) != QLatin1String("good") ||
            e.value(QStringLiteral("REDMINE_PID")).isEmpty())
            harness({QStringLiteral("serve-cert"), harnessDir(), QStringLiteral("good")});
    }
};

inline int uuidFieldId() {
    QFile f(env().value(QStringLiteral("REDMINE_PROVISION_IDS")));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll())
        .object()
        .value(QLatin1String("custom_fields"))
        .toObject()
        .value(net::names::cfClientUuid)
        .toInt();
}

// A client for one harness user (ADMIN, OPERATOR1, ...), optionally through another address (a proxy).
struct Client {
    QNetworkAccessManager network;
    net::RedmineClient client{network};
    explicit Client(const QString& user = QStringLiteral("OPERATOR1"), const QString& url = {}, int timeoutMs = 15000,
                    const QString& caFile = {}) {
        const auto e = env();
        net::ServerConfig c;
        c.url = QUrl(url.isEmpty() ? e.value(QStringLiteral("REDMINE_URL")) : url);
        c.caFile = caFile.isEmpty() ? e.value(QStringLiteral("REDMINE_CA_FILE")) : caFile;
        c.timeoutMs = timeoutMs;
        REQUIRE(client.configure(c).ok());
        client.setApiKey(e.value(QStringLiteral("REDMINE_KEY_") + user).toLatin1());
    }
    net::RedmineReply get(const QString& path, const QUrlQuery& q = {}) {
        return net::RedmineClient::wait([&](QObject* ctx, auto cb) { client.get(path, q, ctx, cb); });
    }
};

// Issues (any status) carrying a client UUID, read as the admin.
inline QJsonArray issuesWithUuid(Client& admin, const QStringList& uuids) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("project_id"), net::names::project);
    q.addQueryItem(QStringLiteral("status_id"), QStringLiteral("*"));
    q.addQueryItem(QStringLiteral("cf_%1").arg(uuidFieldId()), uuids.join(QLatin1Char('|')));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    const auto r = admin.get(QStringLiteral("/issues.json"), q);
    REQUIRE(r.ok());
    return r.json.object().value(QLatin1String("issues")).toArray();
}

inline int countWithUuid(Client& admin, const QUuid& id) {
    return int(issuesWithUuid(admin, {id.toString(QUuid::WithoutBraces)}).size());
}

// Every issue of the appeal (parent and subtasks) exists exactly once.
inline void requireExactlyOnce(Client& admin, const domain::Appeal& a, int subtasks) {
    QStringList ids{a.clientId.toString(QUuid::WithoutBraces)};
    for (int i = 1; i <= subtasks; ++i)
        ids << net::subtaskClientId(a.clientId, i).toString(QUuid::WithoutBraces);
    const QJsonArray found = issuesWithUuid(admin, ids);
    QHash<QString, int> count;
    for (const QJsonValue& v : found) {
        for (const QJsonValue& f : v[QLatin1String("custom_fields")].toArray()) {
            if (f[QLatin1String("id")].toInt() == uuidFieldId())
                ++count[f[QLatin1String("value")].toString()];
        }
    }
    for (const QString& id : ids) {
        INFO("client UUID " << id.toStdString());
        CHECK(count.value(id) == 1);
    }
}

inline int expectedIssues(const domain::Appeal& a) {
    int n = 1 + (a.kind == domain::AppealKind::Complaint ? int(a.roadmap.size()) : 0);
    if (a.algorithm != domain::Algorithm::Single)
        n += int(a.agencyIds.size()) + (a.algorithm == domain::Algorithm::Omsu ? 1 : 0);
    return n;
}

// An outbox file and a sender, talking to `url` (Redmine or a proxy) as operator1.
struct SenderRig {
    QTemporaryDir dir;
    Client net;
    test::FakeClock clock; // tests move it to make retries due
    domain::ReferenceData reference = domain::ReferenceData::load(test::kbDir() + QStringLiteral("/reference")).value();
    std::unique_ptr<outbox::OutboxStore> store;
    std::unique_ptr<outbox::OutboxSender> sender;

    explicit SenderRig(const QString& url = {}, int timeoutMs = 15000, const QString& caFile = {})
        : net(QStringLiteral("OPERATOR1"), url, timeoutMs, caFile) {
        store = outbox::OutboxStore::open(dir.filePath(QStringLiteral("outbox.sqlite")), clock).value();
        newSender();
    }
    void newSender() {
        sender.reset();
        sender = std::make_unique<outbox::OutboxSender>(*store, net.client, reference, clock);
        sender->setRetryPolicy({std::chrono::milliseconds(100), std::chrono::milliseconds(1000)});
    }
    qint64 add(const domain::Appeal& a) { return store->enqueue(a).value(); }
    outbox::OutboxEntry entry(qint64 id) const { return *store->entry(id); }
    // One delivery pass; returns {filed, failed, waiting}.
    QList<int> pass(int timeoutMs = 60000) {
        QSignalSpy done(sender.get(), &outbox::OutboxSender::passFinished);
        sender->deliverDue();
        REQUIRE(done.wait(timeoutMs));
        return {done.first().at(0).toInt(), done.first().at(1).toInt(), done.first().at(2).toInt()};
    }
    // Passes (moving the clock past every retry) until nothing waits.
    void drain(int maxPasses = 20) {
        for (int i = 0; i < maxPasses && store->pendingCount() > 0; ++i) {
            clock.t = clock.t.addSecs(3600);
            pass();
        }
    }
};

} // namespace hotline::it
