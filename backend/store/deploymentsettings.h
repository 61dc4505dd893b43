#pragma once

#include <QString>

namespace buttcloud {

class Database;

// The deployment's instance id, kept in the database: the first server to start on a database
// records its data directory's id; every later one (another process on the same PostgreSQL, or the
// same server after its data directory was rebuilt) adopts the recorded one, so all of them label and
// manage the same Docker objects. Returns the id to use. Throws StoreError.
QString adoptInstanceId(const Database &database, const QString &candidate);

}
