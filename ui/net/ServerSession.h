#pragma once

#include "net/Account.h"

#include <QObject>
#include <QString>

class QWidget;

namespace hotline {
class Settings;
namespace net {
class KeyStore;
class RedmineClient;
} // namespace net
namespace outbox {
class OutboxSender;
}
} // namespace hotline

namespace hotline::ui {

// The workstation's link to the central Redmine: at start it takes the configured server and the key from
// the keychain and starts delivering the outbox; login and logout go through it. Without a server or a key
// the app keeps working and appeals wait in the outbox.
class ServerSession : public QObject {
    Q_OBJECT
public:
    ServerSession(Settings& settings, net::RedmineClient& client, net::KeyStore& keys, outbox::OutboxSender& sender,
                  QObject* parent = nullptr);

    void resume();                // at start: configured server + stored key → deliver
    void login(QWidget* parent);  // the login dialog
    void logout(QWidget* parent); // deletes the key; appeals then wait in the outbox
    QString stateText() const { return m_state; }
    bool isConnected() const { return m_connected; }
    // What the user's Redmine roles allow: from the server once it answers, else from the last login.
    net::UserModes modes() const { return m_modes; }

signals:
    void stateChanged(const QString& text);
    void connected();    // a server and a key: the client may be used
    void disconnected(); // logged out
    void modesChanged(const hotline::net::UserModes& modes);

private:
    void connectWithKey(const QByteArray& key);
    void setState(const QString& text);
    void setModes(const net::UserModes& modes);

    Settings& m_settings;
    net::RedmineClient& m_client;
    net::KeyStore& m_keys;
    outbox::OutboxSender& m_sender;
    QString m_state;
    bool m_connected = false;
    net::UserModes m_modes;
};

} // namespace hotline::ui
