#pragma once

#include <QString>

#include <chrono>

namespace buttcloud {

class Database;

// At most `limit` events per key in each fixed window, counted in the database (login_failures,
// under "<scope>|<key>|<window>") so that every server sharing it, and a restarted one, count the
// same. For abuse limits where being a little generous at a window's edge does not matter.
class RateLimiter final
{
public:
    RateLimiter(const Database &database, QString scope, int limit, std::chrono::milliseconds window);

    // Counts an event for key at nowMs; false when the key is over its limit in this window.
    bool allow(const QString &key, qint64 nowMs) const;

private:
    const Database &m_database;
    QString m_scope;
    int m_limit;
    qint64 m_windowMs;
};

}
