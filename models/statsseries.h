#pragma once

#include "models/statssample.h"

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <deque>
#include <optional>

namespace buttcloud {

// A pub's samples in two bounded, time-ordered tiers: raw 1 s samples (an hour by default) and
// points of a minute or more (7 days by default). Appending a live sample is O(1); the oldest
// points fall out when a tier is full. Merging history never duplicates a second: a point for a
// second already held replaces it.
class StatsSeries final
{
public:
    enum class Tier { Raw, Aggregated };

    static constexpr qsizetype DefaultRawCapacity = 60 * 60;
    static constexpr qsizetype DefaultAggregatedCapacity = 7 * 24 * 60;

    explicit StatsSeries(qsizetype rawCapacity = DefaultRawCapacity,
                         qsizetype aggregatedCapacity = DefaultAggregatedCapacity);

    void add(Tier tier, const StatsSample &sample);
    void merge(Tier tier, const QList<StatsSample> &samples);
    void clear();

    qsizetype size(Tier tier) const;
    bool isEmpty() const;
    std::optional<StatsSample> latest() const;
    // The time of the newest raw sample, invalid when there is none.
    QDateTime latestRawTime() const;

    // What a chart of [from, to] should draw: aggregated points up to where raw samples begin,
    // then the raw samples, so a range is as fine as the data held allows.
    QList<StatsSample> samples(const QDateTime &from, const QDateTime &to) const;

private:
    using Buffer = std::deque<StatsSample>;
    Buffer &buffer(Tier tier);
    const Buffer &buffer(Tier tier) const;
    qsizetype capacity(Tier tier) const;

    Buffer m_raw;
    Buffer m_aggregated;
    qsizetype m_rawCapacity;
    qsizetype m_aggregatedCapacity;
};

// Reduces samples to at most two points per column of [from, to] (the minimum and the maximum of
// each column, in time order), so a line through an hour of 1 s samples draws as fast as one
// through a few hundred points and still shows every peak. x is milliseconds since the epoch.
QList<QPointF> downsampleForDrawing(const QList<StatsSample> &samples, StatsMetric metric, const QDateTime &from,
                                    const QDateTime &to, int columns);

}
