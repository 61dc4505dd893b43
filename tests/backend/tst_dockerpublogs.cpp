#include "docker/dockerengine.h"
#include "dockerfakeengine.h"
#include "logs/dockerpublogs.h"

#include <QJsonArray>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTemporaryDir>
#include <QSignalSpy>
#include "dockerframe.h"

#include <QTest>
#include <QtEndian>

using namespace buttcloud;
using namespace buttcloud::test;
using namespace std::chrono_literals;

// Docker's service logs read through the engine client, against a scripted engine: the service
// look-up by labels, the query, the multiplexed body in chunks, and the failures.
class TestDockerPubLogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void streamHandsOverChunks();
    void streamReportsRefusal();
    void cancelledStreamStaysQuiet();
    void quietStreamOutlivesTheRequestTimeout();
    void readsTheServiceLogs();
    void untilCutsTheWindow();
    void noServiceIsNotFound();
    void unreadableLogsFail();
    void followDeliversAsItArrives();

private:
    std::variant<QList<DockerLogLine>, RuntimeError> read(const PubLogQuery &query);

    std::unique_ptr<FakeDockerEngine> m_fake;
    std::unique_ptr<DockerEngine> m_engine;
    std::unique_ptr<DockerPubLogs> m_logs;
};

namespace {
using test::frame;
// A chunked 200 reply carrying body in pieces of `piece` bytes.
QByteArray chunked(const QByteArray &body, int piece)
{
    QByteArray reply = "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (qsizetype at = 0; at < body.size(); at += piece) {
        const QByteArray part = body.mid(at, piece);
        reply += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
    }
    return reply + "0\r\n\r\n";
}

QString messageOf(const std::variant<QList<DockerLogLine>, RuntimeError> &result)
{
    const auto *error = std::get_if<RuntimeError>(&result);
    return error ? error->message : QString();
}

const QByteArray Logs = frame(1, "2026-12-02T07:42:25.696687014Z pub-entrypoint: listening on 20001\n")
                      + frame(2, "2026-12-02T07:42:26.000000001Z warning\n")
                      + frame(1, "2026-12-02T07:42:27Z ssb-server started\n");
}

void TestDockerPubLogs::init()
{
    m_fake = std::make_unique<FakeDockerEngine>();
    QVERIFY(m_fake->start());
    m_engine = std::make_unique<DockerEngine>(m_fake->endpoint());
    m_engine->setRequestTimeout(2s);
    m_logs = std::make_unique<DockerPubLogs>(m_engine.get(), QMap<QString, QString>{{"buttcloud.instance", "i1"}});
    m_fake->route("GET", "/services", {FakeDockerEngine::json(200, QJsonDocument(QJsonArray{QJsonObject{{"ID", "svc1"}}}))});
}

void TestDockerPubLogs::cleanup()
{
    m_logs.reset();
    m_engine.reset();
    m_fake.reset();
}

