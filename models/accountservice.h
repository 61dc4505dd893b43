#pragma once

#include "models/apitypes.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QObject;

namespace buttcloud {

class Session;

// What the create-account dialog collects. The server mails the new user a link to set a password.
struct NewAccount
{
    QString name;
    QString email;
    Role role = Role::Customer;
    QString language; // en, de, es or empty for the server's default
};

// A PATCH of an account: only the fields that are set are sent.
struct AccountChange
{
    std::optional<QString> name;
    std::optional<Role> role;
    std::optional<bool> disabled;
};

// Which accounts to list: query matches name or email, role narrows to one role.
struct AccountFilter
{
    QString query;
    std::optional<Role> role;

    bool operator==(const AccountFilter &other) const = default;
};

// The accounts part of the API (docs/api.md, "Users"), typed: admins manage, support staff read.
class AccountService final
{
    Q_DISABLE_COPY_MOVE(AccountService)

public:
    template<typename T>
    using Handler = std::function<void(const Result<T> &)>;

    // The most accounts one list asks for (the server's limit).
    static constexpr int ListLimit = 200;

    explicit AccountService(Session *session);

    void list(const AccountFilter &filter, QObject *context, Handler<QList<User>> handler);
    void create(const NewAccount &account, QObject *context, Handler<User> handler);
    void update(const QString &userId, const AccountChange &change, QObject *context, Handler<User> handler);
    void sendPasswordReset(const QString &userId, QObject *context, Handler<Done> handler);

private:
    Session *m_session;
};

Result<QList<User>> parseUserList(const QJsonObject &json, const QUrl &serverUrl);
// The role as the accounts page names it.
QString accountRoleLabel(Role role);

}
