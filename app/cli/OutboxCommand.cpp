#include "CliOutput.h"
#include "Commands.h"
#include "call/Clock.h"
#include "domain/ReferenceData.h"
#include "net/Account.h"
#include "net/KeyStore.h"
#include "net/RedmineClient.h"
#include "net/ServerSettings.h"
#include "outbox/OutboxSender.h"
#include "outbox/OutboxStore.h"
#include "settings/DataPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <cstdio>

// hotline-cli outbox list|send, login, logout: for administrators and scripts. The server comes from the
// settings (server/url, server/caFile) or HOTLINE_REDMINE_URL / HOTLINE_REDMINE_CA_FILE; the API key from the
// keychain or HOTLINE_REDMINE_API_KEY.

namespace hotline::cli {

namespace {

int fail(const QString& message, int code = Invalid) {
    std::fflush(stdout);
    const QByteArray out = message.toUtf8();
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stderr);
    std::fputc('\n', stderr);
    return code;
}

// The workstation's outbox, in the data folder (an error when that cannot be made private).
Result<QString> defaultDb() {
    const Result<QString> dataDir = workstationDataDir();
    if (!dataDir)
        return dataDir.error();
    return QDir(dataDir.value()).filePath(QStringLiteral("outbox.sqlite"));
}

QJsonObject entryJson(const outbox::OutboxEntry& e) {
    if (e.kind == outbox::OutboxEntry::Kind::Note)
        return QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("client_id"), e.note.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("state"), outbox::outboxStateId(e.state)},
            {QStringLiteral("kind"), QStringLiteral("note")},
            {QStringLiteral("issue"), e.note.issueId},
            {QStringLiteral("attempts"), e.attempts},
            {QStringLiteral("maybe_delivered"), e.maybeDelivered},
            {QStringLiteral("next_attempt_at"), e.nextAttemptAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("redmine_id"), e.redmineIssueId},
            {QStringLiteral("last_error"), e.lastError},
        };
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("client_id"), e.appeal.clientId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("state"), outbox::outboxStateId(e.state)},
        {QStringLiteral("kind"), domain::appealKindId(e.appeal.kind)},
        {QStringLiteral("subject"), e.appeal.subject},
        {QStringLiteral("attempts"), e.attempts},
        {QStringLiteral("maybe_delivered"), e.maybeDelivered},
        {QStringLiteral("next_attempt_at"), e.nextAttemptAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("redmine_id"), e.redmineIssueId},
        {QStringLiteral("last_error"), e.lastError},
    };
}

} // namespace

// Configures the client from the settings/environment and puts the API key in (also used by kb publish/sync).
Status connectClient(net::RedmineClient& client) {
    const net::ServerSettings s = net::ServerSettings::load();
    if (s.url.isEmpty())
        return Error{Error::Code::InvalidInput,
                     QCoreApplication::translate(
                         "OutboxCommand", "No server configured: run hotline-cli login, or set HOTLINE_REDMINE_URL.")};
    net::ServerConfig config;
    config.url = s.url;
    config.caFile = s.caFile;
    config.timeoutMs = s.timeoutMs;
    if (auto st = client.configure(config); !st)
        return st;
    if (!s.apiKeyFromEnvironment.isEmpty()) {
        client.setApiKey(s.apiKeyFromEnvironment);
        return Ok{};
    }
    net::KeyStore keys;
    auto key = keys.loadNow(s.url);
    if (!key)
        return key.error();
    client.setApiKey(key.value());
    return Ok{};
}

