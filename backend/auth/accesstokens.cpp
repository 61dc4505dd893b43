#include "auth/accesstokens.h"

#include "core/random.h"
#include "http/apierror.h"
#include "wire/errorcodes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <sodium.h>

namespace buttcloud {

namespace {
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodeSegment(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(Base64Url);
}

std::optional<QByteArray> decodeSegment(const QByteArray &segment)
{
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(segment, Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || segment.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

std::optional<QJsonObject> decodeObject(const QByteArray &segment)
{
    const std::optional<QByteArray> json = decodeSegment(segment);
    if (!json)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

ApiError malformed()
{
    // One answer for every way a token can be wrong: no oracle for forgers.
    return ApiError::unauthenticated(QStringLiteral("the access token is not valid"));
}
}

AccessTokens::AccessTokens(QByteArray key, std::chrono::seconds ttl, Clock clock)
    : m_key(std::move(key))
    , m_ttl(ttl)
    , m_clock(std::move(clock))
{
}

std::chrono::seconds AccessTokens::ttl() const
{
    return m_ttl;
}

qint64 AccessTokens::now() const
{
    return m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
}

QByteArray AccessTokens::sign(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256);
}

QString AccessTokens::issue(const QString &userId, Role role, int generation) const
{
    const qint64 issuedAt = now();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{
        {QStringLiteral("sub"), userId},
        {QStringLiteral("role"), roleName(role)},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), issuedAt + m_ttl.count()},
        {QStringLiteral("jti"), generateId()},
        {QStringLiteral("gen"), generation},
    };
    const QByteArray signingInput = encodeSegment(header) + '.' + encodeSegment(payload);
    return QString::fromLatin1(signingInput + '.' + sign(signingInput).toBase64(Base64Url));
}

AccessClaims AccessTokens::verify(const QString &token) const
{
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (token.size() > 4096 || parts.size() != 3)
        throw malformed();

    const std::optional<QJsonObject> header = decodeObject(parts.at(0));
    // Only HS256: "none" and asymmetric algorithms would let a forger pick how we check.
    if (!header || header->value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        throw malformed();

    const std::optional<QByteArray> signature = decodeSegment(parts.at(2));
    const QByteArray expected = sign(parts.at(0) + '.' + parts.at(1));
    if (!signature || signature->size() != expected.size()
        || sodium_memcmp(signature->constData(), expected.constData(), size_t(expected.size())) != 0) {
        throw malformed();
    }

    const std::optional<QJsonObject> payload = decodeObject(parts.at(1));
    if (!payload)
        throw malformed();
    AccessClaims claims{payload->value(QStringLiteral("sub")).toString(), payload->value(QStringLiteral("role")).toString(),
                        payload->value(QStringLiteral("iat")).toInteger(), payload->value(QStringLiteral("exp")).toInteger(),
                        payload->value(QStringLiteral("jti")).toString(),
                        payload->value(QStringLiteral("gen")).toInt()}; // absent in older tokens: generation 0
    if (claims.subject.isEmpty() || claims.expiresAt <= 0)
        throw malformed();
    if (now() >= claims.expiresAt)
        throw ApiError(ErrorCode::TokenExpired, QStringLiteral("the access token expired: refresh it"));
    return claims;
}

}
