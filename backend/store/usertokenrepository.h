#pragma once

#include "store/records.h"

#include <optional>

namespace buttcloud {

class Database;

// One-time tokens mailed to users, stored by hash. Throws StoreError on database failures.
class UserTokenRepository final
{
public:
    explicit UserTokenRepository(const Database &database);

    // Stores a new token and deletes the user's other tokens of the same purpose: one active each.
    void replace(const UserTokenRecord &token, const QByteArray &tokenHash) const;
    std::optional<UserTokenRecord> findByHash(const QByteArray &tokenHash) const;
    // Marks an unused, unexpired token used; false when it was used already or has expired.
    bool consume(const QString &id, qint64 at) const;

private:
    const Database &m_database;
};

}
