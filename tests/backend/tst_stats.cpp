// Stats on the server without Docker: sample computation, the ring, minute history and the
// collector's adaptive sampling against FakePubRuntime.
#include "core/config.h"
#include "fakepubruntime.h"
#include "testdatabase.h"
#include "servercore.h"
#include "stats/statscollector.h"
#include "stats/statsfields.h"
#include "stats/statshistory.h"
#include "stats/statsmath.h"
#include "stats/statsring.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;
using namespace std::chrono_literals;

namespace {

constexpr qint64 T0 = 1'794'999'960'000; // a whole minute, epoch ms
static_assert(T0 % 60000 == 0);

PubCounters countersAt(qint64 atMs, quint64 cpuNs = 0, quint64 systemNs = 0)
{
    PubCounters counters;
    counters.readAtMs = atMs;
    counters.cpuTotalNs = cpuNs;
    counters.systemCpuNs = systemNs;
    counters.onlineCpus = 2;
    counters.memoryUsedBytes = 64 << 20;
    counters.memoryLimitBytes = 512 << 20;
    counters.pids = 11;
    return counters;
}

StatsSample sampleAt(qint64 atMs, double cpuPercent, qint64 memoryBytes = 100)
{
    StatsSample sample;
    sample.atMs = atMs;
    sample.cpuPercent = cpuPercent;
    sample.memoryBytes = memoryBytes;
    return sample;
}

double figure(const StatsAggregate &aggregate, const char *name, double FigureRange::*part)
{
    for (int i = 0; i < StatsFieldCount; ++i) {
        if (qstrcmp(statsFields()[i].name, name) == 0)
            return aggregate.figures[i].*part;
    }
    return qQNaN();
}

}

class TestStats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void cpuFollowsDockersFormula();
    void cpuFallsBackToWallClockWithoutSystemCounter();
    void cpuOfLimitUsesTheLimitOrTheCores();
    void ratesArePerSecondOfDockersReadTimes();
    void resetOrStaleReadingGivesNoSample_data();
    void resetOrStaleReadingGivesNoSample();

    void ringKeepsTheNewestInOrder();
    void ringRefusesOutOfOrderSamples();

    void aggregatesAreMinAvgMax();
    void mergedAveragesAreWeighted();
    void figuresRoundTripAndRejectDamage();
    void historyUpsertsAndPrunes();

    void firstReadingOnlySetsTheBaseline();
    void watchedPubsAreSampledFastIdleOnesSlowly();
    void atMostOneReadInFlight();
    void counterResetRestartsTheBaseline();
    void pubsThatGoDownStopBeingSampled();
    void minutesAreWrittenOnFlushAndMergedWithMemory();
    void pruneUsesTheInjectedClock();
    void destructionWritesPendingMinutes();
    void flushIntervalIsATestKnob();

private:
    StatsSettings fastSettings();
    std::unique_ptr<StatsCollector> makeCollector(StatsSettings settings);
    // A collector sampling pub000000001 as watched, recording its samples when asked.
    std::unique_ptr<StatsCollector> watchedCollector(QList<StatsSample> *samples = nullptr);
    // Answers counters from now on and waits until the watched pub's collector has taken them.
    void feedAndWait(const PubCounters &counters);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FakePubRuntime> m_runtime;
    qint64 m_now = T0;
};

void TestStats::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_testDatabase = std::make_unique<TestDatabase>(m_dir->path());
    m_database = std::make_unique<Database>(m_testDatabase->location());
    m_runtime = std::make_unique<FakePubRuntime>();
    m_now = T0;
}

void TestStats::cleanup()
{
    m_runtime.reset();
    m_database.reset();
    m_testDatabase.reset();
    m_dir.reset();
}

StatsSettings TestStats::fastSettings()
{
    StatsSettings settings;
    settings.watchedInterval = 50ms;
    settings.idleInterval = 400ms;
    settings.flushInterval = 1h; // tests flush by hand
    settings.clock = [this] { return m_now; };
    return settings;
}

