#include "ServerSettings.h"

#include "settings/Settings.h"

namespace hotline::net {

// The keys and their reading are the app's Settings (QSettings of the organisation and application
// "hotline0150", which main() sets); this adds only the environment's overrides.
ServerSettings ServerSettings::load() {
    const Settings settings;
    ServerSettings s;
    const QString envUrl = qEnvironmentVariable("HOTLINE_REDMINE_URL");
    s.url = envUrl.isEmpty() ? settings.serverUrl() : QUrl(envUrl);
    s.caFile = qEnvironmentVariableIsSet("HOTLINE_REDMINE_CA_FILE") ? qEnvironmentVariable("HOTLINE_REDMINE_CA_FILE")
                                                                    : settings.serverCaFile();
    s.apiKeyFromEnvironment = qgetenv("HOTLINE_REDMINE_API_KEY");
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("HOTLINE_REDMINE_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        s.timeoutMs = timeout;
    return s;
}

void ServerSettings::save(const QUrl& url, const QString& caFile) {
    Settings settings;
    settings.setServerUrl(url);
    settings.setServerCaFile(caFile);
}

} // namespace hotline::net
