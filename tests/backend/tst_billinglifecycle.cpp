#include "billing/billinglifecycle.h"
#include "billingfixtures.h"
#include "jobs/jobworker.h"
#include "pubs/pubbackups.h"
#include "pubs/pubcontroller.h"
#include "store/backuprepository.h"
#include "store/billingrepository.h"
#include "store/database.h"
#include "store/jobrepository.h"
#include "store/pubrepository.h"
#include "swarm/pubarchive.h"
#include "testbackend.h"

#include <QDir>
#include <QFile>
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
    void canceledPubBackedUpThenRemovedWithItsData();
    void failedBackupRemovesNothingAndIsRetried();
    void noBackupsNothingRemoved();

private:
    SubscriptionRecord subscription() const;
    PubRecord pub() const;
    QStringList timeline() const;
    // Cancels the subscription, lets the removal period pass and queues the removal.
    void cancelAndPassTheRemovalPeriod();
    QList<FakePubRuntime::Call> removals() const;
    JobRecord removalJob() const;

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

void TestBillingLifecycle::cancelAndPassTheRemovalPeriod()
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
    QVERIFY(subscription().removalQueuedAt > 0);
    m_now += 1000; // the job's events come after billing.removed
}

QList<FakePubRuntime::Call> TestBillingLifecycle::removals() const
{
    QList<FakePubRuntime::Call> found;
    for (const FakePubRuntime::Call &call : m_backend->runtime().calls()) {
        if (call.operation == "remove" && call.pubId == m_pubId)
            found.append(call);
    }
    return found;
}

JobRecord TestBillingLifecycle::removalJob() const
{
    JobFilter filter;
    filter.kind = JobKind::PubBackupAndDelete;
    filter.pubId = m_pubId;
    const QList<JobRecord> jobs = JobRepository(m_backend->database()).list(filter);
    return jobs.isEmpty() ? JobRecord{} : jobs.first();
}

void TestBillingLifecycle::canceledPubBackedUpThenRemovedWithItsData()
{
    m_lifecycle->setBackups(m_backend->core().backups());
    cancelAndPassTheRemovalPeriod();
    // pub.backup_and_delete: stopped, archived, recorded, then pub.delete with the volume.
    QTRY_VERIFY(!m_backend->runtime().hasService(m_pubId));
    QTRY_COMPARE(removals().size(), 1);
    QVERIFY(removals().first().removeData);
    const QStringList operations = m_backend->runtime().operations(m_pubId);
    QVERIFY2(operations.indexOf("scale") < operations.indexOf("exportData"), qPrintable(operations.join(' ')));
    QVERIFY(operations.indexOf("exportData") < operations.indexOf("remove"));

    const QList<BackupRecord> backups = BackupRepository(m_backend->database()).list(m_pubId, 10, m_now);
    QCOMPARE(backups.size(), 1);
    const BackupRecord &backup = backups.first();
    QCOMPARE(backup.pubName, QString("alicepub"));
    QCOMPARE(backup.feedId, FakePubRuntime::fakeFeedId(m_pubId));
    QCOMPARE(backup.reason, QString("billing.canceled"));
    QCOMPARE(backup.jobId, removalJob().id);
    QCOMPARE(backup.expiresAt - backup.createdAt, qint64(90) * 24 * 3600 * 1000);
    QCOMPARE(removalJob().result.value("backupId").toString(), backup.id);
    QCOMPARE(removalJob().result.value("removeData").toBool(), true);

    // The archive: private, and one an import takes.
    const QString dir = m_backend->core().backups()->settings().dir;
    const QFileDevice::Permissions othersMay(0x0077); // group and others
    QCOMPARE(QFile::permissions(dir) & othersMay, QFileDevice::Permissions());
    const QStringList files = QDir(dir).entryList(QDir::Files);
    QCOMPARE(files, QStringList{backup.id + ".bcpub"});
    QFile archive(QDir(dir).filePath(files.first()));
    QCOMPARE(archive.permissions() & othersMay, QFileDevice::Permissions());
    QVERIFY(archive.open(QIODevice::ReadOnly));
    QVERIFY(std::holds_alternative<VerifiedPubArchive>(verifyPubArchive(archive)));
    QCOMPARE(archive.size(), backup.bytes);

    QCOMPARE(timeline(), (QStringList{"billing.removed", "billing.backed_up"}));
    QCOMPARE(BillingRepository(m_backend->database()).listEvents(m_pubId, 1).first().detail.value("backupId").toString(), backup.id);
    m_now += 60000;
    QCOMPARE(m_lifecycle->checkNow(), 0); // queued once
}

void TestBillingLifecycle::failedBackupRemovesNothingAndIsRetried()
{
    m_lifecycle->setBackups(m_backend->core().backups());
    m_backend->runtime().failNext("exportData", "no such volume");
    cancelAndPassTheRemovalPeriod();
    QTRY_VERIFY(removalJob().error.contains("no such volume"));
    const JobRecord failed = removalJob();
    QCOMPARE(failed.state, JobState::Queued); // retryable: queued again after its backoff
    QVERIFY(failed.error.contains("nothing was removed"));
    QVERIFY(removals().isEmpty());
    QVERIFY(pub().desiredState != PubDesiredState::Deleted);
    QVERIFY(BackupRepository(m_backend->database()).list(m_pubId, 10, m_now).isEmpty());
    QVERIFY(QDir(m_backend->core().backups()->settings().dir).entryList(QDir::Files).isEmpty());
    QCOMPARE(timeline(), QStringList{"billing.removed"});

    // The retry backs up and removes.
    QTRY_COMPARE_WITH_TIMEOUT(removalJob().state, JobState::Succeeded, 15000);
    QTRY_COMPARE(removals().size(), 1);
    QCOMPARE(BackupRepository(m_backend->database()).list(m_pubId, 10, m_now).size(), 1);
    QCOMPARE(timeline(), (QStringList{"billing.removed", "billing.backed_up"}));
}

void TestBillingLifecycle::noBackupsNothingRemoved()
{
    // Without a backup directory the removal fails (retryably) rather than losing the pub's data.
    cancelAndPassTheRemovalPeriod();
    QTRY_VERIFY(removalJob().error.contains("nothing was removed"));
    QVERIFY(removals().isEmpty());
    QVERIFY(pub().desiredState != PubDesiredState::Deleted);
}

QTEST_GUILESS_MAIN(TestBillingLifecycle)
#include "tst_billinglifecycle.moc"
