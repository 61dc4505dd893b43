#include "docker/dockerengine.h"
#include "dockerfakeengine.h"

#include <QJsonArray>
#include <QJsonObject>
#include "dockerframe.h"

#include <QTest>
#include <QtEndian>

using namespace buttcloud;
using buttcloud::test::FakeDockerEngine;
using namespace std::chrono_literals;

class TestDockerEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pingsAndSendsVersionedRequests();
    void listsWithLabelFilters();
    void callsBackAsynchronously();
    void parsesChunkedReplies();
    void httpErrorCarriesDockerMessage();
    void rejectsUnexpectedReplies_data();
    void rejectsUnexpectedReplies();
    void malformedHttpIsInvalidReply();
    void silentEngineTimesOut();
    void brokenConnectionIsUnavailable();
    void missingSocketIsUnavailable();
    void unsupportedEndpointIsUnavailable();
    void execCollectsOutputAndExitCode();
    void execRejectsUnreadableOutput();
    void listTasksOfNoServiceAsksNothing();

private:
    template<typename T>
    T waitFor(std::function<void(std::function<void(T)>)> call);

    std::unique_ptr<FakeDockerEngine> m_fake;
    std::unique_ptr<DockerEngine> m_engine;
};

template<typename T>
T TestDockerEngine::waitFor(std::function<void(std::function<void(T)>)> call)
{
    std::optional<T> result;
    int calls = 0;
    call([&](T value) {
        ++calls;
        result = std::move(value);
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    QTest::qWait(20);  // a second call would show up here
    [&] { QCOMPARE(calls, 1); }();
    return result.value_or(T{});
}

namespace {
using test::frame;

DockerError errorOf(const auto &result)
{
    const auto *error = std::get_if<DockerError>(&result);
    return error ? *error : DockerError{DockerError::Kind::EngineUnavailable, -1, QStringLiteral("no error")};
}

}

void TestDockerEngine::init()
{
    m_fake = std::make_unique<FakeDockerEngine>();
    QVERIFY(m_fake->start());
    m_engine = std::make_unique<DockerEngine>(m_fake->endpoint());
    m_engine->setRequestTimeout(2s);
}

void TestDockerEngine::cleanup()
{
    m_engine.reset();
    m_fake.reset();
}

void TestDockerEngine::pingsAndSendsVersionedRequests()
{
    m_fake->route("GET", QStringLiteral("/_ping"), {FakeDockerEngine::reply(200, "OK", "text/plain")});
    const auto error = waitFor<std::optional<QString>>([&](auto done) { m_engine->ping(done); });
    QVERIFY2(!error, qPrintable(error.value_or(QString())));

    QCOMPARE(m_fake->requests().size(), 1);
    const auto &request = m_fake->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/v1.41/_ping"));
    QVERIFY(request.headerLines.contains("Connection: close"));

    m_fake->route("GET", QStringLiteral("/_ping"), {FakeDockerEngine::reply(500, "down", "text/plain")});
    QVERIFY(waitFor<std::optional<QString>>([&](auto done) { m_engine->ping(done); }).has_value());

    // An engine older than the pinned API version refuses with its reason, which the ping passes on.
    m_fake->route("GET", QStringLiteral("/_ping"),
                  {FakeDockerEngine::error(400, QStringLiteral("client version 1.41 is too new. Maximum supported API version is 1.40"))});
    const auto tooOld = waitFor<std::optional<QString>>([&](auto done) { m_engine->ping(done); });
    QVERIFY(tooOld && tooOld->contains(QLatin1String("too new")));
}

void TestDockerEngine::listsWithLabelFilters()
{
    m_fake->route("GET", QStringLiteral("/services"),
                  {FakeDockerEngine::json(200, QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("ID"), QStringLiteral("s1")}}}))});
    const auto result = waitFor<DockerResult<QJsonArray>>([&](auto done) {
        m_engine->listServices({QStringLiteral("buttcloud.pub.id"), QStringLiteral("buttcloud.instance=a b&c")}, done);
    });
    QVERIFY(std::holds_alternative<QJsonArray>(result));
    QCOMPARE(std::get<QJsonArray>(result).size(), 1);

    const QJsonObject filters = QJsonDocument::fromJson(
        m_fake->requests().first().query.queryItemValue(QStringLiteral("filters"), QUrl::FullyDecoded).toUtf8()).object();
    const QJsonObject expected{{QStringLiteral("label"), QJsonObject{{QStringLiteral("buttcloud.pub.id"), true},
                                                                     {QStringLiteral("buttcloud.instance=a b&c"), true}}}};
    QCOMPARE(filters, expected);
}

