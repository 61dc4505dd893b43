#include "auth/authservice.h"

#include "auth/accesstokens.h"
#include "auth/accountrules.h"
#include "auth/passwordhasher.h"
#include "core/logging.h"
#include "core/random.h"
#include "http/apierror.h"
#include "store/database.h"
#include "store/refreshtokenrepository.h"
#include "store/userrepository.h"
#include "wire/errorcodes.h"

#include <QCryptographicHash>

namespace buttcloud {

namespace {
constexpr int RefreshTokenBytes = 32;
const QLatin1String RefreshTokenPrefix("rt_");

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
{
}

UserRecord AuthService::createUser(const QString &name, const QString &email, const QString &password, Role role) const
{
    const QString normalised = AccountRules::normalisedEmail(email);
    requireValid("name", AccountRules::checkName(name));
    requireValid("email", AccountRules::checkEmail(normalised));
    requireValid("password", AccountRules::checkPassword(password));

    const UserRepository users(m_database);
    if (users.findByEmail(normalised))
        throw ApiError::conflict(QStringLiteral("email: an account with this address exists"));
    const UserRecord user{generateId(), name.trimmed(), normalised, PasswordHasher::hash(password), role, currentEpochMs()};
    users.insert(user);
    qCInfo(lcAuth) << "created user" << user.id << "with role" << roleName(role);
    return user;
}

SessionTokens AuthService::login(const QString &email, const QString &password) const
{
    const std::optional<UserRecord> user = UserRepository(m_database).findByEmail(AccountRules::normalisedEmail(email));
    if (!user) {
        PasswordHasher::spendOneVerification(password);
        throw ApiError(ErrorCode::InvalidCredentials, QStringLiteral("wrong email or password"));
    }
    if (!PasswordHasher::verify(password, user->passwordHash))
        throw ApiError(ErrorCode::InvalidCredentials, QStringLiteral("wrong email or password"));
    return startSession(*user, generateId());
}

SessionTokens AuthService::startSession(const UserRecord &user, const QString &familyId) const
{
    const QString refreshToken = RefreshTokenPrefix
        + QString::fromLatin1(randomBytes(RefreshTokenBytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const qint64 expiresAt = currentEpochMs() + std::chrono::milliseconds(m_refreshTokenTtl).count();
    RefreshTokenRepository(m_database).insert({generateId(), refreshTokenHash(refreshToken), familyId, user.id, expiresAt});
    return {m_accessTokens.issue(user.id, user.role), refreshToken, m_accessTokens.ttl().count(), user};
}

SessionTokens AuthService::refresh(const QString &refreshToken) const
{
    if (!refreshToken.startsWith(RefreshTokenPrefix) || refreshToken.size() > 256)
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
        if (user)
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
    return *user;
}

}
