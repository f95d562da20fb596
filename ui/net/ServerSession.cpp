#include "ServerSession.h"

#include "LoginDialog.h"
#include "net/KeyStore.h"
#include "net/RedmineClient.h"
#include "outbox/OutboxSender.h"
#include "settings/Settings.h"

#include <QMessageBox>

namespace hotline::ui {

ServerSession::ServerSession(Settings& settings, net::RedmineClient& client, net::KeyStore& keys,
                             outbox::OutboxSender& sender, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(client)
    , m_keys(keys)
    , m_sender(sender) {
    connect(&m_sender, &outbox::OutboxSender::delivered, this,
            [this](qint64, int issue) { setState(tr("Server: connected, last appeal filed as #%1").arg(issue)); });
    connect(&m_sender, &outbox::OutboxSender::retryScheduled, this,
            [this](qint64, const QString& reason, const QDateTime&) { setState(tr("Server: %1").arg(reason)); });
}

void ServerSession::setState(const QString& text) {
    m_state = text;
    emit stateChanged(text);
}

void ServerSession::resume() {
    const QUrl url = m_settings.serverUrl();
    if (url.isEmpty())
        return;
    net::ServerConfig config;
    config.url = url;
    config.caFile = m_settings.serverCaFile();
    if (auto st = m_client.configure(config); !st) {
        setState(st.error().message);
        return;
    }
    m_keys.load(url, [this](Result<QByteArray> key) {
        if (!key) {
            setState(key.error().code == Error::Code::NotFound ? tr("Not logged in: appeals wait in the outbox")
                                                               : key.error().message);
            return;
        }
        connectWithKey(key.value());
    });
}

void ServerSession::connectWithKey(const QByteArray& key) {
    m_client.setApiKey(key);
    setState(tr("Server: %1").arg(m_client.config().url.host()));
    m_sender.start();
}

void ServerSession::login(QWidget* parent) {
    LoginDialog dialog(m_client, m_keys, parent);
    dialog.setServer(m_settings.serverUrl(), m_settings.serverCaFile());
    dialog.setLogin(m_settings.serverLogin());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings.setServerUrl(dialog.serverUrl());
    m_settings.setServerCaFile(dialog.caFile());
    m_settings.setServerLogin(dialog.account().login);
    resume();
}

void ServerSession::logout(QWidget* parent) {
    const QUrl url = m_settings.serverUrl();
    if (url.isEmpty())
        return;
    m_sender.stop();
    m_client.setApiKey({});
    m_keys.remove(url, [this, parent](Status st) {
        if (!st)
            QMessageBox::warning(parent, tr("Logout"), st.error().message);
        setState(tr("Not logged in: appeals wait in the outbox"));
    });
}

} // namespace hotline::ui
