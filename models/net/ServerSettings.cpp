#include "ServerSettings.h"

#include <QSettings>

namespace hotline::net {

namespace {
const QString kUrl = QStringLiteral("server/url");
const QString kCaFile = QStringLiteral("server/caFile");
} // namespace

ServerSettings ServerSettings::load() {
    QSettings settings(QStringLiteral("hotline0150"), QStringLiteral("hotline0150"));
    ServerSettings s;
    const QString envUrl = qEnvironmentVariable("HOTLINE_REDMINE_URL");
    s.url = QUrl(envUrl.isEmpty() ? settings.value(kUrl).toString() : envUrl);
    s.caFile = qEnvironmentVariableIsSet("HOTLINE_REDMINE_CA_FILE") ? qEnvironmentVariable("HOTLINE_REDMINE_CA_FILE")
                                                                    : settings.value(kCaFile).toString();
    s.apiKeyFromEnvironment = qgetenv("HOTLINE_REDMINE_API_KEY");
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("HOTLINE_REDMINE_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        s.timeoutMs = timeout;
    return s;
}

void ServerSettings::save(const QUrl& url, const QString& caFile) {
    QSettings settings(QStringLiteral("hotline0150"), QStringLiteral("hotline0150"));
    settings.setValue(kUrl, url.toString());
    settings.setValue(kCaFile, caFile);
}

} // namespace hotline::net
