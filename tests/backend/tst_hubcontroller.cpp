// HubController's swarm operations against scripted engines: the manager's, and a hub's behind a fake
// link (no SSH here: tst_sshchannel and tst_hubs_live cover that). Join (new machine, one already in
// this swarm, one in another), drain, remove, the local hub and which engine serves which node.
#include "dockerfakeengine.h"

#include "docker/dockerengine.h"
#include "hubs/hublink.h"
#include "hubs/hubcontroller.h"
#include "store/database.h"
#include "store/hubrepository.h"
#include "swarm/pubservicespec.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;
using buttcloud::test::FakeDockerEngine;

namespace {

const QByteArray ServerKey(32, 's');

class FakeLink final : public HubLink
{
public:
    explicit FakeLink(const QUrl &endpoint)
        : m_engine(endpoint)
    {
    }
    DockerEngine *engine() const override { return const_cast<DockerEngine *>(&m_engine); }
    bool isConnected() const override { return connected; }
    bool connected = true;

private:
    DockerEngine m_engine;
};

// Links every hub to the one scripted hub engine; remembers the key it was handed.
class FakeConnector final : public HubConnector
{
public:
    explicit FakeConnector(QUrl endpoint)
        : m_endpoint(std::move(endpoint))
    {
    }
    std::unique_ptr<HubLink> connect(const HubRecord &, const SshPublicKey &hostKey, const QByteArray &privateKey,
                                     QString *) override
    {
        lastHostKey = hostKey;
        lastPrivateKey = privateKey;
        auto link = std::make_unique<FakeLink>(m_endpoint);
        lastLink = link.get();
        return link;
    }
    SshPublicKey lastHostKey;
    QByteArray lastPrivateKey;
    FakeLink *lastLink = nullptr;

private:
    QUrl m_endpoint;
};

QByteArray info(const QString &nodeId, const QString &state, bool manager = false)
{
    QJsonObject swarm{{QStringLiteral("NodeID"), nodeId}, {QStringLiteral("LocalNodeState"), state},
                      {QStringLiteral("ControlAvailable"), manager}};
    if (manager) {
        swarm.insert(QStringLiteral("RemoteManagers"),
                     QJsonArray{QJsonObject{{QStringLiteral("NodeID"), nodeId}, {QStringLiteral("Addr"), QStringLiteral("10.0.0.1:2377")}}});
    }
    return FakeDockerEngine::json(200, QJsonDocument(QJsonObject{{QStringLiteral("Swarm"), swarm},
                                                                 {QStringLiteral("MemTotal"), 16106127360.0},
                                                                 {QStringLiteral("NCPU"), 4},
                                                                 {QStringLiteral("ServerVersion"), QStringLiteral("20.10.24")}}));
}

}

class HubControllerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void localHubIsRegistered();
    void newMachineJoinsWithTheWorkerToken();
    void machineOfThisSwarmIsRecordedAsItIs();
    void machineOfAnotherSwarmFails();
    void silentEngineFailsTheJoin();
    void drainWaitsForTheTasksToLeave();
    void removeOnlyWhenDrained();
    void drainWithNowhereForThePubsIsRefused();
    void enginePerNode();

private:
    HubRecord storeHub(const QString &state, const QString &nodeId);
    std::optional<QString> run(const std::function<void(HubController::Completion)> &start);
    HubRecord hub(const QString &id) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FakeDockerEngine> m_managerFake;
    std::unique_ptr<FakeDockerEngine> m_hubFake;
    std::unique_ptr<DockerEngine> m_manager;
    FakeConnector *m_connector = nullptr;
    std::unique_ptr<HubController> m_hubs;
};

