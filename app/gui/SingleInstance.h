#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QLocalServer>
#include <QObject>

namespace hotline::app {

// One operator window per user session. A second start hands its request (an incoming call from another
// softphone, or just "show the window") to the running instance through a local socket that only this user
// can open, and exits.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    // `socketPath`: defaultSocketPath() in the app; tests give their own.
    explicit SingleInstance(QString socketPath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // In the user's runtime directory (XDG_RUNTIME_DIR, owner-only), else the temp directory with the user id.
    static QString defaultSocketPath();

    // Hands `message` to a running instance; true when it took it.
    bool sendToRunning(const QJsonObject& message, int timeoutMs = 3000) const;
    // Becomes the running instance (a stale socket of a crashed one is replaced).
    Status listen();

signals:
    void messageReceived(const QJsonObject& message);

private:
    void onConnection();

    QString m_path;
    QLocalServer m_server;
};

// The number of an incoming call from the command line: --incoming-call NUMBER, or a tel: URL (the .desktop
// file's handler); empty when there is none.
QString incomingCallFromArguments(const QStringList& arguments);

} // namespace hotline::app
