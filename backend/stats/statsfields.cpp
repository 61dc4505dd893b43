#include "stats/statsfields.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace buttcloud {

const std::array<StatsField, StatsFieldCount> &statsFields()
{
    static const std::array<StatsField, StatsFieldCount> fields{
        StatsField{"cpuPercent", [](const StatsSample &s) { return s.cpuPercent; }},
        StatsField{"cpuPercentOfLimit", [](const StatsSample &s) { return s.cpuPercentOfLimit; }},
        StatsField{"memoryBytes", [](const StatsSample &s) { return double(s.memoryBytes); }},
        StatsField{"memoryLimitBytes", [](const StatsSample &s) { return double(s.memoryLimitBytes); }},
        StatsField{"networkRxBytesPerSecond", [](const StatsSample &s) { return s.networkRxBytesPerSecond; }},
        StatsField{"networkTxBytesPerSecond", [](const StatsSample &s) { return s.networkTxBytesPerSecond; }},
        StatsField{"blockReadBytesPerSecond", [](const StatsSample &s) { return s.blockReadBytesPerSecond; }},
        StatsField{"blockWriteBytesPerSecond", [](const StatsSample &s) { return s.blockWriteBytesPerSecond; }},
        StatsField{"pids", [](const StatsSample &s) { return double(s.pids); }},
    };
    return fields;
}

QJsonObject sampleFigures(const StatsSample &sample)
{
    QJsonObject figures;
    for (const StatsField &field : statsFields())
        figures.insert(QLatin1String(field.name), field.read(sample));
    return figures;
}

StatsAggregate aggregateSamples(qint64 atMs, const QList<StatsSample> &samples)
{
    Q_ASSERT(!samples.isEmpty());
    StatsAggregate aggregate;
    aggregate.atMs = atMs;
    aggregate.samples = int(samples.size());
    for (int i = 0; i < StatsFieldCount; ++i) {
        FigureRange &range = aggregate.figures[i];
        range.min = range.max = statsFields()[i].read(samples.first());
        double sum = 0;
        for (const StatsSample &sample : samples) {
            const double value = statsFields()[i].read(sample);
            range.min = std::min(range.min, value);
            range.max = std::max(range.max, value);
            sum += value;
        }
        range.avg = sum / double(samples.size());
    }
    return aggregate;
}

StatsAggregate mergeAggregates(qint64 atMs, const QList<StatsAggregate> &parts)
{
    Q_ASSERT(!parts.isEmpty());
    StatsAggregate merged;
    merged.atMs = atMs;
    for (const StatsAggregate &part : parts)
        merged.samples += part.samples;
    for (int i = 0; i < StatsFieldCount; ++i) {
        FigureRange &range = merged.figures[i];
        range.min = parts.first().figures[i].min;
        range.max = parts.first().figures[i].max;
        double weighted = 0;
        for (const StatsAggregate &part : parts) {
            range.min = std::min(range.min, part.figures[i].min);
            range.max = std::max(range.max, part.figures[i].max);
            weighted += part.figures[i].avg * part.samples;
        }
        range.avg = merged.samples > 0 ? weighted / merged.samples : 0;
    }
    return merged;
}

QJsonObject aggregateFigures(const StatsAggregate &aggregate)
{
    QJsonObject figures;
    for (int i = 0; i < StatsFieldCount; ++i) {
        const FigureRange &range = aggregate.figures[i];
        figures.insert(QLatin1String(statsFields()[i].name),
                       QJsonObject{{QStringLiteral("min"), range.min},
                                   {QStringLiteral("avg"), range.avg},
                                   {QStringLiteral("max"), range.max}});
    }
    return figures;
}

std::optional<StatsAggregate> aggregateFromFigures(qint64 atMs, int samples, const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject() || samples <= 0)
        return std::nullopt;
    StatsAggregate aggregate;
    aggregate.atMs = atMs;
    aggregate.samples = samples;
    for (int i = 0; i < StatsFieldCount; ++i) {
        const QJsonObject range = document.object().value(QLatin1String(statsFields()[i].name)).toObject();
        const QJsonValue min = range.value(QLatin1String("min"));
        const QJsonValue avg = range.value(QLatin1String("avg"));
        const QJsonValue max = range.value(QLatin1String("max"));
        if (!min.isDouble() || !avg.isDouble() || !max.isDouble())
            return std::nullopt;
        aggregate.figures[i] = FigureRange{min.toDouble(), avg.toDouble(), max.toDouble()};
    }
    return aggregate;
}

}
