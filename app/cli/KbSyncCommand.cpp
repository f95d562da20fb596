#include "CliOutput.h"
#include "Commands.h"
#include "kb/KbRepository.h"
#include "kbsync/ScriptPages.h"
#include "kbsync/WikiSync.h"
#include "settings/DataPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <cstdio>

// hotline-cli kb publish DIR: uploads every article of DIR as a page of the KB wiki (the first upload of
// kb_data, or a bulk update); hotline-cli kb sync: brings this workstation's KB in step with the wiki.

namespace hotline::cli {

namespace {

int fail(const QString& message) {
    std::fflush(stdout);
    const QByteArray out = message.toUtf8();
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stderr);
    std::fputc('\n', stderr);
    return Invalid;
}

int publish(const QString& dir, const QString& comment, bool json) {
    const kb::KnowledgeBase::Loaded loaded = kb::KnowledgeBase::loadFromDir(dir);
    for (const kb::KbIssue& issue : loaded.issues)
        fail(issue.toString());
    if (loaded.kb.articles().isEmpty())
        return fail(QCoreApplication::translate("KbSyncCommand", "No articles could be loaded from %1.").arg(dir));
    QNetworkAccessManager network;
    net::RedmineClient client(network);
    if (auto st = connectClient(client); !st)
        return fail(st.error().message);
    kbsync::WikiPublisher wiki(client);
    const auto index = kbsync::waitFor<Result<QList<kbsync::WikiPageInfo>>>(
        [&](QObject* ctx, auto done) { wiki.index(ctx, std::move(done)); });
    if (!index)
        return fail(index.error().message);
    QHash<QString, int> versions;
    for (const kbsync::WikiPageInfo& p : index.value())
        versions.insert(kbsync::WikiPublisher::articleIdOf(p.title), p.version);

    int published = 0;
    int unchanged = 0;
    QJsonArray failures;
    bool stopped = false;
    for (const kb::Article& a : loaded.kb.articles()) {
        const int base = versions.value(a.id);
        const kbsync::PublishOutcome out = kbsync::waitFor<kbsync::PublishOutcome>(
            [&](QObject* ctx, auto done) { wiki.publish(a.id, a.markdown, comment, base, ctx, std::move(done)); });
        if (!out.ok()) {
            failures.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("error"), out.error->message}});
            fail(QStringLiteral("%1: %2").arg(a.id, out.error->message));
            if (out.error->code == Error::Code::Forbidden || out.error->code == Error::Code::Unauthorized ||
                out.error->code == Error::Code::Network || out.error->code == Error::Code::Tls) {
                stopped = true;
                break; // the same for every page: stop at the first
            }
            continue;
        }
        ++(out.version == base ? unchanged : published);
    }
    // The guided scripts as their pages "Script_<id>" (the file unchanged in the page's JSON block).
    for (const scripts::Script& s : loaded.kb.scripts()) {
        if (stopped)
            break;
        QFile file(QDir(dir).filePath(s.filePath));
        if (!file.open(QIODevice::ReadOnly)) {
            failures.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("error"), file.errorString()}});
            continue;
        }
        const QString title = kbsync::ScriptPage::title(s.id);
        const int base = versions.value(kbsync::WikiPublisher::articleIdOf(title));
        const QString text = kbsync::ScriptPage::pageText(s.title, file.readAll());
        const kbsync::PublishOutcome out = kbsync::waitFor<kbsync::PublishOutcome>(
            [&](QObject* ctx, auto done) { wiki.publishPage(title, text, comment, base, ctx, std::move(done)); });
        if (!out.ok()) {
            failures.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("error"), out.error->message}});
            fail(QStringLiteral("%1: %2").arg(title, out.error->message));
            continue;
        }
        ++(out.version == base ? unchanged : published);
    }
    if (json) {
        printJson(QJsonObject{{QStringLiteral("published"), published},
                              {QStringLiteral("unchanged"), unchanged},
                              {QStringLiteral("failed"), failures},
                              {QStringLiteral("problems"), loaded.issues.size()}});
    } else {
        printLine(QCoreApplication::translate("KbSyncCommand", "%1 articles published, %2 unchanged, %3 failed.")
                      .arg(published)
                      .arg(unchanged)
                      .arg(failures.size()));
    }
    return failures.isEmpty() && loaded.issues.isEmpty() ? Success : Invalid;
}

