#include "models/eventstream.h"
#include "models/pubservice.h"
#include "models/pubsmodel.h"
#include "models/pubstatsfeed.h"
#include "models/statsservice.h"
#include "signedinclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace buttcloud;
using namespace std::chrono_literals;

namespace {
bool waitOnline(EventStream &stream)
{
    return QTest::qWaitFor([&stream] { return stream.state() == EventStream::State::Online; }, 5000);
}
}

class TestEventStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTheStreamUrl()
    {
        QCOMPARE(EventStream::streamUrl(QUrl(QStringLiteral("https://cloud.example.org:8443/x?y=1"))),
                 QUrl(QStringLiteral("wss://cloud.example.org:8443/api/v1/stream")));
        QCOMPARE(EventStream::streamUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))),
                 QUrl(QStringLiteral("ws://127.0.0.1:8080/api/v1/stream")));
    }

    void authenticatesAndSubscribesOncePerTopic()
    {
        test::SignedInClient client;
        QVERIFY(client.signIn());
        const QString pubId = client.server.addPub(QStringLiteral("alice"));
        EventStream stream(&client.session);
        stream.subscribePubStats(pubId); // before connecting: sent once online
        stream.subscribePubStats(pubId);
        QSignalSpy states(&stream, &EventStream::stateChanged);
        stream.start();
        QCOMPARE(stream.state(), EventStream::State::Connecting);
        QVERIFY(waitOnline(stream));
        QTRY_COMPARE(client.server.streamMessages(), (QStringList{QStringLiteral("auth"),
                                                                   QStringLiteral("subscribe:pub.stats:") + pubId}));

        QSignalSpy samples(&stream, &EventStream::statsReceived);
        client.server.sendStats(pubId, test::FakeApiServer::sampleJson(QDateTime::currentDateTimeUtc(), 4.5));
        QVERIFY(samples.wait());
        QCOMPARE(samples.constFirst().at(0).toString(), pubId);
        QCOMPARE(samples.constFirst().at(1).value<StatsSample>().value(StatsMetric::CpuPercent), 4.5);

        stream.unsubscribePubStats(pubId); // one holder left: nothing sent
        QTest::qWait(50);
        QCOMPARE(client.server.streamMessages().size(), 2);
        stream.unsubscribePubStats(pubId);
        QTRY_COMPARE(client.server.streamMessages().constLast(), QStringLiteral("unsubscribe:pub.stats:") + pubId);
        QCOMPARE(stream.subscriptionCount(QStringLiteral("pub.stats"), pubId), 0);
        stream.unsubscribePubStats(pubId); // more unsubscribes than subscribes: harmless
        QCOMPARE(stream.subscriptionCount(QStringLiteral("pub.stats"), pubId), 0);
    }

    void ignoresMessagesThatBreakTheProtocol()
    {
        test::SignedInClient client;
        QVERIFY(client.signIn());
        const QString pubId = client.server.addPub(QStringLiteral("alice"));
        EventStream stream(&client.session);
        stream.subscribePubStats(pubId);
        stream.start();
        QVERIFY(waitOnline(stream));
        QTRY_COMPARE(client.server.streamMessages().size(), 2);
        QSignalSpy samples(&stream, &EventStream::statsReceived);
        QJsonObject broken = test::FakeApiServer::sampleJson(QDateTime::currentDateTimeUtc(), 1);
        broken.insert(QStringLiteral("cpuPercent"), QStringLiteral("lots"));
        client.server.sendStats(pubId, broken);
        client.server.sendStats(pubId, test::FakeApiServer::sampleJson(QDateTime::currentDateTimeUtc(), 2));
        QVERIFY(samples.wait());
        QCOMPARE(samples.size(), 1);
        QCOMPARE(stream.state(), EventStream::State::Online);
    }

    void backsOffWithJitterAndResubscribesAfterAGap()
    {
        test::SignedInClient client;
        QVERIFY(client.signIn());
        const QString pubId = client.server.addPub(QStringLiteral("alice"));
        EventStream stream(&client.session);
        stream.setReconnectDelays(40ms, 2000ms);
        stream.subscribePubs();
        stream.subscribePubStats(pubId);
        stream.start();
        QVERIFY(waitOnline(stream));
        QSignalSpy gaps(&stream, &EventStream::gap);
        QCOMPARE(gaps.size(), 0);
        QTRY_COMPARE(client.server.streamMessages().size(), 3);

        client.server.setRejectStreams(true);
        client.server.dropStreams();
        QTRY_COMPARE(stream.state(), EventStream::State::Offline);
        QVERIFY(stream.statusMessage().startsWith(QStringLiteral("Live updates are offline")));
        QTRY_VERIFY_WITH_TIMEOUT(client.server.streamConnectionCount() >= 5, 10000);
        const QList<qint64> times = client.server.streamConnectionTimes();
        // Each wait roughly doubles (40, 80, 160 ms ±20 %): later gaps are clearly longer.
        const qint64 firstWait = times.at(2) - times.at(1);
        const qint64 laterWait = times.at(4) - times.at(3);
        QVERIFY2(laterWait > firstWait * 2, qPrintable(QStringLiteral("%1 then %2 ms").arg(firstWait).arg(laterWait)));
        QVERIFY(stream.nextReconnectDelay() > 40ms);

        client.server.setRejectStreams(false);
        QVERIFY(gaps.wait(10000));
        QCOMPARE(stream.state(), EventStream::State::Online);
        QCOMPARE(stream.nextReconnectDelay(), 40ms); // reset once online
        QTRY_COMPARE(client.server.streamMessages().size(), 6);
        const QStringList messages = client.server.streamMessages().mid(3);
        QVERIFY(messages.contains(QStringLiteral("subscribe:pubs")));
        QVERIFY(messages.contains(QStringLiteral("subscribe:pub.stats:") + pubId));
    }

    void renewsAnExpiredTokenAndReconnects()
    {
        test::SignedInClient client;
        QVERIFY(client.signIn());
        EventStream stream(&client.session);
        stream.subscribePubs();
        client.server.expireAccessTokens(); // the server closes the socket with 4401
        stream.start();
        QTRY_COMPARE(client.server.refreshCount(), 1);
        QVERIFY(waitOnline(stream));
        // Online means the server accepted the second auth; the subscription follows on the wire.
        QTRY_COMPARE(client.server.streamMessages().constLast(), QStringLiteral("subscribe:pubs"));
        QCOMPARE(client.server.streamMessages().count(QStringLiteral("auth")), 2);
    }

    void reauthenticatesWhenTheSessionRefreshes()
    {
        test::SignedInClient client;
        QVERIFY(client.signIn());
        EventStream stream(&client.session);
        stream.start();
        QVERIFY(waitOnline(stream));
        const int connections = client.server.streamConnectionCount();
        std::optional<bool> refreshed;
        client.session.refreshAccessToken(this, [&refreshed](const std::optional<ApiError> &error) { refreshed = !error; });
        QTRY_VERIFY(refreshed.has_value());
        QVERIFY(*refreshed);
        QTRY_COMPARE(client.server.streamMessages().count(QStringLiteral("auth")), 2);
        QCOMPARE(client.server.streamConnectionCount(), connections); // the same socket
        QCOMPARE(stream.state(), EventStream::State::Online);
    }

    void stopsWhenTheUserSignsOut()
    {
        test::SignedInClient client;
        QVERIFY(client.signIn());
        EventStream stream(&client.session);
        stream.start();
        QVERIFY(waitOnline(stream));
        client.session.signOut();
        QTRY_COMPARE(stream.state(), EventStream::State::Offline);
        QVERIFY(!stream.isStarted());
        QTRY_COMPARE(client.server.openStreamCount(), 0);
    }

    void pubsModelTakesLiveStatusAndPausesPolling()
    {
        test::SignedInClient client;
        QVERIFY(client.signIn());
        const QString pubId = client.server.addPub(QStringLiteral("alice"), PubStatus::Starting);
        const QString goneId = client.server.addPub(QStringLiteral("bob"));
        PubService pubs(&client.session);
        StatsService stats(&client.session);
        EventStream stream(&client.session);
        PubsModel model(&pubs);
        model.setLiveSources(&stream, &stats);
        model.setPollingActive(true);
        QVERIFY(model.isPollingActive()); // the stream is not online yet
        QTRY_COMPARE(model.rowCount(), 2);

        stream.start();
        QVERIFY(waitOnline(stream));
        QTRY_VERIFY(!model.isPollingActive());
        QTRY_VERIFY(client.server.streamMessages().contains(QStringLiteral("subscribe:pubs")));
        QTRY_COMPARE(client.server.pubListCount(), 2); // one poll on coming online catches up
        QTest::qWait(50);

        client.server.setPubStatus(pubId, PubStatus::Up);
        client.server.sendPubChanged(pubId);
        QTRY_COMPARE(model.pubById(pubId)->status, PubStatus::Up);
        client.server.removePub(goneId);
        client.server.sendPubRemoved(goneId);
        QTRY_COMPARE(model.rowCount(), 1);

        // Live figures: the newest raw sample of every running pub.
        model.refreshFigures();
        QTRY_VERIFY2(model.figures(pubId).has_value(), qPrintable(client.server.lastStatsQuery()));
        const int row = 0;
        QVERIFY(model.index(row, PubsModel::CpuColumn).data().toString().endsWith(QStringLiteral("%")));
        QVERIFY(!model.index(row, PubsModel::MemoryColumn).data().toString().isEmpty());

        client.server.setRejectStreams(true);
        client.server.dropStreams();
        QTRY_VERIFY(model.isPollingActive()); // offline: back to polling
    }

    void feedFetchesHistoryAndFillsGaps()
    {
        test::SignedInClient client;
        QVERIFY(client.signIn());
        const QString pubId = client.server.addPub(QStringLiteral("alice"));
        StatsService stats(&client.session);
        EventStream stream(&client.session);
        stream.setReconnectDelays(20ms, 100ms);
        stream.start();
        QVERIFY(waitOnline(stream));
        PubStatsFeed feed(pubId, &stats, &stream);
        QTRY_VERIFY(feed.series().size(StatsSeries::Tier::Raw) > 800); // the last 15 minutes
        QTRY_VERIFY(client.server.streamMessages().contains(QStringLiteral("subscribe:pub.stats:") + pubId));

        feed.setRange(24h);
        QTRY_VERIFY(feed.series().size(StatsSeries::Tier::Aggregated) >= 1439);
        QVERIFY(client.server.lastStatsQuery().contains(QStringLiteral("step=60")));

        const int requests = client.server.statsRequestCount();
        client.server.dropStreams();
        QTRY_COMPARE(client.server.statsRequestCount(), requests + 1); // the gap was fetched
        QVERIFY(client.server.lastStatsQuery().contains(QStringLiteral("step=1")));

        const QDateTime next = feed.series().latestRawTime().addSecs(1);
        client.server.sendStats(pubId, test::FakeApiServer::sampleJson(next, 7));
        QTRY_COMPARE(feed.series().latestRawTime(), next);
    }
};

QTEST_GUILESS_MAIN(TestEventStream)
#include "tst_eventstream.moc"
