#include "auth/loginthrottle.h"

#include "core/logging.h"
#include "http/apierror.h"
#include "store/loginattemptrepository.h"

#include <QDateTime>

namespace buttcloud {

namespace {
QString accountScope(const QString &account, const QString &address)
{
    return QStringLiteral("account:%1|%2").arg(account, address);
}

QString addressScope(const QString &address)
{
    return QStringLiteral("address:") + address;
}
}

LoginThrottle::LoginThrottle(const Database &database, LoginThrottlePolicy policy)
    : m_database(database)
    , m_policy(policy)
{
}

std::chrono::milliseconds LoginThrottle::delayAfter(int failures, int freeFailures) const
{
    const int over = failures - freeFailures;
    if (over <= 0)
        return std::chrono::milliseconds(0);
    // Doubling, capped; the shift is bounded so it cannot overflow however many failures pile up.
    const std::chrono::milliseconds delay = std::chrono::milliseconds(m_policy.firstDelay) * (qint64(1) << std::min(over - 1, 20));
    return std::min<std::chrono::milliseconds>(delay, m_policy.maxDelay);
}

void LoginThrottle::check(const QString &account, const QString &address, qint64 nowMs) const
{
    const qint64 until = LoginAttemptRepository(m_database).blockedUntil(accountScope(account, address), addressScope(address));
    if (until <= nowMs)
        return;
    const qint64 seconds = (until - nowMs + 999) / 1000;
    throw ApiError::rateLimited(QStringLiteral("too many failed sign-ins: try again after %1 (in %2 s)")
                                    .arg(QDateTime::fromMSecsSinceEpoch(until, Qt::UTC).toString(Qt::ISODate))
                                    .arg(seconds),
                                int(seconds));
}

void LoginThrottle::recordFailure(const QString &account, const QString &address, qint64 nowMs) const
{
    const LoginAttemptRepository attempts(m_database);
    const qint64 forgetBefore = nowMs - std::chrono::milliseconds(m_policy.forgetAfter).count();
    const auto count = [&](const QString &scope, int freeFailures) {
        const std::chrono::milliseconds delay = delayAfter(attempts.recordFailure(scope, nowMs, forgetBefore), freeFailures);
        if (delay.count() > 0)
            attempts.block(scope, nowMs + delay.count());
    };
    count(accountScope(account, address), m_policy.freeFailuresPerAccount);
    count(addressScope(address), m_policy.freeFailuresPerAddress);
    // Pruned as failures come: the table holds at most a day of them.
    const int pruned = attempts.prune(forgetBefore);
    if (pruned > 0)
        qCDebug(lcAuth) << "pruned" << pruned << "old sign-in failure counts";
}

void LoginThrottle::recordSuccess(const QString &account, const QString &address) const
{
    LoginAttemptRepository(m_database).clear(accountScope(account, address));
}

}
