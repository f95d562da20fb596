#include "LoginDialog.h"

#include "net/KeyStore.h"
#include "net/RedmineClient.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hotline::ui {

LoginDialog::LoginDialog(QNetworkAccessManager& network, net::KeyStore& keys, QWidget* parent)
    : QDialog(parent)
    , m_client(new net::RedmineClient(network, this))
    , m_keys(keys)
    , m_url(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse..."), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Log in to the Redmine server"));
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_error->setObjectName(QStringLiteral("error"));
    m_url->setPlaceholderText(QStringLiteral("https://redmine.example.ru"));
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile->setPlaceholderText(tr("Only if the server's certificate is from a regional CA"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));

    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* field, QLayout* layout = nullptr) {
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        layout ? form->addRow(l, layout) : form->addRow(l, field);
    };
    addRow(tr("&Server:"), m_url);
    addRow(tr("L&ogin:"), m_login);
    addRow(tr("&Password:"), m_password);
    addRow(tr("&CA certificate:"), m_caFile, caRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setTabOrder(m_url, m_login);
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_caFile);
    setTabOrder(m_caFile, m_browse);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &LoginDialog::chooseCaFile);
    m_url->setFocus();
}

void LoginDialog::setServer(const QUrl& url, const QString& caFile) {
    m_url->setText(url.toString());
    m_caFile->setText(caFile);
    if (!url.isEmpty())
        m_login->setFocus();
}

void LoginDialog::setLogin(const QString& login) {
    m_login->setText(login);
    if (!login.isEmpty())
        m_password->setFocus();
}

QUrl LoginDialog::serverUrl() const {
    return QUrl::fromUserInput(m_url->text().trimmed());
}

QString LoginDialog::caFile() const {
    return m_caFile->text().trimmed();
}

QString LoginDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::chooseCaFile() {
    const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), QString(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void LoginDialog::setBusy(bool busy) {
    const QList<QWidget*> inputs{m_url,    m_login,  m_password,
                                 m_caFile, m_browse, m_buttons->button(QDialogButtonBox::Ok)};
    for (QWidget* w : inputs)
        w->setEnabled(!busy);
    if (busy)
        showError(QString());
}

void LoginDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LoginDialog::submit() {
    if (m_url->text().trimmed().isEmpty() || m_login->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter the server address, your login and your password."));
        return;
    }
    // Typing "redmine.example.ru" means https, never plain http.
    QUrl url(m_url->text().trimmed());
    if (url.scheme().isEmpty())
        url = QUrl(QStringLiteral("https://") + m_url->text().trimmed());
    net::ServerConfig config;
    config.url = url;
    config.caFile = caFile();
    if (auto st = m_client->configure(config); !st) {
        showError(st.error().message);
        return;
    }
    m_url->setText(url.toString());
    setBusy(true);
    net::AccountService::login(*m_client, m_login->text().trimmed(), m_password->text(), this,
                               [this, url](Result<net::AccountService::LoginResult> result) {
                                   if (!result) {
                                       setBusy(false);
                                       showError(result.error().message);
                                       m_password->setFocus();
                                       return;
                                   }
                                   m_account = result.value().account;
                                   m_keys.store(url, result.value().apiKey, [this](Status stored) {
                                       setBusy(false);
                                       if (!stored) {
                                           showError(stored.error().message);
                                           return;
                                       }
                                       m_password->clear();
                                       accept();
                                   });
                               });
}

} // namespace hotline::ui
