#include "docker/httpcodec.h"

#include <QRandomGenerator>
#include <QTest>

using namespace buttcloud;

class TestDockerHttpCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesRequest();
    void parsesWholeResponses_data();
    void parsesWholeResponses();
    void parsesSplitAtEveryByteBoundary_data();
    void parsesSplitAtEveryByteBoundary();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void enforcesLimits_data();
    void enforcesLimits();
    void bodyUntilCloseNeedsFinish();
    void truncatedResponseFailsOnFinish_data();
    void truncatedResponseFailsOnFinish();
    void ignoresBytesAfterCompleteResponse();
    void survivesMutatedAndRandomInput();
};

namespace {

const QByteArray ChunkedResponse = "HTTP/1.1 200 OK\r\n"
                                   "Content-Type: application/json\r\n"
                                   "Transfer-Encoding: chunked\r\n"
                                   "\r\n"
                                   "5\r\n[1,2,\r\n"
                                   "A;name=value\r\n3,4,5,6]  \r\n"
                                   "0\r\n"
                                   "X-Trailer: yes\r\n"
                                   "\r\n";

}

void TestDockerHttpCodec::encodesRequest()
{
    const QByteArray request = encodeHttpRequest("POST", "/v1.41/services/create", "docker", "{}", "application/json");
    QVERIFY(request.startsWith("POST /v1.41/services/create HTTP/1.1\r\nHost: docker\r\n"));
    QVERIFY(request.contains("\r\nConnection: close\r\n"));
    QVERIFY(request.contains("\r\nContent-Type: application/json\r\n"));
    QVERIFY(request.endsWith("\r\nContent-Length: 2\r\n\r\n{}"));

    const QByteArray get = encodeHttpRequest("GET", "/v1.41/_ping", "docker");
    QVERIFY(!get.contains("Content-Length"));
    QVERIFY(get.endsWith("\r\n\r\n"));
}

void TestDockerHttpCodec::parsesWholeResponses_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("content-length") << QByteArray("HTTP/1.1 201 Created\r\nContent-Length: 11\r\n\r\n{\"ID\":\"x\"}\n")
                                    << 201 << QByteArray("Created") << QByteArray("{\"ID\":\"x\"}\n");
    QTest::newRow("empty body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                                << 200 << QByteArray("OK") << QByteArray();
    QTest::newRow("204 ignores framing") << QByteArray("HTTP/1.1 204 No Content\r\nServer: Docker\r\n\r\n")
                                         << 204 << QByteArray("No Content") << QByteArray();
    QTest::newRow("chunked with extension and trailer") << ChunkedResponse << 200 << QByteArray("OK")
                                                        << QByteArray("[1,2,3,4,5,6]  ");
    QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 404\r\nContent-Length: 2\r\n\r\n{}")
                                      << 404 << QByteArray() << QByteArray("{}");
    QTest::newRow("HTTP/1.0 and odd header case") << QByteArray("HTTP/1.0 500 Server Error\r\ncOnTeNt-LeNgTh:   3  \r\n\r\nabc")
                                                  << 500 << QByteArray("Server Error") << QByteArray("abc");
    QTest::newRow("repeated equal lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx")
                                            << 200 << QByteArray("OK") << QByteArray("x");
}

void TestDockerHttpCodec::parsesWholeResponses()
{
    QFETCH(QByteArray, response);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, body);
    HttpResponseParser parser;
    QVERIFY2(parser.feed(response), qPrintable(parser.errorString()));
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.statusCode(), status);
    QCOMPARE(parser.reasonPhrase(), reason);
    QCOMPARE(parser.body(), body);
}

void TestDockerHttpCodec::parsesSplitAtEveryByteBoundary_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("chunked") << ChunkedResponse << QByteArray("[1,2,3,4,5,6]  ");
    QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nOK")
                                    << QByteArray("OK");
}

void TestDockerHttpCodec::parsesSplitAtEveryByteBoundary()
{
    QFETCH(QByteArray, response);
    QFETCH(QByteArray, body);
    // Two cuts anywhere: covers every split of CRLF, headers, chunk sizes and chunk data.
    for (qsizetype first = 0; first <= response.size(); ++first) {
        for (qsizetype second = first; second <= response.size(); ++second) {
            HttpResponseParser parser;
            const QByteArrayView whole(response);
            QVERIFY(parser.feed(whole.first(first)));
            QVERIFY(parser.feed(whole.sliced(first, second - first)));
            QVERIFY(parser.feed(whole.sliced(second)));
            QVERIFY2(parser.isComplete(), qPrintable(QStringLiteral("cut at %1 and %2").arg(first).arg(second)));
            QCOMPARE(parser.body(), body);
            QCOMPARE(parser.statusCode(), 200);
        }
    }
    // One byte at a time.
    HttpResponseParser parser;
    for (char byte : std::as_const(response))
        QVERIFY(parser.feed(QByteArrayView(&byte, 1)));
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.body(), body);
}