std::unique_ptr<StatsCollector> TestStats::makeCollector(StatsSettings settings)
{
    return std::make_unique<StatsCollector>(m_runtime.get(), *m_database, std::move(settings));
}

std::unique_ptr<StatsCollector> TestStats::watchedCollector(QList<StatsSample> *samples)
{
    auto collector = makeCollector(fastSettings());
    if (samples) {
        connect(collector.get(), &StatsCollector::sampleReady, this,
                [samples](const QString &, const StatsSample &sample) { samples->append(sample); });
    }
    collector->setUpPubs({"pub000000001"});
    collector->watch("pub000000001");
    return collector;
}

void TestStats::feedAndWait(const PubCounters &counters)
{
    const qsizetype before = m_runtime->operations("pub000000001").count("readCounters");
    m_runtime->setCounters("pub000000001", counters);
    // A read issued before the change may still answer the old counters; with one read in flight,
    // a third read issued means the second (issued after the change) has been answered.
    QTRY_VERIFY(m_runtime->operations("pub000000001").count("readCounters") > before + 2);
}

void TestStats::cpuFollowsDockersFormula()
{
    // 0.5 s of CPU while the host's 2 CPUs spent 2 s (1 s of wall time): half a core.
    const auto sample = computeSample(countersAt(T0, 1'000'000'000, 10'000'000'000),
                                      countersAt(T0 + 1000, 1'500'000'000, 12'000'000'000));
    QVERIFY(sample);
    QCOMPARE(sample->atMs, T0 + 1000);
    QCOMPARE(sample->cpuPercent, 50.0);
    QCOMPARE(sample->memoryBytes, qint64(64) << 20);
    QCOMPARE(sample->memoryLimitBytes, qint64(512) << 20);
    QCOMPARE(sample->pids, 11);
}

void TestStats::cpuFallsBackToWallClockWithoutSystemCounter()
{
    const auto sample = computeSample(countersAt(T0, 0, 0), countersAt(T0 + 2000, 500'000'000, 0));
    QVERIFY(sample);
    QCOMPARE(sample->cpuPercent, 25.0);
}

void TestStats::cpuOfLimitUsesTheLimitOrTheCores()
{
    PubCounters before = countersAt(T0, 0, 0);
    PubCounters after = countersAt(T0 + 1000, 1'000'000'000, 2'000'000'000); // one full core
    QCOMPARE(computeSample(before, after)->cpuPercentOfLimit, 50.0);         // of 2 online CPUs
    after.cpuLimitCores = 0.5;
    QCOMPARE(computeSample(before, after)->cpuPercent, 100.0);
    QCOMPARE(computeSample(before, after)->cpuPercentOfLimit, 200.0);
}

void TestStats::ratesArePerSecondOfDockersReadTimes()
{
    PubCounters before = countersAt(T0);
    PubCounters after = countersAt(T0 + 15000);
    before.networkRxBytes = 1000;
    after.networkRxBytes = 1000 + 15 * 512;
    after.networkTxBytes = 15 * 1024;
    before.blockReadBytes = after.blockReadBytes = 7;
    after.blockWriteBytes = 15 * 4096;
    const auto sample = computeSample(before, after);
    QVERIFY(sample);
    QCOMPARE(sample->networkRxBytesPerSecond, 512.0);
    QCOMPARE(sample->networkTxBytesPerSecond, 1024.0);
    QCOMPARE(sample->blockReadBytesPerSecond, 0.0);
    QCOMPARE(sample->blockWriteBytesPerSecond, 4096.0);
}

void TestStats::resetOrStaleReadingGivesNoSample_data()
{
    QTest::addColumn<int>("field");
    for (int field = 0; field < 8; ++field)
        QTest::addRow("%d", field) << field;
}

