#include "auth/useradministration.h"

#include "auth/accountrules.h"
#include "auth/authservice.h"
#include "core/logging.h"
#include "http/apierror.h"
#include "store/auditrepository.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace buttcloud {

UserAdministration::UserAdministration(const Database &database, const AuthService &auth)
    : m_database(database)
    , m_auth(auth)
{
}

QList<UserRecord> UserAdministration::list(const UserFilter &filter) const
{
    return UserRepository(m_database).search(filter);
}

UserRecord UserAdministration::get(const QString &id) const
{
    std::optional<UserRecord> user = UserRepository(m_database).findById(id);
    if (!user)
        throw ApiError::notFound(QStringLiteral("no such user"));
    return *user;
}

void UserAdministration::audit(const UserRecord &admin, const QString &action, const QJsonObject &details) const
{
    AuditEntry entry;
    entry.userId = admin.id;
    entry.userEmail = admin.email;
    entry.action = action;
    entry.argumentsJson = QJsonDocument(details).toJson(QJsonDocument::Compact);
    AuditRepository(m_database).insert(entry);
}

UserRecord UserAdministration::create(const UserRecord &admin, const QString &name, const QString &email, Role role,
                                      const QString &language) const
{
    const UserRecord user = m_auth.createAccount(name, email, role, language);
    audit(admin, QStringLiteral("user.create"),
          {{QStringLiteral("userId"), user.id}, {QStringLiteral("email"), user.email}, {QStringLiteral("role"), roleName(role)}});
    return user;
}

UserRecord UserAdministration::update(const UserRecord &admin, const QString &id, const UserChanges &changes) const
{
    if (changes.name) {
        if (const std::optional<QString> problem = AccountRules::checkName(*changes.name))
            throw ApiError::validation(QStringLiteral("name"), *problem);
    }
    const UserRepository users(m_database);
    std::optional<UserRecord> updated;
    m_database.transaction([&] {
        const UserRecord before = get(id);
        const bool roleChanges = changes.role && *changes.role != before.role;
        const bool disabling = changes.disabled && *changes.disabled && !before.disabled;
        if (before.id == admin.id && roleChanges)
            throw ApiError::validation(QStringLiteral("role"), QStringLiteral("you cannot change your own role"));
        if (before.id == admin.id && disabling)
            throw ApiError::validation(QStringLiteral("disabled"), QStringLiteral("you cannot disable yourself"));
        const bool losesAdmin = before.role == Role::Admin && !before.disabled && (roleChanges || disabling);
        if (losesAdmin && users.countEnabledWithRole(Role::Admin) <= 1)
            throw ApiError::conflict(QStringLiteral("this is the last enabled admin: make another admin first"));

        QJsonObject details{{QStringLiteral("userId"), before.id}, {QStringLiteral("email"), before.email}};
        if (changes.name && changes.name->trimmed() != before.name) {
            users.setName(id, changes.name->trimmed());
            details.insert(QStringLiteral("name"), changes.name->trimmed());
        }
        if (roleChanges) {
            users.setRole(id, *changes.role);
            details.insert(QStringLiteral("role"), roleName(*changes.role));
        }
        if (changes.disabled && *changes.disabled != before.disabled) {
            users.setDisabled(id, *changes.disabled);
            details.insert(QStringLiteral("disabled"), *changes.disabled);
            if (disabling)
                m_auth.revokeAllTokens(id);
        }
        audit(admin, QStringLiteral("user.update"), details);
        updated = get(id);
    });
    qCInfo(lcAuth) << "admin" << admin.id << "changed user" << id;
    return *updated;
}

void UserAdministration::sendPasswordReset(const UserRecord &admin, const QString &id) const
{
    const UserRecord user = get(id);
    m_auth.sendPasswordReset(user);
    audit(admin, QStringLiteral("user.password_reset"), {{QStringLiteral("userId"), user.id}, {QStringLiteral("email"), user.email}});
}

}
