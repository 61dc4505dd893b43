#include "auth/ratelimiter.h"

#include "store/loginattemptrepository.h"

#include <algorithm>

namespace buttcloud {

RateLimiter::RateLimiter(const Database &database, QString scope, int limit, std::chrono::milliseconds window)
    : m_database(database)
    , m_scope(std::move(scope))
    , m_limit(limit)
    , m_windowMs(std::max<qint64>(1, window.count()))
{
}

bool RateLimiter::allow(const QString &key, qint64 nowMs) const
{
    const LoginAttemptRepository counts(m_database);
    const qint64 index = nowMs / m_windowMs;
    const QString prefix = m_scope + u'|';
    // One row per key and window; earlier windows' rows are dropped as events come.
    counts.pruneScope(prefix, index * m_windowMs);
    const QString windowKey = prefix + key.left(200) + u'|' + QString::number(index);
    return counts.recordFailure(windowKey, nowMs, index * m_windowMs) <= m_limit;
}

}
