#pragma once

#include <QHash>
#include <QString>

#include <chrono>

namespace buttcloud {

// At most `limit` events per key in each fixed window; in memory (a restart forgets). For abuse
// limits where being a little generous at a window's edge does not matter.
class RateLimiter final
{
public:
    RateLimiter(int limit, std::chrono::milliseconds window);

    // Counts an event for key at nowMs; false when the key is over its limit in this window.
    bool allow(const QString &key, qint64 nowMs);

private:
    struct Window
    {
        qint64 index = 0;
        int count = 0;
    };

    int m_limit;
    qint64 m_windowMs;
    QHash<QString, Window> m_windows;
};

}
