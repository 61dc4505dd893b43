// GET /api/v1/pubs/{id}/stats against an in-process server: validation, access and both kinds of points.
#include "pubs/pubcontroller.h"
#include "stats/statscollector.h"
#include "stats/statshistory.h"
#include "store/database.h"
#include "testbackend.h"
#include "testhttpclient.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace buttcloud;

class TestStatsRoutes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void validation_data();
    void validation();
    void accessFollowsThePub_data();
    void accessFollowsThePub();
    void minutePointsFromHistory();
    void rawSamplesFromMemory();
    void metricsCountReadingsPerPub();

private:
    TestReply get(const QString &pathAndQuery, const QString &caller = "alice");

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<TestHttpClient> m_client;
    QHash<QString, UserRecord> m_users;
    QString m_pub;
};

void TestStatsRoutes::init()
{
    m_backend = std::make_unique<TestBackend>();
    m_client = std::make_unique<TestHttpClient>();
    for (const auto &[name, role] : {std::pair{"alice", Role::Customer}, std::pair{"bob", Role::Customer},
                                     std::pair{"support", Role::Support}, std::pair{"admin", Role::Admin}}) {
        m_users.insert(QLatin1String(name), m_backend->addUser(QLatin1String(name) + "@example.org", role));
    }
    m_pub = m_backend->pubs().create(m_users.value("alice").id, "alicepub").pub.id;
    QTRY_VERIFY(!m_backend->pubs().isBusy(m_pub));
}

void TestStatsRoutes::cleanup()
{
    m_client.reset();
    m_backend.reset();
    m_users.clear();
}

TestReply TestStatsRoutes::get(const QString &pathAndQuery, const QString &caller)
{
    const QString token = caller.isEmpty() ? QString() : m_backend->accessTokenFor(m_users.value(caller));
    const QUrl base = m_backend->url("/");
    return m_client->send("GET", base.resolved(QUrl(pathAndQuery)), {}, token);
}

void TestStatsRoutes::validation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("defaults") << "" << 200 << "";
    QTest::newRow("a range") << "from=2026-11-24T17:00:00Z&to=2026-11-24T18:00:00Z" << 200 << "";
    QTest::newRow("offset and ms") << "from=2026-11-24T17:00:00.500%2B01:00&to=2026-11-24T18:00:00Z" << 200 << "";
    QTest::newRow("step 1") << "step=1&from=2026-11-24T17:00:00Z&to=2026-11-24T17:15:00Z" << 200 << "";
    QTest::newRow("step 300") << "step=300" << 200 << "";
    QTest::newRow("from not a time") << "from=yesterday" << 422 << "from";
    QTest::newRow("from without zone") << "from=2026-11-24T17:00:00" << 422 << "from";
    QTest::newRow("to a date only") << "to=2026-11-24" << 422 << "to";
    QTest::newRow("to empty") << "to=" << 422 << "to";
    QTest::newRow("from after to") << "from=2026-11-24T19:00:00Z&to=2026-11-24T18:00:00Z" << 422 << "from";
    QTest::newRow("from equals to") << "from=2026-11-24T18:00:00Z&to=2026-11-24T18:00:00Z" << 422 << "from";
    QTest::newRow("step 0") << "step=0" << 422 << "step";
    QTest::newRow("step 30") << "step=30" << 422 << "step";
    QTest::newRow("step 90") << "step=90" << 422 << "step";
    QTest::newRow("step negative") << "step=-60" << 422 << "step";
    QTest::newRow("step text") << "step=minute" << 422 << "step";
    QTest::newRow("step huge") << "step=99999999999999" << 422 << "step";
    QTest::newRow("10000 points") << "step=1&from=2026-11-24T17:00:00Z&to=2026-11-24T19:46:40Z" << 200 << "";
    QTest::newRow("10001 points") << "step=1&from=2026-11-24T17:00:00Z&to=2026-11-24T19:46:41Z" << 422 << "step";
    QTest::newRow("a year of minutes") << "step=60&from=2025-11-24T17:00:00Z&to=2026-11-24T17:00:00Z" << 422 << "step";
}

