#include "store/loginattemptrepository.h"

#include "store/database.h"

namespace buttcloud {

LoginAttemptRepository::LoginAttemptRepository(const Database &database)
    : m_database(database)
{
}

qint64 LoginAttemptRepository::blockedUntil(const QString &firstScope, const QString &secondScope) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT MAX(blocked_until) FROM login_failures WHERE scope_key IN (?, ?)"), {firstScope, secondScope});
    return query.next() && !query.value(0).isNull() ? query.value(0).toLongLong() : 0;
}

int LoginAttemptRepository::recordFailure(const QString &scope, qint64 nowMs, qint64 forgetBeforeMs) const
{
    // One upsert, atomic on its own (it takes the row's lock on PostgreSQL): two servers counting at
    // once both count. No transaction of its own, so callers may hold one.
    m_database.exec(QStringLiteral("INSERT INTO login_failures (scope_key, failures, blocked_until, updated_at)"
                                   " VALUES (?, 1, 0, ?) ON CONFLICT (scope_key) DO UPDATE SET"
                                   " failures = CASE WHEN login_failures.updated_at < ? THEN 1"
                                   " ELSE login_failures.failures + 1 END,"
                                   " blocked_until = CASE WHEN login_failures.updated_at < ? THEN 0"
                                   " ELSE login_failures.blocked_until END,"
                                   " updated_at = ?"),
                    {scope, nowMs, forgetBeforeMs, forgetBeforeMs, nowMs});
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT failures FROM login_failures WHERE scope_key = ?"), {scope});
    const int failures = query.next() ? query.value(0).toInt() : 1;
    return failures;
}

void LoginAttemptRepository::block(const QString &scope, qint64 untilMs) const
{
    m_database.exec(QStringLiteral("UPDATE login_failures SET blocked_until = ? WHERE scope_key = ? AND blocked_until < ?"),
                    {untilMs, scope, untilMs});
}

void LoginAttemptRepository::clear(const QString &scope) const
{
    m_database.exec(QStringLiteral("DELETE FROM login_failures WHERE scope_key = ?"), {scope});
}

int LoginAttemptRepository::pruneScope(const QString &prefix, qint64 beforeMs) const
{
    // substr, not LIKE: the prefix needs no escaping, and no collation is involved.
    QSqlQuery query = m_database.exec(
        QStringLiteral("DELETE FROM login_failures WHERE substr(scope_key, 1, ?) = ? AND updated_at < ?"),
        {int(prefix.size()), prefix, beforeMs});
    return query.numRowsAffected();
}

int LoginAttemptRepository::prune(qint64 beforeMs) const
{
    QSqlQuery query = m_database.exec(QStringLiteral("DELETE FROM login_failures WHERE updated_at < ?"), {beforeMs});
    return query.numRowsAffected();
}

}
