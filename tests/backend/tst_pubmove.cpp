#include "core/random.h"
#include "orchestrator/reconcileplanner.h"
#include "pubs/pubcontroller.h"
#include "pubs/pubmove.h"
#include "store/database.h"
#include "store/hubrepository.h"
#include "store/jobrepository.h"
#include "store/pubrepository.h"
#include "swarm/pubobservation.h"
#include "swarm/pubservicespec.h"
#include "testbackend.h"
#include "testhttpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace buttcloud;

// Moving a pub between hubs (docs/api.md, "Export, import and move") against the fake swarm: the
// move route's refusals and roles, the pin as a placement constraint that reconcile compares, and a
// move failing before the switch leaving the pub where it was, running. The real copy between two
// machines is tests/integration/tst_multihub.
class TestPubMove final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void adminMovesOthersMayNot();
    void refusals_data();
    void refusals();
    void busyPubIsRefused();
    void failureBeforeTheSwitchKeepsThePub();
    void switchedMoveResumesOnTheTarget();
    void pinIsAPlacementConstraint();
    void constraintChangeIsDrift();
    void importOntoAHubIsForAdmins();
    void evacuationNeedsAnotherHub();
    void evacuationMovesThePubsOnTheHub();

private:
    TestReply send(const QByteArray &method, const QString &path, const QJsonObject &body, const UserRecord &caller);
    HubRecord addHub(const QString &name, const QString &state, const QString &nodeId);
    QString createPub(const UserRecord &owner, const QString &name);
    PubRecord stored(const QString &pubId) const;

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<TestHttpClient> m_client;
    UserRecord m_admin;
    UserRecord m_support;
    UserRecord m_alice;
    UserRecord m_bob;
    HubRecord m_local;
    HubRecord m_second;
};

void TestPubMove::init()
{
    m_backend = std::make_unique<TestBackend>();
    m_client = std::make_unique<TestHttpClient>();
    m_admin = m_backend->addUser("admin@example.org", Role::Admin);
    m_support = m_backend->addUser("support@example.org", Role::Support);
    m_alice = m_backend->addUser("alice@example.org", Role::Customer);
    m_bob = m_backend->addUser("bob@example.org", Role::Customer);
    m_local = addHub("local", "ready", "node1");
    m_second = addHub("second", "ready", "node2");
}

void TestPubMove::cleanup()
{
    m_client.reset();
    m_backend.reset();
}

TestReply TestPubMove::send(const QByteArray &method, const QString &path, const QJsonObject &body, const UserRecord &caller)
{
    return m_client->send(method, m_backend->url(path), body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                          m_backend->accessTokenFor(caller));
}

HubRecord TestPubMove::addHub(const QString &name, const QString &state, const QString &nodeId)
{
    HubRecord hub;
    hub.id = generateId();
    hub.name = name;
    hub.provider = name == QLatin1String("local") ? QStringLiteral("local") : QStringLiteral("ssh");
    hub.host = name == QLatin1String("local") ? QString() : QStringLiteral("10.0.0.2");
    hub.state = state;
    hub.nodeId = nodeId;
    hub.memoryBytes = qint64(16) << 30;
    hub.createdAt = hub.updatedAt = currentEpochMs();
    HubRepository(m_backend->database()).insert(hub);
    return hub;
}

QString TestPubMove::createPub(const UserRecord &owner, const QString &name)
{
    const PubWithJob created = m_backend->pubs().create(owner.id, name, &owner);
    [&] { QTRY_VERIFY(m_backend->runtime().hasService(created.pub.id) && !m_backend->pubs().isBusy(created.pub.id)); }();
    return created.pub.id;
}

PubRecord TestPubMove::stored(const QString &pubId) const
{
    return PubRepository(m_backend->database()).findById(pubId).value_or(PubRecord{});
}

void TestPubMove::adminMovesOthersMayNot()
{
    const QString pubId = createPub(m_alice, QStringLiteral("alices"));
    const QString path = QStringLiteral("/api/v1/pubs/%1/move").arg(pubId);
    const QJsonObject body{{"hubId", m_second.id}};

    QCOMPARE(send("POST", path, body, m_support).status, 403);
    QCOMPARE(send("POST", path, body, m_alice).status, 403);  // her own pub: not her role
    QCOMPARE(send("POST", path, body, m_bob).status, 404);    // another's: not even there

    const TestReply moved = send("POST", path, body, m_admin);
    QCOMPARE(moved.status, 202);
    QCOMPARE(moved.json.value("id").toString(), pubId);
    QCOMPARE(moved.json.value("hubId").toString(), QString()); // pinned only at the switch
    QCOMPARE(moved.json.value("job").toObject().value("kind").toString(), QString("pub.move"));
    const std::optional<JobRecord> job = JobRepository(m_backend->database()).findById(moved.json.value("job").toObject().value("id").toString());
    QVERIFY(job);
    QCOMPARE(job->payload.value("hubId").toString(), m_second.id);
}

