#include "http/apierror.h"

#include "wire/errorcodes.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace buttcloud {

ApiError::ApiError(const char *code, QString message)
    : std::runtime_error(code)
    , m_code(code)
    , m_message(std::move(message))
{
}

const char *ApiError::code() const
{
    return m_code;
}

QString ApiError::message() const
{
    return m_message;
}

ApiError ApiError::badRequest(const QString &message)
{
    return ApiError(ErrorCode::BadRequest, message);
}

ApiError ApiError::validation(const QString &field, const QString &problem)
{
    return ApiError(ErrorCode::ValidationFailed, field + QLatin1String(": ") + problem);
}

ApiError ApiError::unauthenticated(const QString &message)
{
    return ApiError(ErrorCode::Unauthenticated, message);
}

ApiError ApiError::forbidden(const QString &message)
{
    return ApiError(ErrorCode::Forbidden, message);
}

ApiError ApiError::notFound(const QString &message)
{
    return ApiError(ErrorCode::NotFound, message);
}

ApiError ApiError::conflict(const QString &message)
{
    return ApiError(ErrorCode::Conflict, message);
}

ApiError ApiError::engineUnavailable(const QString &message)
{
    return ApiError(ErrorCode::EngineUnavailable, message);
}

ApiError ApiError::hostKeyMismatch(const QString &message)
{
    return ApiError(ErrorCode::HostKeyMismatch, message);
}

ApiError ApiError::hubUnreachable(const QString &message, bool ofPub)
{
    ApiError error(ErrorCode::HubUnreachable, message);
    if (ofPub)
        error.m_status = 503; // like engine_unavailable: the server works, a part of the swarm is away for now
    return error;
}

ApiError ApiError::cardDeclined(const QString &message)
{
    return ApiError(ErrorCode::CardDeclined, message);
}

ApiError ApiError::paymentUnavailable(const QString &message, bool badReply)
{
    ApiError error(ErrorCode::PaymentUnavailable, message);
    if (badReply)
        error.m_status = 502; // the provider answered, but not what the server relies on
    return error;
}

int ApiError::httpStatus() const
{
    return m_status ? m_status : httpStatusFor(m_code);
}

ApiError ApiError::accountDisabled()
{
    return ApiError(ErrorCode::AccountDisabled, QStringLiteral("this account is disabled: ask an administrator"));
}

ApiError ApiError::rateLimited(const QString &message, int retryAfterSeconds)
{
    ApiError error(ErrorCode::RateLimited, message);
    error.m_retryAfterSeconds = std::max(1, retryAfterSeconds);
    return error;
}

int ApiError::retryAfterSeconds() const
{
    return m_retryAfterSeconds;
}

int httpStatusFor(const char *code)
{
    static constexpr std::pair<const char *, int> statuses[] = {
        {ErrorCode::BadRequest, 400},          {ErrorCode::Unauthenticated, 401},
        {ErrorCode::TokenExpired, 401},        {ErrorCode::InvalidCredentials, 401},
        {ErrorCode::InvalidRefreshToken, 401}, {ErrorCode::Forbidden, 403},
        {ErrorCode::AccountDisabled, 403},     {ErrorCode::RateLimited, 429},
        {ErrorCode::NotFound, 404},            {ErrorCode::MethodNotAllowed, 405},
        {ErrorCode::Conflict, 409},            {ErrorCode::PayloadTooLarge, 413},
        {ErrorCode::ValidationFailed, 422},    {ErrorCode::EngineUnavailable, 503},
        {ErrorCode::HostKeyMismatch, 422},     {ErrorCode::HubUnreachable, 502},
        {ErrorCode::CardDeclined, 402},        {ErrorCode::PaymentUnavailable, 503},
        {ErrorCode::Internal, 500},
    };
    for (const auto &[candidate, status] : statuses) {
        if (std::strcmp(candidate, code) == 0)
            return status;
    }
    return 500;
}

}
