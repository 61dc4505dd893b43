#include "http/apierror.h"
#include "jobs/jobworker.h"
#include "orchestrator/orchestrator.h"
#include "store/database.h"
#include "store/jobrepository.h"
#include "pubs/pubcontroller.h"
#include "store/pubrepository.h"
#include "testbackend.h"

#include <QSignalSpy>
#include <QTest>

using namespace buttcloud;

// PubController against FakePubRuntime: desired state in, runtime calls and observed status out.
class TestPubController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createDeploysTheSpec();
    void statusFollowsObservation();
    void vanishedServiceIsDeployedAgain();
    void deployFailureIsShownAndRetried();
    void engineUnavailableKeepsLastStatus();
    void stopAndStart();
    void startRedeploysWhenServiceIsGone();
    void stoppedPubIsKeptStopped();
    void deleteRemovesRowOnlyAfterRemoval();
    void failedRemovalIsRetriedOnNextObservation();
    void neverTwoOperationsInFlight();
    void deletedPubCannotBeStarted();
    void staleObservationDoesNotOverrideFinishedOperation();
    void requestsAnswerWithTheirJob();
    void rowAndJobAreWrittenTogether();
    void canceledJobStopsBeforeTheRuntime();
    void reconcileRepairsReplicasDriftAndLostHubs();
    void orphanIsRemovedAfterGrace();
    void finishedJobsArePrunedAfterTheRetention();

private:
    PubRecord stored(const QString &id) const;
    bool exists(const QString &id) const;
    void observe();
    QString createPub(const QString &name = "pub");
    QList<JobRecord> jobsOf(const QString &pubId) const;

    std::unique_ptr<TestBackend> m_backend;
    FakePubRuntime *m_runtime = nullptr;
    PubController *m_pubs = nullptr;
    UserRecord m_owner;
};

void TestPubController::init()
{
    m_backend = std::make_unique<TestBackend>();
    m_runtime = &m_backend->runtime();
    m_pubs = &m_backend->pubs();
    m_owner = m_backend->addUser("owner@example.org", Role::Customer);
}

void TestPubController::cleanup()
{
    m_backend.reset();
}

PubRecord TestPubController::stored(const QString &id) const
{
    return PubRepository(m_backend->database()).findById(id).value_or(PubRecord{});
}

bool TestPubController::exists(const QString &id) const
{
    return PubRepository(m_backend->database()).findById(id).has_value();
}

void TestPubController::observe()
{
    QSignalSpy applied(m_pubs, &PubController::observationApplied);
    m_pubs->observeNow();
    QVERIFY(applied.wait(2000));
}

QString TestPubController::createPub(const QString &name)
{
    const QString id = m_pubs->create(m_owner.id, name).pub.id;
    [&] { QTRY_VERIFY(!m_pubs->isBusy(id)); }();
    // A reconcile skips pubs whose job finished at or after its observation began (milliseconds):
    // one started in the create job's last millisecond would not judge the pub at all.
    const qint64 finishedAt = jobsOf(id).first().finishedAt;
    [&] { QTRY_VERIFY(currentEpochMs() > finishedAt); }();
    return id;
}

QList<JobRecord> TestPubController::jobsOf(const QString &pubId) const
{
    return JobRepository(m_backend->database()).list(JobFilter{std::nullopt, std::nullopt, pubId});
}

void TestPubController::createDeploysTheSpec()
{
    const PubRecord pub = m_pubs->create(m_owner.id, "alice").pub;
    QCOMPARE(pub.desiredState, PubDesiredState::Running);
    QCOMPARE(pub.status, PubStatus::Starting);
    QCOMPARE(pub.port, 21000);
    QTRY_VERIFY(!m_pubs->isBusy(pub.id));
    QCOMPARE(m_runtime->operations(pub.id), QStringList{"deploy"});

    const PubServiceSpec spec = m_runtime->lastSpec(pub.id);
    QCOMPARE(spec.image, QStringLiteral("buttcloud/pub:test"));
    QCOMPARE(spec.publishedPort, 21000);
    QCOMPARE(spec.externalHost, QStringLiteral("pubs.example.org"));
    QCOMPARE(spec.memoryLimitBytes, qint64(256) << 20);
    QCOMPARE(spec.memoryReservationBytes, qint64(128) << 20);
    QCOMPARE(spec.replicas, 1);
    QCOMPARE(jobsOf(pub.id).first().state, JobState::Succeeded);

    QCOMPARE(m_pubs->create(m_owner.id, "bob").pub.port, 21001); // the next free port
}

