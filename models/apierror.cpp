#include "models/apierror.h"

#include "wire/errorcodes.h"

#include <QCoreApplication>

namespace buttcloud {

namespace {
// Free functions have no tr(); this gives their strings a context of their own.
class ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(buttcloud::ApiError)
};
}

bool ApiError::is(const char *errorCode) const
{
    return code == QLatin1String(errorCode);
}

bool ApiError::isValidationOf(const char *field) const
{
    return is(ErrorCode::ValidationFailed) && serverMessage.startsWith(QLatin1String(field) + QLatin1Char(':'));
}

QString messageForServerError(int httpStatus, const QString &code, const QString &serverMessage)
{
    const auto codeIs = [&code](const char *candidate) { return code == QLatin1String(candidate); };
    if (codeIs(ErrorCode::InvalidCredentials))
        return ApiErrorText::tr("Wrong email or password.");
    if (codeIs(ErrorCode::TokenExpired) || codeIs(ErrorCode::Unauthenticated)
        || codeIs(ErrorCode::InvalidRefreshToken))
        return ApiErrorText::tr("Your session has ended. Please sign in again.");
    if (codeIs(ErrorCode::AccountDisabled))
        return ApiErrorText::tr("This account is disabled. Ask an administrator to enable it.");
    // The server's message says when to try again (it knows the Retry-After it sent).
    if (codeIs(ErrorCode::RateLimited) && !serverMessage.isEmpty())
        return ApiErrorText::tr("Too many failed sign-ins: %1").arg(serverMessage);
    if (codeIs(ErrorCode::RateLimited))
        return ApiErrorText::tr("Too many failed sign-ins. Wait a few minutes, then try again.");
    if (codeIs(ErrorCode::Forbidden))
        return ApiErrorText::tr("Your account is not allowed to do this.");
    if (codeIs(ErrorCode::NotFound))
        return ApiErrorText::tr("That item does not exist (any more).");
    if (codeIs(ErrorCode::Conflict))
        return ApiErrorText::tr("That conflicts with what is already on the server.");
    if (codeIs(ErrorCode::ValidationFailed) && !serverMessage.isEmpty())
        return ApiErrorText::tr("The server refused the input: %1").arg(serverMessage);
    if (codeIs(ErrorCode::ValidationFailed))
        return ApiErrorText::tr("The server refused the input.");
    if (codeIs(ErrorCode::PayloadTooLarge))
        return ApiErrorText::tr("The request was too large for the server.");
    if (codeIs(ErrorCode::HostKeyMismatch))
        return ApiErrorText::tr("The machine presented a host key that matches neither the server's known hosts nor the fingerprint you confirmed. Nothing was added.");
    // 503: a hub the server manages is away for now (a pub's command); 502: adding a machine failed.
    if (codeIs(ErrorCode::HubUnreachable) && httpStatus == 503)
        return ApiErrorText::tr("The hub running this pub cannot be reached right now. Please try again later.");
    if (codeIs(ErrorCode::HubUnreachable) && !serverMessage.isEmpty())
        return ApiErrorText::tr("The server could not connect to the machine over SSH: %1").arg(serverMessage);
    if (codeIs(ErrorCode::HubUnreachable))
        return ApiErrorText::tr("The server could not connect to the machine over SSH.");
    if (codeIs(ErrorCode::EngineUnavailable))
        return ApiErrorText::tr("The server cannot reach its Docker engine right now. Please try again later.");
    if (codeIs(ErrorCode::CardDeclined) && !serverMessage.isEmpty())
        return ApiErrorText::tr("The card was declined: %1 Nothing was created or charged.").arg(serverMessage);
    if (codeIs(ErrorCode::CardDeclined))
        return ApiErrorText::tr("The card was declined. Nothing was created or charged.");
    if (codeIs(ErrorCode::PaymentUnavailable))
        return ApiErrorText::tr("The payment service cannot be reached right now. Please try again later.");
    if (codeIs(ErrorCode::Internal))
        return ApiErrorText::tr("The server hit an internal error; its log has the details.");
    if (codeIs(ErrorCode::BadRequest) || codeIs(ErrorCode::MethodNotAllowed))
        return ApiErrorText::tr("The server did not understand the request (HTTP %1). The client and server versions may not match.")
            .arg(httpStatus);
    return ApiErrorText::tr("The server answered with an unexpected error (HTTP %1).").arg(httpStatus);
}

ApiError invalidReplyError(const QUrl &serverUrl, int httpStatus)
{
    return {httpStatus, QString::fromLatin1(ClientErrorCode::InvalidReply),
            ApiErrorText::tr("The server at %1 sent a reply this client does not understand (HTTP %2). Is it a ButtCloud server?")
                .arg(serverUrl.toDisplayString(), QString::number(httpStatus))};
}

}
