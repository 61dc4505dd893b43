#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace buttcloud {

// The numeric fields of a stats sample (docs/api.md, "Stats"), in the order they are stored.
enum class StatsMetric {
    CpuPercent,
    CpuPercentOfLimit,
    MemoryBytes,
    MemoryLimitBytes,
    NetworkRxBytesPerSecond,
    NetworkTxBytesPerSecond,
    BlockReadBytesPerSecond,
    BlockWriteBytesPerSecond,
    Pids,
};
inline constexpr int StatsMetricCount = int(StatsMetric::Pids) + 1;

// The field's name on the wire and in CSV headers, e.g. "cpuPercent".
QString statsMetricName(StatsMetric metric);

// One point of a pub's resource figures. A raw 1 s sample has minimum == value == maximum; a point
// aggregated over a minute or more keeps the average as value and the extremes beside it, so drawing
// a downsampled chart does not hide peaks.
struct StatsSample
{
    QDateTime time; // UTC, whole seconds
    std::array<double, StatsMetricCount> values{};
    std::array<double, StatsMetricCount> minimums{};
    std::array<double, StatsMetricCount> maximums{};

    double value(StatsMetric metric) const;
    double minimum(StatsMetric metric) const;
    double maximum(StatsMetric metric) const;
    void setValue(StatsMetric metric, double value); // sets minimum and maximum too
};

struct StatsHistory
{
    QString pubId;
    int stepSeconds = 1;
    QList<StatsSample> points; // time-ordered
};

// A sample as the stream and `step=1` history send it; nullopt when a field is missing, not a
// finite non-negative number, or the time is not ISO-8601.
std::optional<StatsSample> parseStatsSample(const QJsonObject &json);
// A point of `step>=60` history: every field an object {min, avg, max}.
std::optional<StatsSample> parseAggregatedStatsPoint(const QJsonObject &json);
// GET /pubs/{id}/stats; serverUrl only goes into the error message.
Result<StatsHistory> parseStatsHistory(const QJsonObject &json, const QUrl &serverUrl);

}