void HubControllerTest::init()
{
    m_database = std::make_unique<Database>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
    m_managerFake = std::make_unique<FakeDockerEngine>();
    m_hubFake = std::make_unique<FakeDockerEngine>();
    QVERIFY(m_managerFake->start() && m_hubFake->start());
    m_managerFake->route("GET", QStringLiteral("/info"), {info(QStringLiteral("mgr1"), QStringLiteral("active"), true)});
    m_managerFake->route("GET", QStringLiteral("/tasks"), {FakeDockerEngine::json(200, QJsonDocument(QJsonArray()))});
    m_hubFake->route("GET", QStringLiteral("/_ping"), {FakeDockerEngine::reply(200, "OK", "text/plain")});
    m_manager = std::make_unique<DockerEngine>(m_managerFake->endpoint());
    auto connector = std::make_unique<FakeConnector>(m_hubFake->endpoint());
    m_connector = connector.get();
    HubSettings settings;
    settings.drainPollInterval = std::chrono::milliseconds(50);
    m_hubs = std::make_unique<HubController>(*m_database, m_manager.get(), std::move(connector), PrivateKeySeal(ServerKey), settings);
}

void HubControllerTest::cleanup()
{
    m_hubs.reset();
    m_manager.reset();
    m_hubFake.reset();
    m_managerFake.reset();
    m_database.reset();
}

HubRecord HubControllerTest::storeHub(const QString &state, const QString &nodeId)
{
    HubRecord hub;
    hub.id = QStringLiteral("hub000000001");
    hub.name = QStringLiteral("hub-2");
    hub.provider = QStringLiteral("ssh");
    hub.host = QStringLiteral("203.0.113.7");
    hub.sshUser = QStringLiteral("root");
    hub.hostKeyType = QStringLiteral("ssh-ed25519");
    hub.hostKey = QString::fromLatin1(QByteArray("host key blob").toBase64());
    hub.privateKeySealed = PrivateKeySeal(ServerKey).seal(hub.id, QByteArrayLiteral("private key"));
    hub.state = state;
    hub.nodeId = nodeId;
    hub.createdAt = hub.updatedAt = 1;
    HubRepository(*m_database).insert(hub);
    return hub;
}

HubRecord HubControllerTest::hub(const QString &id) const
{
    return HubRepository(*m_database).findById(id).value_or(HubRecord{});
}

std::optional<QString> HubControllerTest::run(const std::function<void(HubController::Completion)> &start)
{
    bool finished = false;
    std::optional<QString> outcome;
    start([&](std::optional<QString> error) {
        finished = true;
        outcome = error;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 10000))
        return QStringLiteral("never completed");
    return outcome;
}

void HubControllerTest::localHubIsRegistered()
{
    m_hubs->refresh();
    QTRY_COMPARE(HubRepository(*m_database).list().size(), 1);
    const HubRecord local = HubRepository(*m_database).list().first();
    QCOMPARE(local.name, QStringLiteral("local"));
    QCOMPARE(local.provider, QStringLiteral("local"));
    QCOMPARE(local.nodeId, QStringLiteral("mgr1"));
    QCOMPARE(local.memoryBytes, 16106127360);
    QCOMPARE(local.cpus, 4);
    QCOMPARE(local.state, QStringLiteral("ready"));
    // Registered once, however often it refreshes.
    m_hubs->refresh();
    QTest::qWait(100);
    QCOMPARE(HubRepository(*m_database).list().size(), 1);
}