void TestStats::resetOrStaleReadingGivesNoSample()
{
    QFETCH(int, field);
    PubCounters before = countersAt(T0, 5000, 5000);
    before.networkRxBytes = before.networkTxBytes = before.blockReadBytes = before.blockWriteBytes = 5000;
    PubCounters after = before;
    after.readAtMs = T0 + 1000;
    switch (field) {
    case 0: after.cpuTotalNs = 10; break;
    case 1: after.systemCpuNs = 10; break;
    case 2: after.networkRxBytes = 10; break;
    case 3: after.networkTxBytes = 10; break;
    case 4: after.blockReadBytes = 10; break;
    case 5: after.blockWriteBytes = 10; break;
    case 6: after.readAtMs = T0; break;       // the same reading twice
    case 7: after.readAtMs = T0 - 1000; break; // older than the baseline
    }
    QVERIFY(!computeSample(before, after));
}

void TestStats::ringKeepsTheNewestInOrder()
{
    StatsRing ring(3);
    for (int i = 1; i <= 5; ++i)
        QVERIFY(ring.append(sampleAt(T0 + i * 1000, i)));
    QCOMPARE(ring.size(), 3);
    const QList<StatsSample> all = ring.between(0, std::numeric_limits<qint64>::max());
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).atMs, T0 + 3000);
    QCOMPARE(all.at(2).atMs, T0 + 5000);
    const QList<StatsSample> some = ring.between(T0 + 4000, T0 + 5000); // end excluded
    QCOMPARE(some.size(), 1);
    QCOMPARE(some.first().cpuPercent, 4.0);
    QVERIFY(ring.between(T0 + 6000, T0 + 9000).isEmpty());
    QVERIFY(StatsRing(900).between(0, T0).isEmpty());
}

void TestStats::ringRefusesOutOfOrderSamples()
{
    StatsRing ring(900);
    QVERIFY(ring.append(sampleAt(T0 + 2000, 1)));
    QVERIFY(!ring.append(sampleAt(T0 + 2000, 2)));
    QVERIFY(!ring.append(sampleAt(T0 + 1000, 3)));
    QCOMPARE(ring.size(), 1);
}

void TestStats::aggregatesAreMinAvgMax()
{
    const StatsAggregate minute = aggregateSamples(T0, {sampleAt(T0, 1, 10), sampleAt(T0 + 1000, 5, 30), sampleAt(T0 + 2000, 3, 20)});
    QCOMPARE(minute.atMs, T0);
    QCOMPARE(minute.samples, 3);
    QCOMPARE(figure(minute, "cpuPercent", &FigureRange::min), 1.0);
    QCOMPARE(figure(minute, "cpuPercent", &FigureRange::avg), 3.0);
    QCOMPARE(figure(minute, "cpuPercent", &FigureRange::max), 5.0);
    QCOMPARE(figure(minute, "memoryBytes", &FigureRange::avg), 20.0);
}

void TestStats::mergedAveragesAreWeighted()
{
    const StatsAggregate busy = aggregateSamples(T0, {sampleAt(T0, 10)});
    const StatsAggregate idle = aggregateSamples(T0 + 60000, {sampleAt(T0 + 60000, 0), sampleAt(T0 + 61000, 0), sampleAt(T0 + 62000, 0)});
    const StatsAggregate both = mergeAggregates(T0, {busy, idle});
    QCOMPARE(both.samples, 4);
    QCOMPARE(figure(both, "cpuPercent", &FigureRange::avg), 2.5);
    QCOMPARE(figure(both, "cpuPercent", &FigureRange::max), 10.0);
    QCOMPARE(figure(both, "cpuPercent", &FigureRange::min), 0.0);
}

void TestStats::figuresRoundTripAndRejectDamage()
{
    const StatsAggregate minute = aggregateSamples(T0, {sampleAt(T0, 1.25, 10), sampleAt(T0 + 1000, 2.5, 30)});
    const QJsonObject figures = aggregateFigures(minute);
    QCOMPARE(figures.size(), StatsFieldCount);
    QCOMPARE(figures.value("cpuPercent").toObject().value("max").toDouble(), 2.5);
    const auto back = aggregateFromFigures(T0, 2, QJsonDocument(figures).toJson(QJsonDocument::Compact));
    QVERIFY(back);
    QCOMPARE(aggregateFigures(*back), figures);

    QJsonObject damaged = figures;
    damaged.insert("pids", QJsonObject{{"min", 1}, {"avg", "x"}, {"max", 1}});
    QVERIFY(!aggregateFromFigures(T0, 2, QJsonDocument(damaged).toJson()));
    damaged.remove("pids");
    QVERIFY(!aggregateFromFigures(T0, 2, QJsonDocument(damaged).toJson()));
    QVERIFY(!aggregateFromFigures(T0, 2, "not json"));
    QVERIFY(!aggregateFromFigures(T0, 0, QJsonDocument(figures).toJson()));
}