void TestPubController::statusFollowsObservation()
{
    const QString id = createPub();
    m_runtime->setServiceStatus(id, PubStatus::Up);
    observe();
    QCOMPARE(stored(id).status, PubStatus::Up);
    QCOMPARE(stored(id).node, QStringLiteral("node-1"));
    QCOMPARE(stored(id).serviceId, QStringLiteral("svc-") + id);

    m_runtime->setServiceStatus(id, PubStatus::Failed, "task: non-zero exit (1)");
    observe();
    QCOMPARE(stored(id).status, PubStatus::Failed);
    QCOMPARE(stored(id).statusMessage, QStringLiteral("task: non-zero exit (1)"));
    m_backend->reconcile();
    QCOMPARE(m_runtime->operations(id), QStringList{"deploy"}); // a failed task is the swarm's to restart
}

void TestPubController::vanishedServiceIsDeployedAgain()
{
    const QString id = createPub();
    m_runtime->dropService(id);
    m_backend->reconcile();
    QTRY_VERIFY(m_runtime->hasService(id));
    QTRY_VERIFY(!m_pubs->isBusy(id));
    QCOMPARE(m_runtime->operations(id), QStringList({"deploy", "deploy"}));
    QCOMPARE(jobsOf(id).first().reason, QStringLiteral("reconcile: service missing"));
}

void TestPubController::deployFailureIsShownAndRetried()
{
    m_runtime->failNext("deploy", "No such image: buttcloud/pub:test");
    const QString id = m_pubs->create(m_owner.id, "pub").pub.id;
    QTRY_COMPARE(stored(id).status, PubStatus::Failed);
    QVERIFY2(stored(id).statusMessage.contains("No such image"), qPrintable(stored(id).statusMessage));
    // The job is queued again with a backoff, and the failure stays visible meanwhile.
    const JobRecord job = jobsOf(id).first();
    QCOMPARE(job.state, JobState::Queued);
    QCOMPARE(job.attempts, 1);
    QVERIFY(job.error.contains("No such image"));

    QTRY_VERIFY_WITH_TIMEOUT(!m_pubs->isBusy(id), 10000);
    QCOMPARE(m_runtime->operations(id), QStringList({"deploy", "deploy"}));
    QCOMPARE(jobsOf(id).first().attempts, 2);
    m_runtime->setServiceStatus(id, PubStatus::Up);
    observe();
    QCOMPARE(stored(id).status, PubStatus::Up);
    QCOMPARE(stored(id).statusMessage, QString());
}

void TestPubController::engineUnavailableKeepsLastStatus()
{
    const QString id = createPub();
    m_runtime->setServiceStatus(id, PubStatus::Up);
    observe();
    m_runtime->setUnavailable(true);
    observe();
    QCOMPARE(stored(id).status, PubStatus::Up);
    QVERIFY2(stored(id).statusMessage.contains("Docker engine"), qPrintable(stored(id).statusMessage));

    // An operation refused for the same reason is retried, and is no failure of the pub.
    const JobRecord stop = m_pubs->requestStop(id).job;
    QTRY_COMPARE(JobRepository(m_backend->database()).findById(stop.id)->attempts, 1);
    QTRY_COMPARE(JobRepository(m_backend->database()).findById(stop.id)->state, JobState::Queued);
    QCOMPARE(stored(id).desiredState, PubDesiredState::Stopped);
    QVERIFY(stored(id).status != PubStatus::Failed);

    m_runtime->setUnavailable(false); // back: the retried stop is carried out
    QTRY_COMPARE_WITH_TIMEOUT(m_runtime->service(id).replicas, 0, 10000);
    QTRY_COMPARE(JobRepository(m_backend->database()).findById(stop.id)->state, JobState::Succeeded);
}

void TestPubController::stopAndStart()
{
    const QString id = createPub();
    QCOMPARE(m_pubs->requestStop(id).pub.desiredState, PubDesiredState::Stopped);
    QTRY_VERIFY(!m_pubs->isBusy(id));
    QCOMPARE(m_runtime->service(id).replicas, 0);
    m_runtime->setServiceStatus(id, PubStatus::Down);
    observe();
    QCOMPARE(stored(id).status, PubStatus::Down);

    QCOMPARE(m_pubs->requestStart(id).pub.status, PubStatus::Starting);
    QTRY_VERIFY(!m_pubs->isBusy(id));
    QCOMPARE(m_runtime->service(id).replicas, 1);
    QCOMPARE(m_runtime->operations(id), QStringList({"deploy", "scale", "scale"}));
}

void TestPubController::startRedeploysWhenServiceIsGone()
{
    const QString id = createPub();
    m_pubs->requestStop(id);
    QTRY_VERIFY(!m_pubs->isBusy(id));
    m_runtime->dropService(id);
    m_pubs->requestStart(id);
    QTRY_VERIFY(m_runtime->hasService(id));
    QTRY_VERIFY(!m_pubs->isBusy(id));
    QCOMPARE(m_runtime->operations(id), QStringList({"deploy", "scale", "scale", "deploy"}));
    QCOMPARE(m_runtime->service(id).replicas, 1);
}