void HubControllerTest::newMachineJoinsWithTheWorkerToken()
{
    storeHub(QStringLiteral("joining"), QString());
    m_hubFake->route("GET", QStringLiteral("/info"), {info(QString(), QStringLiteral("inactive")), info(QStringLiteral("hub1"), QStringLiteral("active"))});
    m_hubFake->route("POST", QStringLiteral("/swarm/join"), {FakeDockerEngine::reply(200, "")});
    m_managerFake->route("GET", QStringLiteral("/swarm"), {FakeDockerEngine::json(200, QJsonDocument(QJsonObject{
        {QStringLiteral("JoinTokens"), QJsonObject{{QStringLiteral("Worker"), QStringLiteral("SWMTKN-1-worker")},
                                                   {QStringLiteral("Manager"), QStringLiteral("SWMTKN-1-manager")}}}}))});

    const std::optional<QString> error = run([this](HubController::Completion done) { m_hubs->join(QStringLiteral("hub000000001"), done); });
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QCOMPARE(m_connector->lastPrivateKey, QByteArrayLiteral("private key"));
    QCOMPARE(m_connector->lastHostKey.blob, QByteArrayLiteral("host key blob"));
    const QList<FakeDockerEngine::Request> joins = m_hubFake->requestsTo("POST", QStringLiteral("/swarm/join"));
    QCOMPARE(joins.size(), 1);
    const QJsonObject body = joins.first().json().object();
    QCOMPARE(body.value(QStringLiteral("JoinToken")).toString(), QStringLiteral("SWMTKN-1-worker"));
    QCOMPARE(body.value(QStringLiteral("RemoteAddrs")).toArray(), QJsonArray{QStringLiteral("10.0.0.1:2377")});
    QCOMPARE(body.value(QStringLiteral("AdvertiseAddr")).toString(), QStringLiteral("203.0.113.7"));
    const HubRecord joined = hub(QStringLiteral("hub000000001"));
    QCOMPARE(joined.state, QStringLiteral("ready"));
    QCOMPARE(joined.nodeId, QStringLiteral("hub1"));
    QCOMPARE(joined.dockerVersion, QStringLiteral("20.10.24"));
    QCOMPARE(joined.cpus, 4);
}

void HubControllerTest::machineOfThisSwarmIsRecordedAsItIs()
{
    storeHub(QStringLiteral("joining"), QString());
    m_hubFake->route("GET", QStringLiteral("/info"), {info(QStringLiteral("hub1"), QStringLiteral("active"))});
    m_managerFake->route("GET", QStringLiteral("/nodes/hub1"), {FakeDockerEngine::json(200, QJsonDocument(QJsonObject{{QStringLiteral("ID"), QStringLiteral("hub1")}}))});
    QVERIFY(!run([this](HubController::Completion done) { m_hubs->join(QStringLiteral("hub000000001"), done); }));
    QVERIFY(m_hubFake->requestsTo("POST", QStringLiteral("/swarm/join")).isEmpty());
    QCOMPARE(hub(QStringLiteral("hub000000001")).state, QStringLiteral("ready"));
    QCOMPARE(hub(QStringLiteral("hub000000001")).nodeId, QStringLiteral("hub1"));
}

void HubControllerTest::machineOfAnotherSwarmFails()
{
    storeHub(QStringLiteral("joining"), QString());
    m_hubFake->route("GET", QStringLiteral("/info"), {info(QStringLiteral("stranger"), QStringLiteral("active"))});
    m_managerFake->route("GET", QStringLiteral("/nodes/stranger"), {FakeDockerEngine::error(404, QStringLiteral("node stranger not found"))});
    const std::optional<QString> error = run([this](HubController::Completion done) { m_hubs->join(QStringLiteral("hub000000001"), done); });
    QVERIFY(error && error->contains(QStringLiteral("another swarm")));
    QCOMPARE(hub(QStringLiteral("hub000000001")).state, QStringLiteral("failed"));
    QCOMPARE(hub(QStringLiteral("hub000000001")).message, *error);
    QVERIFY(m_hubFake->requestsTo("POST", QStringLiteral("/swarm/join")).isEmpty());
}

void HubControllerTest::silentEngineFailsTheJoin()
{
    storeHub(QStringLiteral("joining"), QString());
    m_hubFake->route("GET", QStringLiteral("/_ping"), {FakeDockerEngine::error(500, QStringLiteral("daemon broken"))});
    const std::optional<QString> error = run([this](HubController::Completion done) { m_hubs->join(QStringLiteral("hub000000001"), done); });
    QVERIFY(error && error->contains(QStringLiteral("Docker does not answer")));
    QCOMPARE(hub(QStringLiteral("hub000000001")).state, QStringLiteral("failed"));
    // Unknown hubs and local ones are refused at once.
    QVERIFY_THROWS_EXCEPTION(ApiError, m_hubs->join(QStringLiteral("nosuchhub000"), {}));
}

