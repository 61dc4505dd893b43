#include "store/userrepository.h"

#include "store/database.h"

namespace buttcloud {

namespace {
const QString Columns = QStringLiteral("id, name, email, password_hash, role, created_at, email_verified, language");

UserRecord readUser(const QSqlQuery &query)
{
    return UserRecord{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(),
                      roleFromName(query.value(4).toString()).value_or(Role::Customer), // least reach if unknown
                      query.value(5).toLongLong(), query.value(6).toBool(), query.value(7).toString()};
}

QList<UserRecord> allUsers(QSqlQuery query)
{
    QList<UserRecord> users;
    while (query.next())
        users.append(readUser(query));
    return users;
}

std::optional<UserRecord> firstUser(QSqlQuery query)
{
    if (!query.next())
        return std::nullopt;
    return readUser(query);
}
}

UserRepository::UserRepository(const Database &database)
    : m_database(database)
{
}

void UserRepository::insert(const UserRecord &user) const
{
    m_database.exec(QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(Columns),
                    {user.id, user.name, user.email, user.passwordHash, roleName(user.role), user.createdAt,
                     user.emailVerified, user.language});
}

std::optional<UserRecord> UserRepository::findById(const QString &id) const
{
    return firstUser(m_database.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(Columns), {id}));
}

std::optional<UserRecord> UserRepository::findByEmail(const QString &email) const
{
    return firstUser(m_database.exec(QStringLiteral("SELECT %1 FROM users WHERE email = ?").arg(Columns), {email}));
}

bool UserRepository::markEmailVerified(const QString &id) const
{
    return m_database.execChanging(QStringLiteral("UPDATE users SET email_verified = ? WHERE id = ?"), {true, id});
}

bool UserRepository::setPasswordHash(const QString &id, const QString &passwordHash) const
{
    return m_database.execChanging(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {passwordHash, id});
}

QList<UserRecord> UserRepository::listByRole(Role role) const
{
    return allUsers(m_database.exec(QStringLiteral("SELECT %1 FROM users WHERE role = ? ORDER BY created_at, id").arg(Columns),
                                    {roleName(role)}));
}

QList<UserRecord> UserRepository::list() const
{
    return allUsers(m_database.exec(QStringLiteral("SELECT %1 FROM users ORDER BY created_at, id").arg(Columns)));
}

}