void TestStatsRoutes::validation()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, field);
    const TestReply reply = get(QStringLiteral("/api/v1/pubs/%1/stats?%2").arg(m_pub, query));
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.json.value("pubId").toString(), m_pub);
        QVERIFY(reply.json.value("points").isArray());
    } else {
        QCOMPARE(reply.errorCode(), QString("validation_failed"));
        const QString message = reply.json.value("error").toObject().value("message").toString();
        QVERIFY2(message.startsWith(field + ":"), qPrintable(message));
    }
}

void TestStatsRoutes::accessFollowsThePub_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("pub");
    QTest::addColumn<int>("status");
    QTest::newRow("owner") << "alice" << "mine" << 200;
    QTest::newRow("another customer") << "bob" << "mine" << 404;
    QTest::newRow("support") << "support" << "mine" << 200;
    QTest::newRow("admin") << "admin" << "mine" << 200;
    QTest::newRow("no token") << "" << "mine" << 401;
    QTest::newRow("unknown pub") << "admin" << "nosuchpub123" << 404;
}

void TestStatsRoutes::accessFollowsThePub()
{
    QFETCH(QString, caller);
    QFETCH(QString, pub);
    QFETCH(int, status);
    const TestReply reply = get(QStringLiteral("/api/v1/pubs/%1/stats").arg(pub == "mine" ? m_pub : pub), caller);
    QCOMPARE(reply.status, status);
    // Validation never runs before access: a stranger learns nothing from a bad query either.
    if (status == 404)
        QCOMPARE(get(QStringLiteral("/api/v1/pubs/%1/stats?step=7").arg(pub == "mine" ? m_pub : pub), caller).status, 404);
}

void TestStatsRoutes::minutePointsFromHistory()
{
    const qint64 minute = QDateTime::fromString("2026-11-24T18:00:00Z", Qt::ISODate).toMSecsSinceEpoch();
    const StatsHistory history(m_backend->database());
    for (int i = 0; i < 3; ++i) {
        StatsSample sample;
        sample.atMs = minute + i * 60000;
        sample.cpuPercent = i;
        sample.memoryBytes = 1000 * (i + 1);
        history.upsertMinute(m_pub, aggregateSamples(sample.atMs, {sample}));
    }
    TestReply reply = get(QStringLiteral("/api/v1/pubs/%1/stats?from=2026-11-24T18:00:30Z&to=2026-11-24T18:03:00Z").arg(m_pub));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("step").toInt(), 60);
    QJsonArray points = reply.json.value("points").toArray();
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.at(0).toObject().value("t").toString(), QString("2026-11-24T18:00:00Z"));
    QCOMPARE(points.at(2).toObject().value("cpuPercent").toObject().value("max").toDouble(), 2.0);
    QCOMPARE(points.at(2).toObject().size(), 10); // t and the nine figures

    reply = get(QStringLiteral("/api/v1/pubs/%1/stats?from=2026-11-24T18:00:00Z&to=2026-11-24T18:03:00Z&step=180").arg(m_pub));
    points = reply.json.value("points").toArray();
    QCOMPARE(points.size(), 1);
    const QJsonObject memory = points.at(0).toObject().value("memoryBytes").toObject();
    QCOMPARE(memory.value("min").toDouble(), 1000.0);
    QCOMPARE(memory.value("avg").toDouble(), 2000.0);
    QCOMPARE(memory.value("max").toDouble(), 3000.0);
}

