#pragma once

#include "wire/roles.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>

namespace buttcloud {

// What a valid access token says. The role is informational: requests read the user's current
// role from the database.
struct AccessClaims
{
    QString subject;   // user id
    QString role;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    QString tokenId;
    int generation = 0; // the user's token generation when issued (UserRecord::tokenGeneration)
};

// Issues and checks JWTs (HS256 only) signed with the server key.
class AccessTokens final
{
public:
    using Clock = std::function<qint64()>; // epoch seconds; tests move time

    AccessTokens(QByteArray key, std::chrono::seconds ttl, Clock clock = {});

    // generation: the user's token generation now; bumping it later revokes the token.
    QString issue(const QString &userId, Role role, int generation = 0) const;
    // Throws ApiError: unauthenticated for anything malformed, forged or of another algorithm,
    // token_expired when the signature holds but the lifetime is over.
    AccessClaims verify(const QString &token) const;
    std::chrono::seconds ttl() const;

private:
    QByteArray sign(const QByteArray &signingInput) const;
    qint64 now() const;

    QByteArray m_key;
    std::chrono::seconds m_ttl;
    Clock m_clock;
};

}
