#include "docker/dockerstreamdemuxer.h"

#include <QRandomGenerator>
#include "dockerframe.h"

#include <QTest>
#include <QtEndian>

using namespace buttcloud;

class TestDockerStreamDemuxer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsStreams();
    void splitsAtEveryByteBoundary();
    void rejectsMalformedHeaders_data();
    void rejectsMalformedHeaders();
    void failsOnTruncatedFrame();
    void enforcesOutputLimit();
    void survivesRandomInput();
};

namespace {
using test::frame;

const QByteArray Stream = frame(1, "hello ") + frame(2, "oops\n") + frame(1, {}) + frame(1, "world\n") + frame(0, "!");

}

void TestDockerStreamDemuxer::splitsStreams()
{
    DockerStreamDemuxer demuxer;
    QVERIFY(demuxer.feed(Stream));
    QVERIFY(demuxer.finish());
    QCOMPARE(demuxer.standardOutput(), QByteArray("hello world\n!"));
    QCOMPARE(demuxer.standardError(), QByteArray("oops\n"));
}

void TestDockerStreamDemuxer::splitsAtEveryByteBoundary()
{
    for (qsizetype first = 0; first <= Stream.size(); ++first) {
        for (qsizetype second = first; second <= Stream.size(); ++second) {
            DockerStreamDemuxer demuxer;
            const QByteArrayView whole(Stream);
            QVERIFY(demuxer.feed(whole.first(first)));
            QVERIFY(demuxer.feed(whole.sliced(first, second - first)));
            QVERIFY(demuxer.feed(whole.sliced(second)));
            QVERIFY(demuxer.finish());
            QCOMPARE(demuxer.standardOutput(), QByteArray("hello world\n!"));
            QCOMPARE(demuxer.standardError(), QByteArray("oops\n"));
        }
    }
}

void TestDockerStreamDemuxer::rejectsMalformedHeaders_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::newRow("unknown stream") << frame(3, "x");
    QByteArray padded = frame(1, "x");
    padded[2] = 1;
    QTest::newRow("non-zero padding") << padded;
    QTest::newRow("tty output") << QByteArray("plain text from a TTY\n");
}

void TestDockerStreamDemuxer::rejectsMalformedHeaders()
{
    QFETCH(QByteArray, stream);
    DockerStreamDemuxer demuxer;
    QVERIFY(!demuxer.feed(stream));
    QVERIFY(demuxer.hasFailed());
    QVERIFY(!demuxer.errorString().isEmpty());
    QVERIFY(!demuxer.finish());
}

void TestDockerStreamDemuxer::failsOnTruncatedFrame()
{
    DockerStreamDemuxer inHeader;
    QVERIFY(inHeader.feed(frame(1, "abc").first(5)));
    QVERIFY(!inHeader.finish());

    DockerStreamDemuxer inPayload;
    QVERIFY(inPayload.feed(frame(1, "abc").chopped(1)));
    QVERIFY(!inPayload.finish());
}

void TestDockerStreamDemuxer::enforcesOutputLimit()
{
    DockerStreamDemuxer demuxer(10);
    QVERIFY(demuxer.feed(frame(1, "12345") + frame(2, "12345")));
    QVERIFY(!demuxer.feed(frame(1, "x")));
    QVERIFY(demuxer.hasFailed());

    // A header declaring a huge frame fails as soon as the payload exceeds the limit, not at the end.
    DockerStreamDemuxer huge(10);
    QByteArray header = frame(1, {});
    qToBigEndian<quint32>(0xffffffffu, header.data() + 4);
    QVERIFY(huge.feed(header));
    QVERIFY(!huge.feed(QByteArray(11, 'a')));
}

void TestDockerStreamDemuxer::survivesRandomInput()
{
    QRandomGenerator random(20261124);
    for (int round = 0; round < 5000; ++round) {
        QByteArray input = Stream;
        for (int flips = random.bounded(1, 4); flips > 0; --flips)
            input[random.bounded(input.size())] = char(random.bounded(256));
        DockerStreamDemuxer demuxer(16);
        const bool fed = demuxer.feed(input);
        const bool finished = demuxer.finish();
        QCOMPARE(fed && finished, !demuxer.hasFailed());
        QVERIFY(demuxer.standardOutput().size() + demuxer.standardError().size() <= 16);
    }
}

QTEST_GUILESS_MAIN(TestDockerStreamDemuxer)
#include "tst_dockerstreamdemuxer.moc"
