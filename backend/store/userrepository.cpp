#include "store/userrepository.h"

#include "store/database.h"

namespace buttcloud {

namespace {
const QString Columns = QStringLiteral("id, name, email, password_hash, role, created_at");

UserRecord readUser(const QSqlQuery &query)
{
    return UserRecord{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(),
                      roleFromName(query.value(4).toString()).value_or(Role::Customer), // least reach if unknown
                      query.value(5).toLongLong()};
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
    m_database.exec(QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(Columns),
                    {user.id, user.name, user.email, user.passwordHash, roleName(user.role), user.createdAt});
}

std::optional<UserRecord> UserRepository::findById(const QString &id) const
{
    return firstUser(m_database.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(Columns), {id}));
}

std::optional<UserRecord> UserRepository::findByEmail(const QString &email) const
{
    return firstUser(m_database.exec(QStringLiteral("SELECT %1 FROM users WHERE email = ?").arg(Columns), {email}));
}

QList<UserRecord> UserRepository::list() const
{
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT %1 FROM users ORDER BY created_at, id").arg(Columns));
    QList<UserRecord> users;
    while (query.next())
        users.append(readUser(query));
    return users;
}

}
