#pragma once

#include "stats/statssample.h"

#include <QList>

namespace buttcloud {

// The newest samples of one pub in time order, at most capacity of them: the oldest is overwritten.
// A fixed buffer, so memory per pub stays bounded however long the pub runs.
class StatsRing final
{
public:
    explicit StatsRing(int capacity);

    // Appends sample unless it is not later than the newest one (returns false then).
    bool append(const StatsSample &sample);
    int size() const;
    int capacity() const;
    // Samples with fromMs <= atMs < toMs, oldest first.
    QList<StatsSample> between(qint64 fromMs, qint64 toMs) const;

private:
    const StatsSample &at(int index) const; // 0 is the oldest

    QList<StatsSample> m_buffer;
    int m_capacity;
    int m_start = 0; // index of the oldest sample once the buffer is full
};

}