void TestStats::historyUpsertsAndPrunes()
{
    const StatsHistory history(*m_database);
    history.upsertMinute("pub000000001", aggregateSamples(T0, {sampleAt(T0, 1)}));
    // The same minute again, now complete: replaced, not duplicated.
    history.upsertMinute("pub000000001", aggregateSamples(T0, {sampleAt(T0, 1), sampleAt(T0 + 1000, 3)}));
    history.upsertMinute("pub000000001", aggregateSamples(T0 + 60000, {sampleAt(T0 + 60000, 7)}));
    history.upsertMinute("pub000000002", aggregateSamples(T0, {sampleAt(T0, 9)}));
    m_database->exec("INSERT INTO pub_stats_minutes (pub_id, minute_at, samples, figures) VALUES (?, ?, 1, '{}')",
                     {"pub000000001", T0 + 120000});

    const QList<StatsAggregate> rows = history.minutes("pub000000001", T0, T0 + 180000);
    QCOMPARE(rows.size(), 2); // the damaged row is skipped
    QCOMPARE(rows.at(0).samples, 2);
    QCOMPARE(figure(rows.at(0), "cpuPercent", &FigureRange::avg), 2.0);
    QCOMPARE(rows.at(1).atMs, T0 + 60000);
    QCOMPARE(history.minutes("pub000000001", T0 + 1, T0 + 60000).size(), 0);

    QCOMPARE(history.pruneBefore(T0 + 60000), 2);
    QCOMPARE(history.minutes("pub000000001", 0, T0 + 180000).size(), 1);
    QCOMPARE(history.minutes("pub000000002", 0, T0 + 180000).size(), 0);
}

void TestStats::firstReadingOnlySetsTheBaseline()
{
    m_runtime->setCounters("pub000000001", countersAt(T0, 0, 0));
    QList<StatsSample> samples;
    const auto collector = watchedCollector(&samples);
    QTRY_VERIFY(m_runtime->operations("pub000000001").count("readCounters") >= 2);
    QTest::qWait(20);
    QVERIFY(samples.isEmpty()); // the same reading twice: no sample, no division by zero
    m_runtime->setCounters("pub000000001", countersAt(T0 + 1000, 1'000'000'000, 2'000'000'000));
    QTRY_COMPARE(samples.size(), 1);
    QCOMPARE(samples.first().cpuPercent, 100.0);
    QCOMPARE(collector->recentSamples("pub000000001", 0, T0 + 2000).size(), 1);
}

void TestStats::watchedPubsAreSampledFastIdleOnesSlowly()
{
    m_runtime->setCounters("pub000000001", countersAt(T0));
    m_runtime->setCounters("pub000000002", countersAt(T0));
    const auto collector = makeCollector(fastSettings());
    collector->watch("pub000000001"); // before it is up: counted, harmless
    collector->watch("pub000000001");
    collector->setUpPubs({"pub000000001", "pub000000002"});
    QCOMPARE(collector->samplingInterval("pub000000001"), 50ms);
    QCOMPARE(collector->samplingInterval("pub000000002"), 400ms);
    QCOMPARE(collector->watchCount("pub000000001"), 2);

    m_runtime->clearCalls();
    QTest::qWait(800);
    const qsizetype watchedReads = m_runtime->operations("pub000000001").count("readCounters");
    const qsizetype idleReads = m_runtime->operations("pub000000002").count("readCounters");
    QVERIFY2(watchedReads >= 6, qPrintable(QString::number(watchedReads)));
    QVERIFY2(idleReads >= 1 && idleReads <= 3, qPrintable(QString::number(idleReads)));

    collector->unwatch("pub000000001");
    QCOMPARE(collector->samplingInterval("pub000000001"), 50ms); // one watcher left
    collector->unwatch("pub000000001");
    QCOMPARE(collector->samplingInterval("pub000000001"), 400ms);
    collector->unwatch("pub000000001"); // one too many: ignored
    QCOMPARE(collector->watchCount("pub000000001"), 0);

    // A new watcher gets a reading at once, not at the end of the idle interval.
    m_runtime->clearCalls();
    collector->watch("pub000000002");
    QCOMPARE(m_runtime->operations("pub000000002").count("readCounters"), 1);
}

