#include "jobs/jobworker.h"
#include "store/database.h"
#include "store/jobrepository.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace buttcloud;
using namespace std::chrono_literals;

// The worker against a real database (SQLite, and PostgreSQL in its pass): handlers by kind, reports, leases, cancels, limits.
class TestJobWorker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsTheHandlerOfTheKindAndRecordsTheEnd();
    void unknownKindFailsForGood();
    void throwingHandlerIsRetried();
    void limitsConcurrentJobs();
    void lostLeaseIgnoresLateReports();
    void heartbeatKeepsTheLeaseAndSeesCancels();
    void wokenWorkerClaimsAtOnce();
    void shutdownGivesRunningJobsBack();

private:
    JobRecord enqueue(const QString &key, JobKind kind = JobKind::PubCreate);
    JobRecord stored(const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_location;
    std::unique_ptr<Database> m_database;
};

void TestJobWorker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = std::make_unique<TestDatabase>(m_dir->path());
    m_database = std::make_unique<Database>(m_location->location());
}

void TestJobWorker::cleanup()
{
    m_database.reset();
    m_location.reset();
    m_dir.reset();
}

JobRecord TestJobWorker::enqueue(const QString &key, JobKind kind)
{
    JobRequest request;
    request.kind = kind;
    request.idempotencyKey = key;
    request.maxAttempts = 3;
    return JobRepository(*m_database).enqueue(request);
}

JobRecord TestJobWorker::stored(const QString &id) const
{
    return JobRepository(*m_database).findById(id).value_or(JobRecord{});
}

void TestJobWorker::runsTheHandlerOfTheKindAndRecordsTheEnd()
{
    JobWorker worker(*m_database, "w1", JobWorkerSettings{50ms});
    QStringList ran;
    worker.registerHandler(JobKind::PubCreate, [&](JobRun run) {
        ran.append(run.job().id);
        run.progress("half way");
        QCOMPARE(stored(run.job().id).progress, QStringLiteral("half way"));
        run.succeed(QJsonObject{{"done", true}});
        run.fail("too late", true); // after the end: ignored
    });
    QSignalSpy changed(&worker, &JobWorker::jobChanged);
    const JobRecord job = enqueue("a");
    worker.start();
    QTRY_COMPARE(stored(job.id).state, JobState::Succeeded);
    QCOMPARE(ran, QStringList{job.id});
    QVERIFY(stored(job.id).result.value("done").toBool());
    QVERIFY(changed.count() >= 3); // claimed, progressed, ended
    QCOMPARE(worker.runningCount(), 0);
}

void TestJobWorker::unknownKindFailsForGood()
{
    JobWorker worker(*m_database, "w1", JobWorkerSettings{50ms});
    const JobRecord job = enqueue("a", JobKind::HubJoin);
    worker.start();
    QTRY_COMPARE(stored(job.id).state, JobState::Failed);
    QVERIFY(stored(job.id).error.contains("hub.join"));
    QCOMPARE(stored(job.id).attempts, 1);
}

void TestJobWorker::throwingHandlerIsRetried()
{
    JobWorkerSettings settings{50ms};
    settings.backoff = BackoffPolicy{10ms, 20ms};
    JobWorker worker(*m_database, "w1", settings);
    int calls = 0;
    worker.registerHandler(JobKind::PubCreate, [&](JobRun run) {
        if (++calls < 3)
            throw std::runtime_error("boom");
        run.succeed();
    });
    const JobRecord job = enqueue("a");
    worker.start();
    QTRY_COMPARE(stored(job.id).state, JobState::Succeeded);
    QCOMPARE(calls, 3);
    QCOMPARE(stored(job.id).attempts, 3);
}