void TestPubController::stoppedPubIsKeptStopped()
{
    const QString id = createPub();
    m_pubs->requestStop(id);
    QTRY_VERIFY(!m_pubs->isBusy(id));
    // Someone scaled it up behind our back.
    m_runtime->setServiceReplicas(id, 1);
    m_runtime->setServiceStatus(id, PubStatus::Up);
    m_runtime->clearCalls();
    m_backend->reconcile();
    QTRY_COMPARE(m_runtime->service(id).replicas, 0);
    QCOMPARE(m_runtime->operations(id), QStringList{"scale"});
}

void TestPubController::deleteRemovesRowOnlyAfterRemoval()
{
    const QString id = createPub();
    m_runtime->setHoldReplies(true);
    const PubWithJob deleting = m_pubs->requestDelete(id, true);
    QCOMPARE(deleting.pub.status, PubStatus::Removing);
    QCOMPARE(deleting.pub.desiredState, PubDesiredState::Deleted);
    QCOMPARE(deleting.job.kind, JobKind::PubDelete);
    QTRY_COMPARE(m_runtime->heldReplyCount(), 1);
    QVERIFY(exists(id));
    m_runtime->releaseReplies();
    QTRY_VERIFY(!exists(id));
    QCOMPARE(m_runtime->calls().last().operation, QStringLiteral("remove"));
    QVERIFY(m_runtime->calls().last().removeData);
    QTRY_COMPARE(JobRepository(m_backend->database()).findById(deleting.job.id)->state, JobState::Succeeded);
}

void TestPubController::failedRemovalIsRetriedOnNextObservation()
{
    const QString id = createPub();
    m_runtime->failNext("remove", "service is busy");
    m_pubs->requestDelete(id, false);
    QTRY_VERIFY(stored(id).statusMessage.contains("service is busy"));
    QCOMPARE(stored(id).status, PubStatus::Removing);

    // The job backs off and tries again by itself.
    QTRY_VERIFY_WITH_TIMEOUT(!exists(id), 10000);
    QCOMPARE(m_runtime->operations(id), QStringList({"deploy", "remove", "remove"}));
}

void TestPubController::neverTwoOperationsInFlight()
{
    m_runtime->setHoldReplies(true);
    const QString id = m_pubs->create(m_owner.id, "busy").pub.id;
    m_pubs->requestStop(id);
    m_pubs->requestStart(id);
    m_pubs->requestStop(id);
    QTRY_COMPARE(m_runtime->heldReplyCount(), 1);
    QTest::qWait(300); // a poll of the worker: still nothing else may start
    QCOMPARE(m_runtime->operations(id), QStringList{"deploy"});
    QCOMPARE(stored(id).desiredState, PubDesiredState::Stopped);

    m_runtime->setHoldReplies(false);
    m_runtime->releaseReplies(); // deploy done: now the last wish
    QTRY_VERIFY(!m_pubs->isBusy(id));
    QCOMPARE(m_runtime->operations(id), QStringList({"deploy", "scale"}));
    QCOMPARE(m_runtime->service(id).replicas, 0);
    // The superseded stop and start were canceled, never run.
    int canceled = 0;
    for (const JobRecord &job : jobsOf(id))
        canceled += job.state == JobState::Canceled ? 1 : 0;
    QCOMPARE(canceled, 2);
}

void TestPubController::deletedPubCannotBeStarted()
{
    const QString id = createPub();
    m_runtime->setHoldReplies(true);
    m_pubs->requestDelete(id, false);
    QVERIFY_THROWS_EXCEPTION(ApiError, m_pubs->requestStart(id));
    QVERIFY_THROWS_EXCEPTION(ApiError, m_pubs->requestStop(id));
    QVERIFY_THROWS_EXCEPTION(ApiError, m_pubs->requestStart("unknown00000"));
    m_runtime->releaseReplies();
}

void TestPubController::staleObservationDoesNotOverrideFinishedOperation()
{
    const QString id = createPub();
    m_runtime->setServiceStatus(id, PubStatus::Up);
    m_runtime->setHoldReplies(true);
    QSignalSpy applied(m_pubs, &PubController::observationApplied);
    m_pubs->observeNow();          // sees the pub up, answer held
    m_pubs->requestStop(id);       // scale to 0, answer held
    QTRY_COMPARE(m_runtime->heldReplyCount(), 2);
    m_runtime->releaseReplies();   // observation first, then the stop's answer
    QTRY_COMPARE(applied.count(), 1);
    QTRY_VERIFY(!m_pubs->isBusy(id));
    QCOMPARE(stored(id).status, PubStatus::Stopping);
}