int sync(bool json) {
    const QString dataDir = workstationDataDir();
    QNetworkAccessManager network;
    net::RedmineClient client(network);
    kbsync::WikiPublisher wiki(client);
    kbsync::WikiSync syncer(wiki, shippedKbDir(), dataDir);
    if (auto st = connectClient(client); !st)
        return fail(QCoreApplication::translate("KbSyncCommand", "%1\nThe knowledge base stays %2.")
                        .arg(st.error().message, syncer.currentKbDir()));
    const kbsync::SyncReport report =
        kbsync::waitFor<kbsync::SyncReport>([&](QObject* ctx, auto done) { syncer.run(ctx, std::move(done)); });
    for (const kb::KbIssue& issue : report.rejected)
        fail(QCoreApplication::translate("KbSyncCommand", "skipped: %1").arg(issue.toString()));
    auto repo = kb::KbRepository::open(report.kbDir, kb::KbRepository::defaultIndexPath(dataDir));
    if (json) {
        QJsonArray rejected;
        for (const kb::KbIssue& issue : report.rejected)
            rejected.append(issue.toString());
        printJson(QJsonObject{
            {QStringLiteral("updated"), QJsonArray::fromStringList(report.updated)},
            {QStringLiteral("removed"), QJsonArray::fromStringList(report.removed)},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("kb_dir"), report.kbDir},
            {QStringLiteral("error"), report.error ? report.error->message : QString()},
            {QStringLiteral("articles"), repo ? repo.value().index->articleCount() : 0},
            {QStringLiteral("index_rebuilt"), repo ? repo.value().rebuilt : false},
        });
    } else {
        printLine(QCoreApplication::translate("KbSyncCommand",
                                              "%1 articles updated, %2 removed, %3 pages skipped; knowledge base: %4")
                      .arg(report.updated.size())
                      .arg(report.removed.size())
                      .arg(report.rejected.size())
                      .arg(report.kbDir));
    }
    if (report.error)
        return fail(QCoreApplication::translate("KbSyncCommand", "%1\nThe knowledge base stays %2.")
                        .arg(report.error->message, report.kbDir));
    if (!repo)
        return fail(repo.error().message);
    return Success;
}

} // namespace

int runKbSync(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "KbSyncCommand", "kb publish DIR: upload the articles of DIR to the knowledge-base wiki.\n"
                         "kb sync: bring this workstation's knowledge base in step with the wiki."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("publish DIR | sync"));
    const QCommandLineOption commentOpt(
        QStringLiteral("comment"),
        QCoreApplication::translate("KbSyncCommand", "Edit comment of the published versions."), QStringLiteral("text"),
        QCoreApplication::translate("KbSyncCommand", "Upload of kb_data"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QCoreApplication::translate("KbSyncCommand", "JSON output."));
    parser.addOptions({commentOpt, jsonOpt});
    if (const auto done = parseOrHelp(parser, args))
        return *done;
    const QStringList pos = parser.positionalArguments();
    if (pos.value(0) == QLatin1String("sync") && pos.size() == 1)
        return sync(parser.isSet(jsonOpt));
    if (pos.value(0) == QLatin1String("publish") && pos.size() == 2)
        return publish(pos.at(1), parser.value(commentOpt), parser.isSet(jsonOpt));
    return usageError(QCoreApplication::translate(
        "KbSyncCommand", "Usage: hotline-cli kb publish DIR [--comment TEXT] | hotline-cli kb sync [--json]"));
}

} // namespace hotline::cli
