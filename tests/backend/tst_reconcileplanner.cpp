#include "orchestrator/reconcileplanner.h"

#include <QTest>

using namespace buttcloud;

// The pure reconcile planner: desired pubs, observed services and nodes, and jobs in, differences out.
class TestReconcilePlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convergedSwarmHasNoDifferences();
    void missingServiceIsCreatedOnlyWhenItShouldRun();
    void replicasFollowTheDesiredState();
    void specDriftIsUpdated_data();
    void specDriftIsUpdated();
    void pubOnLostHubIsPlacedAgain_data();
    void pubOnLostHubIsPlacedAgain();
    void pubPinnedToALostHubWaits();
    void unknownNodesJudgeNoHub();
    void deletedAndSkippedPubsAreLeftToTheirJobs();
    void unfinishedJobCoversItsPub();
    void gaveUpJobIsNotQueuedAgain();
    void orphanWaitsForItsGracePeriod();
    void orphanWithQueuedRemovalNamesIt();
    void planIsOrderedAndDeterministic();
};

namespace {
constexpr qint64 Now = 1'800'000'000'000;
const QString Node = QStringLiteral("node-a");

DesiredPub desired(const QString &id, PubDesiredState state = PubDesiredState::Running)
{
    PubServiceSpec spec;
    spec.pubId = id;
    spec.image = QStringLiteral("buttcloud/pub:16.0.1");
    spec.publishedPort = 20000;
    spec.memoryLimitBytes = qint64(1) << 30;
    spec.memoryReservationBytes = qint64(1) << 30;
    return DesiredPub{id, QStringLiteral("name-") + id, state, spec};
}

ObservedPub serviceOf(const DesiredPub &pub, int replicas = 1)
{
    ObservedPub service;
    service.pubId = pub.id;
    service.serviceId = QStringLiteral("svc-") + pub.id;
    service.image = pub.spec.image;
    service.replicas = replicas;
    service.status = replicas > 0 ? PubStatus::Up : PubStatus::Down;
    service.nodeId = replicas > 0 ? Node : QString();
    service.memoryLimitBytes = pub.spec.memoryLimitBytes;
    service.memoryReservationBytes = pub.spec.memoryReservationBytes;
    service.publishedPort = pub.spec.publishedPort;
    return service;
}

ObservedNode node(const QString &id, const QString &state = QStringLiteral("ready"),
                  const QString &availability = QStringLiteral("active"))
{
    return ObservedNode{id, id + QStringLiteral(".example"), state, availability, qint64(16) << 30, 4};
}

ReconcileInput input()
{
    ReconcileInput in;
    in.now = Now;
    in.nodes = {node(Node)};
    return in;
}

JobRecord unfinishedJob(const QString &id, JobKind kind, const QString &pubId)
{
    JobRecord job;
    job.id = id;
    job.kind = kind;
    job.pubId = pubId;
    job.idempotencyKey = pubJobKey(kind, pubId);
    return job;
}
}

void TestReconcilePlanner::convergedSwarmHasNoDifferences()
{
    ReconcileInput in = input();
    const DesiredPub running = desired("p1");
    const DesiredPub stopped = desired("p2", PubDesiredState::Stopped);
    in.pubs = {running, stopped};
    in.services = {serviceOf(running), serviceOf(stopped, 0)};
    QVERIFY(planReconcile(in).isEmpty());
    QVERIFY(planReconcile(ReconcileInput{}).isEmpty());
}

void TestReconcilePlanner::missingServiceIsCreatedOnlyWhenItShouldRun()
{
    ReconcileInput in = input();
    in.pubs = {desired("p1"), desired("p2", PubDesiredState::Stopped)};
    const QList<ReconcileDifference> plan = planReconcile(in);
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan[0].kind, QStringLiteral("service_missing"));
    QCOMPARE(plan[0].pubId, QStringLiteral("p1"));
    QVERIFY(plan[0].job);
    QCOMPARE(plan[0].job->kind, JobKind::PubCreate);
    QCOMPARE(plan[0].job->idempotencyKey, QStringLiteral("pub.create:p1"));
    QVERIFY(plan[0].detail.contains("name-p1"));
}

void TestReconcilePlanner::replicasFollowTheDesiredState()
{
    ReconcileInput in = input();
    const DesiredPub shouldRun = desired("p1");
    const DesiredPub shouldStop = desired("p2", PubDesiredState::Stopped);
    in.pubs = {shouldRun, shouldStop};
    in.services = {serviceOf(shouldRun, 0), serviceOf(shouldStop, 1)};
    const QList<ReconcileDifference> plan = planReconcile(in);
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan[0].kind, QStringLiteral("replicas"));
    QCOMPARE(plan[0].job->kind, JobKind::PubStart);
    QCOMPARE(plan[1].kind, QStringLiteral("replicas"));
    QCOMPARE(plan[1].job->kind, JobKind::PubStop);
    QCOMPARE(plan[1].serviceId, QStringLiteral("svc-p2"));
}

