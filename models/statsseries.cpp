#include "models/statsseries.h"

#include <algorithm>
#include <limits>

namespace buttcloud {

namespace {
bool earlier(const StatsSample &sample, const QDateTime &time)
{
    return sample.time < time;
}
}

StatsSeries::StatsSeries(qsizetype rawCapacity, qsizetype aggregatedCapacity)
    : m_rawCapacity(std::max<qsizetype>(1, rawCapacity))
    , m_aggregatedCapacity(std::max<qsizetype>(1, aggregatedCapacity))
{
}

StatsSeries::Buffer &StatsSeries::buffer(Tier tier)
{
    return tier == Tier::Raw ? m_raw : m_aggregated;
}

const StatsSeries::Buffer &StatsSeries::buffer(Tier tier) const
{
    return tier == Tier::Raw ? m_raw : m_aggregated;
}

qsizetype StatsSeries::capacity(Tier tier) const
{
    return tier == Tier::Raw ? m_rawCapacity : m_aggregatedCapacity;
}

void StatsSeries::add(Tier tier, const StatsSample &sample)
{
    if (!sample.time.isValid())
        return;
    Buffer &samples = buffer(tier);
    if (samples.empty() || samples.back().time < sample.time) {
        samples.push_back(sample); // the live case
    } else {
        const auto position = std::lower_bound(samples.begin(), samples.end(), sample.time, earlier);
        if (position != samples.end() && position->time == sample.time) {
            *position = sample;
            return;
        }
        // Older than everything in a full tier: it would be dropped at once.
        if (position == samples.begin() && qsizetype(samples.size()) >= capacity(tier))
            return;
        samples.insert(position, sample);
    }
    while (qsizetype(samples.size()) > capacity(tier))
        samples.pop_front();
}

void StatsSeries::merge(Tier tier, const QList<StatsSample> &samples)
{
    for (const StatsSample &sample : samples)
        add(tier, sample);
}

void StatsSeries::clear()
{
    m_raw.clear();
    m_aggregated.clear();
}

qsizetype StatsSeries::size(Tier tier) const
{
    return qsizetype(buffer(tier).size());
}

bool StatsSeries::isEmpty() const
{
    return m_raw.empty() && m_aggregated.empty();
}

std::optional<StatsSample> StatsSeries::latest() const
{
    if (m_raw.empty() && m_aggregated.empty())
        return std::nullopt;
    if (m_raw.empty())
        return m_aggregated.back();
    if (m_aggregated.empty())
        return m_raw.back();
    return m_raw.back().time >= m_aggregated.back().time ? m_raw.back() : m_aggregated.back();
}

QDateTime StatsSeries::latestRawTime() const
{
    return m_raw.empty() ? QDateTime() : m_raw.back().time;
}

QList<StatsSample> StatsSeries::samples(const QDateTime &from, const QDateTime &to) const
{
    QList<StatsSample> result;
    const auto rawBegin = std::lower_bound(m_raw.begin(), m_raw.end(), from, earlier);
    const auto rawEnd = std::upper_bound(m_raw.begin(), m_raw.end(), to,
                                         [](const QDateTime &time, const StatsSample &sample) { return time < sample.time; });
    const QDateTime rawStart = rawBegin != rawEnd ? rawBegin->time : to.addSecs(1);
    for (auto it = std::lower_bound(m_aggregated.begin(), m_aggregated.end(), from, earlier);
         it != m_aggregated.end() && it->time < rawStart && it->time <= to; ++it) {
        result.append(*it);
    }
    result.reserve(result.size() + qsizetype(std::distance(rawBegin, rawEnd)));
    for (auto it = rawBegin; it != rawEnd; ++it)
        result.append(*it);
    return result;
}

QList<QPointF> downsampleForDrawing(const QList<StatsSample> &samples, StatsMetric metric, const QDateTime &from,
                                    const QDateTime &to, int columns)
{
    QList<QPointF> points;
    const qint64 start = from.toMSecsSinceEpoch();
    const qint64 span = to.toMSecsSinceEpoch() - start;
    if (samples.isEmpty() || columns < 1 || span <= 0)
        return points;
    if (samples.size() <= 2 * qsizetype(columns)) { // already sparse enough: draw as is
        for (const StatsSample &sample : samples)
            points.append(QPointF(double(sample.time.toMSecsSinceEpoch()), sample.value(metric)));
        return points;
    }
    struct Column
    {
        bool used = false;
        QPointF low{0, std::numeric_limits<double>::max()};
        QPointF high{0, std::numeric_limits<double>::lowest()};
    };
    QList<Column> bins(columns);
    for (const StatsSample &sample : samples) {
        const qint64 x = sample.time.toMSecsSinceEpoch();
        if (x < start || x - start > span)
            continue;
        const int column = std::min(columns - 1, int((x - start) * columns / (span + 1)));
        Column &bin = bins[column];
        bin.used = true;
        if (sample.minimum(metric) < bin.low.y())
            bin.low = QPointF(double(x), sample.minimum(metric));
        if (sample.maximum(metric) > bin.high.y())
            bin.high = QPointF(double(x), sample.maximum(metric));
    }
    for (const Column &bin : std::as_const(bins)) {
        if (!bin.used)
            continue;
        if (bin.low == bin.high) {
            points.append(bin.low);
        } else if (bin.low.x() <= bin.high.x()) {
            points.append(bin.low);
            points.append(bin.high);
        } else {
            points.append(bin.high);
            points.append(bin.low);
        }
    }
    return points;
}

}
