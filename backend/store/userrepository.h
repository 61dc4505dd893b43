#pragma once

#include "store/records.h"

#include <QList>

#include <optional>

namespace buttcloud {

class Database;

// What the users list may be narrowed to (docs/api.md, "Users").
struct UserFilter
{
    QString query;               // case-insensitive substring of name or email; empty: all
    std::optional<Role> role;
    int limit = 200;
};

// Users table. Throws StoreError on database failures.
class UserRepository final
{
public:
    explicit UserRepository(const Database &database);

    void insert(const UserRecord &user) const;
    std::optional<UserRecord> findById(const QString &id) const;
    std::optional<UserRecord> findByEmail(const QString &email) const;
    QList<UserRecord> list() const;
    QList<UserRecord> listByRole(Role role) const;
    // Sorted by email.
    QList<UserRecord> search(const UserFilter &filter) const;
    bool markEmailVerified(const QString &id) const;
    bool setPasswordHash(const QString &id, const QString &passwordHash) const;
    bool setName(const QString &id, const QString &name) const;
    bool setRole(const QString &id, Role role) const;
    bool setDisabled(const QString &id, bool disabled) const;
    void recordSignIn(const QString &id, qint64 at) const;
    // Revokes every access token issued so far: they carry an older generation from now on.
    void bumpTokenGeneration(const QString &id) const;
    // How many enabled users have the role. Inside a transaction on PostgreSQL it locks their rows,
    // so two admins demoting each other at once cannot both see the other as the one left.
    int countEnabledWithRole(Role role) const;

private:
    const Database &m_database;
};

}
