#include "auth/authservice.h"

#include "auth/accesstokens.h"
#include "auth/accountrules.h"
#include "auth/passwordhasher.h"
#include "core/logging.h"
#include "core/random.h"
#include "http/apierror.h"
#include "mail/mailer.h"
#include "store/database.h"
#include "store/refreshtokenrepository.h"
#include "store/userrepository.h"
#include "store/usertokenrepository.h"
#include "wire/errorcodes.h"

#include <QCryptographicHash>

namespace buttcloud {

namespace {
constexpr int SecretTokenBytes = 32;
constexpr int SecretTokenMaxLength = 256;
const QLatin1String RefreshTokenPrefix("rt_");
const QString VerifyEmailPurpose = QStringLiteral("verify_email");
const QString PasswordResetPurpose = QStringLiteral("password_reset");

QString newSecretToken(const QString &prefix)
{
    return prefix + QString::fromLatin1(randomBytes(SecretTokenBytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ApiError invalidUserToken()
{
    return ApiError::validation(QStringLiteral("token"), QStringLiteral("is not valid: it is unknown, used or expired"));
}

ApiError invalidRefreshToken()
{
    return ApiError(ErrorCode::InvalidRefreshToken, QStringLiteral("the refresh token is not valid: sign in again"));
}

void requireValid(const char *field, const std::optional<QString> &problem)
{
    if (problem)
        throw ApiError::validation(QLatin1String(field), *problem);
}
}

QByteArray refreshTokenHash(const QString &refreshToken)
{
    return QCryptographicHash::hash(refreshToken.toUtf8(), QCryptographicHash::Sha256);
}

AuthService::AuthService(const Database &database, const AccessTokens &accessTokens, std::chrono::seconds refreshTokenTtl)
    : m_database(database)
    , m_accessTokens(accessTokens)
    , m_refreshTokenTtl(refreshTokenTtl)
    , m_resetRequests(database, QStringLiteral("password-reset"), ResetRequestsPerSource, ResetSourceWindow)
    , m_loginThrottle(database)
{
}

void AuthService::setMailer(const Mailer *mailer)
{
    m_mailer = mailer;
}

UserRecord AuthService::insertUser(const QString &name, const QString &email, const QString &passwordHash, Role role,
                                   const QString &language, const std::function<void(const UserRecord &)> &queueMail) const
{
    const QString normalised = AccountRules::normalisedEmail(email);
    const UserRepository users(m_database);
    const UserRecord user{generateId(), name.trimmed(), normalised, passwordHash, role, currentEpochMs(), false, language};
    m_database.transaction([&] {
        if (users.findByEmail(normalised))
            throw ApiError::conflict(QStringLiteral("email: an account with this address exists"));
        users.insert(user);
        // The mail is stored with the account or not at all.
        if (m_mailer)
            queueMail(user);
    });
    qCInfo(lcAuth) << "created user" << user.id << "with role" << roleName(role);
    return user;
}

UserRecord AuthService::createUser(const QString &name, const QString &email, const QString &password, Role role,
                                   const QString &language) const
{
    requireValid("name", AccountRules::checkName(name));
    requireValid("email", AccountRules::checkEmail(AccountRules::normalisedEmail(email)));
    requireValid("password", AccountRules::checkPassword(password));
    requireValid("language", AccountRules::checkLanguage(language));
    return insertUser(name, email, PasswordHasher::hash(password), role, language, [this](const UserRecord &user) {
        const QString token = newSecretToken(QStringLiteral("ve_"));
        storeUserToken(user.id, VerifyEmailPurpose, VerificationTokenTtl, token);
        m_mailer->queueWelcome(user, token);
    });
}

UserRecord AuthService::createAccount(const QString &name, const QString &email, Role role, const QString &language,
                                      const QString &password) const
{
    requireValid("name", AccountRules::checkName(name));
    requireValid("email", AccountRules::checkEmail(AccountRules::normalisedEmail(email)));
    if (!password.isEmpty())
        requireValid("password", AccountRules::checkPassword(password));
    requireValid("language", AccountRules::checkLanguage(language));
    // No password yet: a random one nobody knows, hashed like any other so signing in takes as long.
    const QString hash = PasswordHasher::hash(password.isEmpty() ? newSecretToken(QString()) : password);
    return insertUser(name, email, hash, role, language, [this](const UserRecord &user) {
        const QString token = newSecretToken(QStringLiteral("pr_"));
        storeUserToken(user.id, PasswordResetPurpose, SetPasswordTokenTtl, token);
        m_mailer->queueAccountCreated(user, token);
    });
}

void AuthService::storeUserToken(const QString &userId, const QString &purpose, std::chrono::seconds ttl,
                                 const QString &token) const
{
    const qint64 expiresAt = currentEpochMs() + std::chrono::milliseconds(ttl).count();
    UserTokenRepository(m_database).replace({generateId(), userId, purpose, expiresAt}, refreshTokenHash(token));
}

QString AuthService::consumeUserToken(const QString &token, const QString &purpose) const
{
    if (token.isEmpty() || token.size() > SecretTokenMaxLength)
        throw invalidUserToken();
    const UserTokenRepository tokens(m_database);
    const std::optional<UserTokenRecord> record = tokens.findByHash(refreshTokenHash(token));
    if (!record || record->purpose != purpose || !tokens.consume(record->id, currentEpochMs()))
        throw invalidUserToken();
    return record->userId;
}

void AuthService::requestPasswordReset(const QString &email, const QString &sourceAddress) const
{
    if (!m_mailer)
        return;
    if (!m_resetRequests.allow(sourceAddress, currentEpochMs())) {
        qCWarning(lcAuth).noquote() << "password reset requests from" << sourceAddress << "are over the limit; ignoring";
        return;
    }
    const UserRepository users(m_database);
    m_database.transaction([&] {
        const std::optional<UserRecord> user = users.findByEmail(AccountRules::normalisedEmail(email));
        if (!user)
            return;
        // The token is stored only when its mail is queued: a rate-limited request leaves the link
        // already mailed working.
        const QString token = newSecretToken(QStringLiteral("pr_"));
        if (m_mailer->queuePasswordReset(*user, token, ResetMailWindow))
            storeUserToken(user->id, PasswordResetPurpose, ResetTokenTtl, token);
    });
}

void AuthService::confirmPasswordReset(const QString &token, const QString &newPassword) const
{
    requireValid("password", AccountRules::checkPassword(newPassword));
    const QString hash = PasswordHasher::hash(newPassword);
    m_database.transaction([&] {
        const QString userId = consumeUserToken(token, PasswordResetPurpose);
        const UserRepository users(m_database);
        users.setPasswordHash(userId, hash);
        users.markEmailVerified(userId);
        revokeAllTokens(userId);
        qCInfo(lcAuth) << "user" << userId << "reset their password; signed out everywhere";
    });
}

void AuthService::verifyEmail(const QString &token) const
{
    m_database.transaction([&] {
        const QString userId = consumeUserToken(token, VerifyEmailPurpose);
        UserRepository(m_database).markEmailVerified(userId);
        qCInfo(lcAuth) << "user" << userId << "verified their email address";
    });
}

std::optional<UserRecord> AuthService::checkPassword(const QString &email, const QString &password) const
{
    const std::optional<UserRecord> user = UserRepository(m_database).findByEmail(email);
    if (!user) {
        PasswordHasher::spendOneVerification(password);
        return std::nullopt;
    }
    if (!PasswordHasher::verify(password, user->passwordHash))
        return std::nullopt;
    return user;
}

SessionTokens AuthService::login(const QString &email, const QString &password, const QString &sourceAddress) const
{
    const QString account = AccountRules::normalisedEmail(email);
    m_loginThrottle.check(account, sourceAddress, currentEpochMs());
    const std::optional<UserRecord> user = checkPassword(account, password);
    if (!user) {
        m_loginThrottle.recordFailure(account, sourceAddress, currentEpochMs());
        throw ApiError(ErrorCode::InvalidCredentials, QStringLiteral("wrong email or password"));
    }
    m_loginThrottle.recordSuccess(account, sourceAddress);
    // Only after the password: without it nobody learns that the account exists, disabled or not.
    if (user->disabled)
        throw ApiError::accountDisabled();
    UserRepository(m_database).recordSignIn(user->id, currentEpochMs());
    return startSession(*user, generateId());
}

SessionTokens AuthService::changePassword(const UserRecord &user, const QString &currentPassword,
                                          const QString &newPassword, const QString &sourceAddress) const
{
    requireValid("newPassword", AccountRules::checkPassword(newPassword));
    m_loginThrottle.check(user.email, sourceAddress, currentEpochMs());
    if (!checkPassword(user.email, currentPassword)) {
        m_loginThrottle.recordFailure(user.email, sourceAddress, currentEpochMs());
        throw ApiError(ErrorCode::InvalidCredentials, QStringLiteral("the current password is wrong"));
    }
    const QString hash = PasswordHasher::hash(newPassword);
    std::optional<SessionTokens> session;
    m_database.transaction([&] {
        const UserRepository users(m_database);
        users.setPasswordHash(user.id, hash);
        revokeAllTokens(user.id);
        const std::optional<UserRecord> changed = users.findById(user.id);
        if (!changed)
            throw ApiError::unauthenticated(QStringLiteral("the access token's account no longer exists"));
        session = startSession(*changed, generateId());
    });
    qCInfo(lcAuth) << "user" << user.id << "changed their password; signed out everywhere else";
    return *session;
}

void AuthService::revokeAllTokens(const QString &userId) const
{
    UserRepository(m_database).bumpTokenGeneration(userId);
    RefreshTokenRepository(m_database).revokeAllOfUser(userId);
}

void AuthService::sendPasswordReset(const UserRecord &user) const
{
    if (!m_mailer)
        return;
    m_database.transaction([&] {
        const QString token = newSecretToken(QStringLiteral("pr_"));
        m_mailer->queuePasswordReset(user, token, std::chrono::seconds(0));
        storeUserToken(user.id, PasswordResetPurpose, ResetTokenTtl, token);
    });
}

SessionTokens AuthService::startSession(const UserRecord &user, const QString &familyId) const
{
    const QString refreshToken = newSecretToken(RefreshTokenPrefix);
    const qint64 expiresAt = currentEpochMs() + std::chrono::milliseconds(m_refreshTokenTtl).count();
    RefreshTokenRepository(m_database).insert({generateId(), refreshTokenHash(refreshToken), familyId, user.id, expiresAt});
    return {m_accessTokens.issue(user.id, user.role, user.tokenGeneration), refreshToken, m_accessTokens.ttl().count(), user};
}

SessionTokens AuthService::refresh(const QString &refreshToken) const
{
    if (!refreshToken.startsWith(RefreshTokenPrefix) || refreshToken.size() > SecretTokenMaxLength)
        throw invalidRefreshToken();

    const RefreshTokenRepository tokens(m_database);
    std::optional<SessionTokens> session;
    bool reused = false;
    m_database.transaction([&] {
        const std::optional<RefreshTokenRecord> token = tokens.findByHash(refreshTokenHash(refreshToken));
        if (!token || token->revoked || token->expiresAt <= currentEpochMs())
            return;
        if (token->usedAt != 0 || !tokens.markUsed(token->id, currentEpochMs())) {
            // A used token coming back means two parties hold it: end the whole sign-in.
            tokens.revokeFamily(token->familyId);
            reused = true;
            return;
        }
        const std::optional<UserRecord> user = UserRepository(m_database).findById(token->userId);
        if (user && !user->disabled)
            session = startSession(*user, token->familyId);
    });
    if (reused)
        qCWarning(lcAuth) << "a refresh token was used twice; revoked its sign-in";
    if (!session)
        throw invalidRefreshToken();
    return *session;
}

void AuthService::logout(const QString &refreshToken) const
{
    const RefreshTokenRepository tokens(m_database);
    if (const std::optional<RefreshTokenRecord> token = tokens.findByHash(refreshTokenHash(refreshToken)))
        tokens.revokeFamily(token->familyId);
}

UserRecord AuthService::authenticate(const QString &accessToken) const
{
    const AccessClaims claims = m_accessTokens.verify(accessToken);
    std::optional<UserRecord> user = UserRepository(m_database).findById(claims.subject);
    if (!user)
        throw ApiError::unauthenticated(QStringLiteral("the access token's account no longer exists"));
    // Revocation: the primary-key read above was needed for the role anyway, so it costs nothing more.
    if (claims.generation != user->tokenGeneration || user->disabled)
        throw ApiError::unauthenticated(QStringLiteral("the access token was revoked: sign in again"));
    return *user;
}

}