void HubControllerTest::drainWaitsForTheTasksToLeave()
{
    storeHub(QStringLiteral("ready"), QStringLiteral("hub1"));
    m_managerFake->route("GET", QStringLiteral("/nodes/hub1"), {FakeDockerEngine::json(200, QJsonDocument(QJsonObject{
        {QStringLiteral("ID"), QStringLiteral("hub1")},
        {QStringLiteral("Version"), QJsonObject{{QStringLiteral("Index"), 41}}},
        {QStringLiteral("Spec"), QJsonObject{{QStringLiteral("Role"), QStringLiteral("worker")}, {QStringLiteral("Availability"), QStringLiteral("active")}}}}))});
    m_managerFake->route("POST", QStringLiteral("/nodes/hub1/update"), {FakeDockerEngine::reply(200, "")});
    const QByteArray oneTask = FakeDockerEngine::json(200, QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("ID"), QStringLiteral("t1")}}}));
    m_managerFake->route("GET", QStringLiteral("/tasks"), {oneTask, oneTask, FakeDockerEngine::json(200, QJsonDocument(QJsonArray()))});

    bool finished = false;
    std::optional<QString> error;
    const HubRecord draining = m_hubs->drain(QStringLiteral("hub000000001"), [&](std::optional<QString> result) {
        finished = true;
        error = result;
    });
    QCOMPARE(draining.state, QStringLiteral("draining"));
    QTRY_VERIFY(finished);
    QVERIFY(!error);
    QCOMPARE(hub(QStringLiteral("hub000000001")).state, QStringLiteral("drained"));
    const FakeDockerEngine::Request update = m_managerFake->requestsTo("POST", QStringLiteral("/nodes/hub1/update")).first();
    QCOMPARE(update.query.queryItemValue(QStringLiteral("version")), QStringLiteral("41"));
    QCOMPARE(update.json().object().value(QStringLiteral("Availability")).toString(), QStringLiteral("drain"));
    QCOMPARE(update.json().object().value(QStringLiteral("Role")).toString(), QStringLiteral("worker"));
    QCOMPARE(m_managerFake->requestsTo("GET", QStringLiteral("/tasks")).size(), 3);
}

void HubControllerTest::removeOnlyWhenDrained()
{
    storeHub(QStringLiteral("ready"), QStringLiteral("hub1"));
    QVERIFY_THROWS_EXCEPTION(ApiError, m_hubs->remove(QStringLiteral("hub000000001"), {}));
    QCOMPARE(hub(QStringLiteral("hub000000001")).state, QStringLiteral("ready"));
    HubRecord joining = hub(QStringLiteral("hub000000001"));
    joining.state = QStringLiteral("joining");
    joining.nodeId.clear();
    HubRepository(*m_database).update(joining);
    QVERIFY_THROWS_EXCEPTION(ApiError, m_hubs->remove(QStringLiteral("hub000000001"), {}));
    joining.nodeId = QStringLiteral("hub1");

    HubRecord drained = joining;
    drained.state = QStringLiteral("drained");
    HubRepository(*m_database).update(drained);
    m_hubs->start();  // links the stored hub
    m_hubFake->route("POST", QStringLiteral("/swarm/leave"), {FakeDockerEngine::reply(200, "")});
    m_managerFake->route("DELETE", QStringLiteral("/nodes/hub1"), {FakeDockerEngine::reply(200, "")});
    QSignalSpy removed(m_hubs.get(), &HubController::hubRemoved);
    QVERIFY(!run([this](HubController::Completion done) {
        QCOMPARE(m_hubs->remove(QStringLiteral("hub000000001"), done).state, QStringLiteral("removing"));
    }));
    QCOMPARE(m_hubFake->requestsTo("POST", QStringLiteral("/swarm/leave")).size(), 1);
    QCOMPARE(m_managerFake->requestsTo("DELETE", QStringLiteral("/nodes/hub1")).size(), 1);
    QVERIFY(!HubRepository(*m_database).findById(QStringLiteral("hub000000001")));
    QCOMPARE(removed.size(), 1);

    // The local hub never.
    QTRY_COMPARE(HubRepository(*m_database).list().size(), 1);
    QVERIFY_THROWS_EXCEPTION(ApiError, m_hubs->remove(HubRepository(*m_database).list().first().id, {}));
}

