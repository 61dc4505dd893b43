// How DockerPubRuntime finds a pub's container for stats and exec: remembered after the first
// lookup and refreshed by observe(), looked up again once when Docker says it is gone.
#include "docker/dockerengine.h"
#include "dockerfakeengine.h"
#include "swarm/dockerpubruntime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace buttcloud;
using buttcloud::test::FakeDockerEngine;
using namespace std::chrono_literals;

namespace {

const QString PubId = QStringLiteral("p1");

QByteArray jsonReply(const QJsonValue &value)
{
    return FakeDockerEngine::json(200, value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()));
}

QJsonObject service()
{
    return QJsonDocument::fromJson(R"({"ID": "s1", "Version": {"Index": 3}, "Spec": {
        "Labels": {"buttcloud.pub.id": "p1", "buttcloud.instance": "i1"},
        "Mode": {"Replicated": {"Replicas": 1}},
        "TaskTemplate": {"ContainerSpec": {"Image": "buttcloud/pub:16.0.1"},
                         "Resources": {"Limits": {"NanoCPUs": 500000000}}}}})").object();
}

QJsonObject runningTask(const QString &containerId)
{
    return {{"ID", "t-" + containerId}, {"ServiceID", "s1"}, {"NodeID", "n1"}, {"DesiredState", "running"},
            {"CreatedAt", "2026-11-24T19:51:00Z"},
            {"Status", QJsonObject{{"State", "running"}, {"Timestamp", "2026-11-24T19:51:01Z"},
                                   {"ContainerStatus", QJsonObject{{"ContainerID", containerId}}}}}};
}

QJsonObject stats(const QString &readAt = QStringLiteral("2026-11-24T19:51:04.5Z"))
{
    QJsonObject reading = QJsonDocument::fromJson(R"({"pids_stats": {"current": 3},
        "blkio_stats": {"io_service_bytes_recursive": null},
        "cpu_stats": {"cpu_usage": {"total_usage": 1000}, "system_cpu_usage": 5000, "online_cpus": 2},
        "memory_stats": {"usage": 1000, "limit": 2000, "stats": {"inactive_file": 10}}})").object();
    reading.insert("read", readAt);
    return reading;
}

QString statsPath(const QString &containerId)
{
    return QStringLiteral("/containers/%1/stats").arg(containerId);
}

}

class TestDockerPubContainers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void secondReadingCostsOneRequest();
    void goneContainerIsLookedUpOnce();
    void stoppedContainerIsLookedUpAgain();
    void successorGoneTooIsReported();
    void otherFailuresKeepTheContainer();
    void observationRefreshesTheContainer();
    void observationForgetsStoppedPubs();
    void execRunsAgainOnlyWhenTheContainerRefused();
    void execDoesNotRunTwiceAfterOutput();

private:
    std::variant<PubCounters, RuntimeError> read();
    std::variant<ExecOutcome, RuntimeError> exec();
    void serveTasks(const QList<QString> &containerIds);
    void observe();
    qsizetype swarmRequests() const;

    std::unique_ptr<FakeDockerEngine> m_fake;
    std::unique_ptr<DockerEngine> m_engine;
    std::unique_ptr<DockerPubRuntime> m_runtime;
};

void TestDockerPubContainers::init()
{
    m_fake = std::make_unique<FakeDockerEngine>();
    QVERIFY(m_fake->start());
    m_engine = std::make_unique<DockerEngine>(m_fake->endpoint());
    m_engine->setRequestTimeout(2s);
    m_runtime = std::make_unique<DockerPubRuntime>(m_engine.get(), QMap<QString, QString>{{"buttcloud.instance", "i1"}});
    m_fake->route("GET", "/services", {jsonReply(QJsonArray{service()})});
    m_fake->route("GET", "/nodes", {jsonReply(QJsonArray{})});
    m_fake->route("GET", "/networks", {jsonReply(QJsonArray{})});
}

void TestDockerPubContainers::cleanup()
{
    m_runtime.reset();
    m_engine.reset();
    m_fake.reset();
}

void TestDockerPubContainers::serveTasks(const QList<QString> &containerIds)
{
    QList<QByteArray> replies;
    for (const QString &id : containerIds)
        replies.append(jsonReply(QJsonArray{runningTask(id)}));
    m_fake->route("GET", "/tasks", replies);
}