void TestPubMove::refusals_data()
{
    QTest::addColumn<QString>("hub");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("no hubId") << QString("") << 422 << "hubId";
    QTest::newRow("unknown hub") << QString("nosuchhub123") << 422 << "hubId";
    QTest::newRow("hub not ready") << QString("draining") << 422 << "hubId";
    QTest::newRow("already there") << QString("pinned") << 422 << "hubId";
}

void TestPubMove::refusals()
{
    QFETCH(QString, hub);
    QFETCH(int, status);
    const QString pubId = createPub(m_alice, QStringLiteral("refused"));
    QString hubId = hub;
    if (hub == QLatin1String("draining")) {
        hubId = addHub(QStringLiteral("third"), QStringLiteral("draining"), QStringLiteral("node3")).id;
    } else if (hub == QLatin1String("pinned")) {
        PubRepository(m_backend->database()).setHubId(pubId, m_second.id);
        hubId = m_second.id;
    }
    const QJsonObject body = hub.isEmpty() ? QJsonObject{{"other", 1}} : QJsonObject{{"hubId", hubId}};
    const TestReply reply = send("POST", QStringLiteral("/api/v1/pubs/%1/move").arg(pubId), body, m_admin);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), QString("validation_failed"));
    QVERIFY(JobRepository(m_backend->database()).list(JobFilter{std::nullopt, JobKind::PubMove, pubId, {}, 0, 100}).isEmpty());
}

void TestPubMove::busyPubIsRefused()
{
    const QString pubId = createPub(m_alice, QStringLiteral("busy"));
    const QString path = QStringLiteral("/api/v1/pubs/%1/move").arg(pubId);
    // An export holds the volume: a move waits for nothing, it is refused.
    m_backend->runtime().setHoldReplies(true);
    QCOMPARE(send("POST", QStringLiteral("/api/v1/pubs/%1/export").arg(pubId), {}, m_alice).status, 202);
    const TestReply refused = send("POST", path, QJsonObject{{"hubId", m_second.id}}, m_admin);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), QString("conflict"));
    m_backend->runtime().setHoldReplies(false);
    m_backend->runtime().releaseReplies();

    const QString deleted = createPub(m_alice, QStringLiteral("gone"));
    m_backend->runtime().setHoldReplies(true);
    m_backend->pubs().requestDelete(deleted, false);
    QCOMPARE(send("POST", QStringLiteral("/api/v1/pubs/%1/move").arg(deleted), QJsonObject{{"hubId", m_second.id}}, m_admin).status, 409);
    m_backend->runtime().setHoldReplies(false);
    m_backend->runtime().releaseReplies();
}

void TestPubMove::failureBeforeTheSwitchKeepsThePub()
{
    const QString pubId = createPub(m_alice, QStringLiteral("stays"));
    m_backend->runtime().setServiceNode(pubId, QStringLiteral("node1"));
    m_backend->runtime().clearCalls();
    // Copying the data fails, after the pub was stopped.
    m_backend->runtime().failNext(QStringLiteral("exportData"), QStringLiteral("no such volume"));
    const TestReply moved = send("POST", QStringLiteral("/api/v1/pubs/%1/move").arg(pubId), QJsonObject{{"hubId", m_second.id}}, m_admin);
    QCOMPARE(moved.status, 202);
    const QString jobId = moved.json.value("job").toObject().value("id").toString();
    QTRY_VERIFY_WITH_TIMEOUT(JobRepository(m_backend->database()).findById(jobId)->error.contains("copying the data volume failed"), 10000);
    const JobRecord job = *JobRepository(m_backend->database()).findById(jobId);
    QVERIFY2(job.state == JobState::Queued || job.state == JobState::Failed, qPrintable(jobStateName(job.state)));
    JobRepository(m_backend->database()).cancel(jobId); // a retry would copy this time

    // Stopped, then started again where it was: never pinned elsewhere, never redeployed.
    const PubRecord pub = stored(pubId);
    QCOMPARE(pub.hubId, QString());
    QCOMPARE(pub.desiredState, PubDesiredState::Running);
    QTRY_COMPARE(m_backend->runtime().service(pubId).replicas, 1);
    const QStringList operations = m_backend->runtime().operations(pubId);
    QVERIFY2(operations.mid(0, 3) == (QStringList{"scale", "exportData", "scale"}), qPrintable(operations.join(',')));
    QVERIFY(!operations.contains("deploy"));
    QCOMPARE(m_backend->runtime().lastSpec(pubId).nodeId, QString());
}

