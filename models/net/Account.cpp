#include "Account.h"

#include "RedmineNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace hotline::net {

UserModes modesFromRoles(const QStringList& roles, bool admin) {
    UserModes m;
    m.operatorMode = admin || roles.contains(names::roleOperator);
    m.supervisor = admin || roles.contains(names::roleSupervisor);
    m.editor = admin || roles.contains(names::roleEditor);
    return m;
}

Status supervisorModeAccess(const std::optional<UserModes>& modes) {
    if (!modes)
        return Error{Error::Code::Unauthorized,
                     QCoreApplication::translate("AccountService",
                                                 "Log in to the server first: the supervisor mode follows your "
                                                 "Redmine roles.")};
    if (!modes->supervisor)
        return Error{Error::Code::Forbidden,
                     QCoreApplication::translate("AccountService",
                                                 "The supervisor mode is only for users with the «%1» role in "
                                                 "Redmine. Ask the administrator if you need it.")
                         .arg(names::roleSupervisor)};
    return Ok{};
}

void AccountService::currentAccount(RedmineClient& client, QObject* context, AccountDone done,
                                    const QByteArray& apiKey) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("include"), QStringLiteral("memberships"));
    client.getWithApiKey(QStringLiteral("/users/current.json"), q, apiKey, context, [done](const RedmineReply& r) {
        if (!r.ok())
            return done(*r.error);
        const QJsonObject u = r.json.object().value(QLatin1String("user")).toObject();
        if (u.isEmpty())
            return done(Error{Error::Code::Parse, QCoreApplication::translate(
                                                      "AccountService", "The server's answer has no user account.")});
        Account a;
        a.userId = u.value(QLatin1String("id")).toInt();
        a.login = u.value(QLatin1String("login")).toString();
        a.name = (u.value(QLatin1String("firstname")).toString() + QLatin1Char(' ') +
                  u.value(QLatin1String("lastname")).toString())
                     .trimmed();
        a.admin = u.value(QLatin1String("admin")).toBool();
        for (const QJsonValue& m : u.value(QLatin1String("memberships")).toArray()) {
            for (const QJsonValue& role : m[QLatin1String("roles")].toArray()) {
                const QString name = role[QLatin1String("name")].toString();
                if (!a.roles.contains(name))
                    a.roles << name;
            }
        }
        a.modes = modesFromRoles(a.roles, a.admin);
        done(a);
    });
}

void AccountService::login(RedmineClient& client, const QString& login, const QString& password, QObject* context,
                           LoginDone done) {
    client.getWithPassword(
        QStringLiteral("/my/account.json"), login, password, context, [&client, context, done](const RedmineReply& r) {
            if (!r.ok()) {
                Error e = *r.error;
                if (e.code == Error::Code::Unauthorized)
                    e.message = QCoreApplication::translate("AccountService", "Wrong login or password.");
                return done(e);
            }
            const QByteArray key = r.json.object()
                                       .value(QLatin1String("user"))
                                       .toObject()
                                       .value(QLatin1String("api_key"))
                                       .toString()
                                       .toLatin1();
            if (key.isEmpty())
                return done(Error{Error::Code::Forbidden,
                                  QCoreApplication::translate("AccountService",
                                                              "The server gave no API key. Ask the administrator to "
                                                              "enable the REST API (provision.rb does).")});
            currentAccount(
                client, context,
                [key, done](Result<Account> account) {
                    if (!account)
                        return done(account.error());
                    done(LoginResult{key, account.value()});
                },
                key);
        });
}

} // namespace hotline::net
