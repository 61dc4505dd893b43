#include "models/accountservice.h"

#include "models/jsonfields.h"
#include "models/session.h"
#include "models/typedreply.h"
#include "wire/errorcodes.h"

#include <QCoreApplication>

namespace buttcloud {

namespace {
class AccountText
{
    Q_DECLARE_TR_FUNCTIONS(buttcloud::AccountService)
};

QString userPath(const QString &userId, const char *suffix = "")
{
    return QStringLiteral("/api/v1/users/") + QString::fromLatin1(QUrl::toPercentEncoding(userId))
        + QString::fromLatin1(suffix);
}
}

Result<QList<User>> parseUserList(const QJsonObject &json, const QUrl &serverUrl)
{
    return parseArrayField<User>(json, "users", serverUrl, parseUser);
}

QString accountRoleLabel(Role role)
{
    switch (role) {
    case Role::Customer: return AccountText::tr("Customer");
    case Role::Support: return AccountText::tr("Support");
    case Role::Admin: return AccountText::tr("Administrator");
    }
    return {};
}

AccountService::AccountService(Session *session)
    : m_session(session)
{
}

void AccountService::list(const AccountFilter &filter, QObject *context, Handler<QList<User>> handler)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/users");
    if (!filter.query.trimmed().isEmpty())
        request.query.addQueryItem(QStringLiteral("query"), filter.query.trimmed());
    if (filter.role)
        request.query.addQueryItem(QStringLiteral("role"), roleName(*filter.role));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(ListLimit));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseUserList));
}

void AccountService::create(const NewAccount &account, QObject *context, Handler<User> handler)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/users");
    QJsonObject body{{QStringLiteral("name"), account.name.trimmed()},
                     {QStringLiteral("email"), account.email.trimmed()},
                     {QStringLiteral("role"), roleName(account.role)}};
    if (!account.language.isEmpty())
        body.insert(QStringLiteral("language"), account.language);
    request.body = body;
    handler = explainError(std::move(handler), ErrorCode::Conflict,
                           AccountText::tr("An account with that email address exists already."));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseUser));
}

void AccountService::update(const QString &userId, const AccountChange &change, QObject *context, Handler<User> handler)
{
    ApiRequest request;
    request.method = "PATCH";
    request.path = userPath(userId);
    QJsonObject body;
    if (change.name)
        body.insert(QStringLiteral("name"), change.name->trimmed());
    if (change.role)
        body.insert(QStringLiteral("role"), roleName(*change.role));
    if (change.disabled)
        body.insert(QStringLiteral("disabled"), *change.disabled);
    request.body = body;
    // The contract's two refusals that are about the people, not the request.
    handler = explainError(std::move(handler), ErrorCode::Conflict,
                           AccountText::tr("This is the last enabled administrator: make another one first."));
    handler = explainErrorIf(std::move(handler), [](const ApiError &error) {
        return error.isValidationOf("role") || error.isValidationOf("disabled");
    }, AccountText::tr("You cannot change your own role or disable your own account."));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseUser));
}

void AccountService::sendPasswordReset(const QString &userId, QObject *context, Handler<Done> handler)
{
    ApiRequest request;
    request.method = "POST";
    request.path = userPath(userId, "/password-reset");
    m_session->send(request, context, [handler = std::move(handler)](const ApiResponse &response) {
        handler(response.ok() ? DoneResult(Done{}) : DoneResult(response.error()));
    });
}

}
