#pragma once

#include "RedmineClient.h"

#include <QStringList>
#include <optional>

namespace hotline::net {

// Which modes of the workstation the user's Redmine roles allow.
struct UserModes {
    bool operatorMode = false; // files appeals (role «Оператор 0150»)
    bool supervisor = false;   // reviews the line (role «Супервизор»)
    bool editor = false;       // edits the knowledge base (role «Редактор БЗ»)
};

struct Account {
    int userId = 0;
    QString login;
    QString name;
    bool admin = false;
    QStringList roles; // role names over all the user's projects
    UserModes modes;
};

UserModes modesFromRoles(const QStringList& roles, bool admin);

// The gate of the supervisor mode: the operator window offers «Режим → Супервизор» only when this is Ok, and
// says the error's message otherwise. `modes` is empty while nobody is logged in. (Redmine refuses the
// line's data to other keys anyway: provision.rb gives operators issues_visibility "own".)
Status supervisorModeAccess(const std::optional<UserModes>& modes);

// Login and identity. The password is used for exactly one request and never kept.
class AccountService {
public:
    struct LoginResult {
        QByteArray apiKey;
        Account account;
    };
    using LoginDone = std::function<void(Result<LoginResult>)>;
    using AccountDone = std::function<void(Result<Account>)>;

    // GET /my/account.json with Basic auth → the API key; then the roles with that key. The client's own key
    // is left as it is: the caller stores the new key first and only then gives it to the client that sends.
    static void login(RedmineClient& client, const QString& login, const QString& password, QObject* context,
                      LoginDone done);
    // GET /users/current.json?include=memberships with `apiKey`, or the client's key when it is empty.
    static void currentAccount(RedmineClient& client, QObject* context, AccountDone done,
                               const QByteArray& apiKey = {});
};

} // namespace hotline::net
