#pragma once

#include "auth/loginthrottle.h"
#include "auth/ratelimiter.h"
#include "store/records.h"

#include <chrono>
#include <functional>

namespace buttcloud {

class AccessTokens;
class Database;
class Mailer;

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

    // With a mailer, sign-ups get a welcome mail with an email verification link, and password
    // resets are mailed; without one (the `user` commands) neither is.
    void setMailer(const Mailer *mailer);

    // Sign-up: validates with AccountRules (422 naming the field), 409 when the email is taken. With
    // a mailer, queues the welcome mail (email verification) in the same transaction.
    UserRecord createUser(const QString &name, const QString &email, const QString &password, Role role,
                          const QString &language = {}) const;
    // An account an operator makes (POST /api/v1/users, `buttcloudd user add`): the same rules, and
    // with a mailer the "account created" mail with a set-password link (a reset token valid
    // SetPasswordTokenTtl) in the same transaction. Without a password nobody can sign in until the
    // link is used.
    UserRecord createAccount(const QString &name, const QString &email, Role role, const QString &language = {},
                             const QString &password = {}) const;
    // Throttled per account and address (LoginThrottle: 429 rate_limited); 401 invalid_credentials
    // for a wrong email or password, 403 account_disabled for the right password of a disabled account.
    SessionTokens login(const QString &email, const QString &password, const QString &sourceAddress = {}) const;
    // Single use: returns a new pair; a second use of one token revokes its whole family.
    SessionTokens refresh(const QString &refreshToken) const;
    // Revokes the token's family; unknown tokens are ignored.
    void logout(const QString &refreshToken) const;
    // The user a bearer token belongs to, with the role as stored now. A token of an older token
    // generation (revoked) or of a disabled account is 401: one indexed read of the user per request.
    UserRecord authenticate(const QString &accessToken) const;
    // The signed-in user's own change: 422 "newPassword" when it breaks the rules, 401
    // invalid_credentials for a wrong current password (throttled like sign-in). Revokes every
    // token of the user and returns a new pair.
    SessionTokens changePassword(const UserRecord &user, const QString &currentPassword, const QString &newPassword,
                                 const QString &sourceAddress = {}) const;
    // Every refresh token and every access token of the user, at once. No transaction of its own:
    // call it inside the one of the change that causes it.
    void revokeAllTokens(const QString &userId) const;
    // An administrator's reset: mails a reset link at once (no per-account window). Without a
    // mailer it does nothing.
    void sendPasswordReset(const UserRecord &user) const;

    // Mails a single-use reset link when the address has an account, at most once per account and
    // rate window, and ignores a source address asking too often; says nothing either way (no
    // account enumeration). Replaces an earlier reset token.
    void requestPasswordReset(const QString &email, const QString &sourceAddress = {}) const;
    // Sets the new password (422 "password" when it breaks the rules, 422 "token" when the token is
    // unknown, used or expired), uses up the token, signs the user out everywhere and counts the
    // address as verified (the mail reached its owner).
    void confirmPasswordReset(const QString &token, const QString &newPassword) const;
    // Uses up a verification token (422 "token" as above) and marks the address verified.
    void verifyEmail(const QString &token) const;

    static constexpr std::chrono::hours VerificationTokenTtl{7 * 24};
    static constexpr std::chrono::hours ResetTokenTtl{1};
    static constexpr std::chrono::hours SetPasswordTokenTtl{7 * 24};
    static constexpr std::chrono::seconds ResetMailWindow{60};
    static constexpr int ResetRequestsPerSource = 20;
    static constexpr std::chrono::minutes ResetSourceWindow{10};

private:
    SessionTokens startSession(const UserRecord &user, const QString &familyId) const;
    // Validates and inserts a new user; queueMail runs in the same transaction.
    UserRecord insertUser(const QString &name, const QString &email, const QString &passwordHash, Role role,
                          const QString &language, const std::function<void(const UserRecord &)> &queueMail) const;
    // The user of the email when the password is right; nullopt otherwise (a wrong password takes
    // as long as an unknown email).
    std::optional<UserRecord> checkPassword(const QString &email, const QString &password) const;
    // Stores a one-time token of this purpose for the user, replacing the one before: one active each.
    void storeUserToken(const QString &userId, const QString &purpose, std::chrono::seconds ttl, const QString &token) const;
    // The user of an unused, unexpired token of this purpose, using it up; 422 "token" otherwise.
    QString consumeUserToken(const QString &token, const QString &purpose) const;

    const Database &m_database;
    const AccessTokens &m_accessTokens;
    std::chrono::seconds m_refreshTokenTtl;
    const Mailer *m_mailer = nullptr;
    RateLimiter m_resetRequests;
    LoginThrottle m_loginThrottle;
};

// How secret tokens (refresh, verification, reset) are stored: SHA-256; exposed for tests.
QByteArray refreshTokenHash(const QString &refreshToken);

}