void HubControllerTest::drainWithNowhereForThePubsIsRefused()
{
    storeHub(QStringLiteral("ready"), QStringLiteral("hub1"));
    const QJsonObject pubTask{{QStringLiteral("NodeID"), QStringLiteral("hub1")},
                              {QStringLiteral("Spec"), QJsonObject{{QStringLiteral("ContainerSpec"), QJsonObject{
                                   {QStringLiteral("Labels"), QJsonObject{{QString::fromLatin1(PubIdLabel), QStringLiteral("pub1")}}}}}}}};
    m_managerFake->route("GET", QStringLiteral("/tasks"), {FakeDockerEngine::json(200, QJsonDocument(QJsonArray{pubTask}))});
    bool evacuated = false;
    m_hubs->setEvacuation([&evacuated](const QString &, HubController::Completion done) {
        evacuated = true;
        done(std::nullopt);
    });
    m_hubs->start();
    QTRY_COMPARE(m_hubs->pubsOn(hub(QStringLiteral("hub000000001"))), 1);

    // The manager's own hub is the only other one: while it is unreachable, the pub has nowhere to go.
    QTRY_COMPARE(HubRepository(*m_database).list().size(), 2);
    HubRecord local = HubRepository(*m_database).findLocal().value();
    local.state = QStringLiteral("unreachable");
    HubRepository(*m_database).update(local);
    try {
        m_hubs->checkDrainable(QStringLiteral("hub000000001"));
        QFAIL("a drain with nowhere for the pub was accepted");
    } catch (const ApiError &error) {
        QCOMPARE(error.code(), ApiError::conflict(QString()).code());
        QVERIFY2(error.message().contains(QStringLiteral("no other ready hub to move its pubs to (1 run there)")), qPrintable(error.message()));
    }
    QVERIFY(!evacuated);
    QCOMPARE(hub(QStringLiteral("hub000000001")).state, QStringLiteral("ready"));

    local.state = QStringLiteral("ready");
    HubRepository(*m_database).update(local);
    m_hubs->checkDrainable(QStringLiteral("hub000000001"));
}

void HubControllerTest::enginePerNode()
{
    storeHub(QStringLiteral("ready"), QStringLiteral("hub1"));
    m_hubs->start();
    QTRY_VERIFY(m_hubs->engineForNode(QStringLiteral("mgr1")) == m_manager.get() && HubRepository(*m_database).list().size() == 2);
    QVERIFY(m_connector->lastLink);
    QCOMPARE(m_hubs->engineForNode(QStringLiteral("hub1")), m_connector->lastLink->engine());
    QCOMPARE(m_hubs->engineForNode(QStringLiteral("elsewhere")), nullptr);
    m_connector->lastLink->connected = false;
    QCOMPARE(m_hubs->engineForNode(QStringLiteral("hub1")), nullptr);
    // Link reports move a joined hub between ready and unreachable.
    Q_EMIT m_connector->lastLink->connectionChanged(false, QStringLiteral("lost the SSH session"));
    QTRY_COMPARE(hub(QStringLiteral("hub000000001")).state, QStringLiteral("unreachable"));
    QCOMPARE(hub(QStringLiteral("hub000000001")).message, QStringLiteral("lost the SSH session"));
    m_connector->lastLink->connected = true;
    Q_EMIT m_connector->lastLink->connectionChanged(true, QString());
    QTRY_COMPARE(hub(QStringLiteral("hub000000001")).state, QStringLiteral("ready"));
}

QTEST_GUILESS_MAIN(HubControllerTest)
#include "tst_hubcontroller.moc"
