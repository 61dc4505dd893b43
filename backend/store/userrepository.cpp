#include "store/userrepository.h"

#include "store/database.h"

namespace buttcloud {

namespace {
const QString Columns = QStringLiteral("id, name, email, password_hash, role, created_at, email_verified, language,"
                                       " disabled, last_sign_in_at, token_generation");

UserRecord readUser(const QSqlQuery &query)
{
    return UserRecord{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(),
                      roleFromName(query.value(4).toString()).value_or(Role::Customer), // least reach if unknown
                      query.value(5).toLongLong(), query.value(6).toBool(), query.value(7).toString(),
                      query.value(8).toBool(), query.value(9).isNull() ? 0 : query.value(9).toLongLong(),
                      query.value(10).toInt()};
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

// LIKE with the user's text taken literally.
QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
}

UserRepository::UserRepository(const Database &database)
    : m_database(database)
{
}

void UserRepository::insert(const UserRecord &user) const
{
    m_database.exec(QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(Columns),
                    {user.id, user.name, user.email, user.passwordHash, roleName(user.role), user.createdAt,
                     user.emailVerified, user.language, user.disabled,
                     user.lastSignInAt == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(user.lastSignInAt),
                     user.tokenGeneration});
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

bool UserRepository::setName(const QString &id, const QString &name) const
{
    return m_database.execChanging(QStringLiteral("UPDATE users SET name = ? WHERE id = ?"), {name, id});
}

bool UserRepository::setRole(const QString &id, Role role) const
{
    return m_database.execChanging(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {roleName(role), id});
}

bool UserRepository::setDisabled(const QString &id, bool disabled) const
{
    return m_database.execChanging(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), {disabled, id});
}

void UserRepository::recordSignIn(const QString &id, qint64 at) const
{
    m_database.exec(QStringLiteral("UPDATE users SET last_sign_in_at = ? WHERE id = ?"), {at, id});
}

void UserRepository::bumpTokenGeneration(const QString &id) const
{
    m_database.exec(QStringLiteral("UPDATE users SET token_generation = token_generation + 1 WHERE id = ?"), {id});
}

int UserRepository::countEnabledWithRole(Role role) const
{
    // SQLite serialises writing transactions itself and has no FOR UPDATE.
    const QString lock = m_database.dialect() == DatabaseLocation::Kind::Postgresql ? QStringLiteral(" FOR UPDATE") : QString();
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT id FROM users WHERE role = ? AND disabled = ?") + lock,
                                      {roleName(role), false});
    int count = 0;
    while (query.next())
        ++count;
    return count;
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

QList<UserRecord> UserRepository::search(const UserFilter &filter) const
{
    // Emails are stored lowercased; names are compared lowercased (LOWER is ASCII-only on SQLite:
    // good enough for a search box).
    const QString pattern = filter.query.isEmpty() ? QStringLiteral("%") : likePattern(filter.query);
    const QString role = filter.role ? roleName(*filter.role) : QString();
    return allUsers(m_database.exec(
        QStringLiteral("SELECT %1 FROM users WHERE (LOWER(name) LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\')"
                       " AND (? = '' OR role = ?) ORDER BY email LIMIT ?").arg(Columns),
        {pattern, pattern, role, role, filter.limit}));
}

}
