#pragma once

#include "store/records.h"

#include <QList>

#include <optional>

namespace buttcloud {

class Database;

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
    bool markEmailVerified(const QString &id) const;
    bool setPasswordHash(const QString &id, const QString &passwordHash) const;

private:
    const Database &m_database;
};

}
