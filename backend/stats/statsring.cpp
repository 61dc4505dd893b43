#include "stats/statsring.h"

#include <algorithm>

namespace buttcloud {

StatsRing::StatsRing(int capacity)
    : m_capacity(std::max(1, capacity))
{
    m_buffer.reserve(m_capacity);
}

bool StatsRing::append(const StatsSample &sample)
{
    if (!m_buffer.isEmpty() && sample.atMs <= at(size() - 1).atMs)
        return false;
    if (m_buffer.size() < m_capacity) {
        m_buffer.append(sample);
    } else {
        m_buffer[m_start] = sample;
        m_start = (m_start + 1) % m_capacity;
    }
    return true;
}

int StatsRing::size() const
{
    return int(m_buffer.size());
}

int StatsRing::capacity() const
{
    return m_capacity;
}

const StatsSample &StatsRing::at(int index) const
{
    return m_buffer.at((m_start + index) % m_buffer.size());
}

QList<StatsSample> StatsRing::between(qint64 fromMs, qint64 toMs) const
{
    // Time-ordered: binary search for the first sample at or after fromMs.
    int low = 0;
    int high = size();
    while (low < high) {
        const int middle = (low + high) / 2;
        if (at(middle).atMs < fromMs)
            low = middle + 1;
        else
            high = middle;
    }
    QList<StatsSample> found;
    for (int i = low; i < size() && at(i).atMs < toMs; ++i)
        found.append(at(i));
    return found;
}

}