void TestPubController::requestsAnswerWithTheirJob()
{
    const UserRecord admin = m_backend->addUser("admin@example.org", Role::Admin);
    const PubWithJob created = m_pubs->create(m_owner.id, "withjob", &admin);
    QCOMPARE(created.job.kind, JobKind::PubCreate);
    QCOMPARE(created.job.pubId, created.pub.id);
    QCOMPARE(created.job.reason, QStringLiteral("requested by admin@example.org"));
    QCOMPARE(created.job.createdBy, admin.id);
    QCOMPARE(created.job.idempotencyKey, "pub.create:" + created.pub.id);
    QTRY_VERIFY(!m_pubs->isBusy(created.pub.id));
    QCOMPARE(m_pubs->requestStop(created.pub.id).job.kind, JobKind::PubStop);
    QCOMPARE(m_pubs->requestStart(created.pub.id).job.kind, JobKind::PubStart);
}

void TestPubController::rowAndJobAreWrittenTogether()
{
    // A failing enqueue (the jobs table is gone) must leave no pub behind.
    m_backend->database().exec("ALTER TABLE jobs RENAME TO jobs_away");
    QVERIFY_THROWS_EXCEPTION(StoreError, m_pubs->create(m_owner.id, "lonely"));
    QVERIFY(PubRepository(m_backend->database()).list().isEmpty());
    m_backend->database().exec("ALTER TABLE jobs_away RENAME TO jobs");
}

void TestPubController::canceledJobStopsBeforeTheRuntime()
{
    m_backend->jobs().stop(); // nothing is claimed while we cancel
    const PubWithJob created = m_pubs->create(m_owner.id, "canceled");
    QCOMPARE(JobRepository(m_backend->database()).cancel(created.job.id), JobRepository::AdminOutcome::Done);
    m_backend->jobs().start();
    QTest::qWait(300);
    QCOMPARE(m_runtime->operations(created.pub.id), QStringList());
    QCOMPARE(JobRepository(m_backend->database()).findById(created.job.id)->state, JobState::Canceled);
}

void TestPubController::reconcileRepairsReplicasDriftAndLostHubs()
{
    const QString id = createPub();
    m_runtime->setServiceReplicas(id, 0); // scaled down behind our back
    m_backend->reconcile();
    QTRY_COMPARE(m_runtime->service(id).replicas, 1);
    QTRY_VERIFY(!m_pubs->isBusy(id));
    QCOMPARE(m_runtime->operations(id), QStringList({"deploy", "scale"}));

    // The node it runs on is drained: the pub is updated so the swarm places it again.
    m_runtime->setNodes({ObservedNode{"node-1", "node-1", "ready", "drain", qint64(16) << 30, 4},
                         ObservedNode{"node-2", "node-2", "ready", "active", qint64(16) << 30, 4}});
    m_backend->reconcile(); // reads the nodes
    m_backend->reconcile(); // plans with them
    QTRY_VERIFY(!m_pubs->isBusy(id));
    QCOMPARE(m_runtime->operations(id).last(), QStringLiteral("deploy"));
    QCOMPARE(jobsOf(id).first().reason, QStringLiteral("reconcile: hub lost"));
    QVERIFY(m_runtime->lastSpec(id).forceRedeploy); // replaced even though its spec is unchanged
}

void TestPubController::orphanIsRemovedAfterGrace()
{
    m_runtime->addForeignService("orphan000001");
    m_backend->reconcile();
    const ReconcilePlan plan = m_backend->orchestrator().plan();
    QCOMPARE(plan.differences.size(), 1);
    QCOMPARE(plan.differences.first().kind, QStringLiteral("orphan_service"));
    QVERIFY(!plan.differences.first().job); // within its grace period (10 minutes by default)
    QVERIFY(m_runtime->hasService("orphan000001"));
}

void TestPubController::finishedJobsArePrunedAfterTheRetention()
{
    const QString id = createPub();
    QTRY_COMPARE(jobsOf(id).first().state, JobState::Succeeded);
    const qint64 now = currentEpochMs();
    QCOMPARE(m_backend->orchestrator().pruneJobs(now), 0); // kept for 30 days by default
    QCOMPARE(m_backend->orchestrator().pruneJobs(now + qint64(31) * 24 * 3600 * 1000), 1);
    QVERIFY(jobsOf(id).isEmpty());
    QVERIFY(exists(id)); // only the history goes
}

QTEST_GUILESS_MAIN(TestPubController)
#include "tst_pubcontroller.moc"
