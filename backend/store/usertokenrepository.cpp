#include "store/usertokenrepository.h"

#include "store/database.h"

namespace buttcloud {

UserTokenRepository::UserTokenRepository(const Database &database)
    : m_database(database)
{
}

void UserTokenRepository::replace(const UserTokenRecord &token, const QByteArray &tokenHash) const
{
    m_database.exec(QStringLiteral("DELETE FROM user_tokens WHERE user_id = ? AND purpose = ?"), {token.userId, token.purpose});
    m_database.exec(QStringLiteral("INSERT INTO user_tokens (id, user_id, purpose, token_hash, expires_at, used_at, created_at)"
                                   " VALUES (?, ?, ?, ?, ?, NULL, ?)"),
                    {token.id, token.userId, token.purpose, QString::fromLatin1(tokenHash.toHex()), token.expiresAt,
                     currentEpochMs()});
}

std::optional<UserTokenRecord> UserTokenRepository::findByHash(const QByteArray &tokenHash) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT id, user_id, purpose, expires_at, used_at FROM user_tokens WHERE token_hash = ?"),
        {QString::fromLatin1(tokenHash.toHex())});
    if (!query.next())
        return std::nullopt;
    return UserTokenRecord{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toLongLong(), query.value(4).isNull() ? 0 : query.value(4).toLongLong()};
}

bool UserTokenRepository::consume(const QString &id, qint64 at) const
{
    return m_database.execChanging(
        QStringLiteral("UPDATE user_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?"),
        {at, id, at});
}

}
