#pragma once

#include "store/records.h"

#include <chrono>

namespace buttcloud {

class AccessTokens;
class Database;

// A signed-in session as login and refresh hand it out.
struct SessionTokens
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresInSeconds = 0;
    UserRecord user;
};

// Accounts and sessions: sign-up, login, refresh rotation with reuse detection, logout, and turning
// a bearer token into the current user. Throws ApiError for the client's mistakes and StoreError
// for the database's.
class AuthService final
{
public:
    AuthService(const Database &database, const AccessTokens &accessTokens, std::chrono::seconds refreshTokenTtl);

    // Validates with AccountRules (422 naming the field), 409 when the email is taken.
    UserRecord createUser(const QString &name, const QString &email, const QString &password, Role role) const;
    SessionTokens login(const QString &email, const QString &password) const;
    // Single use: returns a new pair; a second use of one token revokes its whole family.
    SessionTokens refresh(const QString &refreshToken) const;
    // Revokes the token's family; unknown tokens are ignored.
    void logout(const QString &refreshToken) const;
    // The user a bearer token belongs to, with the role as stored now.
    UserRecord authenticate(const QString &accessToken) const;

private:
    SessionTokens startSession(const UserRecord &user, const QString &familyId) const;

    const Database &m_database;
    const AccessTokens &m_accessTokens;
    std::chrono::seconds m_refreshTokenTtl;
};

// The form a refresh token takes on the wire; exposed for tests.
QByteArray refreshTokenHash(const QString &refreshToken);

}