void TestJobWorker::limitsConcurrentJobs()
{
    JobWorkerSettings settings{50ms};
    settings.maxConcurrentJobs = 2;
    JobWorker worker(*m_database, "w1", settings);
    QList<JobRun> held;
    worker.registerHandler(JobKind::PubCreate, [&](JobRun run) { held.append(run); });
    for (const char *key : {"a", "b", "c"})
        enqueue(QLatin1String(key));
    worker.start();
    QTRY_COMPARE(held.size(), 2);
    QTest::qWait(200);
    QCOMPARE(held.size(), 2);
    held.takeFirst().succeed();
    QTRY_COMPARE(held.size(), 2); // the third one started
    for (const JobRun &run : std::as_const(held))
        run.succeed();
    QTRY_COMPARE(JobRepository(*m_database).list(JobFilter{JobState::Succeeded}).size(), 3);
}

void TestJobWorker::lostLeaseIgnoresLateReports()
{
    JobWorkerSettings settings{50ms};
    settings.lease = 100ms;
    settings.heartbeatInterval = 1h; // it never renews: as if the server were stuck
    JobWorker worker(*m_database, "slow", settings);
    std::optional<JobRun> held;
    worker.registerHandler(JobKind::PubCreate, [&](JobRun run) { held = run; });
    const JobRecord job = enqueue("a");
    worker.start();
    QTRY_VERIFY(held);
    worker.stop();

    QTest::qWait(150);
    const std::optional<JobRecord> takenOver = JobRepository(*m_database).claim("other", 10s);
    QVERIFY(takenOver);
    QCOMPARE(takenOver->id, job.id);
    held->succeed(); // the old holder's answer
    QVERIFY(held->isOver());
    QCOMPARE(stored(job.id).state, JobState::Running);
    QCOMPARE(stored(job.id).leaseOwner, QStringLiteral("other"));
}

void TestJobWorker::heartbeatKeepsTheLeaseAndSeesCancels()
{
    JobWorkerSettings settings{50ms};
    settings.lease = 300ms;
    settings.heartbeatInterval = 50ms;
    JobWorker worker(*m_database, "w1", settings);
    std::optional<JobRun> held;
    worker.registerHandler(JobKind::PubCreate, [&](JobRun run) { held = run; });
    const JobRecord job = enqueue("a");
    worker.start();
    QTRY_VERIFY(held);
    QTest::qWait(600); // twice the lease: renewed meanwhile
    QVERIFY(!JobRepository(*m_database).claim("other", 10s));
    QVERIFY(!held->cancelRequested());
    QCOMPARE(JobRepository(*m_database).cancel(job.id), JobRepository::AdminOutcome::Done);
    QVERIFY(held->cancelRequested());
    held->canceled();
    QCOMPARE(stored(job.id).state, JobState::Canceled);
}

void TestJobWorker::wokenWorkerClaimsAtOnce()
{
    JobWorkerSettings settings;
    settings.pollInterval = 1h; // only a wake-up can start it
    JobWorker worker(*m_database, "w1", settings);
    int ran = 0;
    worker.registerHandler(JobKind::PubCreate, [&](JobRun run) {
        ++ran;
        run.succeed();
    });
    worker.start();
    const JobRecord job = enqueue("a");
    worker.notifyQueued(job.id);
    QTRY_COMPARE(ran, 1);
}

void TestJobWorker::shutdownGivesRunningJobsBack()
{
    const JobRecord job = enqueue("a");
    {
        JobWorker worker(*m_database, "w1", JobWorkerSettings{50ms});
        std::optional<JobRun> held;
        worker.registerHandler(JobKind::PubCreate, [&](JobRun run) { held = run; });
        worker.start();
        QTRY_VERIFY(held);
        QCOMPARE(stored(job.id).attempts, 1);
    }
    QCOMPARE(stored(job.id).state, JobState::Queued);
    QCOMPARE(stored(job.id).attempts, 0);
    QVERIFY(JobRepository(*m_database).claim("next", 10s));
}

QTEST_GUILESS_MAIN(TestJobWorker)
#include "tst_jobworker.moc"