void TestStats::atMostOneReadInFlight()
{
    m_runtime->setCounters("pub000000001", countersAt(T0));
    const auto collector = makeCollector(fastSettings());
    collector->setUpPubs({"pub000000001"});
    m_runtime->setHoldReplies(true);
    collector->watch("pub000000001");
    QTest::qWait(300); // six intervals
    QCOMPARE(m_runtime->operations("pub000000001").count("readCounters"), 1);
    m_runtime->setHoldReplies(false);
    m_runtime->releaseReplies();
    QTRY_VERIFY(m_runtime->operations("pub000000001").count("readCounters") >= 2);
}

void TestStats::counterResetRestartsTheBaseline()
{
    m_runtime->setCounters("pub000000001", countersAt(T0, 9'000'000'000, 100'000'000'000));
    QList<StatsSample> samples;
    const auto collector = watchedCollector(&samples);
    QTRY_VERIFY(m_runtime->operations("pub000000001").count("readCounters") >= 1);
    // The container restarted: its CPU counter starts again near zero.
    m_runtime->setCounters("pub000000001", countersAt(T0 + 1000, 100'000'000, 102'000'000'000));
    QTRY_VERIFY(m_runtime->operations("pub000000001").count("readCounters") >= 3);
    QVERIFY(samples.isEmpty());
    m_runtime->setCounters("pub000000001", countersAt(T0 + 2000, 600'000'000, 104'000'000'000));
    QTRY_COMPARE(samples.size(), 1);
    QCOMPARE(samples.first().cpuPercent, 50.0);

    QCOMPARE(samples.size(), 1);
}

void TestStats::pubsThatGoDownStopBeingSampled()
{
    m_runtime->setCounters("pub000000001", countersAt(T0));
    const auto collector = makeCollector(fastSettings());
    collector->setUpPubs({"pub000000001"});
    collector->watch("pub000000001");
    QVERIFY(collector->isSampling("pub000000001"));
    collector->setUpPubs({});
    QVERIFY(!collector->isSampling("pub000000001"));
    QCOMPARE(collector->samplingInterval("pub000000001"), 0ms);
    m_runtime->clearCalls();
    QTest::qWait(200);
    QCOMPARE(m_runtime->operations("pub000000001").count("readCounters"), 0);
    // Still watched: sampled fast again as soon as it is up.
    collector->setUpPubs({"pub000000001"});
    QCOMPARE(collector->samplingInterval("pub000000001"), 50ms);
}

void TestStats::minutesAreWrittenOnFlushAndMergedWithMemory()
{
    const auto collector = watchedCollector();
    // Readings 20 s apart across two minutes: 0 s (baseline), 20 s, 40 s, 60 s, 80 s.
    const auto feed = [&](qint64 atMs, quint64 cpuNs) {
        feedAndWait(countersAt(atMs, cpuNs, quint64(atMs - T0) * 2'000'000 + 1));
    };
    feed(T0, 0);
    feed(T0 + 20000, 2'000'000'000);  // 10 %
    feed(T0 + 40000, 6'000'000'000);  // 20 %
    QCOMPARE(collector->recentSamples("pub000000001", T0, T0 + 60000).size(), 2);

    // Not flushed yet: the history still shows the minute, from memory.
    QList<StatsAggregate> points = collector->history("pub000000001", T0, T0 + 120000, 60000);
    QCOMPARE(points.size(), 1);
    QCOMPARE(figure(points.first(), "cpuPercent", &FigureRange::avg), 15.0);
    QCOMPARE(StatsHistory(*m_database).minutes("pub000000001", 0, T0 + 120000).size(), 0);

    collector->flushNow();
    QCOMPARE(StatsHistory(*m_database).minutes("pub000000001", 0, T0 + 120000).size(), 1);
    feed(T0 + 60000, 6'000'000'000);  // 0 %, next minute
    feed(T0 + 80000, 14'000'000'000); // 40 %
    collector->flushNow();
    const QList<StatsAggregate> rows = StatsHistory(*m_database).minutes("pub000000001", 0, T0 + 120000);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).samples, 2);
    QCOMPARE(figure(rows.at(1), "cpuPercent", &FigureRange::max), 40.0);

    // Two minutes in one 2-minute step, weighted by their samples.
    points = collector->history("pub000000001", T0, T0 + 120000, 120000);
    QCOMPARE(points.size(), 1);
    QCOMPARE(points.first().atMs, T0);
    QCOMPARE(points.first().samples, 4);
    QCOMPARE(figure(points.first(), "cpuPercent", &FigureRange::avg), 17.5);
    QVERIFY(collector->history("pub000000001", T0 + 120000, T0 + 240000, 60000).isEmpty());
}

void TestStats::pruneUsesTheInjectedClock()
{
    const StatsHistory history(*m_database);
    history.upsertMinute("pub000000001", aggregateSamples(T0, {sampleAt(T0, 1)}));
    history.upsertMinute("pub000000001", aggregateSamples(T0 + 86400000, {sampleAt(T0 + 86400000, 1)}));
    const auto collector = makeCollector(fastSettings());
    m_now = T0 + 7 * 86400000LL; // exactly 7 days later: the first minute is still kept
    collector->pruneNow();
    QCOMPARE(history.minutes("pub000000001", 0, std::numeric_limits<qint64>::max()).size(), 2);
    m_now += 60000;
    collector->pruneNow();
    QCOMPARE(history.minutes("pub000000001", 0, std::numeric_limits<qint64>::max()).size(), 1);
}

void TestStats::destructionWritesPendingMinutes()
{
    auto collector = watchedCollector();
    feedAndWait(countersAt(T0, 0, 1));
    feedAndWait(countersAt(T0 + 1000, 0, 2'000'000'001));
    QCOMPARE(collector->recentSamples("pub000000001", 0, T0 + 2000).size(), 1);
    m_runtime->setHoldReplies(true); // a reply still out when the collector goes is dropped
    QTest::qWait(100);
    collector.reset();
    m_runtime->releaseReplies();
    QCOMPARE(StatsHistory(*m_database).minutes("pub000000001", 0, T0 + 60000).size(), 1);
}

void TestStats::flushIntervalIsATestKnob()
{
    const auto parse = [](const QStringList &arguments) {
        return parseInvocation(QStringList{"buttcloudd", "--data", "/tmp/x"} + arguments, QProcessEnvironment());
    };
    QCOMPARE(statsSettingsFrom(std::get<Invocation>(parse({})).config).flushInterval, 60s);
    QCOMPARE(statsSettingsFrom(std::get<Invocation>(parse({"--stats-flush-interval", "2s"})).config).flushInterval, 2s);
    QCOMPARE(StatsSettings().idleInterval, 15s);
    QCOMPARE(StatsSettings().watchedInterval, 1s);
    QCOMPARE(StatsSettings().ringCapacity, 900);
    // Below a second it would hammer the database; above 10 minutes the ring (15 min at 1 s) could
    // drop samples before they are written.
    // QStrings, not char pointers: {"--flag", pointer} would pick QStringList's iterator-range
    // constructor and read from one string to the other (found by AddressSanitizer).
    for (const QString &refused : QStringList{"500ms", "11m", "soon"})
        QVERIFY(std::holds_alternative<ConfigError>(parse({"--stats-flush-interval", refused})));
}

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
