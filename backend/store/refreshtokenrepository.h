#pragma once

#include "store/records.h"

#include <optional>

namespace buttcloud {

class Database;

// Refresh tokens, stored by hash. Throws StoreError on database failures.
class RefreshTokenRepository final
{
public:
    explicit RefreshTokenRepository(const Database &database);

    void insert(const RefreshTokenRecord &token) const;
    std::optional<RefreshTokenRecord> findByHash(const QByteArray &tokenHash) const;
    // Marks an unused token used; false when it was used already (the caller lost a race or
    // holds a stolen copy).
    bool markUsed(const QString &id, qint64 at) const;
    void revokeFamily(const QString &familyId) const;
    // Ends every sign-in of a user (after a password reset).
    void revokeAllOfUser(const QString &userId) const;

private:
    const Database &m_database;
};

}
