// The accounts routes of docs/api.md "Users": support and admins read, admins change.
#include "auth/accountrules.h"
#include "auth/useradministration.h"
#include "http/apierror.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"
#include "http/queryparameters.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

namespace buttcloud {

namespace {
constexpr int DefaultListLimit = 200;
constexpr int MaxListLimit = 1000;
constexpr int RoleNameMaxLength = 16;
constexpr int LanguageMaxLength = 8;

Role roleField(const QString &field, const QString &text)
{
    const std::optional<Role> role = roleFromName(text);
    if (!role)
        throw ApiError::validation(field, QStringLiteral("must be customer, support or admin"));
    return *role;
}
}

void ApiServer::registerUserRoutes()
{
    const auto users = std::make_shared<const UserAdministration>(m_services.database, m_services.auth);

    addRoute(QStringLiteral("/api/v1/users"), Method::Get, RoutePolicy::staffRead(), [users](const RequestContext &context) {
        const QUrlQuery query(context.request().url());
        UserFilter filter;
        filter.query = textParameter(query, QStringLiteral("query"), AccountRules::EmailMaxLength);
        const QString role = textParameter(query, QStringLiteral("role"), RoleNameMaxLength);
        if (!role.isEmpty())
            filter.role = roleField(QStringLiteral("role"), role);
        filter.limit = limitParameter(query, DefaultListLimit, MaxListLimit);
        QJsonArray list;
        for (const UserRecord &user : users->list(filter))
            list.append(userJson(user));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("users"), list}});
    });

    addRoute(QStringLiteral("/api/v1/users/<arg>"), Method::Get, RoutePolicy::staffRead(), [users](const RequestContext &context) {
        return QHttpServerResponse(userJson(users->get(context.pathId())));
    });

    addRoute(QStringLiteral("/api/v1/users"), Method::Post, RoutePolicy::adminChange(), [users](const RequestContext &context) {
        const JsonRequest body = context.json();
        const QString name = body.requiredString("name", AccountRules::NameMaxLength);
        const QString email = body.requiredString("email", AccountRules::EmailMaxLength);
        const Role role = roleField(QStringLiteral("role"), body.requiredString("role", RoleNameMaxLength));
        const QString language = body.optionalString("language", LanguageMaxLength).value_or(QString());
        return QHttpServerResponse(userJson(users->create(context.caller(), name, email, role, language)),
                                   QHttpServerResponse::StatusCode::Created);
    });

    addRoute(QStringLiteral("/api/v1/users/<arg>"), Method::Patch, RoutePolicy::adminChange(), [users](const RequestContext &context) {
        const JsonRequest body = context.json();
        UserChanges changes;
        changes.name = body.optionalString("name", AccountRules::NameMaxLength);
        if (const std::optional<QString> role = body.optionalString("role", RoleNameMaxLength))
            changes.role = roleField(QStringLiteral("role"), *role);
        changes.disabled = body.optionalBool("disabled");
        if (!changes.name && !changes.role && !changes.disabled)
            throw ApiError::validation(QStringLiteral("body"), QStringLiteral("name, role or disabled is required"));
        return QHttpServerResponse(userJson(users->update(context.caller(), context.pathId(), changes)));
    });

    addRoute(QStringLiteral("/api/v1/users/<arg>/password-reset"), Method::Post, RoutePolicy::adminChange(),
             [users](const RequestContext &context) {
                 users->sendPasswordReset(context.caller(), context.pathId());
                 return QHttpServerResponse(QHttpServerResponse::StatusCode::Accepted);
             });
}

}
