#pragma once

#include "store/databaselocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <stdexcept>

namespace buttcloud {

// A failed statement or connection. Maps to 500: the details go to the log, not to clients.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One named connection to the server's database (SQLite or PostgreSQL), used from the thread that
// opened it. The SQL elsewhere is portable; dialect() tells the few places that differ.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    // Opens (creating a SQLite file) and brings the schema up to date. Throws StoreError.
    explicit Database(const DatabaseLocation &location);
    explicit Database(const QString &sqlitePath);

    DatabaseLocation::Kind dialect() const;
    ~Database();

    // Prepares, binds positionally and runs one statement; throws StoreError on failure.
    QSqlQuery exec(const QString &sql, std::initializer_list<QVariant> values = {}) const;
    // Like exec, for UPDATE and DELETE: whether any row changed.
    bool execChanging(const QString &sql, std::initializer_list<QVariant> values = {}) const;

    // Runs work in a transaction: commits when it returns, rolls back and rethrows when it throws.
    void transaction(const std::function<void()> &work) const;

    int schemaVersion() const;
    bool isHealthy() const;
    QSqlDatabase connection() const;

private:
    void open(const DatabaseLocation &location);

    QString m_connectionName;
    DatabaseLocation::Kind m_dialect = DatabaseLocation::Kind::Sqlite;
};

// Epoch milliseconds now; one place so every row agrees on the clock.
qint64 currentEpochMs();

}
