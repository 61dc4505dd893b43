#include "billing/billinglifecycle.h"
#include "billingfixtures.h"
#include "jobs/jobworker.h"
#include "pubs/pubcontroller.h"
#include "store/billingrepository.h"
#include "store/database.h"
#include "store/pubrepository.h"
#include "testbackend.h"

#include <QTest>

#include <memory>

using namespace buttcloud;

// Past due after the grace: suspended, pub stopped (data kept); paid again: the pub starts. Time is
// the lifecycle's injected clock; pubs run on the fake runtime.
class TestBillingLifecycle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void graceThenSuspendThenResume();
    void withinGraceNothingHappens();
    void interruptedSuspensionIsFinished();
    void canceledPubRemovedAfterThePeriodDataKept();

private:
    SubscriptionRecord subscription() const;
    PubRecord pub() const;
    QStringList timeline() const;

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<BillingLifecycle> m_lifecycle;
    qint64 m_now = 1764650000000;
    QString m_pubId;
    QString m_subscriptionId;
};

void TestBillingLifecycle::init()
{
    m_backend = std::make_unique<TestBackend>();
    const UserRecord owner = m_backend->addUser("alice@example.org", Role::Customer);
    m_pubId = m_backend->pubs().create(owner.id, "alicepub").pub.id;
    QTRY_VERIFY(!m_backend->pubs().isBusy(m_pubId));

    const PlanRecord plan = insertTestPlan(m_backend->database(), "Small");
    SubscriptionRecord subscription = insertTestSubscription(m_backend->database(), m_pubId, owner.id, plan.id, "past_due");
    m_subscriptionId = subscription.id;
    subscription.graceUntil = m_now + 1000;
    BillingRepository(m_backend->database()).updateSubscription(subscription);

    m_lifecycle = std::make_unique<BillingLifecycle>(m_backend->database(), m_backend->pubs(), nullptr);
    m_lifecycle->setClock([this] { return m_now; });
}

void TestBillingLifecycle::cleanup()
{
    m_lifecycle.reset();
    m_backend.reset();
}

SubscriptionRecord TestBillingLifecycle::subscription() const
{
    return *BillingRepository(m_backend->database()).findSubscription(m_subscriptionId);
}

PubRecord TestBillingLifecycle::pub() const
{
    return *PubRepository(m_backend->database()).findById(m_pubId);
}

QStringList TestBillingLifecycle::timeline() const
{
    QStringList kinds;
    for (const BillingEventRecord &event : BillingRepository(m_backend->database()).listEvents(m_pubId, 10))
        kinds.prepend(event.kind);
    return kinds;
}

void TestBillingLifecycle::withinGraceNothingHappens()
{
    QCOMPARE(m_lifecycle->checkNow(), 0);
    QCOMPARE(subscription().status, QString("past_due"));
    QCOMPARE(pub().desiredState, PubDesiredState::Running);
    QVERIFY(timeline().isEmpty());
}

void TestBillingLifecycle::graceThenSuspendThenResume()
{
    m_now += 2000;
    QCOMPARE(m_lifecycle->checkNow(), 1);
    QCOMPARE(subscription().status, QString("suspended"));
    QCOMPARE(pub().desiredState, PubDesiredState::Stopped);
    QCOMPARE(timeline(), QStringList{"billing.suspended"});
    QTRY_VERIFY(!m_backend->pubs().isBusy(m_pubId));
    // Stopped, not deleted: the data stays.
    QVERIFY(!pub().removeData);
    QCOMPARE(m_lifecycle->checkNow(), 0);

    // Paid (the webhook sets the subscription active).
    SubscriptionRecord paid = subscription();
    paid.status = "active";
    paid.graceUntil = 0;
    BillingRepository(m_backend->database()).updateSubscription(paid);
    m_now += 1000;
    QCOMPARE(m_lifecycle->checkNow(), 1);
    QCOMPARE(pub().desiredState, PubDesiredState::Running);
    QCOMPARE(timeline(), (QStringList{"billing.suspended", "billing.resumed"}));
    m_now += 1000;
    QCOMPARE(m_lifecycle->checkNow(), 0);
    QCOMPARE(timeline().size(), 2);
}

void TestBillingLifecycle::interruptedSuspensionIsFinished()
{
    // The subscription was suspended but the server stopped before the pub was: the next pass stops it.
    SubscriptionRecord suspended = subscription();
    suspended.status = "suspended";
    BillingRepository(m_backend->database()).updateSubscription(suspended);
    QCOMPARE(m_lifecycle->checkNow(), 1);
    QCOMPARE(pub().desiredState, PubDesiredState::Stopped);
}

void TestBillingLifecycle::canceledPubRemovedAfterThePeriodDataKept()
{
    m_lifecycle->setCancelRemoval(std::chrono::seconds(10));
    m_lifecycle->registerJobHandlers(m_backend->jobs());
    connect(m_lifecycle.get(), &BillingLifecycle::jobQueued, &m_backend->jobs(), &JobWorker::notifyQueued);
    SubscriptionRecord canceled = subscription();
    canceled.status = "canceled";
    canceled.graceUntil = 0;
    canceled.canceledAt = m_now;
    BillingRepository(m_backend->database()).updateSubscription(canceled);

    m_now += 5000;
    QCOMPARE(m_lifecycle->checkNow(), 0);
    QVERIFY(pub().desiredState != PubDesiredState::Deleted);
    m_now += 6000;
    QCOMPARE(m_lifecycle->checkNow(), 1);
    QCOMPARE(timeline(), QStringList{"billing.removed"});
    QVERIFY(subscription().removalQueuedAt > 0);
    // pub.backup_and_delete, then pub.delete with the volume kept.
    QTRY_VERIFY(!m_backend->runtime().hasService(m_pubId));
    bool removed = false;
    for (const FakePubRuntime::Call &call : m_backend->runtime().calls()) {
        if (call.operation == "remove" && call.pubId == m_pubId) {
            removed = true;
            QVERIFY(!call.removeData);
        }
    }
    QVERIFY(removed);
    m_now += 60000;
    QCOMPARE(m_lifecycle->checkNow(), 0); // queued once
}

QTEST_GUILESS_MAIN(TestBillingLifecycle)
#include "tst_billinglifecycle.moc"