void TestReconcilePlanner::specDriftIsUpdated_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("image") << "image" << "image buttcloud/pub:15";
    QTest::newRow("limit") << "limit" << "memory limit";
    QTest::newRow("reservation") << "reservation" << "memory reservation";
    QTest::newRow("port") << "port" << "port 20001 instead of 20000";
    QTest::newRow("network joined") << "network joined" << "networks [] instead of [buttcloud-web-i1]";
    QTest::newRow("network left") << "network left" << "networks [buttcloud-web-i1] instead of []";
}

void TestReconcilePlanner::specDriftIsUpdated()
{
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    ReconcileInput in = input();
    DesiredPub pub = desired("p1");
    ObservedPub service = serviceOf(pub);
    // The ingress was switched on (the pub should join its network) or off (should leave it).
    if (field == "network joined")
        pub.spec.network = "buttcloud-web-i1";
    if (field == "image")
        service.image = "buttcloud/pub:15";
    else if (field == "limit")
        service.memoryLimitBytes = 0;
    else if (field == "reservation")
        service.memoryReservationBytes = qint64(512) << 20;
    else if (field == "network left")
        service.networks = QStringList{"buttcloud-web-i1"};
    else if (field == "port")
        service.publishedPort = 20001;
    in.pubs = {pub};
    in.services = {service};
    const QList<ReconcileDifference> plan = planReconcile(in);
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan[0].kind, QStringLiteral("spec_drift"));
    QCOMPARE(plan[0].job->kind, JobKind::PubUpdate);
    QVERIFY2(plan[0].detail.contains(mentions), qPrintable(plan[0].detail));

    // A stopped pub with drift is updated too (it stays stopped: the update follows the desired state).
    pub.desiredState = PubDesiredState::Stopped;
    in.pubs = {pub};
    service.replicas = 0;
    in.services = {service};
    QCOMPARE(planReconcile(in).value(0).kind, QStringLiteral("spec_drift"));
}

void TestReconcilePlanner::pubOnLostHubIsPlacedAgain_data()
{
    QTest::addColumn<ObservedNode>("hub");
    QTest::addColumn<bool>("lost");
    QTest::newRow("ready and active") << node(Node) << false;
    QTest::newRow("down") << node(Node, "down") << true;
    QTest::newRow("disconnected") << node(Node, "disconnected") << true;
    QTest::newRow("drained") << node(Node, "ready", "drain") << true;
    QTest::newRow("paused") << node(Node, "ready", "pause") << true;
    QTest::newRow("left the swarm") << node("another-node") << true;
}

void TestReconcilePlanner::pubOnLostHubIsPlacedAgain()
{
    QFETCH(ObservedNode, hub);
    QFETCH(bool, lost);
    ReconcileInput in = input();
    const DesiredPub pub = desired("p1");
    ObservedPub service = serviceOf(pub);
    service.image = "drifted:too"; // a lost hub goes first: placing it again also applies the spec
    in.pubs = {pub};
    in.services = {service};
    in.nodes = {hub};
    const QList<ReconcileDifference> plan = planReconcile(in);
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan[0].kind, lost ? QStringLiteral("hub_lost") : QStringLiteral("spec_drift"));
    QCOMPARE(plan[0].job->kind, JobKind::PubUpdate);
    if (lost) {
        QCOMPARE(plan[0].hubId, Node);
        QVERIFY(plan[0].job->payload.value("reschedule").toBool());
    }
}

void TestReconcilePlanner::pubPinnedToALostHubWaits()
{
    ReconcileInput in = input();
    DesiredPub pub = desired("p1");
    pub.spec.nodeId = Node; // pinned to its hub, where its volume is
    ObservedPub service = serviceOf(pub);
    service.placementNodeId = Node;
    in.pubs = {pub};
    in.services = {service};
    in.nodes = {node(Node, "down")};
    const QList<ReconcileDifference> plan = planReconcile(in);
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan[0].kind, QStringLiteral("hub_lost"));
    QCOMPARE(plan[0].hubId, Node);
    QVERIFY(!plan[0].job); // placing it again could only put it back on the lost node
    QVERIFY2(plan[0].detail.contains("pinned there"), qPrintable(plan[0].detail));
}

void TestReconcilePlanner::unknownNodesJudgeNoHub()
{
    ReconcileInput in = input();
    const DesiredPub pub = desired("p1");
    in.pubs = {pub};
    in.services = {serviceOf(pub)};
    in.nodes.clear();
    QVERIFY(planReconcile(in).isEmpty());
    // A stopped pub's old node does not matter.
    in.nodes = {node(Node, "down")};
    in.pubs = {desired("p1", PubDesiredState::Stopped)};
    in.services = {serviceOf(in.pubs[0], 0)};
    in.services[0].nodeId = Node;
    QVERIFY(planReconcile(in).isEmpty());
}

