#include "testdatabase.h"

#include "core/random.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>
#include <variant>

namespace buttcloud {

namespace {
QString postgresUrl()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("BUTTCLOUD_TEST_POSTGRES_URL"));
}

// Runs one statement on the PostgreSQL server's maintenance connection (not through Database, which
// would migrate the database it opens).
void administer(const DatabaseLocation &admin, const QString &statement)
{
    const QString connectionName = QStringLiteral("buttcloud-test-admin-") + generateId();
    {
        QSqlDatabase db = addDatabaseConnection(admin, connectionName);
        if (!db.open())
            throw std::runtime_error("cannot reach the test PostgreSQL server: " + db.lastError().text().toStdString());
        QSqlQuery query(db);
        if (!query.exec(statement))
            throw std::runtime_error("test PostgreSQL: " + query.lastError().text().toStdString());
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}
}

TestDatabase::TestDatabase(const QString &sqliteDirectory)
{
    if (!usesPostgresql()) {
        m_location.sqlitePath = sqliteDirectory + QStringLiteral("/test.sqlite");
        return;
    }
    auto parsed = parseDatabaseUrl(postgresUrl());
    if (const QString *error = std::get_if<QString>(&parsed))
        throw std::runtime_error("BUTTCLOUD_TEST_POSTGRES_URL: " + error->toStdString());
    m_admin = std::get<DatabaseLocation>(parsed);
    m_location = m_admin;
    m_location.name = QStringLiteral("buttcloud_test_") + generateId();
    administer(m_admin, QStringLiteral("CREATE DATABASE %1").arg(m_location.name));
}

TestDatabase::~TestDatabase()
{
    if (m_location.kind != DatabaseLocation::Kind::Postgresql)
        return;
    try {
        administer(m_admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.name));
    } catch (const std::exception &) {
        // A leftover test database is harmless; scripts/test drops them all before each run.
    }
}

const DatabaseLocation &TestDatabase::location() const
{
    return m_location;
}

bool TestDatabase::usesPostgresql()
{
    return !postgresUrl().isEmpty();
}

}
