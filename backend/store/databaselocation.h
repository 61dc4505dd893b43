#pragma once

#include <QSqlDatabase>
#include <QString>

#include <variant>

namespace buttcloud {

// Where the server's database lives: a SQLite file (the default) or a PostgreSQL database (fleets,
// several servers). Parsed from `--database` URLs; the password never appears in describe().
struct DatabaseLocation
{
    enum class Kind { Sqlite, Postgresql };

    Kind kind = Kind::Sqlite;
    QString sqlitePath;
    QString host;         // PostgreSQL: host name, address, or a directory for a unix socket
    int port = 5432;
    QString name;         // database name
    QString user;
    QString password;     // empty: libpq's own sources (PGPASSWORD, ~/.pgpass) apply
    QString options;      // libpq connection options, e.g. "sslmode=require;connect_timeout=5"

    // For logs: "sqlite:/path" or "postgresql://user@host:port/name", never the password.
    QString describe() const;
};

// Adds a Qt SQL connection named connectionName for location (driver and parameters), not yet open.
QSqlDatabase addDatabaseConnection(const DatabaseLocation &location, const QString &connectionName);

// sqlite:///absolute/path, or postgresql://[user[:password]@]host[:port]/name[?sslmode=...]
// (postgres:// too). Answers an error message for people that never repeats a password.
std::variant<DatabaseLocation, QString> parseDatabaseUrl(const QString &url);

}