std::variant<QList<DockerLogLine>, RuntimeError> TestDockerPubLogs::read(const PubLogQuery &query)
{
    std::optional<std::variant<QList<DockerLogLine>, RuntimeError>> answer;
    m_logs->read("pub1", query, [&answer](std::variant<QList<DockerLogLine>, RuntimeError> result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
        return RuntimeError{"no answer"};
    return *answer;
}

void TestDockerPubLogs::streamHandsOverChunks()
{
    m_fake->route("GET", "/events", {chunked("{\"a\":1}\n{\"b\":2}\n", 5)});
    QByteArray received;
    std::optional<std::optional<DockerError>> ended;
    const auto stream = m_engine->openStream("/events", [&received](const QByteArray &chunk) { received += chunk; },
                                             [&ended](std::optional<DockerError> error) { ended = error; });
    QTRY_VERIFY(ended.has_value());
    QVERIFY(!ended->has_value());
    QCOMPARE(received, QByteArray("{\"a\":1}\n{\"b\":2}\n"));
}

void TestDockerPubLogs::streamReportsRefusal()
{
    m_fake->route("GET", "/events", {FakeDockerEngine::error(500, "events are broken")});
    bool chunks = false;
    std::optional<std::optional<DockerError>> ended;
    const auto stream = m_engine->openStream("/events", [&chunks](const QByteArray &) { chunks = true; },
                                             [&ended](std::optional<DockerError> error) { ended = error; });
    QTRY_VERIFY(ended.has_value());
    QVERIFY(ended->has_value());
    QCOMPARE((*ended)->httpStatus, 500);
    QCOMPARE((*ended)->message, QStringLiteral("events are broken"));
    QVERIFY(!chunks);
}

void TestDockerPubLogs::cancelledStreamStaysQuiet()
{
    m_fake->route("GET", "/events", {chunked("{\"a\":1}\n", 3)});
    bool called = false;
    auto stream = m_engine->openStream("/events", [&called](const QByteArray &) { called = true; },
                                       [&called](std::optional<DockerError>) { called = true; });
    stream.reset();
    QTest::qWait(200);
    QVERIFY(!called);
}

void TestDockerPubLogs::quietStreamOutlivesTheRequestTimeout()
{
    // An engine that answers, sends a piece, falls silent for longer than the request timeout (2 s),
    // sends another and ends: the stream is whole, neither cut off nor timed out.
    QTemporaryDir dir;
    QLocalServer server;
    QVERIFY(server.listen(dir.filePath("docker.sock")));
    QPointer<QLocalSocket> peer;
    connect(&server, &QLocalServer::newConnection, this, [&] {
        peer = server.nextPendingConnection();
        peer->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n{\"a\":1}\n\r\n");
    });
    DockerEngine engine(QUrl(QStringLiteral("unix://") + server.fullServerName()));
    engine.setRequestTimeout(2s);
    QByteArray received;
    std::optional<std::optional<DockerError>> ended;
    const auto stream = engine.openStream("/events", [&received](const QByteArray &chunk) { received += chunk; },
                                          [&ended](std::optional<DockerError> error) { ended = error; });
    QTRY_COMPARE(received, QByteArray("{\"a\":1}\n"));
    QTest::qWait(3000);
    QVERIFY(!ended.has_value());
    QVERIFY(peer);
    peer->write("8\r\n{\"b\":2}\n\r\n0\r\n\r\n");
    peer->disconnectFromServer();
    QTRY_VERIFY(ended.has_value());
    // The message is read only when there is an error: QVERIFY2 evaluates it either way.
    QVERIFY2(!ended->has_value(), qPrintable(ended->has_value() ? (*ended)->message : QString()));
    QCOMPARE(received, QByteArray("{\"a\":1}\n{\"b\":2}\n"));
}

void TestDockerPubLogs::readsTheServiceLogs()
{
    m_fake->route("GET", "/services/svc1/logs", {chunked(Logs, 7)});
    PubLogQuery query;
    query.tail = 2;
    const auto result = read(query);
    QVERIFY2(std::holds_alternative<QList<DockerLogLine>>(result), qPrintable(messageOf(result)));
    const QList<DockerLogLine> lines = std::get<QList<DockerLogLine>>(result);
    QCOMPARE(lines.size(), 2); // Docker sent three: the newest `tail` stay
    QCOMPARE(lines[0].text, QStringLiteral("warning"));
    QVERIFY(lines[0].isStandardError);
    QCOMPARE(lines[1].text, QStringLiteral("ssb-server started"));

    // The service was looked up by the pub's and this server's labels, and asked for the tail.
    const FakeDockerEngine::Request list = m_fake->requestsTo("GET", "/services").constLast();
    const QString filters = list.query.queryItemValue("filters", QUrl::FullyDecoded);
    QVERIFY2(filters.contains("buttcloud.pub.id=pub1") && filters.contains("buttcloud.instance=i1"), qPrintable(filters));
    const FakeDockerEngine::Request logs = m_fake->requestsTo("GET", "/services/svc1/logs").constLast();
    QCOMPARE(logs.query.queryItemValue("tail"), QStringLiteral("2"));
    QCOMPARE(logs.query.queryItemValue("timestamps"), QStringLiteral("1"));
    QCOMPARE(logs.query.queryItemValue("stdout"), QStringLiteral("1"));
    QCOMPARE(logs.query.queryItemValue("stderr"), QStringLiteral("1"));
    QVERIFY(!logs.query.hasQueryItem("follow"));
}

void TestDockerPubLogs::untilCutsTheWindow()
{
    m_fake->route("GET", "/services/svc1/logs", {chunked(Logs, 100)});
    PubLogQuery query;
    query.tail = 10;
    query.untilNs = 1'796'197'346'000'000'001LL; // the second line's time: exclusive
    const auto result = read(query);
    const QList<DockerLogLine> lines = std::get<QList<DockerLogLine>>(result);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].text, QStringLiteral("pub-entrypoint: listening on 20001"));
    // Service logs ignore until: the server asks from an hour before it, without a tail.
    const FakeDockerEngine::Request logs = m_fake->requestsTo("GET", "/services/svc1/logs").constLast();
    QCOMPARE(logs.query.queryItemValue("since"), QStringLiteral("1796193746.000000001"));
    QVERIFY(!logs.query.hasQueryItem("tail"));
}

void TestDockerPubLogs::noServiceIsNotFound()
{
    m_fake->route("GET", "/services", {FakeDockerEngine::json(200, QJsonDocument(QJsonArray()))});
    const auto result = read({});
    QVERIFY(std::get<RuntimeError>(result).notFound);
    QVERIFY(m_fake->requestsTo("GET", "/services/svc1/logs").isEmpty());
}

void TestDockerPubLogs::unreadableLogsFail()
{
    m_fake->route("GET", "/services/svc1/logs", {chunked("not multiplexed at all\n", 100)});
    const auto result = read({});
    QVERIFY2(messageOf(result).contains("unreadable"), qPrintable(messageOf(result)));
    QVERIFY(!std::get<RuntimeError>(result).engineUnavailable);
}

void TestDockerPubLogs::followDeliversAsItArrives()
{
    m_fake->route("GET", "/services/svc1/logs", {chunked(Logs, 5)});
    QList<DockerLogLine> lines;
    std::optional<std::optional<RuntimeError>> ended;
    const auto follow = m_logs->follow("pub1", 1'796'197'345'000'000'000LL, [&lines](const QList<DockerLogLine> &more) { lines += more; },
                                       [&ended](std::optional<RuntimeError> error) { ended = error; });
    QTRY_VERIFY(ended.has_value());
    QVERIFY(!ended->has_value()); // the engine ended it (here: the reply was complete)
    QCOMPARE(lines.size(), 3);
    const FakeDockerEngine::Request logs = m_fake->requestsTo("GET", "/services/svc1/logs").constLast();
    QCOMPARE(logs.query.queryItemValue("follow"), QStringLiteral("1"));
    QCOMPARE(logs.query.queryItemValue("since"), QStringLiteral("1796197345.000000000"));
}

QTEST_GUILESS_MAIN(TestDockerPubLogs)
#include "tst_dockerpublogs.moc"
