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
    // The sender stopped; the next login (resume → connectWithKey) starts it again on the same entry.
    connect(&m_sender, &outbox::OutboxSender::authorizationLost, this, [this](const QString& message) {
        m_connected = false;
        setState(message);
    });
    connect(&m_sender, &outbox::OutboxSender::storeFailed, this, [this](const QString& message) { setState(message); });
    const QStringList last = m_settings.lastModes();
    m_modes.operatorMode = last.contains(QLatin1String("operator"));
    m_modes.supervisor = last.contains(QLatin1String("supervisor"));
    m_modes.editor = last.contains(QLatin1String("editor"));
}

void ServerSession::setModes(const net::UserModes& modes) {
    m_modes = modes;
    QStringList names;
    if (modes.operatorMode)
        names << QStringLiteral("operator");
    if (modes.supervisor)
        names << QStringLiteral("supervisor");
    if (modes.editor)
        names << QStringLiteral("editor");
    m_settings.setLastModes(names);
    emit modesChanged(modes);
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
    if (auto st = net::RedmineClient::checkUrl(url, config.allowPlainHttpOnLoopback); !st) {
        setState(st.error().message);
        return;
    }
    m_keys.load(url, [this, config](Result<QByteArray> key) {
        if (!key) {
            setState(key.error().code == Error::Code::NotFound ? tr("Not logged in: appeals wait in the outbox")
                                                               : key.error().message);
            return;
        }
        // The address and its key change together: a key never goes to a server it was not issued by.
        if (auto st = m_client.configure(config); !st) {
            setState(st.error().message);
            return;
        }
        connectWithKey(key.value());
    });
}

void ServerSession::connectWithKey(const QByteArray& key) {
    m_client.setApiKey(key);
    setState(tr("Server: %1").arg(m_client.config().url.host()));
    m_sender.start();
    m_connected = true;
    emit connected();
    // The roles decide the modes; offline, the last known ones stay.
    net::AccountService::currentAccount(m_client, this, [this](Result<net::Account> account) {
        if (account)
            setModes(account.value().modes);
    });
}

void ServerSession::login(QWidget* parent) {
    LoginDialog dialog(m_client.network(), m_keys, parent);
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
    m_connected = false;
    setModes({});
    emit disconnected();
    m_keys.remove(url, [this, parent](Status st) {
        if (!st)
            QMessageBox::warning(parent, tr("Logout"), st.error().message);
        setState(tr("Not logged in: appeals wait in the outbox"));
    });
}

} // namespace hotline::ui
