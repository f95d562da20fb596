#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>
#include <memory>

namespace hotline {

// The workstation's settings: one table of keys with their defaults (Settings.cpp) and typed accessors over
// one QSettings. Secrets never go here (the API key lives in the OS keychain).
class Settings {
public:
    // The user's settings file (QSettings' native place for the application).
    Settings();
    // An explicit INI file: tests point this at a temporary directory.
    explicit Settings(const QString& iniPath);
    ~Settings();

    enum class Key {
        ServerUrl,
        ServerLogin,
        ServerCaFile,
        CallTargetHandlingSeconds,
        CallRetentionDays,
        UiGeometry,
        UiWindowState,
        UiSplitters,
        UiLanguage,
        KbSyncMinutes,
        ServerModes,
        PhoneControl,
        PhoneDialFormat,
    };
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    bool contains(Key key) const;

    QUrl serverUrl() const;
    void setServerUrl(const QUrl& url);
    QString serverLogin() const;
    void setServerLogin(const QString& login);
    QString serverCaFile() const;
    void setServerCaFile(const QString& path);

    // The supervisor's target for one call; unset means the deadline policy's value.
    int targetHandlingSeconds(int policyDefault) const;
    void setTargetHandlingSeconds(int seconds);

    // How long call records (the workstation's own and the supervisor's cache of the line) are kept: they
    // hold personal data. At least 1 day.
    int callRetentionDays() const;
    void setCallRetentionDays(int days);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    // Splitter states by the splitter's object name.
    QByteArray splitterState(const QString& name) const;
    void setSplitterState(const QString& name, const QByteArray& state);
    QString language() const; // "ru" or "en"
    void setLanguage(const QString& language);

    // How often a connected workstation asks the KB wiki for changes (0: only at start).
    int kbSyncMinutes() const;
    // The modes the user's Redmine roles allowed at the last login ("operator", "supervisor", "editor"), so
    // that the menus are right before the server answers or while it cannot be reached. Redmine still
    // refuses the data to a key without the role.
    QStringList lastModes() const;
    void setLastModes(const QStringList& modes);

    // The softphone (baresip's ctrl_tcp) on this computer, "127.0.0.1:4444"; empty: no softphone.
    QString phoneControl() const;
    void setPhoneControl(const QString& address);
    // How a call-back number is dialled: %1 is +7XXXXXXXXXX (e.g. "%1" or "sip:%1@pbx.example.ru").
    QString phoneDialFormat() const;

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hotline
