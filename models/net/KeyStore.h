#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace hotline::net {

// The personal API key in the OS keychain (Secret Service, KWallet...), through QtKeychain with the insecure
// fallback off: the key is never written to a file. One key per server address. The three operations are
// virtual so that widget tests can keep the key in memory (they assert what reaches the keychain and when).
class KeyStore : public QObject {
    Q_OBJECT
public:
    explicit KeyStore(QObject* parent = nullptr, QString service = QStringLiteral("hotline0150"));

    virtual void store(const QUrl& server, const QByteArray& key, std::function<void(Status)> done);
    // NotFound when nobody is logged in; Unavailable when there is no keychain.
    virtual void load(const QUrl& server, std::function<void(Result<QByteArray>)> done);
    virtual void remove(const QUrl& server, std::function<void(Status)> done); // logout

    // Blocking variants for the command-line tool.
    Status storeNow(const QUrl& server, const QByteArray& key);
    Result<QByteArray> loadNow(const QUrl& server);
    Status removeNow(const QUrl& server);

    static QString entryName(const QUrl& server);

private:
    QString m_service;
};

} // namespace hotline::net
