#pragma once

#include <QString>

namespace buttcloud {

class Database;

// Failed sign-ins counted per scope key (login_failures), in the database so every server sharing it
// sees the same counts. Throws StoreError on database failures.
class LoginAttemptRepository final
{
public:
    explicit LoginAttemptRepository(const Database &database);

    // The latest time (epoch ms) either scope is blocked until; 0 when neither is.
    qint64 blockedUntil(const QString &firstScope, const QString &secondScope) const;
    // Counts one failure at nowMs and returns the scope's count. A count whose last failure is older
    // than forgetBeforeMs starts again at 1. Atomic across servers (one upsert).
    int recordFailure(const QString &scope, qint64 nowMs, qint64 forgetBeforeMs) const;
    void block(const QString &scope, qint64 untilMs) const;
    void clear(const QString &scope) const;
    // Drops counts whose last failure is older than beforeMs; returns how many.
    int prune(qint64 beforeMs) const;
    // The same for the scope keys that start with prefix only (another use of the table: RateLimiter).
    int pruneScope(const QString &prefix, qint64 beforeMs) const;

private:
    const Database &m_database;
};

}
