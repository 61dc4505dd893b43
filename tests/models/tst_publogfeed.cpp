#include "models/eventstream.h"
#include "models/loglinesmodel.h"
#include "models/publogfeed.h"
#include "models/timelinemodel.h"
#include "signedinclient.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace buttcloud;
using namespace std::chrono_literals;

namespace {
const QUrl Server(QStringLiteral("http://127.0.0.1:1"));
const QDateTime Start = QDateTime(QDate(2026, 12, 2), QTime(7, 42, 25), Qt::UTC);

QList<LogLine> lines(int first, int count)
{
    QList<LogLine> made;
    for (int i = first; i < first + count; ++i)
        made.append(LogLine{Start.addMSecs(i), i % 2 == 1, QStringLiteral("line %1").arg(i), false});
    return made;
}
}

// The client side of a pub's logs and timeline: parsing, the bounded line ring, the live feed and
// the paged timeline.
class TestPubLogFeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesLines()
    {
        const QJsonObject line{{QStringLiteral("at"), QStringLiteral("2026-12-02T07:42:25.696Z")},
                               {QStringLiteral("stream"), QStringLiteral("stderr")}, {QStringLiteral("text"), QStringLiteral("oops")},
                               {QStringLiteral("truncated"), true}};
        const Result<LogLine> parsed = parseLogLine(line, Server);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().at, Start.addMSecs(696));
        QVERIFY(parsed.value().isStandardError);
        QVERIFY(parsed.value().truncated);
        for (const auto &[key, value] : {std::pair{"stream", QJsonValue(QStringLiteral("stdin"))},
                                         std::pair{"at", QJsonValue(QStringLiteral("soon"))}, std::pair{"text", QJsonValue(3)}}) {
            QJsonObject broken = line;
            broken.insert(QLatin1String(key), value);
            QVERIFY2(!parseLogLine(broken, Server).ok(), key);
        }
        QVERIFY(!parseLogLines(QJsonObject{{QStringLiteral("lines"), QJsonArray{line, 1}}}, Server).ok());
    }

    void ringKeepsTheNewest()
    {
        LogLinesModel model(5);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(lines(0, 3));
        model.append(lines(3, 4)); // two fall out
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.lineAt(0).text, QStringLiteral("line 2"));
        model.append(lines(7, 20)); // larger than the ring: only its newest 5 stay
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.lineAt(0).text, QStringLiteral("line 22"));
        QCOMPARE(model.lineAt(4).text, QStringLiteral("line 26"));
        QCOMPARE(model.index(4, LogLinesModel::StreamColumn).data().toString(), QStringLiteral("stdout"));
        QVERIFY(model.index(3, 0).data(LogLinesModel::IsStandardErrorRole).toBool());
        QCOMPARE(LogLinesModel::format(model.lineAt(4)), QStringLiteral("2026-12-02T07:42:25.026Z stdout line 26"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void feedReadsFollowsAndCatchesUp()
    {
        test::SignedInClient client;
        QVERIFY(client.signIn());
        const QString pubId = client.server.addPub(QStringLiteral("alice"));
        for (int i = 0; i < 3; ++i)
            client.server.addLogLine(pubId, Start.addSecs(i), QStringLiteral("start %1").arg(i));
        EventStream stream(&client.session);
        stream.setReconnectDelays(20ms, 200ms);
        stream.start();
        QTRY_COMPARE(stream.state(), EventStream::State::Online);

        PubLogFeed feed(pubId, &client.session, &stream);
        QAbstractItemModelTester tester(feed.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(feed.model()->rowCount(), 3);
        QCOMPARE(stream.subscriptionCount(QStringLiteral("pub.logs"), pubId), 1);

        QTRY_VERIFY(client.server.streamMessages().join(u' ').contains(QStringLiteral("pub.logs")));
        client.server.sendLogLines(pubId, QJsonArray{test::FakeApiServer::logLineJson(Start.addSecs(10), QStringLiteral("live"))});
        QTRY_COMPARE(feed.model()->rowCount(), 4);
        QCOMPARE(feed.model()->lineAt(3).text, QStringLiteral("live"));
        const int shown = feed.model()->rowCount();

        // Lines of other pubs are not this feed's.
        client.server.sendLogLines(QStringLiteral("otherpub0001"), QJsonArray{test::FakeApiServer::logLineJson(Start, QStringLiteral("x"))});
        QTest::qWait(100);
        QCOMPARE(feed.model()->rowCount(), shown);

        // After a gap, the lines written meanwhile come from the server, without repeating any.
        client.server.addLogLine(pubId, Start.addSecs(10), QStringLiteral("live"));
        client.server.addLogLine(pubId, Start.addSecs(20), QStringLiteral("while away"));
        QSignalSpy loaded(&feed, &PubLogFeed::loaded);
        Q_EMIT stream.gap();
        QVERIFY(loaded.wait(3000));
        QCOMPARE(feed.model()->rowCount(), shown + 1);
        QCOMPARE(feed.model()->lineAt(shown).text, QStringLiteral("while away"));

        client.server.setFailLogs(true);
        QSignalSpy failed(&feed, &PubLogFeed::loadFailed);
        feed.reload();
        QVERIFY(failed.wait(3000));
    }

    void timelineParsesAndPages()
    {
        const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("docker:1")}, {QStringLiteral("at"), QStringLiteral("2026-12-02T07:42:25.696Z")},
                                {QStringLiteral("source"), QStringLiteral("docker")}, {QStringLiteral("kind"), QStringLiteral("die")},
                                {QStringLiteral("summary"), QStringLiteral("stopped")}, {QStringLiteral("detail"), QJsonObject{{QStringLiteral("exitCode"), 137}}}};
        const Result<TimelineEntry> parsed = parseTimelineEntry(entry, Server);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().source, TimelineEntry::Source::Docker);
        QCOMPARE(parsed.value().detail.value(QStringLiteral("exitCode")).toInt(), 137);
        QJsonObject broken = entry;
        broken.insert(QStringLiteral("source"), QStringLiteral("rumour"));
        QVERIFY(!parseTimelineEntry(broken, Server).ok());

        test::SignedInClient client;
        QVERIFY(client.signIn());
        const QString pubId = client.server.addPub(QStringLiteral("alice"));
        for (int i = 0; i < 5; ++i)
            client.server.addTimelineEntry(pubId, Start.addSecs(i), QStringLiteral("job"), QStringLiteral("pub.start.queued"), QStringLiteral("queued"));
        TimelineModel model(pubId, &client.session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        model.refresh();
        QTRY_COMPARE(model.rowCount(), 2);
        QVERIFY(model.canLoadOlder());
        model.loadOlder();
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, TimelineModel::SourceColumn).data(TimelineModel::SourceRole).toString(), QStringLiteral("job"));
        QCOMPARE(model.rowAt(3)->at, Start.addSecs(1));
    }
};

QTEST_GUILESS_MAIN(TestPubLogFeed)
#include "tst_publogfeed.moc"
