// Stats of a real pub on the real swarm: samples over REST, and minute history that survives a
// server restart on the same data directory.
#include "serverprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace buttcloud::test;

namespace {
const QString AdminPassword = QStringLiteral("correct horse battery staple");
constexpr int UpTimeoutMs = 120000;
// The pub is idle (sampled every 15 s after a spread-out first reading): two readings make a sample.
constexpr int FirstSampleTimeoutMs = 60000;
constexpr qint64 MemoryLimitBytes = 512LL << 20;
}

class StatsHistoryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void samplesArriveAndHistorySurvivesARestart();

private:
    QJsonArray points(const QString &pubId, int step);

    ServerProcess m_server;
    QString m_adminToken;
};

void StatsHistoryTest::initTestCase()
{
    if (!DockerCli::available())
        QFAIL("the Docker engine does not answer: run scripts/lib/docker-up.sh (scripts/test does)");
    const QString image = qEnvironmentVariable("BUTTCLOUD_PUB_IMAGE");
    QVERIFY2(!image.isEmpty(), "BUTTCLOUD_PUB_IMAGE is not set (CTest sets it)");
    // Minutes are written every 2 s instead of every minute, so the restart below finds them.
    QVERIFY2(m_server.start({QStringLiteral("--stats-flush-interval"), QStringLiteral("2s")}), qPrintable(m_server.lastError()));
    m_adminToken = m_server.createUserAndSignIn(QStringLiteral("admin@example.org"), QStringLiteral("admin"), AdminPassword);
    QVERIFY2(!m_adminToken.isEmpty(), qPrintable(m_server.output()));
}

void StatsHistoryTest::cleanupTestCase()
{
    m_server.stop();
    DockerCli::removeEverythingLabelled(m_server.runLabel());
}

QJsonArray StatsHistoryTest::points(const QString &pubId, int step)
{
    const HttpResult result = m_server.request("GET", QStringLiteral("/api/v1/pubs/%1/stats?step=%2").arg(pubId).arg(step),
                                               m_adminToken);
    if (result.status != 200) {
        qWarning("stats answered %d: %s", result.status, result.raw.constData());
        return {};
    }
    return result.body.value(QStringLiteral("points")).toArray();
}

void StatsHistoryTest::samplesArriveAndHistorySurvivesARestart()
{
    const HttpResult created = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs"), m_adminToken,
                                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("stats-") + m_server.runLabel().left(6)}});
    QCOMPARE(created.status, 201);
    const QString id = created.body.value(QStringLiteral("id")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(m_server.request("GET", QStringLiteral("/api/v1/pubs/") + id, m_adminToken)
                                     .body.value(QStringLiteral("status")).toString() == QLatin1String("up"),
                             UpTimeoutMs);

    // Raw samples from the server's memory, with the real container's figures.
    QJsonArray samples;
    QTRY_VERIFY_WITH_TIMEOUT(!(samples = points(id, 1)).isEmpty(), FirstSampleTimeoutMs);
    const QJsonObject sample = samples.last().toObject();
    const qint64 memory = sample.value(QStringLiteral("memoryBytes")).toInteger();
    QVERIFY2(memory > (10LL << 20) && memory < MemoryLimitBytes, qPrintable(QString::number(memory)));
    QCOMPARE(sample.value(QStringLiteral("memoryLimitBytes")).toInteger(), MemoryLimitBytes);
    QVERIFY(sample.value(QStringLiteral("pids")).toInt() > 0);
    const double cpu = sample.value(QStringLiteral("cpuPercent")).toDouble(-1);
    QVERIFY2(cpu >= 0 && cpu <= 200, qPrintable(QString::number(cpu)));
    const QDateTime at = QDateTime::fromString(sample.value(QStringLiteral("t")).toString(), Qt::ISODateWithMs);
    QVERIFY(at.isValid());
    QVERIFY(qAbs(at.msecsTo(QDateTime::currentDateTimeUtc())) < 120000);

    // Give the 2 s flush a moment, then restart: the new server's memory is empty, so what it
    // shows for the minute comes from the database.
    QTest::qWait(3000);
    m_server.stop();
    QVERIFY2(m_server.start({QStringLiteral("--stats-flush-interval"), QStringLiteral("2s")}), qPrintable(m_server.lastError()));
    const HttpResult login = m_server.requestJson("POST", QStringLiteral("/api/v1/auth/login"), {},
                                                  QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@example.org")},
                                                              {QStringLiteral("password"), AdminPassword}});
    QCOMPARE(login.status, 200);
    m_adminToken = login.body.value(QStringLiteral("accessToken")).toString();
    QVERIFY(points(id, 1).isEmpty());
    const QJsonArray minutes = points(id, 60);
    QVERIFY2(!minutes.isEmpty(), qPrintable(m_server.output().right(3000)));
    const QJsonObject minute = minutes.first().toObject();
    const QJsonObject memoryRange = minute.value(QStringLiteral("memoryBytes")).toObject();
    QVERIFY(memoryRange.value(QStringLiteral("min")).toDouble() > double(10LL << 20));
    QVERIFY(memoryRange.value(QStringLiteral("min")).toDouble() <= memoryRange.value(QStringLiteral("avg")).toDouble());
    QVERIFY(memoryRange.value(QStringLiteral("avg")).toDouble() <= memoryRange.value(QStringLiteral("max")).toDouble());
    QVERIFY(minute.value(QStringLiteral("t")).toString().endsWith(QLatin1String(":00Z")));

    const HttpResult removed = m_server.request("DELETE", QStringLiteral("/api/v1/pubs/%1?removeData=true").arg(id), m_adminToken);
    QCOMPARE(removed.status, 202);
}

QTEST_GUILESS_MAIN(StatsHistoryTest)
#include "tst_statshistory.moc"
