#pragma once

#include <QString>

#include <chrono>

namespace buttcloud {

class Database;

// The sign-in back-off of docs/api.md ("Sign-in rate limiting"). Failures are counted per account
// and client address, and per address across all accounts. Past a scope's free failures each further
// one blocks the scope for a doubling delay, capped; a success clears the account-and-address count.
// An attacker's failures therefore never block the real user signing in from another address, and
// never for longer than the cap from the same one.
struct LoginThrottlePolicy
{
    int freeFailuresPerAccount = 5;
    int freeFailuresPerAddress = 50;
    std::chrono::seconds firstDelay{30};
    std::chrono::seconds maxDelay{15 * 60};
    std::chrono::hours forgetAfter{24}; // a count with no failure for this long starts again (and is pruned)
};

class LoginThrottle final
{
public:
    LoginThrottle(const Database &database, LoginThrottlePolicy policy = {});

    // Throws ApiError rate_limited (Retry-After in seconds) while the account at this address, or
    // the address, is blocked.
    void check(const QString &account, const QString &address, qint64 nowMs) const;
    // Counts a failed sign-in; blocks a scope that went past its free failures.
    void recordFailure(const QString &account, const QString &address, qint64 nowMs) const;
    void recordSuccess(const QString &account, const QString &address) const;

    // The delay after a scope's failures-th failure: 0 within the free ones. Exposed for tests.
    std::chrono::milliseconds delayAfter(int failures, int freeFailures) const;

private:
    const Database &m_database;
    LoginThrottlePolicy m_policy;
};

}
