#include "http/apierror.h"
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

private:
    PubRecord stored(const QString &id) const;
    bool exists(const QString &id) const;
    void observe();
    QString createPub(const QString &name = "pub");

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
    const QString id = m_pubs->create(m_owner.id, name).id;
    [&] { QTRY_VERIFY(!m_pubs->isBusy(id)); }();
    return id;
}

void TestPubController::createDeploysTheSpec()
{
    const PubRecord pub = m_pubs->create(m_owner.id, "alice");
    QCOMPARE(pub.desiredState, PubDesiredState::Running);
    QCOMPARE(pub.status, PubStatus::Starting);
    QCOMPARE(pub.port, 21000);
    QCOMPARE(m_runtime->operations(pub.id), QStringList{"deploy"});
    QTRY_VERIFY(!m_pubs->isBusy(pub.id));

    const PubServiceSpec spec = m_runtime->lastSpec(pub.id);
    QCOMPARE(spec.image, QStringLiteral("buttcloud/pub:test"));
    QCOMPARE(spec.publishedPort, 21000);
    QCOMPARE(spec.externalHost, QStringLiteral("pubs.example.org"));
    QCOMPARE(spec.memoryLimitBytes, qint64(256) << 20);
    QCOMPARE(spec.memoryReservationBytes, qint64(128) << 20);
    QCOMPARE(spec.replicas, 1);

    QCOMPARE(m_pubs->create(m_owner.id, "bob").port, 21001); // the next free port
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
    QCOMPARE(m_runtime->operations(id), QStringList{"deploy"}); // a failed task is the swarm's to restart
}

void TestPubController::vanishedServiceIsDeployedAgain()
{
    const QString id = createPub();
    m_runtime->dropService(id);
    observe();
    QCOMPARE(m_runtime->operations(id), QStringList({"deploy", "deploy"}));
    QTRY_VERIFY(m_runtime->hasService(id));
}

void TestPubController::deployFailureIsShownAndRetried()
{
    m_runtime->failNext("deploy", "No such image: buttcloud/pub:test");
    const QString id = createPub();
    QCOMPARE(stored(id).status, PubStatus::Failed);
    QVERIFY2(stored(id).statusMessage.contains("No such image"), qPrintable(stored(id).statusMessage));

    observe(); // no service, should run: deploy again, the failure stays visible meanwhile
    QCOMPARE(m_runtime->operations(id), QStringList({"deploy", "deploy"}));
    QCOMPARE(stored(id).status, PubStatus::Failed);
    QTRY_VERIFY(!m_pubs->isBusy(id));
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

    // An operation refused for the same reason keeps the status too.
    m_pubs->requestStop(id);
    QTRY_VERIFY(!m_pubs->isBusy(id));
    QCOMPARE(stored(id).desiredState, PubDesiredState::Stopped);
    QVERIFY(stored(id).status != PubStatus::Failed);

    m_runtime->setUnavailable(false);
    observe(); // back: the stop is carried out
    QTRY_COMPARE(m_runtime->service(id).replicas, 0);
}

void TestPubController::stopAndStart()
{
    const QString id = createPub();
    QCOMPARE(m_pubs->requestStop(id).desiredState, PubDesiredState::Stopped);
    QTRY_VERIFY(!m_pubs->isBusy(id));
    QCOMPARE(m_runtime->service(id).replicas, 0);
    m_runtime->setServiceStatus(id, PubStatus::Down);
    observe();
    QCOMPARE(stored(id).status, PubStatus::Down);

    QCOMPARE(m_pubs->requestStart(id).status, PubStatus::Starting);
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
    observe();
    QCOMPARE(m_runtime->operations(id), QStringList{"scale"});
    QTRY_COMPARE(m_runtime->service(id).replicas, 0);
}

void TestPubController::deleteRemovesRowOnlyAfterRemoval()
{
    const QString id = createPub();
    m_runtime->setHoldReplies(true);
    const PubRecord pub = m_pubs->requestDelete(id, true);
    QCOMPARE(pub.status, PubStatus::Removing);
    QCOMPARE(pub.desiredState, PubDesiredState::Deleted);
    QVERIFY(exists(id));
    m_runtime->releaseReplies();
    QTRY_VERIFY(!exists(id));
    QCOMPARE(m_runtime->calls().last().operation, QStringLiteral("remove"));
    QVERIFY(m_runtime->calls().last().removeData);
}

void TestPubController::failedRemovalIsRetriedOnNextObservation()
{
    const QString id = createPub();
    m_runtime->failNext("remove", "service is busy");
    m_pubs->requestDelete(id, false);
    QTRY_VERIFY(!m_pubs->isBusy(id));
    QVERIFY(exists(id));
    QCOMPARE(stored(id).status, PubStatus::Removing);
    QVERIFY(stored(id).statusMessage.contains("service is busy"));

    observe();
    QTRY_VERIFY(!exists(id));
    QCOMPARE(m_runtime->operations(id), QStringList({"deploy", "remove", "remove"}));
}

void TestPubController::neverTwoOperationsInFlight()
{
    m_runtime->setHoldReplies(true);
    const QString id = m_pubs->create(m_owner.id, "busy").id;
    m_pubs->requestStop(id);
    m_pubs->requestStart(id);
    m_pubs->requestStop(id);
    m_pubs->observeNow(); // an observation does not start anything for a busy pub either
    QCOMPARE(m_runtime->operations(id), QStringList{"deploy"});
    QCOMPARE(stored(id).desiredState, PubDesiredState::Stopped);

    QSignalSpy applied(m_pubs, &PubController::observationApplied);
    m_runtime->releaseReplies(); // deploy done: now follow the last wish
    QCOMPARE(applied.count(), 1);
    QTRY_VERIFY(!m_pubs->isBusy(id));
    QCOMPARE(m_runtime->operations(id), QStringList({"deploy", "scale"}));
    QCOMPARE(m_runtime->service(id).replicas, 0);
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
    m_runtime->releaseReplies();   // observation first, then the stop's answer
    QTRY_COMPARE(applied.count(), 1);
    QTRY_VERIFY(!m_pubs->isBusy(id));
    QCOMPARE(stored(id).status, PubStatus::Stopping);
}

QTEST_GUILESS_MAIN(TestPubController)
#include "tst_pubcontroller.moc"
