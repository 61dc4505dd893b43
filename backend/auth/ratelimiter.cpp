#include "auth/ratelimiter.h"

namespace buttcloud {

RateLimiter::RateLimiter(int limit, std::chrono::milliseconds window)
    : m_limit(limit)
    , m_windowMs(std::max<qint64>(1, window.count()))
{
}

bool RateLimiter::allow(const QString &key, qint64 nowMs)
{
    const qint64 index = nowMs / m_windowMs;
    // Old windows are dropped as a new one starts, so memory stays bounded by one window's keys.
    if (!m_windows.isEmpty() && m_windows.cbegin()->index != index) {
        m_windows.removeIf([index](const QHash<QString, Window>::iterator &entry) { return entry->index != index; });
    }
    Window &window = m_windows[key];
    if (window.index != index)
        window = Window{index, 0};
    if (window.count >= m_limit)
        return false;
    ++window.count;
    return true;
}

}
