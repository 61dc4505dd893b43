#pragma once

#include "store/records.h"
#include "store/userrepository.h"

#include <optional>

namespace buttcloud {

class AuthService;
class Database;

// What an administrator may change of an account (PATCH /api/v1/users/{id}).
struct UserChanges
{
    std::optional<QString> name;
    std::optional<Role> role;
    std::optional<bool> disabled;
};

// The accounts API behind docs/api.md "Users": reading, creating and changing accounts as an
// administrator, each change recorded in the audit log. Throws ApiError (404, 409, 422) and StoreError.
class UserAdministration final
{
public:
    UserAdministration(const Database &database, const AuthService &auth);

    QList<UserRecord> list(const UserFilter &filter) const;
    UserRecord get(const QString &id) const;
    // The new user gets the "account created" mail with a set-password link.
    UserRecord create(const UserRecord &admin, const QString &name, const QString &email, Role role,
                      const QString &language) const;
    // An admin cannot change their own role or disable themselves (422 naming the field); the last
    // enabled admin cannot be demoted or disabled (409). Disabling revokes every token at once.
    UserRecord update(const UserRecord &admin, const QString &id, const UserChanges &changes) const;
    void sendPasswordReset(const UserRecord &admin, const QString &id) const;

private:
    void audit(const UserRecord &admin, const QString &action, const QJsonObject &details) const;

    const Database &m_database;
    const AuthService &m_auth;
};

}
