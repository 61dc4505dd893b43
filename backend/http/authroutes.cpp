// The account routes of docs/api.md: signup, login, refresh, logout, me, email verification,
// password reset and password change.
#include "auth/accountrules.h"
#include "auth/authservice.h"
#include "http/apierror.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace buttcloud {

namespace {
// Login and refresh fields: generous caps, the real rules apply at sign-up.
constexpr int CredentialFieldMaxLength = 1024;

// Where throttles count a request from: the peer's address (behind a reverse proxy, the proxy's).
QString clientAddress(const RequestContext &context)
{
    return context.request().remoteAddress().toString();
}

QHttpServerResponse sessionResponse(const SessionTokens &session)
{
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("accessToken"), session.accessToken},
        {QStringLiteral("refreshToken"), session.refreshToken},
        {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
        {QStringLiteral("expiresIn"), session.expiresInSeconds},
        {QStringLiteral("user"), userJson(session.user)},
    });
}
}

void ApiServer::registerAuthRoutes()
{
    const AuthService &auth = m_services.auth;

    addRoute(QStringLiteral("/api/v1/auth/signup"), Method::Post, RoutePolicy::publicRoute(), [&auth](const RequestContext &context) {
        const JsonRequest body = context.json();
        const QString name = body.requiredString("name", AccountRules::NameMaxLength);
        const QString email = body.requiredString("email", AccountRules::EmailMaxLength);
        const QString password = body.requiredString("password", AccountRules::PasswordMaxLength);
        const QString language = body.optionalString("language", CredentialFieldMaxLength).value_or(QString());
        return QHttpServerResponse(userJson(auth.createUser(name, email, password, Role::Customer, language)),
                                   QHttpServerResponse::StatusCode::Created);
    });

    addRoute(QStringLiteral("/api/v1/auth/login"), Method::Post, RoutePolicy::publicRoute(), [&auth](const RequestContext &context) {
        const JsonRequest body = context.json();
        const QString email = body.requiredString("email", CredentialFieldMaxLength);
        const QString password = body.requiredString("password", CredentialFieldMaxLength);
        return sessionResponse(auth.login(email, password, clientAddress(context)));
    });

    addRoute(QStringLiteral("/api/v1/auth/refresh"), Method::Post, RoutePolicy::publicRoute(), [&auth](const RequestContext &context) {
        return sessionResponse(auth.refresh(context.json().requiredString("refreshToken", CredentialFieldMaxLength)));
    });

    addRoute(QStringLiteral("/api/v1/auth/logout"), Method::Post, RoutePolicy::publicRoute(), [&auth](const RequestContext &context) {
        auth.logout(context.json().requiredString("refreshToken", CredentialFieldMaxLength));
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });

    // Always 202, whether or not the address has an account: no enumeration.
    addRoute(QStringLiteral("/api/v1/auth/password-reset"), Method::Post, RoutePolicy::publicRoute(), [&auth](const RequestContext &context) {
        auth.requestPasswordReset(context.json().requiredString("email", CredentialFieldMaxLength), clientAddress(context));
        return QHttpServerResponse(QHttpServerResponse::StatusCode::Accepted);
    });

    addRoute(QStringLiteral("/api/v1/auth/password-reset/confirm"), Method::Post, RoutePolicy::publicRoute(), [&auth](const RequestContext &context) {
        const JsonRequest body = context.json();
        const QString token = body.requiredString("token", CredentialFieldMaxLength);
        auth.confirmPasswordReset(token, body.requiredString("password", AccountRules::PasswordMaxLength));
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });

    addRoute(QStringLiteral("/api/v1/auth/verify-email"), Method::Post, RoutePolicy::publicRoute(), [&auth](const RequestContext &context) {
        auth.verifyEmail(context.json().requiredString("token", CredentialFieldMaxLength));
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });

    addRoute(QStringLiteral("/api/v1/auth/password"), Method::Post, RoutePolicy::ownAccount(), [&auth](const RequestContext &context) {
        const JsonRequest body = context.json();
        const QString current = body.requiredString("currentPassword", CredentialFieldMaxLength);
        const QString next = body.requiredString("newPassword", AccountRules::PasswordMaxLength);
        return sessionResponse(auth.changePassword(context.caller(), current, next, clientAddress(context)));
    });

    addRoute(QStringLiteral("/api/v1/me"), Method::Get, RoutePolicy::read(), [](const RequestContext &context) {
        return QHttpServerResponse(userJson(context.caller()));
    });
}

}
