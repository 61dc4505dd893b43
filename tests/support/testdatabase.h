#pragma once

#include "store/databaselocation.h"

#include <QString>

namespace buttcloud {

// A fresh, empty database for one test. A SQLite file in the given directory by default; when the
// environment names a PostgreSQL server (BUTTCLOUD_TEST_POSTGRES_URL, an URL with rights to create
// databases, set by scripts/test for its PostgreSQL pass), a new database there, dropped again by the
// destructor. The same server tests thus run on both.
class TestDatabase final
{
    Q_DISABLE_COPY_MOVE(TestDatabase)

public:
    explicit TestDatabase(const QString &sqliteDirectory);
    ~TestDatabase();

    const DatabaseLocation &location() const;
    static bool usesPostgresql();

private:
    DatabaseLocation m_location;
    DatabaseLocation m_admin;
};

}
