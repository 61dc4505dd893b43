#include "docker/dockerlogparser.h"
#include "docker/jsonlinesparser.h"

#include "dockerframe.h"

#include <QTest>
#include <QtEndian>

using namespace buttcloud;

// Docker's service and container logs with timestamps: multiplexed frames of "<RFC 3339> <text>\n".
class TestDockerLogParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTimestamps_data();
    void parsesTimestamps();
    void splitsLinesAndStreams();
    void survivesEverySplitPoint();
    void joinsLinesAcrossFrames();
    void replacesInvalidUtf8();
    void capsLongLines();
    void completesLastLineAtEnd();
    void failsOnMalformedFrames();
    void jsonLinesSplitAnywhere();
    void jsonLinesRefuseGarbage();
};

namespace {
using test::frame;

// Recorded from Docker 20.10: one frame per line, stdout then stderr then stdout.
const QByteArray Recorded = frame(1, "2026-12-02T07:42:25.696687014Z hello\n")
                          + frame(2, "2026-12-02T07:42:25.699968912Z err\n")
                          + frame(1, "2026-12-02T07:42:28.703352237Z after\n");

constexpr qint64 Hello = 1796197345696687014LL;

}

void TestDockerLogParser::parsesTimestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::newRow("nanoseconds") << QByteArray("2026-12-02T07:42:25.696687014Z") << Hello;
    QTest::newRow("trailing zeros dropped") << QByteArray("2026-12-02T07:42:25.5Z") << 1796197345500000000LL;
    QTest::newRow("whole second") << QByteArray("2026-12-02T07:42:25Z") << 1796197345000000000LL;
    QTest::newRow("offset") << QByteArray("2026-12-02T08:42:25.696687014+01:00") << Hello;
    QTest::newRow("no zone") << QByteArray("2026-12-02T07:42:25.696687014") << qint64(-1);
    QTest::newRow("ten digits") << QByteArray("2026-12-02T07:42:25.6966870140Z") << qint64(-1);
    QTest::newRow("text") << QByteArray("hello") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestDockerLogParser::parsesTimestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    const std::optional<qint64> parsed = parseDockerTimestamp(text);
    QCOMPARE(parsed.value_or(-1), expected);
}

void TestDockerLogParser::splitsLinesAndStreams()
{
    DockerLogParser parser;
    QVERIFY(parser.feed(Recorded));
    QVERIFY(parser.finish());
    const QList<DockerLogLine> lines = parser.takeLines();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0].text, QStringLiteral("hello"));
    QCOMPARE(lines[0].atNs, Hello);
    QVERIFY(!lines[0].isStandardError);
    QCOMPARE(lines[1].text, QStringLiteral("err"));
    QVERIFY(lines[1].isStandardError);
    QCOMPARE(lines[2].text, QStringLiteral("after"));
    QVERIFY(!lines[2].truncated);
    QVERIFY(parser.takeLines().isEmpty());
}

void TestDockerLogParser::survivesEverySplitPoint()
{
    for (qsizetype split = 0; split <= Recorded.size(); ++split) {
        DockerLogParser parser;
        QVERIFY(parser.feed(QByteArrayView(Recorded).first(split)));
        QList<DockerLogLine> lines = parser.takeLines();
        QVERIFY(parser.feed(QByteArrayView(Recorded).sliced(split)));
        QVERIFY(parser.finish());
        lines += parser.takeLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[2].text, QStringLiteral("after"));
        QCOMPARE(lines[1].atNs, 1796197345699968912LL);
    }
}

void TestDockerLogParser::joinsLinesAcrossFrames()
{
    // A line may be written in pieces: it is one line, with the timestamp of its first piece.
    DockerLogParser parser;
    QVERIFY(parser.feed(frame(1, "2026-12-02T07:42:25.696687014Z hel") + frame(2, "2026-12-02T07:42:26Z x\n")
                        + frame(1, "lo\r\n")));
    const QList<DockerLogLine> lines = parser.takeLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].text, QStringLiteral("x"));
    QCOMPARE(lines[1].text, QStringLiteral("hello"));
    QCOMPARE(lines[1].atNs, Hello);
}

