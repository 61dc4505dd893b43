#include "store/refreshtokenrepository.h"

#include "store/database.h"

namespace buttcloud {

RefreshTokenRepository::RefreshTokenRepository(const Database &database)
    : m_database(database)
{
}

void RefreshTokenRepository::insert(const RefreshTokenRecord &token) const
{
    m_database.exec(QStringLiteral("INSERT INTO refresh_tokens (id, token_hash, family_id, user_id, expires_at,"
                                   " used_at, revoked, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)"),
                    {token.id, QString::fromLatin1(token.tokenHash.toHex()), token.familyId, token.userId,
                     token.expiresAt, false, currentEpochMs()});
}

std::optional<RefreshTokenRecord> RefreshTokenRepository::findByHash(const QByteArray &tokenHash) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT id, family_id, user_id, expires_at, used_at, revoked FROM refresh_tokens"
                       " WHERE token_hash = ?"),
        {QString::fromLatin1(tokenHash.toHex())});
    if (!query.next())
        return std::nullopt;
    return RefreshTokenRecord{query.value(0).toString(), tokenHash, query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toLongLong(),
                              query.value(4).isNull() ? 0 : query.value(4).toLongLong(), query.value(5).toBool()};
}

bool RefreshTokenRepository::markUsed(const QString &id, qint64 at) const
{
    return m_database.execChanging(
        QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL"), {at, id});
}

void RefreshTokenRepository::revokeFamily(const QString &familyId) const
{
    m_database.exec(QStringLiteral("UPDATE refresh_tokens SET revoked = ? WHERE family_id = ?"), {true, familyId});
}

void RefreshTokenRepository::revokeAllOfUser(const QString &userId) const
{
    m_database.exec(QStringLiteral("UPDATE refresh_tokens SET revoked = ? WHERE user_id = ?"), {true, userId});
}

}
