#pragma once

namespace buttcloud {

class Database;

// Numbered schema migrations; the `migrations` table records the highest applied version.
// Each runs in its own transaction. Throws StoreError when one fails or the database is newer
// than this server.
void migrate(const Database &database);

int latestSchemaVersion();

}