void TestStatsRoutes::rawSamplesFromMemory()
{
    FakePubRuntime &runtime = m_backend->runtime();
    runtime.setServiceStatus(m_pub, PubStatus::Up);
    m_backend->pubs().observeNow();
    QTRY_VERIFY(m_backend->stats().isSampling(m_pub));

    const qint64 now = currentEpochMs();
    PubCounters counters;
    counters.readAtMs = now - 2000;
    counters.onlineCpus = 2;
    counters.memoryUsedBytes = 64 << 20;
    counters.pids = 11;
    runtime.setCounters(m_pub, counters);
    m_backend->stats().watch(m_pub);
    QTRY_VERIFY(runtime.operations(m_pub).count("readCounters") >= 1);
    counters.readAtMs = now - 1000;
    counters.cpuTotalNs = 200'000'000;
    counters.systemCpuNs = 2'000'000'000;
    runtime.setCounters(m_pub, counters);
    QTRY_VERIFY_WITH_TIMEOUT(m_backend->stats().recentSamples(m_pub, 0, now).size() == 1, 5000);
    m_backend->stats().unwatch(m_pub);

    const TestReply reply = get(QStringLiteral("/api/v1/pubs/%1/stats?step=1&from=%2")
                                    .arg(m_pub, QDateTime::fromMSecsSinceEpoch(now - 60000, Qt::UTC).toString(Qt::ISODate)));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("step").toInt(), 1);
    const QJsonArray points = reply.json.value("points").toArray();
    QCOMPARE(points.size(), 1);
    const QJsonObject sample = points.at(0).toObject();
    QCOMPARE(sample.value("t").toString(), QDateTime::fromMSecsSinceEpoch(now - 1000, Qt::UTC).toString(Qt::ISODateWithMs));
    QCOMPARE(sample.value("cpuPercent").toDouble(), 20.0);
    QCOMPARE(sample.value("memoryBytes").toInteger(), 64 << 20);
    QCOMPARE(sample.value("pids").toInt(), 11);

    // The pub stops: no more sampling.
    runtime.setServiceReplicas(m_pub, 0);
    runtime.setServiceStatus(m_pub, PubStatus::Down);
    m_backend->pubs().observeNow();
    QTRY_VERIFY(!m_backend->stats().isSampling(m_pub));
}

void TestStatsRoutes::metricsCountReadingsPerPub()
{
    for (const char *caller : {"alice", "support"})
        QCOMPARE(get("/api/v1/server/metrics", QLatin1String(caller)).status, 403);
    QCOMPARE(get("/api/v1/server/metrics", "").status, 401);

    FakePubRuntime &runtime = m_backend->runtime();
    runtime.setServiceStatus(m_pub, PubStatus::Up);
    m_backend->pubs().observeNow();
    QTRY_VERIFY(m_backend->stats().isSampling(m_pub));
    PubCounters counters;
    counters.readAtMs = currentEpochMs();
    counters.onlineCpus = 2;
    runtime.setCounters(m_pub, counters);
    // Three watchers of one pub share its one reading loop.
    for (int i = 0; i < 3; ++i)
        m_backend->stats().watch(m_pub);
    QTRY_VERIFY(runtime.operations(m_pub).count("readCounters") >= 1);
    QTRY_VERIFY(!m_backend->stats().metrics().pubs.value(0).readInFlight);

    const TestReply reply = get("/api/v1/server/metrics", "admin");
    QCOMPARE(reply.status, 200);
    const QJsonObject stats = reply.json.value("stats").toObject();
    QCOMPARE(stats.value("upstreams").toInt(), 1);
    QCOMPARE(stats.value("watchedUpstreams").toInt(), 1);
    const QJsonObject pub = stats.value("pubs").toArray().first().toObject();
    QCOMPARE(pub.value("pubId").toString(), m_pub);
    QCOMPARE(pub.value("watchers").toInt(), 3);
    QCOMPARE(pub.value("intervalMs").toInt(), 1000);
    QVERIFY(pub.value("readings").toInteger() >= 1);
    QCOMPARE(pub.value("readings").toInteger() + pub.value("failedReadings").toInteger(),
             qint64(runtime.operations(m_pub).count("readCounters")));
    QCOMPARE(stats.value("readings").toInteger(), pub.value("readings").toInteger());
    const QJsonObject stream = reply.json.value("stream").toObject();
    QCOMPARE(stream.value("connections").toInt(), 0);
    QCOMPARE(stream.value("samplesDropped").toInt(), 0);
    QVERIFY(reply.json.value("at").toString().endsWith('Z'));
    for (int i = 0; i < 3; ++i)
        m_backend->stats().unwatch(m_pub);
}

QTEST_GUILESS_MAIN(TestStatsRoutes)
#include "tst_statsroutes.moc"