void TestDockerHttpCodec::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n");
    QTest::newRow("http/2 status line") << QByteArray("HTTP/2 200 OK\r\n\r\n");
    QTest::newRow("short status code") << QByteArray("HTTP/1.1 20 OK\r\n\r\n");
    QTest::newRow("letters in status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
    QTest::newRow("no space after code") << QByteArray("HTTP/1.1 200OK\r\n\r\n");
    QTest::newRow("informational") << QByteArray("HTTP/1.1 100 Continue\r\n\r\n");
    QTest::newRow("bare LF") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 0\n\n");
    QTest::newRow("stray CR") << QByteArray("HTTP/1.1 200 OK\r\nX-A: b\rc\r\n\r\n");
    QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length 0\r\n\r\n");
    QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nX-A: b\r\n c\r\n\r\n");
    QTest::newRow("space in header name") << QByteArray("HTTP/1.1 200 OK\r\nContent Length: 0\r\n\r\n");
    QTest::newRow("control byte in value") << QByteArray("HTTP/1.1 200 OK\r\nX-A: \x01\r\n\r\n");
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("conflicting lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n");
    QTest::newRow("length and chunked") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n");
    QTest::newRow("gzip coding") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n");
    QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("0x chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n");
    QTest::newRow("chunk longer than size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n");
    QTest::newRow("bad trailer") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nno colon\r\n\r\n");
}

void TestDockerHttpCodec::rejectsMalformed()
{
    QFETCH(QByteArray, response);
    HttpResponseParser parser;
    QVERIFY(!parser.feed(response));
    QVERIFY(parser.hasFailed());
    QVERIFY(!parser.isComplete());
    QVERIFY(!parser.errorString().isEmpty());
    // A failed parse stays failed.
    QVERIFY(!parser.feed("HTTP/1.1 200 OK\r\n\r\n"));
    QVERIFY(!parser.finish());
}

void TestDockerHttpCodec::enforcesLimits_data()
{
    QTest::addColumn<QByteArray>("response");
    const QByteArray longHeader = "X-Long: " + QByteArray(200, 'a') + "\r\n";
    QTest::newRow("headers") << QByteArray("HTTP/1.1 200 OK\r\n" + longHeader + "\r\n");
    QTest::newRow("endless header line") << QByteArray("HTTP/1.1 200 OK\r\nX-Long: " + QByteArray(300, 'a'));
    QTest::newRow("declared length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 101\r\n\r\n");
    QTest::newRow("huge declared length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n");
    QTest::newRow("chunks") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + QByteArray(64, 'a')
                                          + "\r\n40\r\n");
    QTest::newRow("huge chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n");
    QTest::newRow("body until close") << QByteArray("HTTP/1.1 200 OK\r\n\r\n" + QByteArray(101, 'a'));
    QTest::newRow("endless chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1" + QByteArray(2000, ' '));
}

void TestDockerHttpCodec::enforcesLimits()
{
    QFETCH(QByteArray, response);
    HttpResponseParser parser(HttpResponseParser::Limits{128, 100});
    QVERIFY(!parser.feed(response));
    QVERIFY(parser.hasFailed());
}

void TestDockerHttpCodec::bodyUntilCloseNeedsFinish()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\nabc"));
    QVERIFY(parser.hasHeaders());
    QVERIFY(!parser.isComplete());
    QVERIFY(parser.feed("def"));
    QVERIFY(parser.finish());
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.body(), QByteArray("abcdef"));
    QCOMPARE(parser.headerValue("content-type"), QByteArray("application/vnd.docker.raw-stream"));
}

void TestDockerHttpCodec::truncatedResponseFailsOnFinish_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("half status line") << QByteArray("HTTP/1.1 2");
    QTest::newRow("in headers") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n");
    QTest::newRow("short body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nabc");
    QTest::newRow("no last chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n");
}

void TestDockerHttpCodec::truncatedResponseFailsOnFinish()
{
    QFETCH(QByteArray, response);
    HttpResponseParser parser;
    QVERIFY(parser.feed(response));
    QVERIFY(!parser.finish());
    QVERIFY(parser.hasFailed());
    QVERIFY(!parser.errorString().isEmpty());
}

void TestDockerHttpCodec::ignoresBytesAfterCompleteResponse()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}garbage"));
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.body(), QByteArray("{}"));
}

void TestDockerHttpCodec::survivesMutatedAndRandomInput()
{
    // A cheap stand-in for a fuzzer: whatever arrives, the parser ends in a consistent state.
    QRandomGenerator random(20261124);
    const HttpResponseParser::Limits limits{256, 64};
    for (int round = 0; round < 5000; ++round) {
        QByteArray input = ChunkedResponse;
        if (round % 2 == 0) {
            for (int flips = random.bounded(1, 4); flips > 0; --flips)
                input[random.bounded(input.size())] = char(random.bounded(256));
        } else {
            input.resize(random.bounded(300));
            for (char &byte : input)
                byte = char(random.bounded(256));
            input.prepend(round % 4 == 1 ? QByteArray("HTTP/1.1 200 OK\r\n") : QByteArray());
        }
        HttpResponseParser parser(limits);
        QByteArrayView rest(input);
        while (!rest.isEmpty()) {
            const qsizetype piece = random.bounded(1, int(rest.size()) + 1);
            parser.feed(rest.first(piece));
            rest = rest.sliced(piece);
        }
        parser.finish();
        QVERIFY(parser.isComplete() != parser.hasFailed());
        QVERIFY(parser.body().size() <= limits.maxBodyBytes);
        QCOMPARE(parser.hasFailed(), !parser.errorString().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestDockerHttpCodec)
#include "tst_dockerhttpcodec.moc"
