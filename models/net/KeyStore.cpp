#include "KeyStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace hotline::net {

namespace {

Error keychainError(const QKeychain::Job* job) {
    using namespace QKeychain;
    switch (job->error()) {
    case EntryNotFound:
        return {Error::Code::NotFound,
                QCoreApplication::translate("KeyStore", "Not logged in to the server: log in to send appeals.")};
    case AccessDenied:
    case AccessDeniedByUser:
        return {Error::Code::Forbidden,
                QCoreApplication::translate("KeyStore", "Access to the system keychain was denied: the API key "
                                                        "cannot be read or saved. Appeals stay in the outbox.")};
    default:
        break;
    }
    return {Error::Code::Unavailable,
            QCoreApplication::translate("KeyStore",
                                        "The system keychain is not available (%1). The app works, but appeals "
                                        "cannot be sent until a keychain (GNOME Keyring or KWallet) is running "
                                        "and unlocked; they wait in the outbox.")
                .arg(job->errorString())};
}

template <typename T>
T waitFor(const std::function<void(std::function<void(T)>)>& start) {
    QEventLoop loop;
    std::optional<T> result;
    start([&](T r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace

KeyStore::KeyStore(QObject* parent, QString service)
    : QObject(parent)
    , m_service(std::move(service)) {}

QString KeyStore::entryName(const QUrl& server) {
    return QStringLiteral("api-key ") + server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
}

void KeyStore::store(const QUrl& server, const QByteArray& key, std::function<void(Status)> done) {
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(server));
    job->setBinaryData(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError)
            return done(keychainError(j));
        done(Ok{});
    });
    job->start();
}

void KeyStore::load(const QUrl& server, std::function<void(Result<QByteArray>)> done) {
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(server));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError)
            return done(keychainError(j));
        done(static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData());
    });
    job->start();
}

void KeyStore::remove(const QUrl& server, std::function<void(Status)> done) {
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(server));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        // Logging out twice is not an error.
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            return done(keychainError(j));
        done(Ok{});
    });
    job->start();
}

Status KeyStore::storeNow(const QUrl& server, const QByteArray& key) {
    return waitFor<Status>([&](std::function<void(Status)> cb) { store(server, key, cb); });
}

Result<QByteArray> KeyStore::loadNow(const QUrl& server) {
    return waitFor<Result<QByteArray>>([&](std::function<void(Result<QByteArray>)> cb) { load(server, cb); });
}

Status KeyStore::removeNow(const QUrl& server) {
    return waitFor<Status>([&](std::function<void(Status)> cb) { remove(server, cb); });
}

} // namespace hotline::net