void TestPubMove::switchedMoveResumesOnTheTarget()
{
    // A server that died after the switch: the pub is pinned to the target and the job's checkpoint
    // says so. The retry neither stops nor copies again; it starts (here: pins a stopped pub) there.
    const QString pubId = createPub(m_alice, QStringLiteral("resumed"));
    m_backend->pubs().requestStop(pubId);
    QTRY_VERIFY(!m_backend->pubs().isBusy(pubId));
    PubRepository(m_backend->database()).setHubId(pubId, m_second.id);
    m_backend->runtime().clearCalls();
    JobRequest request;
    request.kind = JobKind::PubMove;
    request.pubId = pubId;
    request.hubId = m_second.id;
    request.payload = QJsonObject{{"hubId", m_second.id}, {"switched", true}, {"fromNodeId", "node1"}, {"feedId", "@feed"}};
    request.idempotencyKey = pubJobKey(JobKind::PubMove, pubId);
    const JobRecord queued = JobRepository(m_backend->database()).enqueue(request);
    m_backend->jobs().notifyQueued(queued.id);

    QTRY_COMPARE(JobRepository(m_backend->database()).findById(queued.id)->state, JobState::Succeeded);
    const JobRecord done = *JobRepository(m_backend->database()).findById(queued.id);
    QCOMPARE(done.result.value("hubId").toString(), m_second.id);
    QCOMPARE(done.result.value("fromNodeId").toString(), QString("node1"));
    QVERIFY(done.result.contains("oldVolumeKept")); // the fake swarm has no volumes to remove
    QCOMPARE(m_backend->runtime().operations(pubId), QStringList{"deploy"});
    QCOMPARE(m_backend->runtime().lastSpec(pubId).nodeId, QString("node2"));
    QCOMPARE(m_backend->runtime().lastSpec(pubId).replicas, 0);
}

void TestPubMove::pinIsAPlacementConstraint()
{
    const QString pubId = createPub(m_alice, QStringLiteral("pinned"));
    PubRepository(m_backend->database()).setHubId(pubId, m_second.id);
    const PubRecord pub = stored(pubId);
    QCOMPARE(pub.hubId, m_second.id);
    const PubServiceSpec spec = m_backend->pubs().specFor(pub);
    QCOMPARE(spec.nodeId, QString("node2"));
    QVERIFY(!pubServiceSpecProblem(spec));

    const QJsonObject dockerSpec = buildPubServiceSpec(spec, {});
    const QJsonArray constraints = dockerSpec.value("TaskTemplate").toObject().value("Placement").toObject().value("Constraints").toArray();
    QCOMPARE(constraints, QJsonArray{"node.id==node2"});
    PubServiceSpec unpinned = spec;
    unpinned.nodeId.clear();
    QVERIFY(!buildPubServiceSpec(unpinned, {}).value("TaskTemplate").toObject().contains("Placement"));
    PubServiceSpec hostile = spec;
    hostile.nodeId = QStringLiteral("node2 || node.role==manager");
    QVERIFY(pubServiceSpecProblem(hostile));

    // What Docker sends back is read as the same pin.
    const QJsonObject service{{"ID", "svc1"}, {"Spec", dockerSpec}};
    const auto observed = observePubs(QJsonArray{service}, {}, {});
    QVERIFY(std::holds_alternative<QList<ObservedPub>>(observed));
    QCOMPARE(std::get<QList<ObservedPub>>(observed).value(0).placementNodeId, QString("node2"));

    // The pub's JSON names its hub.
    const TestReply read = send("GET", QStringLiteral("/api/v1/pubs/") + pubId, {}, m_alice);
    QCOMPARE(read.json.value("hubId").toString(), m_second.id);
}