void TestReconcilePlanner::deletedAndSkippedPubsAreLeftToTheirJobs()
{
    ReconcileInput in = input();
    const DesiredPub deleted = desired("p1", PubDesiredState::Deleted);
    in.pubs = {deleted, desired("p2")};
    in.services = {serviceOf(deleted)};
    in.skipPubs = {"p2"};
    QVERIFY(planReconcile(in).isEmpty()); // neither an orphan nor missing
}

void TestReconcilePlanner::unfinishedJobCoversItsPub()
{
    ReconcileInput in = input();
    in.pubs = {desired("p1")};
    in.unfinishedJobs = {unfinishedJob("job1", JobKind::PubStart, "p1")};
    const QList<ReconcileDifference> plan = planReconcile(in);
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan[0].kind, QStringLiteral("service_missing"));
    QCOMPARE(plan[0].existingJobId, QStringLiteral("job1"));
    QVERIFY(!plan[0].job);
}

void TestReconcilePlanner::gaveUpJobIsNotQueuedAgain()
{
    ReconcileInput in = input();
    in.pubs = {desired("p1"), desired("p2")};
    JobRecord failed = unfinishedJob("job9", JobKind::PubCreate, "p1");
    failed.state = JobState::Failed;
    JobRecord otherKind = unfinishedJob("job8", JobKind::PubStart, "p2");
    otherKind.state = JobState::Failed;
    in.gaveUpJobs = {failed, otherKind};
    const QList<ReconcileDifference> plan = planReconcile(in);
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan[0].existingJobId, QStringLiteral("job9"));
    QVERIFY(!plan[0].job);
    QVERIFY(plan[0].detail.contains("retry"));
    QVERIFY(plan[1].job); // p2's failed start is another work than its missing service
    QCOMPARE(plan[1].job->kind, JobKind::PubCreate);
}

void TestReconcilePlanner::orphanWaitsForItsGracePeriod()
{
    ReconcileInput in = input();
    in.orphanGraceMs = 60'000;
    ObservedPub orphan = serviceOf(desired("gone"));
    in.services = {orphan};

    in.orphanFirstSeen = {{orphan.serviceId, Now - 59'000}};
    QList<ReconcileDifference> plan = planReconcile(in);
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan[0].kind, QStringLiteral("orphan_service"));
    QVERIFY(!plan[0].job);
    QVERIFY2(plan[0].detail.contains("after 1 s"), qPrintable(plan[0].detail));

    in.orphanFirstSeen = {}; // first seen now
    QVERIFY(!planReconcile(in).value(0).job);

    in.orphanFirstSeen = {{orphan.serviceId, Now - 60'000}};
    plan = planReconcile(in);
    QVERIFY(plan[0].job);
    QCOMPARE(plan[0].job->kind, JobKind::ServiceRemove);
    QCOMPARE(plan[0].job->idempotencyKey, QStringLiteral("service.remove:svc-gone"));
    QCOMPARE(plan[0].job->payload.value("serviceId").toString(), QStringLiteral("svc-gone"));
}

void TestReconcilePlanner::orphanWithQueuedRemovalNamesIt()
{
    ReconcileInput in = input();
    in.orphanGraceMs = 0;
    in.services = {serviceOf(desired("gone"))};
    JobRecord removal;
    removal.id = "job5";
    removal.kind = JobKind::ServiceRemove;
    removal.pubId = "gone";
    removal.idempotencyKey = "service.remove:svc-gone";
    in.unfinishedJobs = {removal};
    const QList<ReconcileDifference> plan = planReconcile(in);
    QCOMPARE(plan[0].existingJobId, QStringLiteral("job5"));
    QVERIFY(!plan[0].job);
}

void TestReconcilePlanner::planIsOrderedAndDeterministic()
{
    ReconcileInput in = input();
    in.orphanGraceMs = 0;
    for (const char *id : {"p3", "p1", "p2"})
        in.pubs.append(desired(QLatin1String(id)));
    in.services = {serviceOf(desired("p0"))};
    const QList<ReconcileDifference> first = planReconcile(in);
    QCOMPARE(first.size(), 4);
    QStringList order;
    for (const ReconcileDifference &difference : first)
        order.append(difference.pubId);
    QCOMPARE(order, QStringList({"p0", "p1", "p2", "p3"}));
    std::reverse(in.pubs.begin(), in.pubs.end());
    QCOMPARE(planReconcile(in).size(), 4);
    QCOMPARE(planReconcile(in)[1].pubId, QStringLiteral("p1"));
}

QTEST_GUILESS_MAIN(TestReconcilePlanner)
#include "tst_reconcileplanner.moc"
