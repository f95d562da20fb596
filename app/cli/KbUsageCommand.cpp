// hotline-cli kb usage [--publish]: what the line's operators open after a search, from the call log this
// workstation has (the supervisor's synced log and its own calls), as usage.json — printed, or published as the
// KB wiki page Kb_usage that every workstation's sync takes in for its search ranking.
#include "CliOutput.h"
#include "Commands.h"
#include "call/Clock.h"
#include "calllog/CallLogCache.h"
#include "domain/DeadlinePolicy.h"
#include "kbsync/KbDataPages.h"
#include "kbsync/UsageSources.h"
#include "kbsync/WaitFor.h"
#include "kbsync/WikiPublisher.h"
#include "outbox/OutboxStore.h"
#include "settings/DataPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <cstdio>

namespace hotline::cli {

namespace {

int fail(const QString& message) {
    std::fflush(stdout);
    const QByteArray out = message.toUtf8();
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stderr);
    std::fputc('\n', stderr);
    return Invalid;
}

int publish(const kb::UsageStats& usage, const QString& comment) {
    QNetworkAccessManager network;
    net::RedmineClient client(network);
    if (auto st = connectClient(client); !st)
        return fail(st.error().message);
    kbsync::WikiPublisher wiki(client);
    const QString title = kbsync::KbDataPage::title(kbsync::KbDataPage::Kind::Usage);
    const auto index = kbsync::waitFor<Result<QList<kbsync::WikiPageInfo>>>(
        [&](QObject* ctx, auto done) { wiki.index(ctx, std::move(done)); });
    if (!index)
        return fail(index.error().message);
    int base = 0;
    for (const kbsync::WikiPageInfo& p : index.value()) {
        if (p.title.compare(title, Qt::CaseInsensitive) == 0)
            base = p.version;
    }
    const QString text = kbsync::KbDataPage::pageText(kbsync::KbDataPage::Kind::Usage, usage.toJson());
    const kbsync::PublishOutcome out = kbsync::waitFor<kbsync::PublishOutcome>(
        [&](QObject* ctx, auto done) { wiki.publishPage(title, text, comment, base, ctx, std::move(done)); });
    if (!out.ok())
        return fail(out.error->message);
    printLine(QCoreApplication::translate("KbUsageCommand", "%1 published (version %2): %3 calls, %4 articles.")
                  .arg(title)
                  .arg(out.version)
                  .arg(usage.calls())
                  .arg(usage.articles().size()));
    return Success;
}

} // namespace

int runKbUsage(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "KbUsageCommand", "kb usage: how often operators open each article after a search, from the call log of "
                          "this workstation (the supervisor's synced log and its own calls), as usage.json.\n"
                          "With --publish it becomes the wiki page Kb_usage that every workstation's search uses."));
    parser.addHelpOption();
    const QCommandLineOption publishOpt(
        QStringLiteral("publish"),
        QCoreApplication::translate("KbUsageCommand", "Publish it as the page Kb_usage (needs the KB editor role)."));
    const QCommandLineOption halfLifeOpt(
        QStringLiteral("half-life"),
        QCoreApplication::translate("KbUsageCommand", "Days after which an open counts half (default 30)."),
        QStringLiteral("days"), QStringLiteral("30"));
    const QCommandLineOption commentOpt(
        QStringLiteral("comment"), QCoreApplication::translate("KbUsageCommand", "Edit comment of the page."),
        QStringLiteral("text"), QCoreApplication::translate("KbUsageCommand", "Usage recomputed from the call log"));
    parser.addOptions({publishOpt, halfLifeOpt, commentOpt});
    if (const auto done = parseOrHelp(parser, args))
        return *done;
    bool ok = false;
    const double halfLife = parser.value(halfLifeOpt).toDouble(&ok);
    if (!ok || halfLife < 1 || halfLife > 3650)
        return usageError(
            QCoreApplication::translate("KbUsageCommand", "--half-life must be a number of days from 1 to 3650."));

    const Result<QString> privateData = workstationDataDir();
    if (!privateData)
        return fail(privateData.error().message);
    const QString dataDir = privateData.value();
    const SystemClock clock;
    calllog::CallLogRecords records;
    const QString logPath = QDir(dataDir).filePath(QStringLiteral("calllog.sqlite"));
    if (QFileInfo::exists(logPath)) {
        auto policy = domain::DeadlinePolicy::fromKb(shippedKbDir());
        if (!policy)
            return fail(policy.error().message);
        auto cache = calllog::CallLogCache::open(logPath, policy.value());
        if (!cache)
            return fail(cache.error().message);
        records = cache.value()->records();
    }
    QList<call::CallRecord> own;
    const QString outboxPath = QDir(dataDir).filePath(QStringLiteral("outbox.sqlite"));
    if (QFileInfo::exists(outboxPath)) {
        auto outbox = outbox::OutboxStore::open(outboxPath, clock);
        if (!outbox)
            return fail(outbox.error().message);
        for (const outbox::OutboxEntry& e : outbox.value()->callRecords())
            own.append(e.call);
    }
    if (records.isEmpty() && own.isEmpty())
        return fail(QCoreApplication::translate("KbUsageCommand",
                                                "No call log on this workstation (%1): open the supervisor's call log "
                                                "and sync it first.")
                        .arg(logPath));
    const kb::UsageStats usage = kbsync::usageOf(records, own, clock.now(), halfLife);
    if (parser.isSet(publishOpt))
        return publish(usage, parser.value(commentOpt));
    printLine(QString::fromUtf8(usage.toJson()).trimmed());
    return Success;
}

} // namespace hotline::cli
