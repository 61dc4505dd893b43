#pragma once

#include "stats/statsfields.h"
#include "stats/statsring.h"
#include "stats/statssample.h"
#include "swarm/pubruntime.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace buttcloud {

class Database;

// How the collector samples and keeps history. Defaults are the documented ones; tests shorten them.
struct StatsSettings
{
    std::chrono::milliseconds watchedInterval{1000};
    std::chrono::milliseconds idleInterval{15000};
    // How often new samples are written as minute rows (a minute still filling is written again).
    std::chrono::milliseconds flushInterval{60000};
    std::chrono::milliseconds pruneInterval{std::chrono::hours(1)};
    std::chrono::milliseconds retention{std::chrono::hours(24 * 7)};
    int ringCapacity = 900; // 15 minutes at 1 s
    std::function<qint64()> clock; // epoch ms; currentEpochMs when empty
};

// One pub's sampling since it started, for GET /api/v1/server/metrics.
struct StatsPubMetrics
{
    QString pubId;
    int watchers = 0;                        // watch() calls not yet undone: the stream's subscribers
    std::chrono::milliseconds interval{0};   // between readings
    bool readInFlight = false;               // at most one reading per pub is ever outstanding
    quint64 readings = 0;                    // answered by Docker with counters
    quint64 failedReadings = 0;
    quint64 samples = 0;                     // published to the stream
};

// The collector's counters since the server started (totals include pubs no longer sampled).
struct StatsMetrics
{
    quint64 readings = 0;
    quint64 failedReadings = 0;
    quint64 samples = 0;
    QList<StatsPubMetrics> pubs; // the pubs sampled now, by id
};

// Reads every running pub's counters through the PubRuntime: one upstream per pub however many
// clients watch it; every second while watched, every 15 s otherwise. Keeps 15 minutes of samples
// per pub in memory and writes 1-minute aggregates to the database (kept 7 days). Samples only the
// pubs setUpPubs() names (ServerCore passes those whose observed status is up). watch(), unwatch()
// and sampleReady() are the live stream's interface and stay as they are.
class StatsCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsCollector)

public:
    static constexpr qint64 MinuteMs = 60000;

    StatsCollector(PubRuntime *runtime, const Database &database, StatsSettings settings = {},
                   QObject *parent = nullptr);
    // Writes the minutes not written yet, so a clean shutdown loses no history.
    ~StatsCollector() override;

    // Counted: each watch() needs one unwatch(). Watching an unknown or stopped pub is harmless.
    void watch(const QString &pubId);
    void unwatch(const QString &pubId);

    // The pubs to sample: those whose status is up. Pubs no longer in the set stop being sampled,
    // their pending minutes are written and their samples dropped.
    void setUpPubs(const QSet<QString> &pubIds);

    // Samples kept in memory with fromMs <= t < toMs, oldest first.
    QList<StatsSample> recentSamples(const QString &pubId, qint64 fromMs, qint64 toMs) const;
    // Points of stepMs (a multiple of a minute) from the stored minutes plus the minutes still in
    // memory, for fromMs <= t < toMs; each point starts at a multiple of stepMs. Throws StoreError.
    QList<StatsAggregate> history(const QString &pubId, qint64 fromMs, qint64 toMs, qint64 stepMs) const;

    // Writes new samples as minute rows now (also done every flush interval). Throws nothing: a
    // database failure is logged and the samples are written at the next flush.
    void flushNow();
    // Deletes rows older than the retention (also done every prune interval).
    void pruneNow();

    // For tests and diagnostics.
    bool isSampling(const QString &pubId) const;
    int watchCount(const QString &pubId) const;
    std::chrono::milliseconds samplingInterval(const QString &pubId) const; // 0 when not sampled
    StatsMetrics metrics() const;

Q_SIGNALS:
    void sampleReady(const QString &pubId, const buttcloud::StatsSample &sample);

private:
    struct PubState
    {
        explicit PubState(int ringCapacity);

        QTimer timer;
        StatsRing ring;
        std::optional<PubCounters> baseline;
        bool readInFlight = false;
        qint64 unwrittenFromMs = -1; // start of the oldest minute with samples not written, -1: none
        quint64 generation = 0;      // tells a reply for this state from one for an earlier one
        quint64 readings = 0;
        quint64 failedReadings = 0;
        quint64 samples = 0;
    };

    void startSampling(const QString &pubId);
    void stopSampling(const QString &pubId);
    void applyInterval(const QString &pubId, PubState &state);
    void readCounters(const QString &pubId);
    void takeReading(const QString &pubId, quint64 generation, std::variant<PubCounters, RuntimeError> result);
    void writeMinutes(const QString &pubId, PubState &state);
    QList<StatsAggregate> unwrittenMinutes(const PubState &state) const;
    qint64 now() const;

    PubRuntime *m_runtime;
    const Database &m_database;
    StatsSettings m_settings;
    std::map<QString, std::unique_ptr<PubState>> m_pubs;
    QHash<QString, int> m_watchCounts;
    QTimer m_flushTimer;
    QTimer m_pruneTimer;
    quint64 m_nextGeneration = 1;
    StatsMetrics m_totals; // its pubs list stays empty
};

}