namespace {

int send(outbox::OutboxStore& store) {
    QNetworkAccessManager network;
    net::RedmineClient client(network);
    if (auto st = connectClient(client); !st)
        return fail(st.error().message);
    auto reference = domain::ReferenceData::load(shippedKbDir() + QStringLiteral("/reference"));
    if (!reference)
        return fail(reference.error().message);
    outbox::OutboxSender sender(store, client, reference.value(), store.clock());
    QObject::connect(&sender, &outbox::OutboxSender::delivered, [](qint64 id, int issue) {
        printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("filed"), issue}});
        std::fflush(stdout);
    });
    QObject::connect(&sender, &outbox::OutboxSender::failed, [](qint64 id, const QString& reason) {
        printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("failed"), reason}});
        std::fflush(stdout);
    });
    QObject::connect(&sender, &outbox::OutboxSender::retryScheduled,
                     [](qint64 id, const QString& reason, const QDateTime& next) {
                         printJson(QJsonObject{{QStringLiteral("id"), id},
                                               {QStringLiteral("retry"), reason},
                                               {QStringLiteral("next_attempt_at"), next.toString(Qt::ISODate)}});
                         std::fflush(stdout);
                     });
    QObject::connect(&sender, &outbox::OutboxSender::authorizationLost, [](const QString& message) {
        printJson(QJsonObject{{QStringLiteral("stopped"), message}});
        std::fflush(stdout);
    });
    QObject::connect(&sender, &outbox::OutboxSender::storeFailed, [](const QString& message) {
        printJson(QJsonObject{{QStringLiteral("stopped"), message}});
        std::fflush(stdout);
    });
    QEventLoop loop;
    int filed = 0, failed = 0, waiting = 0;
    QObject::connect(&sender, &outbox::OutboxSender::passFinished, &loop, [&](int f, int x, int w) {
        filed = f;
        failed = x;
        waiting = w;
        loop.quit();
    });
    sender.deliverDue();
    loop.exec();
    printLine(QCoreApplication::translate("OutboxCommand", "filed %1, failed %2, waiting %3")
                  .arg(filed)
                  .arg(failed)
                  .arg(waiting));
    return failed == 0 && waiting == 0 ? Success : Invalid;
}

} // namespace

int runOutbox(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "OutboxCommand",
        "The local outbox of appeals: list shows every entry (JSON lines), send delivers everything due now."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | send"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("OutboxCommand", "The outbox database (default: the workstation's)."),
        QStringLiteral("path"));
    parser.addOption(db);
    if (const auto done = parseOrHelp(parser, args))
        return *done;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || (pos.first() != QLatin1String("list") && pos.first() != QLatin1String("send")))
        return usageError(
            QCoreApplication::translate("OutboxCommand", "Usage: hotline-cli outbox list|send [--db PATH]"));
    const Result<QString> path = parser.isSet(db) ? Result<QString>(parser.value(db)) : defaultDb();
    if (!path)
        return fail(path.error().message);
    SystemClock clock;
    auto store = outbox::OutboxStore::open(path.value(), clock);
    if (!store)
        return fail(store.error().message);
    if (pos.first() == QLatin1String("list")) {
        const auto entries = store.value()->entries();
        for (auto it = entries.crbegin(); it != entries.crend(); ++it)
            printJson(entryJson(*it));
        return Success;
    }
    return send(*store.value());
}

int runLogin(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "OutboxCommand", "Logs in to the Redmine server: the password is read from standard input, "
                         "the personal API key is kept in the system keychain."));
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"),
                                 QCoreApplication::translate("OutboxCommand", "The server address (https://...)."),
                                 QStringLiteral("url"));
    const QCommandLineOption ca(QStringLiteral("ca-file"),
                                QCoreApplication::translate("OutboxCommand", "Extra CA certificate file (PEM)."),
                                QStringLiteral("file"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("OutboxCommand", "The Redmine login."),
                                  QStringLiteral("login"));
    parser.addOptions({url, ca, user});
    if (const auto done = parseOrHelp(parser, args))
        return *done;
    if (!parser.isSet(url) || !parser.isSet(user))
        return usageError(QCoreApplication::translate(
            "OutboxCommand", "Usage: hotline-cli login --url URL --user LOGIN [--ca-file FILE] < password"));
    QTextStream in(stdin);
    const QString password = in.readLine();

    QNetworkAccessManager network;
    net::RedmineClient client(network);
    net::ServerConfig config;
    config.url = QUrl(parser.value(url));
    config.caFile = parser.value(ca);
    if (auto st = client.configure(config); !st)
        return fail(st.error().message);
    std::optional<Result<net::AccountService::LoginResult>> result;
    QEventLoop loop;
    net::AccountService::login(client, parser.value(user), password, &loop, [&](auto r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (!result->ok())
        return fail(result->error().message);
    net::KeyStore keys;
    if (auto st = keys.storeNow(config.url, result->value().apiKey); !st)
        return fail(st.error().message);
    net::ServerSettings::save(config.url, config.caFile);
    const net::Account& a = result->value().account;
    printJson(QJsonObject{{QStringLiteral("login"), a.login},
                          {QStringLiteral("operator"), a.modes.operatorMode},
                          {QStringLiteral("supervisor"), a.modes.supervisor},
                          {QStringLiteral("editor"), a.modes.editor}});
    return Success;
}

int runLogout(const QStringList& args) {
    Q_UNUSED(args)
    const net::ServerSettings s = net::ServerSettings::load();
    if (s.url.isEmpty())
        return Success;
    net::KeyStore keys;
    if (auto st = keys.removeNow(s.url); !st)
        return fail(st.error().message);
    return Success;
}

} // namespace hotline::cli