std::variant<PubCounters, RuntimeError> TestDockerPubContainers::read()
{
    std::optional<std::variant<PubCounters, RuntimeError>> result;
    m_runtime->readCounters(PubId, [&](std::variant<PubCounters, RuntimeError> reading) { result = std::move(reading); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return RuntimeError{QStringLiteral("no answer")};
    return *result;
}

std::variant<ExecOutcome, RuntimeError> TestDockerPubContainers::exec()
{
    std::optional<std::variant<ExecOutcome, RuntimeError>> result;
    m_runtime->exec(PubId, {"ssb-server", "whoami"}, 2s, [](const QByteArray &, bool) {},
                    [&](std::variant<ExecOutcome, RuntimeError> outcome) { result = std::move(outcome); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return RuntimeError{QStringLiteral("no answer")};
    return *result;
}

void TestDockerPubContainers::observe()
{
    bool observed = false;
    m_runtime->observe([&](auto) { observed = true; });
    QTRY_VERIFY(observed);
}

qsizetype TestDockerPubContainers::swarmRequests() const
{
    return m_fake->requestsTo("GET", "/services").size() + m_fake->requestsTo("GET", "/tasks").size();
}

void TestDockerPubContainers::secondReadingCostsOneRequest()
{
    serveTasks({"c1"});
    m_fake->route("GET", statsPath("c1"), {jsonReply(stats())});
    QVERIFY(std::holds_alternative<PubCounters>(read()));
    QCOMPARE(m_fake->requests().size(), 3); // services, tasks, stats
    QCOMPARE(std::get<PubCounters>(read()).cpuLimitCores, 0.5);
    QCOMPARE(m_fake->requests().size(), 4); // stats only
    QCOMPARE(m_runtime->runningTaskLookups(), 1);
    QCOMPARE(m_fake->requests().last().query.queryItemValue("one-shot"), QStringLiteral("true"));
}

void TestDockerPubContainers::goneContainerIsLookedUpOnce()
{
    serveTasks({"c1", "c2"});
    m_fake->route("GET", statsPath("c1"), {jsonReply(stats()), FakeDockerEngine::error(404, "No such container: c1")});
    m_fake->route("GET", statsPath("c2"), {jsonReply(stats())});
    QVERIFY(std::holds_alternative<PubCounters>(read()));
    // The swarm replaced the task: the reading finds the new container and still succeeds.
    QVERIFY(std::holds_alternative<PubCounters>(read()));
    QCOMPARE(m_fake->requestsTo("GET", statsPath("c2")).size(), 1);
    QCOMPARE(m_runtime->runningTaskLookups(), 2);
    QVERIFY(std::holds_alternative<PubCounters>(read()));
    QCOMPARE(m_runtime->runningTaskLookups(), 2);
    QCOMPARE(m_fake->requestsTo("GET", statsPath("c2")).size(), 2);
}

void TestDockerPubContainers::stoppedContainerIsLookedUpAgain()
{
    serveTasks({"c1", "c2"});
    // Docker answers a stopped (not yet removed) container with zeroes read at year 1.
    m_fake->route("GET", statsPath("c1"), {jsonReply(stats()), jsonReply(stats("0001-01-01T00:00:00Z"))});
    m_fake->route("GET", statsPath("c2"), {jsonReply(stats())});
    QVERIFY(std::holds_alternative<PubCounters>(read()));
    QVERIFY(std::holds_alternative<PubCounters>(read()));
    QCOMPARE(m_runtime->runningTaskLookups(), 2);
}

void TestDockerPubContainers::successorGoneTooIsReported()
{
    serveTasks({"c1", "c2"});
    m_fake->route("GET", statsPath("c1"), {jsonReply(stats()), FakeDockerEngine::error(404, "No such container: c1")});
    m_fake->route("GET", statsPath("c2"), {FakeDockerEngine::error(409, "Container c2 is not running")});
    QVERIFY(std::holds_alternative<PubCounters>(read()));
    const auto result = read();
    QVERIFY(std::holds_alternative<RuntimeError>(result));
    QVERIFY2(std::get<RuntimeError>(result).message.contains("c2"), qPrintable(std::get<RuntimeError>(result).message));
    QCOMPARE(m_runtime->runningTaskLookups(), 2); // one more lookup, never a loop

    // No task runs any more: notFound, and nothing is remembered.
    m_fake->route("GET", "/tasks", {jsonReply(QJsonArray{})});
    const auto stopped = read();
    QVERIFY(std::holds_alternative<RuntimeError>(stopped));
    QVERIFY(std::get<RuntimeError>(stopped).notFound);
    QVERIFY(std::get<RuntimeError>(read()).notFound);
    QCOMPARE(m_runtime->runningTaskLookups(), 4);
}

void TestDockerPubContainers::otherFailuresKeepTheContainer()
{
    serveTasks({"c1"});
    m_fake->route("GET", statsPath("c1"), {jsonReply(stats()), FakeDockerEngine::error(500, "disk on fire"),
                                           FakeDockerEngine::reply(200, "not json"), jsonReply(stats())});
    QVERIFY(std::holds_alternative<PubCounters>(read()));
    QVERIFY(std::holds_alternative<RuntimeError>(read()));
    QVERIFY(std::holds_alternative<RuntimeError>(read()));
    QVERIFY(std::holds_alternative<PubCounters>(read()));
    QCOMPARE(m_runtime->runningTaskLookups(), 1);
    QCOMPARE(swarmRequests(), 2);
}

void TestDockerPubContainers::observationRefreshesTheContainer()
{
    serveTasks({"c1"});
    m_fake->route("GET", statsPath("c1"), {jsonReply(stats())});
    observe();
    const qsizetype afterObserving = m_fake->requests().size();
    QVERIFY(std::holds_alternative<PubCounters>(read()));
    QCOMPARE(m_fake->requests().size(), afterObserving + 1);
    QCOMPARE(m_runtime->runningTaskLookups(), 0);

    // The next pass sees the replacement before any reading fails on the old one.
    serveTasks({"c2"});
    m_fake->route("GET", statsPath("c2"), {jsonReply(stats())});
    observe();
    QVERIFY(std::holds_alternative<PubCounters>(read()));
    QCOMPARE(m_fake->requestsTo("GET", statsPath("c2")).size(), 1);
    QCOMPARE(m_fake->requestsTo("GET", statsPath("c1")).size(), 1);
    QCOMPARE(m_runtime->runningTaskLookups(), 0);
}

void TestDockerPubContainers::observationForgetsStoppedPubs()
{
    serveTasks({"c1"});
    m_fake->route("GET", statsPath("c1"), {jsonReply(stats())});
    QVERIFY(std::holds_alternative<PubCounters>(read()));
    QJsonObject stopping = runningTask("c1");
    stopping.insert("DesiredState", "shutdown");
    m_fake->route("GET", "/tasks", {jsonReply(QJsonArray{stopping})});
    observe();
    const auto result = read();
    QVERIFY(std::holds_alternative<RuntimeError>(result));
    QVERIFY(std::get<RuntimeError>(result).notFound);
    QCOMPARE(m_fake->requestsTo("GET", statsPath("c1")).size(), 1);
}

void TestDockerPubContainers::execRunsAgainOnlyWhenTheContainerRefused()
{
    serveTasks({"c1", "c2"});
    m_fake->route("GET", statsPath("c1"), {jsonReply(stats())});
    QVERIFY(std::holds_alternative<PubCounters>(read()));
    m_fake->route("POST", "/containers/c1/exec", {FakeDockerEngine::error(409, "Container c1 is not running")});
    m_fake->route("POST", "/containers/c2/exec", {FakeDockerEngine::error(500, "cannot exec")});
    const auto result = exec();
    QVERIFY(std::holds_alternative<RuntimeError>(result));
    QVERIFY(std::get<RuntimeError>(result).message.contains("cannot exec"));
    QCOMPARE(m_fake->requestsTo("POST", "/containers/c1/exec").size(), 1);
    QCOMPARE(m_fake->requestsTo("POST", "/containers/c2/exec").size(), 1);
    QCOMPARE(m_runtime->runningTaskLookups(), 2);
}

void TestDockerPubContainers::execDoesNotRunTwiceAfterOutput()
{
    // A 404 that is not about the container (the exec instance vanished after running) is reported.
    serveTasks({"c1"});
    m_fake->route("GET", statsPath("c1"), {jsonReply(stats())});
    QVERIFY(std::holds_alternative<PubCounters>(read()));
    m_fake->route("POST", "/containers/c1/exec", {FakeDockerEngine::json(201, QJsonDocument(QJsonObject{{"Id", "e1"}}))});
    m_fake->route("POST", "/exec/e1/start", {FakeDockerEngine::error(404, "No such exec instance: e1")});
    QVERIFY(std::holds_alternative<RuntimeError>(exec()));
    QCOMPARE(m_fake->requestsTo("POST", "/containers/c1/exec").size(), 1);
    QCOMPARE(m_runtime->runningTaskLookups(), 1);
}

QTEST_GUILESS_MAIN(TestDockerPubContainers)
#include "tst_dockerpubcontainers.moc"
