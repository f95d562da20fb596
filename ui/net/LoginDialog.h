#pragma once

#include "net/Account.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace hotline::net {
class KeyStore;
class RedmineClient;
} // namespace hotline::net

namespace hotline::ui {

// Server address, login, password and an optional CA file → the personal API key in the keychain. The
// password lives only in the field and the one request; errors are shown in the dialog in plain words.
// It logs in with a client of its own: the app's client (and the key it sends) stays on the server it has
// until a login succeeded and the new key is stored (ServerSession then switches it).
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(QNetworkAccessManager& network, net::KeyStore& keys, QWidget* parent = nullptr);

    void setServer(const QUrl& url, const QString& caFile);
    void setLogin(const QString& login);

    // After accept(): what the caller saves (server/url, server/caFile) and the modes to offer.
    QUrl serverUrl() const;
    QString caFile() const;
    const net::Account& account() const { return m_account; }

    QString errorText() const;

private:
    void submit();
    void chooseCaFile();
    void setBusy(bool busy);
    void showError(const QString& message);

    net::RedmineClient* m_client; // the dialog's own, for the login requests only
    net::KeyStore& m_keys;
    QLineEdit* m_url;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLineEdit* m_caFile;
    QPushButton* m_browse;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    net::Account m_account;
};

} // namespace hotline::ui
