#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace hotline::net {

// Where the server is: the app's Settings (server/url, server/caFile; main() sets the organisation and application
// "hotline0150"), overridden for scripts and tests by the environment:
// HOTLINE_REDMINE_URL, HOTLINE_REDMINE_CA_FILE, HOTLINE_REDMINE_API_KEY (the key then does not come from the
// keychain) and HOTLINE_REDMINE_TIMEOUT_MS.
struct ServerSettings {
    QUrl url;
    QString caFile;
    QByteArray apiKeyFromEnvironment;
    int timeoutMs = 30000;

    static ServerSettings load();
    static void save(const QUrl& url, const QString& caFile);
};

} // namespace hotline::net
