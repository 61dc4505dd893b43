#include "stats/statscollector.h"

#include "core/logging.h"
#include "stats/statshistory.h"
#include "stats/statsmath.h"
#include "store/database.h"

#include <QPointer>
#include <QRandomGenerator>

#include <map>

namespace buttcloud {

namespace {

qint64 alignDown(qint64 value, qint64 step)
{
    return value - ((value % step) + step) % step;
}

// Splits time-ordered items into periods of periodMs (starting at multiples of it) and combines
// each period's items into one aggregate: samples into minutes, minutes into steps.
template<typename Item, typename Combine>
QList<StatsAggregate> perPeriod(const QList<Item> &items, qint64 periodMs, Combine combine)
{
    QList<StatsAggregate> periods;
    QList<Item> current;
    qint64 currentStart = 0;
    for (const Item &item : items) {
        const qint64 start = alignDown(item.atMs, periodMs);
        if (!current.isEmpty() && start != currentStart) {
            periods.append(combine(currentStart, current));
            current.clear();
        }
        currentStart = start;
        current.append(item);
    }
    if (!current.isEmpty())
        periods.append(combine(currentStart, current));
    return periods;
}

QList<StatsAggregate> minutesOf(const QList<StatsSample> &samples)
{
    return perPeriod(samples, StatsCollector::MinuteMs, aggregateSamples);
}

}

StatsCollector::PubState::PubState(int ringCapacity)
    : ring(ringCapacity)
{
}

StatsCollector::StatsCollector(PubRuntime *runtime, const Database &database, StatsSettings settings, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_database(database)
    , m_settings(std::move(settings))
{
    Q_ASSERT(m_runtime);
    if (!m_settings.clock)
        m_settings.clock = currentEpochMs;
    connect(&m_flushTimer, &QTimer::timeout, this, &StatsCollector::flushNow);
    connect(&m_pruneTimer, &QTimer::timeout, this, &StatsCollector::pruneNow);
    m_flushTimer.start(m_settings.flushInterval);
    m_pruneTimer.start(m_settings.pruneInterval);
}

StatsCollector::~StatsCollector()
{
    flushNow();
}

qint64 StatsCollector::now() const
{
    return m_settings.clock();
}

void StatsCollector::watch(const QString &pubId)
{
    const int count = ++m_watchCounts[pubId];
    const auto found = m_pubs.find(pubId);
    if (count != 1 || found == m_pubs.end())
        return;
    applyInterval(pubId, *found->second);
    // A new watcher wants a figure now, not at the end of an idle interval.
    readCounters(pubId);
}

void StatsCollector::unwatch(const QString &pubId)
{
    const auto count = m_watchCounts.find(pubId);
    if (count == m_watchCounts.end())
        return;
    if (--*count > 0)
        return;
    m_watchCounts.erase(count);
    const auto found = m_pubs.find(pubId);
    if (found != m_pubs.end())
        applyInterval(pubId, *found->second);
}

void StatsCollector::setUpPubs(const QSet<QString> &pubIds)
{
    QStringList gone;
    for (const auto &[pubId, state] : m_pubs) {
        if (!pubIds.contains(pubId))
            gone.append(pubId);
    }
    for (const QString &pubId : std::as_const(gone))
        stopSampling(pubId);
    for (const QString &pubId : pubIds) {
        if (m_pubs.find(pubId) == m_pubs.end())
            startSampling(pubId);
    }
}

void StatsCollector::startSampling(const QString &pubId)
{
    auto state = std::make_unique<PubState>(m_settings.ringCapacity);
    state->generation = m_nextGeneration++;
    connect(&state->timer, &QTimer::timeout, this, [this, pubId] { readCounters(pubId); });
    PubState &added = *m_pubs.emplace(pubId, std::move(state)).first->second;
    applyInterval(pubId, added);
    if (m_watchCounts.contains(pubId)) {
        readCounters(pubId);
    } else {
        // Spread the baselines of many idle pubs over the interval instead of one burst on dockerd.
        const auto delay = std::chrono::milliseconds(
            QRandomGenerator::global()->bounded(qint64(m_settings.idleInterval.count()) + 1));
        QTimer::singleShot(delay, &added.timer, [this, pubId] { readCounters(pubId); });
    }
}

void StatsCollector::stopSampling(const QString &pubId)
{
    const auto found = m_pubs.find(pubId);
    if (found == m_pubs.end())
        return;
    writeMinutes(pubId, *found->second);
    m_pubs.erase(found);
}

void StatsCollector::applyInterval(const QString &pubId, PubState &state)
{
    state.timer.start(m_watchCounts.contains(pubId) ? m_settings.watchedInterval : m_settings.idleInterval);
}

void StatsCollector::readCounters(const QString &pubId)
{
    const auto found = m_pubs.find(pubId);
    if (found == m_pubs.end() || found->second->readInFlight)
        return;
    PubState &state = *found->second;
    state.readInFlight = true;
    // The runtime may answer after this collector is gone, or after the pub left and came back.
    m_runtime->readCounters(pubId, [guard = QPointer<StatsCollector>(this), pubId, generation = state.generation](
                                       std::variant<PubCounters, RuntimeError> result) {
        if (guard)
            guard->takeReading(pubId, generation, std::move(result));
    });
}

void StatsCollector::takeReading(const QString &pubId, quint64 generation, std::variant<PubCounters, RuntimeError> result)
{
    const auto found = m_pubs.find(pubId);
    if (found == m_pubs.end() || found->second->generation != generation)
        return;
    PubState &state = *found->second;
    state.readInFlight = false;

    if (const auto *error = std::get_if<RuntimeError>(&result)) {
        ++state.failedReadings;
        ++m_totals.failedReadings;
        // No running container: whatever runs next starts from a new baseline. Other failures keep
        // the baseline: counters read after Docker answers again still give a true average.
        if (error->notFound)
            state.baseline.reset();
        qCDebug(lcPubs).noquote() << "cannot read the counters of pub" << pubId << ':' << error->message;
        return;
    }
    ++state.readings;
    ++m_totals.readings;
    const PubCounters &counters = std::get<PubCounters>(result);
    const std::optional<PubCounters> previous = std::exchange(state.baseline, counters);
    if (!previous)
        return;
    const std::optional<StatsSample> sample = computeSample(*previous, counters);
    if (!sample || !state.ring.append(*sample))
        return;
    if (state.unwrittenFromMs < 0)
        state.unwrittenFromMs = alignDown(sample->atMs, MinuteMs);
    ++state.samples;
    ++m_totals.samples;
    Q_EMIT sampleReady(pubId, *sample);
}

QList<StatsAggregate> StatsCollector::unwrittenMinutes(const PubState &state) const
{
    if (state.unwrittenFromMs < 0)
        return {};
    return minutesOf(state.ring.between(state.unwrittenFromMs, std::numeric_limits<qint64>::max()));
}

void StatsCollector::writeMinutes(const QString &pubId, PubState &state)
{
    const QList<StatsAggregate> minutes = unwrittenMinutes(state);
    if (minutes.isEmpty())
        return;
    try {
        const StatsHistory history(m_database);
        m_database.transaction([&] {
            for (const StatsAggregate &minute : minutes)
                history.upsertMinute(pubId, minute);
        });
        state.unwrittenFromMs = -1;
    } catch (const StoreError &error) {
        qCWarning(lcStore).noquote() << "cannot write the stats history of pub" << pubId << ':' << error.what();
    }
}

void StatsCollector::flushNow()
{
    for (auto &[pubId, state] : m_pubs)
        writeMinutes(pubId, *state);
}

void StatsCollector::pruneNow()
{
    try {
        const int removed = StatsHistory(m_database).pruneBefore(now() - m_settings.retention.count());
        if (removed > 0)
            qCInfo(lcStore) << "pruned" << removed << "stats minutes older than the retention";
    } catch (const StoreError &error) {
        qCWarning(lcStore).noquote() << "cannot prune the stats history:" << error.what();
    }
}

QList<StatsSample> StatsCollector::recentSamples(const QString &pubId, qint64 fromMs, qint64 toMs) const
{
    const auto found = m_pubs.find(pubId);
    return found == m_pubs.end() ? QList<StatsSample>() : found->second->ring.between(fromMs, toMs);
}

QList<StatsAggregate> StatsCollector::history(const QString &pubId, qint64 fromMs, qint64 toMs, qint64 stepMs) const
{
    Q_ASSERT(stepMs > 0 && stepMs % MinuteMs == 0);
    const qint64 firstMinute = alignDown(fromMs, stepMs);
    std::map<qint64, StatsAggregate> minutes;
    for (const StatsAggregate &minute : StatsHistory(m_database).minutes(pubId, firstMinute, toMs))
        minutes.insert_or_assign(minute.atMs, minute);
    // Minutes still in memory are newer than (or complete) what the database holds.
    if (const auto found = m_pubs.find(pubId); found != m_pubs.end()) {
        for (const StatsAggregate &minute : unwrittenMinutes(*found->second)) {
            if (minute.atMs >= firstMinute && minute.atMs < toMs)
                minutes.insert_or_assign(minute.atMs, minute);
        }
    }

    QList<StatsAggregate> ordered;
    for (const auto &[atMs, minute] : minutes)
        ordered.append(minute);
    return perPeriod(ordered, stepMs, mergeAggregates);
}

bool StatsCollector::isSampling(const QString &pubId) const
{
    return m_pubs.find(pubId) != m_pubs.end();
}

int StatsCollector::watchCount(const QString &pubId) const
{
    return m_watchCounts.value(pubId);
}

std::chrono::milliseconds StatsCollector::samplingInterval(const QString &pubId) const
{
    const auto found = m_pubs.find(pubId);
    return found == m_pubs.end() ? std::chrono::milliseconds(0) : found->second->timer.intervalAsDuration();
}

StatsMetrics StatsCollector::metrics() const
{
    StatsMetrics metrics = m_totals;
    for (const auto &[pubId, state] : m_pubs) {
        metrics.pubs.append(StatsPubMetrics{pubId, m_watchCounts.value(pubId), state->timer.intervalAsDuration(),
                                            state->readInFlight, state->readings, state->failedReadings, state->samples});
    }
    return metrics;
}

}
