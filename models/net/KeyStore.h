#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace hotline::net {

// The personal API key in the OS keychain (Secret Service, KWallet...), through QtKeychain with the insecure
// fallback off: the key is never written to a file. One key per server address.
class KeyStore : public QObject {
    Q_OBJECT
public:
    explicit KeyStore(QObject* parent = nullptr, QString service = QStringLiteral("hotline0150"));

    void store(const QUrl& server, const QByteArray& key, std::function<void(Status)> done);
    // NotFound when nobody is logged in; Unavailable when there is no keychain.
    void load(const QUrl& server, std::function<void(Result<QByteArray>)> done);
    void remove(const QUrl& server, std::function<void(Status)> done); // logout

    // Blocking variants for the command-line tool.
    Status storeNow(const QUrl& server, const QByteArray& key);
    Result<QByteArray> loadNow(const QUrl& server);
    Status removeNow(const QUrl& server);

    static QString entryName(const QUrl& server);

private:
    QString m_service;
};

} // namespace hotline::net
