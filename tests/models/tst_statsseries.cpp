#include "models/qrcodeimage.h"
#include "models/statscsv.h"
#include "models/statsseries.h"
#include "models/statsservice.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;

namespace {
const QDateTime Origin(QDate(2026, 11, 24), QTime(18, 0), Qt::UTC);

StatsSample sampleAt(qint64 secondsAfterOrigin, double cpu)
{
    StatsSample sample;
    sample.time = Origin.addSecs(secondsAfterOrigin);
    sample.setValue(StatsMetric::CpuPercent, cpu);
    return sample;
}

QList<qint64> secondsOf(const QList<StatsSample> &samples)
{
    QList<qint64> seconds;
    for (const StatsSample &sample : samples)
        seconds.append(Origin.secsTo(sample.time));
    return seconds;
}

QJsonObject sampleJson(const QString &time, double cpu)
{
    QJsonObject json{{QStringLiteral("t"), time}};
    for (int i = 0; i < StatsMetricCount; ++i)
        json.insert(statsMetricName(StatsMetric(i)), 1.0);
    json.insert(QStringLiteral("cpuPercent"), cpu);
    return json;
}
}

class TestStatsSeries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTimeOrderWhateverTheArrivalOrder()
    {
        StatsSeries series;
        series.add(StatsSeries::Tier::Raw, sampleAt(10, 1));
        series.add(StatsSeries::Tier::Raw, sampleAt(12, 3));
        series.add(StatsSeries::Tier::Raw, sampleAt(11, 2)); // late
        series.add(StatsSeries::Tier::Raw, sampleAt(5, 0));  // older than all
        QCOMPARE(secondsOf(series.samples(Origin, Origin.addSecs(60))), (QList<qint64>{5, 10, 11, 12}));
        QCOMPARE(series.latest()->value(StatsMetric::CpuPercent), 3.0);
        QCOMPARE(series.latestRawTime(), Origin.addSecs(12));
    }

    void mergingHistoryNeverDuplicatesASecond()
    {
        StatsSeries series;
        for (int second = 0; second < 10; ++second)
            series.add(StatsSeries::Tier::Raw, sampleAt(second, 1)); // live
        QList<StatsSample> history;
        for (int second = 5; second < 15; ++second)
            history.append(sampleAt(second, 2)); // overlaps 5..9
        series.merge(StatsSeries::Tier::Raw, history);
        QCOMPARE(series.size(StatsSeries::Tier::Raw), 15);
        const QList<StatsSample> all = series.samples(Origin, Origin.addSecs(60));
        QCOMPARE(secondsOf(all).size(), 15);
        QCOMPARE(all.at(7).value(StatsMetric::CpuPercent), 2.0); // the newer answer replaced it
    }

    void fillsAGapLeftByAReconnect()
    {
        StatsSeries series;
        for (int second : {0, 1, 2, 8, 9}) // the stream was away for 3..7
            series.add(StatsSeries::Tier::Raw, sampleAt(second, 1));
        QList<StatsSample> missed;
        for (int second = 2; second <= 8; ++second)
            missed.append(sampleAt(second, 1));
        series.merge(StatsSeries::Tier::Raw, missed);
        QCOMPARE(secondsOf(series.samples(Origin, Origin.addSecs(60))), (QList<qint64>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    }

    void dropsTheOldestWhenFull()
    {
        StatsSeries series(100, 10);
        for (int second = 0; second < 250; ++second)
            series.add(StatsSeries::Tier::Raw, sampleAt(second, second));
        QCOMPARE(series.size(StatsSeries::Tier::Raw), 100);
        QCOMPARE(secondsOf(series.samples(Origin, Origin.addSecs(1000))).constFirst(), 150);
        series.add(StatsSeries::Tier::Raw, sampleAt(3, 0)); // older than a full tier holds: ignored
        QCOMPARE(secondsOf(series.samples(Origin, Origin.addSecs(1000))).constFirst(), 150);
    }

    void holdsSevenDaysOfMinutesAndAnHourOfSeconds()
    {
        StatsSeries series;
        for (int minute = 0; minute < 7 * 24 * 60; ++minute)
            series.add(StatsSeries::Tier::Aggregated, sampleAt(qint64(minute) * 60, 1));
        for (int second = 0; second < 3600; ++second)
            series.add(StatsSeries::Tier::Raw, sampleAt(7 * 24 * 3600 - 3600 + second, 2));
        QCOMPARE(series.size(StatsSeries::Tier::Aggregated), 7 * 24 * 60);
        QCOMPARE(series.size(StatsSeries::Tier::Raw), 3600);
    }

    void rangesUseRawSamplesWhereTheyExist()
    {
        StatsSeries series;
        for (int minute = 0; minute <= 60; ++minute)
            series.add(StatsSeries::Tier::Aggregated, sampleAt(minute * 60, 1));
        for (int second = 3000; second <= 3600; ++second)
            series.add(StatsSeries::Tier::Raw, sampleAt(second, 2));
        const QList<StatsSample> hour = series.samples(Origin, Origin.addSecs(3600));
        QCOMPARE(Origin.secsTo(hour.constFirst().time), 0);
        // Minute points up to where raw samples begin (2940 is the last minute before 3000), then seconds.
        const QList<qint64> seconds = secondsOf(hour);
        QCOMPARE(seconds.at(seconds.indexOf(2940) + 1), 3000);
        QVERIFY(std::is_sorted(seconds.cbegin(), seconds.cend()));
        QCOMPARE(hour.size(), 50 + 601);
    }

    void downsamplesToTwoPointsPerColumnKeepingPeaks()
    {
        QList<StatsSample> samples;
        for (int second = 0; second < 3600; ++second)
            samples.append(sampleAt(second, second == 1234 ? 99.0 : 5.0 + (second % 3)));
        const QList<QPointF> points = downsampleForDrawing(samples, StatsMetric::CpuPercent, Origin,
                                                           Origin.addSecs(3600), 400);
        QVERIFY(points.size() <= 800);
        QVERIFY(points.size() >= 400);
        const auto peak = std::max_element(points.cbegin(), points.cend(),
                                           [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        QCOMPARE(peak->y(), 99.0);
        QCOMPARE(qint64(peak->x()), Origin.addSecs(1234).toMSecsSinceEpoch());
        const auto low = std::min_element(points.cbegin(), points.cend(),
                                          [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        QCOMPARE(low->y(), 5.0);
        QVERIFY(std::is_sorted(points.cbegin(), points.cend(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    }

    void downsamplingUsesTheExtremesOfAggregatedPoints()
    {
        QList<StatsSample> samples;
        for (int minute = 0; minute < 1000; ++minute) {
            StatsSample point = sampleAt(minute * 60, 10);
            point.minimums[int(StatsMetric::CpuPercent)] = 2;
            point.maximums[int(StatsMetric::CpuPercent)] = minute == 500 ? 80 : 20;
            samples.append(point);
        }
        const QList<QPointF> points = downsampleForDrawing(samples, StatsMetric::CpuPercent, Origin,
                                                           Origin.addSecs(60000), 100);
        QVERIFY(points.size() <= 200);
        double highest = 0;
        for (const QPointF &point : points)
            highest = std::max(highest, point.y());
        QCOMPARE(highest, 80.0);
    }

    void downsamplingPassesSparseDataThroughAndRefusesNonsense()
    {
        const QList<StatsSample> few{sampleAt(0, 1), sampleAt(1, 2)};
        QCOMPARE(downsampleForDrawing(few, StatsMetric::CpuPercent, Origin, Origin.addSecs(10), 100).size(), 2);
        QVERIFY(downsampleForDrawing(few, StatsMetric::CpuPercent, Origin, Origin, 100).isEmpty());
        QVERIFY(downsampleForDrawing(few, StatsMetric::CpuPercent, Origin, Origin.addSecs(10), 0).isEmpty());
        QVERIFY(downsampleForDrawing({}, StatsMetric::CpuPercent, Origin, Origin.addSecs(10), 10).isEmpty());
    }

    void parsesSamplesAndRefusesBrokenOnes()
    {
        const std::optional<StatsSample> sample = parseStatsSample(sampleJson(QStringLiteral("2026-11-24T18:00:01.600Z"), 3.5));
        QVERIFY(sample);
        QCOMPARE(sample->time, Origin.addSecs(1)); // whole seconds
        QCOMPARE(sample->value(StatsMetric::CpuPercent), 3.5);
        QVERIFY(!parseStatsSample(sampleJson(QStringLiteral("yesterday"), 1)));
        QVERIFY(!parseStatsSample(sampleJson(QStringLiteral("2026-11-24T18:00:01Z"), -1)));
        QJsonObject missing = sampleJson(QStringLiteral("2026-11-24T18:00:01Z"), 1);
        missing.remove(QStringLiteral("pids"));
        QVERIFY(!parseStatsSample(missing));
        QJsonObject text = sampleJson(QStringLiteral("2026-11-24T18:00:01Z"), 1);
        text.insert(QStringLiteral("memoryBytes"), QStringLiteral("64M"));
        QVERIFY(!parseStatsSample(text));
    }

    void parsesAggregatedHistory()
    {
        QJsonObject point{{QStringLiteral("t"), QStringLiteral("2026-11-24T18:01:00Z")}};
        for (int i = 0; i < StatsMetricCount; ++i) {
            point.insert(statsMetricName(StatsMetric(i)),
                         QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("avg"), 2}, {QStringLiteral("max"), 3}});
        }
        const QJsonObject reply{{QStringLiteral("pubId"), QStringLiteral("k3v9q2x7mz4a")}, {QStringLiteral("step"), 60},
                                {QStringLiteral("points"), QJsonArray{point}}};
        const Result<StatsHistory> history = parseStatsHistory(reply, QUrl(QStringLiteral("http://example.org")));
        QVERIFY(history.ok());
        QCOMPARE(history.value().stepSeconds, 60);
        QCOMPARE(history.value().points.constFirst().value(StatsMetric::MemoryBytes), 2.0);
        QCOMPARE(history.value().points.constFirst().maximum(StatsMetric::MemoryBytes), 3.0);

        QJsonObject rounded = point; // an average a rounding error above its maximum is kept, clamped
        rounded.insert(QStringLiteral("cpuPercent"), QJsonObject{{QStringLiteral("min"), 0.1},
                                                                 {QStringLiteral("avg"), 0.10000000000000002},
                                                                 {QStringLiteral("max"), 0.1}});
        QJsonObject roundedReply = reply;
        roundedReply.insert(QStringLiteral("points"), QJsonArray{rounded});
        const Result<StatsHistory> clamped = parseStatsHistory(roundedReply, QUrl(QStringLiteral("http://example.org")));
        QVERIFY(clamped.ok());
        QCOMPARE(clamped.value().points.constFirst().value(StatsMetric::CpuPercent), 0.1);

        QJsonObject inverted = point;
        inverted.insert(QStringLiteral("pids"), QJsonObject{{QStringLiteral("min"), 5}, {QStringLiteral("avg"), 4},
                                                            {QStringLiteral("max"), 3}});
        QJsonObject broken = reply;
        broken.insert(QStringLiteral("points"), QJsonArray{inverted});
        QVERIFY(!parseStatsHistory(broken, QUrl(QStringLiteral("http://example.org"))).ok());
        broken.insert(QStringLiteral("points"), QStringLiteral("none"));
        QVERIFY(!parseStatsHistory(broken, QUrl(QStringLiteral("http://example.org"))).ok());
    }

    void choosesStepsTheServerAccepts()
    {
        using namespace std::chrono_literals;
        QCOMPARE(StatsService::aggregatedStepFor(3600s), 60s);
        QCOMPARE(StatsService::aggregatedStepFor(24h), 60s);
        QCOMPARE(StatsService::aggregatedStepFor(7 * 24h), 120s); // 10,080 minutes is over the limit
    }

    void writesCsvWithADotWhateverTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        StatsSample sample = sampleAt(1, 3.25);
        sample.setValue(StatsMetric::MemoryBytes, 67108864);
        const QByteArray csv = statsToCsv({sample});
        QLocale::setDefault(QLocale::c());
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines.at(0).startsWith("time,cpuPercent,cpuPercentOfLimit,memoryBytes,"));
        QVERIFY(lines.at(1).startsWith("2026-11-24T18:00:01Z,3.25,0,67108864,"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pub.csv"));
        QCOMPARE(writeStatsCsv(path, {sample}), QString());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), csv);
        QVERIFY(!writeStatsCsv(dir.filePath(QStringLiteral("missing/dir/pub.csv")), {sample}).isEmpty());
    }

    void drawsQrCodes()
    {
        const QImage image = qrCodeImage(QStringLiteral("127.0.0.1:20001:@abc=.ed25519~seed="), 3);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        QCOMPARE(image.width() % 3, 0);
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white)); // quiet zone
        QCOMPARE(image.pixelColor(4 * 3, 4 * 3), QColor(Qt::black)); // a finder pattern's corner
        QVERIFY(qrCodeImage(QString(), 3).isNull());
        QVERIFY(qrCodeImage(QStringLiteral("x"), 0).isNull());
        QVERIFY(qrCodeImage(QString(8000, QLatin1Char('x'))).isNull()); // too long for any QR code
    }
};

QTEST_GUILESS_MAIN(TestStatsSeries)
#include "tst_statsseries.moc"
