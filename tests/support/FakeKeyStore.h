#pragma once

// A KeyStore that keeps keys in memory, for widget tests without a keychain. `onStore` sees a key before it is
// "stored" (and may hold the answer back through `holdStores`).

#include "net/KeyStore.h"

#include <QHash>
#include <QTimer>

namespace hotline::test {

class FakeKeyStore : public net::KeyStore {
public:
    QHash<QString, QByteArray> keys; // by KeyStore::entryName
    std::function<void(const QUrl&, const QByteArray&)> onStore;
    bool holdStores = false;
    QList<std::function<void()>> heldStores; // run one to let that store finish

    void store(const QUrl& server, const QByteArray& key, std::function<void(Status)> done) override {
        if (onStore)
            onStore(server, key);
        auto finish = [this, server, key, done] {
            keys.insert(entryName(server), key);
            done(Ok{});
        };
        if (holdStores)
            heldStores.append(finish);
        else
            QTimer::singleShot(0, this, finish);
    }
    void load(const QUrl& server, std::function<void(Result<QByteArray>)> done) override {
        const QString name = entryName(server);
        QTimer::singleShot(0, this, [this, name, done] {
            if (!keys.contains(name))
                return done(Error{Error::Code::NotFound, QStringLiteral("not logged in")});
            done(keys.value(name));
        });
    }
    void remove(const QUrl& server, std::function<void(Status)> done) override {
        keys.remove(entryName(server));
        QTimer::singleShot(0, this, [done] { done(Ok{}); });
    }
};

} // namespace hotline::test
