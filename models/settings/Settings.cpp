#include "Settings.h"

#include <QVariantMap>

namespace hotline {

namespace {

struct KeyInfo {
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

// The table of every setting the workstation keeps, with its default.
const KeyInfo& info(Settings::Key key) {
    static const KeyInfo table[] = {
        {Settings::Key::ServerUrl, "server/url", QString()},
        {Settings::Key::ServerLogin, "server/login", QString()},
        {Settings::Key::ServerCaFile, "server/caFile", QString()},
        {Settings::Key::CallTargetHandlingSeconds, "call/targetHandlingSeconds", 300},
        {Settings::Key::CallRetentionDays, "call/retentionDays", 90},
        {Settings::Key::UiGeometry, "ui/geometry", QByteArray()},
        {Settings::Key::UiWindowState, "ui/windowState", QByteArray()},
        {Settings::Key::UiSplitters, "ui/splitters", QVariantMap()},
        {Settings::Key::UiLanguage, "ui/language", QStringLiteral("ru")},
        {Settings::Key::KbSyncMinutes, "kb/syncMinutes", 10},
        {Settings::Key::ServerModes, "server/modes", QStringList()},
        {Settings::Key::PhoneControl, "phone/control", QString()},
        {Settings::Key::PhoneDialFormat, "phone/dialFormat", QStringLiteral("%1")},
    };
    for (const KeyInfo& i : table) {
        if (i.key == key)
            return i;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

Settings::~Settings() = default;

QString Settings::keyName(Key key) {
    return QLatin1String(info(key).name);
}

QVariant Settings::defaultValue(Key key) {
    return info(key).defaultValue;
}

QVariant Settings::value(Key key) const {
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value) {
    m_settings->setValue(keyName(key), value);
}

bool Settings::contains(Key key) const {
    return m_settings->contains(keyName(key));
}

QUrl Settings::serverUrl() const {
    return QUrl(value(Key::ServerUrl).toString().trimmed());
}

void Settings::setServerUrl(const QUrl& url) {
    setValue(Key::ServerUrl, url.toString());
}

QString Settings::serverLogin() const {
    return value(Key::ServerLogin).toString();
}

void Settings::setServerLogin(const QString& login) {
    setValue(Key::ServerLogin, login);
}

QString Settings::serverCaFile() const {
    return value(Key::ServerCaFile).toString();
}

void Settings::setServerCaFile(const QString& path) {
    setValue(Key::ServerCaFile, path);
}

int Settings::targetHandlingSeconds(int policyDefault) const {
    if (!contains(Key::CallTargetHandlingSeconds))
        return policyDefault > 0 ? policyDefault : defaultValue(Key::CallTargetHandlingSeconds).toInt();
    const int seconds = value(Key::CallTargetHandlingSeconds).toInt();
    return seconds > 0 ? seconds : policyDefault;
}

void Settings::setTargetHandlingSeconds(int seconds) {
    setValue(Key::CallTargetHandlingSeconds, seconds);
}

int Settings::callRetentionDays() const {
    bool ok = false;
    const int days = value(Key::CallRetentionDays).toInt(&ok);
    return ok && days > 0 ? days : defaultValue(Key::CallRetentionDays).toInt();
}

void Settings::setCallRetentionDays(int days) {
    setValue(Key::CallRetentionDays, days);
}

QByteArray Settings::windowGeometry() const {
    return value(Key::UiGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry) {
    setValue(Key::UiGeometry, geometry);
}

QByteArray Settings::windowState() const {
    return value(Key::UiWindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state) {
    setValue(Key::UiWindowState, state);
}

QByteArray Settings::splitterState(const QString& name) const {
    return value(Key::UiSplitters).toMap().value(name).toByteArray();
}

void Settings::setSplitterState(const QString& name, const QByteArray& state) {
    QVariantMap map = value(Key::UiSplitters).toMap();
    map.insert(name, state);
    setValue(Key::UiSplitters, map);
}

QString Settings::language() const {
    return value(Key::UiLanguage).toString();
}

void Settings::setLanguage(const QString& language) {
    setValue(Key::UiLanguage, language);
}

int Settings::kbSyncMinutes() const {
    bool ok = false;
    const int minutes = value(Key::KbSyncMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : defaultValue(Key::KbSyncMinutes).toInt();
}

QStringList Settings::lastModes() const {
    return value(Key::ServerModes).toStringList();
}

void Settings::setLastModes(const QStringList& modes) {
    setValue(Key::ServerModes, modes);
}

QString Settings::phoneControl() const {
    return value(Key::PhoneControl).toString().trimmed();
}

void Settings::setPhoneControl(const QString& address) {
    setValue(Key::PhoneControl, address);
}

QString Settings::phoneDialFormat() const {
    const QString format = value(Key::PhoneDialFormat).toString().trimmed();
    return format.contains(QLatin1String("%1")) ? format : defaultValue(Key::PhoneDialFormat).toString();
}

void Settings::sync() {
    m_settings->sync();
}

QString Settings::fileName() const {
    return m_settings->fileName();
}

} // namespace hotline