void TestDockerEngine::callsBackAsynchronously()
{
    // Even a request that fails before any I/O answers later, never inside the call.
    bool called = false;
    m_engine->request("GET", QStringLiteral("no-leading-slash"), std::nullopt, [&](DockerReply) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);

    called = false;
    m_engine->listTasks({}, [&](DockerResult<QJsonArray>) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestDockerEngine::parsesChunkedReplies()
{
    m_fake->route("GET", QStringLiteral("/nodes"),
                  {"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                   "3\r\n[{\"\r\n11\r\nID\":\"n1\"}]\n      \r\n0\r\n\r\n"});
    const auto result = waitFor<DockerResult<QJsonArray>>([&](auto done) { m_engine->listNodes(done); });
    QVERIFY2(std::holds_alternative<QJsonArray>(result), qPrintable(errorOf(result).message));
    QCOMPARE(std::get<QJsonArray>(result).first().toObject().value(QLatin1String("ID")).toString(), QStringLiteral("n1"));
}

void TestDockerEngine::httpErrorCarriesDockerMessage()
{
    m_fake->route("GET", QStringLiteral("/services/buttcloud-pub-x"),
                  {FakeDockerEngine::error(404, QStringLiteral("service buttcloud-pub-x not found"))});
    const auto result = waitFor<DockerResult<QJsonObject>>([&](auto done) {
        m_engine->inspectService(QStringLiteral("buttcloud-pub-x"), done);
    });
    const DockerError error = errorOf(result);
    QCOMPARE(error.kind, DockerError::Kind::HttpStatus);
    QCOMPARE(error.httpStatus, 404);
    QVERIFY(error.isNotFound());
    QCOMPARE(error.message, QStringLiteral("service buttcloud-pub-x not found"));

    // Without Docker's JSON the status still tells what happened.
    m_fake->route("DELETE", QStringLiteral("/volumes/v"), {FakeDockerEngine::reply(409, "busy", "text/plain")});
    const auto busy = waitFor<std::optional<DockerError>>([&](auto done) { m_engine->removeVolume(QStringLiteral("v"), done); });
    QVERIFY(busy && busy->isConflict());
    QVERIFY(busy->message.contains(QLatin1String("409")));
}

void TestDockerEngine::rejectsUnexpectedReplies_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("validCreateReply");
    QTest::newRow("not json") << FakeDockerEngine::reply(200, "<html>proxy</html>", "text/html") << false;
    QTest::newRow("truncated json") << FakeDockerEngine::reply(200, "[{\"ID\":") << false;
    QTest::newRow("object instead of array") << FakeDockerEngine::reply(200, "{\"ID\":\"s1\"}") << true;
    QTest::newRow("empty body") << FakeDockerEngine::reply(200, "") << false;
}

void TestDockerEngine::rejectsUnexpectedReplies()
{
    QFETCH(QByteArray, reply);
    m_fake->route("GET", QStringLiteral("/services"), {reply});
    const auto result = waitFor<DockerResult<QJsonArray>>([&](auto done) { m_engine->listServices({}, done); });
    QCOMPARE(errorOf(result).kind, DockerError::Kind::InvalidReply);

    QFETCH(bool, validCreateReply);
    m_fake->route("POST", QStringLiteral("/services/create"), {reply});
    const auto created = waitFor<DockerResult<QString>>([&](auto done) { m_engine->createService({}, done); });
    if (validCreateReply)
        QCOMPARE(std::get<QString>(created), QStringLiteral("s1"));
    else
        QCOMPARE(errorOf(created).kind, DockerError::Kind::InvalidReply);
}

void TestDockerEngine::malformedHttpIsInvalidReply()
{
    m_fake->route("GET", QStringLiteral("/nodes"), {"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n[]"});
    const auto result = waitFor<DockerResult<QJsonArray>>([&](auto done) { m_engine->listNodes(done); });
    QCOMPARE(errorOf(result).kind, DockerError::Kind::InvalidReply);
}

void TestDockerEngine::silentEngineTimesOut()
{
    m_engine->setRequestTimeout(200ms);
    m_fake->route("GET", QStringLiteral("/nodes"), {QByteArray()});
    const auto result = waitFor<DockerResult<QJsonArray>>([&](auto done) { m_engine->listNodes(done); });
    const DockerError error = errorOf(result);
    QCOMPARE(error.kind, DockerError::Kind::EngineUnavailable);
    QVERIFY2(error.message.contains(QLatin1String("did not answer")), qPrintable(error.message));
}

void TestDockerEngine::brokenConnectionIsUnavailable()
{
    m_fake->route("GET", QStringLiteral("/nodes"), {"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n[{\"ID\""});
    const auto result = waitFor<DockerResult<QJsonArray>>([&](auto done) { m_engine->listNodes(done); });
    QCOMPARE(errorOf(result).kind, DockerError::Kind::EngineUnavailable);
}

void TestDockerEngine::missingSocketIsUnavailable()
{
    DockerEngine engine(QUrl(QStringLiteral("unix:///nonexistent/buttcloud-test/docker.sock")));
    const auto pingError = waitFor<std::optional<QString>>([&](auto done) { engine.ping(done); });
    QVERIFY(pingError.has_value());
    const auto result = waitFor<DockerResult<QJsonArray>>([&](auto done) { engine.listNodes(done); });
    const DockerError error = errorOf(result);
    QCOMPARE(error.kind, DockerError::Kind::EngineUnavailable);
    QVERIFY2(error.message.contains(QLatin1String("/nonexistent/buttcloud-test/docker.sock")), qPrintable(error.message));
}

void TestDockerEngine::unsupportedEndpointIsUnavailable()
{
    DockerEngine engine(QUrl(QStringLiteral("tcp://127.0.0.1:2375")));
    const auto result = waitFor<DockerResult<QJsonArray>>([&](auto done) { engine.listNodes(done); });
    const DockerError error = errorOf(result);
    QCOMPARE(error.kind, DockerError::Kind::EngineUnavailable);
    QVERIFY(error.message.contains(QLatin1String("unsupported")));
}

void TestDockerEngine::execCollectsOutputAndExitCode()
{
    m_fake->route("POST", QStringLiteral("/containers/c1/exec"),
                  {FakeDockerEngine::json(201, QJsonDocument(QJsonObject{{QStringLiteral("Id"), QStringLiteral("e1")}}))});
    // Docker hijacks the connection: no length, the stream runs until it closes.
    m_fake->route("POST", QStringLiteral("/exec/e1/start"),
                  {"HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n" + frame(1, "@abc=.ed25519\n")
                   + frame(2, "warning\n")});
    // The engine may still call the exec running for a moment after the stream ended.
    m_fake->route("GET", QStringLiteral("/exec/e1/json"),
                  {FakeDockerEngine::json(200, QJsonDocument(QJsonObject{{QStringLiteral("Running"), true},
                                                                         {QStringLiteral("ExitCode"), QJsonValue::Null}})),
                   FakeDockerEngine::json(200, QJsonDocument(QJsonObject{{QStringLiteral("Running"), false},
                                                                         {QStringLiteral("ExitCode"), 3}}))});
    const auto result = waitFor<DockerResult<ExecResult>>([&](auto done) {
        m_engine->exec(QStringLiteral("c1"), {QStringLiteral("ssb-server"), QStringLiteral("whoami")}, 2s, done);
    });
    QVERIFY2(std::holds_alternative<ExecResult>(result), qPrintable(errorOf(result).message));
    const ExecResult output = std::get<ExecResult>(result);
    QCOMPARE(output.exitCode, 3);
    QCOMPARE(output.standardOutput, QByteArray("@abc=.ed25519\n"));
    QCOMPARE(output.standardError, QByteArray("warning\n"));

    const QJsonObject config = m_fake->requestsTo("POST", QStringLiteral("/containers/c1/exec")).first().json().object();
    QCOMPARE(config.value(QLatin1String("Cmd")).toArray(), (QJsonArray{QStringLiteral("ssb-server"), QStringLiteral("whoami")}));
    QCOMPARE(config.value(QLatin1String("Tty")).toBool(true), false);
}

void TestDockerEngine::execRejectsUnreadableOutput()
{
    m_fake->route("POST", QStringLiteral("/containers/c1/exec"),
                  {FakeDockerEngine::json(201, QJsonDocument(QJsonObject{{QStringLiteral("Id"), QStringLiteral("e1")}}))});
    m_fake->route("POST", QStringLiteral("/exec/e1/start"), {"HTTP/1.1 200 OK\r\n\r\nplain tty text"});
    const auto result = waitFor<DockerResult<ExecResult>>([&](auto done) {
        m_engine->exec(QStringLiteral("c1"), {QStringLiteral("true")}, 2s, done);
    });
    QCOMPARE(errorOf(result).kind, DockerError::Kind::InvalidReply);

    m_fake->route("POST", QStringLiteral("/containers/c2/exec"), {FakeDockerEngine::error(409, QStringLiteral("container is not running"))});
    const auto stopped = waitFor<DockerResult<ExecResult>>([&](auto done) {
        m_engine->exec(QStringLiteral("c2"), {QStringLiteral("true")}, 2s, done);
    });
    QVERIFY(errorOf(stopped).isConflict());
}

void TestDockerEngine::listTasksOfNoServiceAsksNothing()
{
    const auto result = waitFor<DockerResult<QJsonArray>>([&](auto done) { m_engine->listTasks({}, done); });
    QVERIFY(std::holds_alternative<QJsonArray>(result));
    QVERIFY(m_fake->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestDockerEngine)
#include "tst_dockerengine.moc"