void TestDockerLogParser::replacesInvalidUtf8()
{
    DockerLogParser parser;
    QVERIFY(parser.feed(frame(1, QByteArray("2026-12-02T07:42:25Z b\xff\xfe" "c \xc3\xa4\n"))));
    const QList<DockerLogLine> lines = parser.takeLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines[0].text.startsWith(u'b'));
    QVERIFY(lines[0].text.contains(QChar::ReplacementCharacter));
    QVERIFY(lines[0].text.endsWith(QStringLiteral("c \u00e4")));
}

void TestDockerLogParser::capsLongLines()
{
    DockerLogParser parser(16);
    const QByteArray longText(100000, 'a');
    // Fed in small pieces: the parser never holds more than the cap, and drops the rest of the line.
    const QByteArray stream = frame(1, "2026-12-02T07:42:25Z " + longText + "\n2026-12-02T07:42:26Z short\n");
    for (qsizetype at = 0; at < stream.size(); at += 1000)
        QVERIFY(parser.feed(QByteArrayView(stream).sliced(at, std::min<qsizetype>(1000, stream.size() - at))));
    const QList<DockerLogLine> lines = parser.takeLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].text, QString(16, u'a'));
    QVERIFY(lines[0].truncated);
    QCOMPARE(lines[0].atNs, 1796197345000000000LL);
    QCOMPARE(lines[1].text, QStringLiteral("short"));
    QVERIFY(!lines[1].truncated);
}

void TestDockerLogParser::completesLastLineAtEnd()
{
    DockerLogParser parser;
    QVERIFY(parser.feed(frame(2, "2026-12-02T07:42:25Z no newline")));
    QVERIFY(parser.takeLines().isEmpty());
    QVERIFY(parser.finish());
    const QList<DockerLogLine> lines = parser.takeLines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].text, QStringLiteral("no newline"));
    QVERIFY(lines[0].isStandardError);
}

void TestDockerLogParser::failsOnMalformedFrames()
{
    DockerLogParser parser;
    QVERIFY(!parser.feed(QByteArray("2026-12-02T07:42:25Z not multiplexed\n")));
    QVERIFY(!parser.errorString().isEmpty());

    DockerLogParser cut;
    QVERIFY(cut.feed(frame(1, "2026-12-02T07:42:25Z whole\n") + frame(1, "2026-12-02T07:42:26Z cut").chopped(3)));
    QVERIFY(!cut.finish());
    QCOMPARE(cut.takeLines().size(), 1); // what came before stays
}

void TestDockerLogParser::jsonLinesSplitAnywhere()
{
    const QByteArray events = "{\"Type\":\"container\",\"Action\":\"die\"}\n\n{\"Type\":\"service\",\"timeNano\":1796197345696687014}\n";
    for (qsizetype split = 0; split <= events.size(); ++split) {
        JsonLinesParser parser;
        QVERIFY(parser.feed(QByteArrayView(events).first(split)));
        QVERIFY(parser.feed(QByteArrayView(events).sliced(split)));
        const QList<QJsonObject> objects = parser.takeObjects();
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects[1].value(QLatin1String("timeNano")).toInteger(), 1796197345696687014LL);
    }
}

void TestDockerLogParser::jsonLinesRefuseGarbage()
{
    JsonLinesParser notJson;
    QVERIFY(!notJson.feed("{\"a\":1}\nnot json\n"));
    QCOMPARE(notJson.takeObjects().size(), 1);
    JsonLinesParser array;
    QVERIFY(!array.feed("[1,2]\n"));
    JsonLinesParser tooLong(10);
    QVERIFY(!tooLong.feed("{\"a\":\"0123456789\"}"));
}

QTEST_GUILESS_MAIN(TestDockerLogParser)
#include "tst_dockerlogparser.moc"