void TestPubMove::constraintChangeIsDrift()
{
    DesiredPub pub;
    pub.id = QStringLiteral("pub1");
    pub.name = QStringLiteral("pub1");
    pub.spec.pubId = pub.id;
    pub.spec.image = QStringLiteral("buttcloud/pub:test");
    pub.spec.publishedPort = 21000;
    pub.spec.nodeId = QStringLiteral("node2");
    ObservedPub service;
    service.pubId = pub.id;
    service.serviceId = QStringLiteral("svc1");
    service.status = PubStatus::Up;
    service.image = pub.spec.image;
    service.publishedPort = 21000;
    service.replicas = 1;
    service.placementNodeId = QStringLiteral("node1");
    ReconcileInput input;
    input.pubs = {pub};
    input.services = {service};
    const QList<ReconcileDifference> plan = planReconcile(input);
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.first().kind, QString("spec_drift"));
    QVERIFY2(plan.first().detail.contains("placement on node node1 instead of node node2"), qPrintable(plan.first().detail));
    QCOMPARE(plan.first().job->kind, JobKind::PubUpdate);

    input.services.first().placementNodeId = QStringLiteral("node2");
    QVERIFY(planReconcile(input).isEmpty());
}

void TestPubMove::importOntoAHubIsForAdmins()
{
    const auto import = [this](const QString &query, const UserRecord &caller) {
        return m_client->send("POST", m_backend->url(QStringLiteral("/api/v1/pubs/import?") + query), QByteArray("not an archive"),
                              m_backend->accessTokenFor(caller));
    };
    QCOMPARE(import(QStringLiteral("name=mine&hubId=") + m_second.id, m_alice).status, 403);
    const TestReply unknown = import(QStringLiteral("name=mine&hubId=nosuchhub123"), m_admin);
    QCOMPARE(unknown.status, 422);
    QVERIFY2(unknown.body.contains("hubId"), unknown.body.constData());
    const HubRecord draining = addHub(QStringLiteral("third"), QStringLiteral("draining"), QStringLiteral("node3"));
    QCOMPARE(import(QStringLiteral("name=mine&hubId=") + draining.id, m_admin).status, 422);
    // A valid hub: the archive itself is judged next.
    const TestReply archive = import(QStringLiteral("name=mine&hubId=") + m_second.id, m_admin);
    QCOMPARE(archive.status, 422);
    QVERIFY2(archive.body.contains("archive"), archive.body.constData());
}

void TestPubMove::evacuationNeedsAnotherHub()
{
    const QString pubId = createPub(m_alice, QStringLiteral("onsecond"));
    PubRepository(m_backend->database()).setHubId(pubId, m_second.id);
    HubRecord local = m_local;
    local.state = QStringLiteral("unreachable");
    HubRepository(m_backend->database()).update(local);

    std::optional<std::optional<QString>> outcome;
    m_backend->core().move()->evacuate(m_second.id, [&outcome](std::optional<QString> error) { outcome = error; });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(outcome->has_value());
    QVERIFY2(outcome->value().contains("no other ready hub"), qPrintable(outcome->value()));
    // Nothing moved, nothing queued.
    QVERIFY(JobRepository(m_backend->database()).list(JobFilter{std::nullopt, JobKind::PubMove, pubId, {}, 0, 100}).isEmpty());
    QCOMPARE(stored(pubId).hubId, m_second.id);
}

void TestPubMove::evacuationMovesThePubsOnTheHub()
{
    const QString pinned = createPub(m_alice, QStringLiteral("pinnedthere"));
    PubRepository(m_backend->database()).setHubId(pinned, m_second.id);
    const QString placed = createPub(m_alice, QStringLiteral("placedthere"));
    m_backend->runtime().setServiceNode(placed, QStringLiteral("node2"));
    const QString elsewhere = createPub(m_alice, QStringLiteral("elsewhere"));
    m_backend->runtime().setServiceNode(elsewhere, QStringLiteral("node1"));

    std::optional<std::optional<QString>> outcome;
    m_backend->core().move()->evacuate(m_second.id, [&outcome](std::optional<QString> error) { outcome = error; });
    // The fake swarm cannot copy volumes: both moves fail, and so does the evacuation, naming them.
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QVERIFY(outcome->has_value());
    QVERIFY2(outcome->value().contains(pinned) && outcome->value().contains(placed), qPrintable(outcome->value()));
    for (const QString &pubId : {pinned, placed}) {
        const QList<JobRecord> moves = JobRepository(m_backend->database()).list(JobFilter{std::nullopt, JobKind::PubMove, pubId, {}, 0, 100});
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves.first().payload.value("hubId").toString(), m_local.id);
    }
    QVERIFY(JobRepository(m_backend->database()).list(JobFilter{std::nullopt, JobKind::PubMove, elsewhere, {}, 0, 100}).isEmpty());
    QCOMPARE(stored(pinned).hubId, m_second.id);
}

QTEST_GUILESS_MAIN(TestPubMove)
#include "tst_pubmove.moc"
