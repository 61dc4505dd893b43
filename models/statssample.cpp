#include "models/statssample.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace buttcloud {

namespace {
constexpr std::array<const char *, StatsMetricCount> MetricNames = {
    "cpuPercent",
    "cpuPercentOfLimit",
    "memoryBytes",
    "memoryLimitBytes",
    "networkRxBytesPerSecond",
    "networkTxBytesPerSecond",
    "blockReadBytesPerSecond",
    "blockWriteBytesPerSecond",
    "pids",
};

std::optional<double> figure(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < 0)
        return std::nullopt;
    return number;
}

// Samples are keyed by the second they describe: a finer time would make merges see duplicates
// as different points.
std::optional<QDateTime> sampleTime(const QJsonObject &json)
{
    QDateTime time = QDateTime::fromString(json.value(QLatin1String("t")).toString(), Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    time = time.toUTC();
    time.setTime(QTime(time.time().hour(), time.time().minute(), time.time().second()));
    return time;
}

int index(StatsMetric metric)
{
    return int(metric);
}
}

QString statsMetricName(StatsMetric metric)
{
    return QString::fromLatin1(MetricNames.at(index(metric)));
}

double StatsSample::value(StatsMetric metric) const
{
    return values.at(index(metric));
}

double StatsSample::minimum(StatsMetric metric) const
{
    return minimums.at(index(metric));
}

double StatsSample::maximum(StatsMetric metric) const
{
    return maximums.at(index(metric));
}

void StatsSample::setValue(StatsMetric metric, double value)
{
    values.at(index(metric)) = value;
    minimums.at(index(metric)) = value;
    maximums.at(index(metric)) = value;
}

namespace {
// Reads the time and every metric; readField fills one metric of the sample or says it is bad.
template<typename ReadField>
std::optional<StatsSample> parsePoint(const QJsonObject &json, ReadField readField)
{
    const std::optional<QDateTime> time = sampleTime(json);
    if (!time)
        return std::nullopt;
    StatsSample point;
    point.time = *time;
    for (int i = 0; i < StatsMetricCount; ++i) {
        if (!readField(json.value(QLatin1String(MetricNames.at(i))), i, point))
            return std::nullopt;
    }
    return point;
}
}

std::optional<StatsSample> parseStatsSample(const QJsonObject &json)
{
    return parsePoint(json, [](const QJsonValue &value, int i, StatsSample &sample) {
        const std::optional<double> number = figure(value);
        if (number)
            sample.setValue(StatsMetric(i), *number);
        return number.has_value();
    });
}

std::optional<StatsSample> parseAggregatedStatsPoint(const QJsonObject &json)
{
    return parsePoint(json, [](const QJsonValue &value, int i, StatsSample &point) {
        const QJsonObject field = value.toObject();
        const std::optional<double> minimum = figure(field.value(QLatin1String("min")));
        const std::optional<double> average = figure(field.value(QLatin1String("avg")));
        const std::optional<double> maximum = figure(field.value(QLatin1String("max")));
        if (!minimum || !average || !maximum || *minimum > *maximum)
            return false;
        // An average computed in floating point may stray past an extreme by a rounding error.
        point.values.at(i) = std::clamp(*average, *minimum, *maximum);
        point.minimums.at(i) = *minimum;
        point.maximums.at(i) = *maximum;
        return true;
    });
}

Result<StatsHistory> parseStatsHistory(const QJsonObject &json, const QUrl &serverUrl)
{
    const ApiError invalid = invalidReplyError(serverUrl, 200);
    StatsHistory history;
    history.pubId = json.value(QLatin1String("pubId")).toString();
    const QJsonValue step = json.value(QLatin1String("step"));
    const QJsonValue points = json.value(QLatin1String("points"));
    if (history.pubId.isEmpty() || !step.isDouble() || step.toInt() < 1 || !points.isArray())
        return invalid;
    history.stepSeconds = step.toInt();
    const bool aggregated = history.stepSeconds > 1;
    for (const QJsonValue &entry : points.toArray()) {
        const std::optional<StatsSample> point = aggregated ? parseAggregatedStatsPoint(entry.toObject())
                                                            : parseStatsSample(entry.toObject());
        if (!point)
            return invalid;
        history.points.append(*point);
    }
    // The contract says time-ordered; sorting costs little and protects the series' invariant.
    std::stable_sort(history.points.begin(), history.points.end(),
                     [](const StatsSample &a, const StatsSample &b) { return a.time < b.time; });
    return history;
}

}
