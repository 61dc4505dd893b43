#pragma once

#include "stats/statssample.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <array>
#include <optional>

namespace buttcloud {

// The numeric figures of a sample, by their API name (docs/api.md, "Stats"). One table, so the
// sample JSON, the minute aggregates and their storage can never disagree on the fields.
struct StatsField
{
    const char *name;
    double (*read)(const StatsSample &sample);
};
inline constexpr int StatsFieldCount = 9;
const std::array<StatsField, StatsFieldCount> &statsFields();

struct FigureRange
{
    double min = 0;
    double avg = 0;
    double max = 0;
};

// min/avg/max of every figure over a period (a minute, or a step of several minutes).
struct StatsAggregate
{
    qint64 atMs = 0;  // start of the period, epoch ms
    int samples = 0;
    std::array<FigureRange, StatsFieldCount> figures{};
};

// The figures of one sample, {"cpuPercent": 3.2, ...} without its time.
QJsonObject sampleFigures(const StatsSample &sample);

// Aggregates samples (at least one) into a period starting at atMs.
StatsAggregate aggregateSamples(qint64 atMs, const QList<StatsSample> &samples);
// Merges aggregates (at least one) into a longer period; averages are weighted by sample counts.
StatsAggregate mergeAggregates(qint64 atMs, const QList<StatsAggregate> &parts);

// {"cpuPercent": {"min":..,"avg":..,"max":..}, ...}: the API's point shape without "t", and the
// compact JSON stored in pub_stats_minutes.figures.
QJsonObject aggregateFigures(const StatsAggregate &aggregate);
// Reads stored figures back; nullopt when a field is missing or not a number.
std::optional<StatsAggregate> aggregateFromFigures(qint64 atMs, int samples, const QByteArray &json);

}
