#include "store/database.h"
#include "store/jobrepository.h"
#include "testdatabase.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <limits>
#include <memory>

using namespace buttcloud;
using namespace std::chrono_literals;

// The durable queue on SQLite and, in the PostgreSQL pass, on PostgreSQL: idempotent enqueue, leases,
// backoff, admin actions, and two connections claiming from one database at once.
class TestJobRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void enqueueIsIdempotentWhileUnfinished();
    void claimTakesDueJobsOnly();
    void jobsOfOnePubRunOneAtATimeInOrder();
    void retryableFailureBacksOffThenGivesUp();
    void unretryableFailureIsFinal();
    void expiredLeaseIsTakenOver();
    void expiredLeaseOnLastAttemptFails();
    void heartbeatRenewsAndReportsCancel();
    void cancelAndRetry();
    void retryRefusedWhileKeyIsBusy();
    void cancelQueuedSupersedes();
    void listFilters();
    void backoffGrowsWithJitterAndCap_data();
    void backoffGrowsWithJitterAndCap();
    void twoConnectionsNeverClaimTheSameJob();
    void pruneRemovesOnlyOldFinishedJobs();
    void pubsWithJobsFinishedSinceNamesFinishedOnes();
    void claimSkipsRowsAnotherClaimerHoldsOnPostgresql();

private:
    JobRequest request(const QString &key, const QString &pubId = {}) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_location;
    std::unique_ptr<Database> m_database;
};

void TestJobRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = std::make_unique<TestDatabase>(m_dir->path());
    m_database = std::make_unique<Database>(m_location->location());
}

void TestJobRepository::cleanup()
{
    m_database.reset();
    m_location.reset();
    m_dir.reset();
}

JobRequest TestJobRepository::request(const QString &key, const QString &pubId) const
{
    JobRequest job;
    job.kind = JobKind::PubCreate;
    job.pubId = pubId;
    job.idempotencyKey = key;
    job.reason = "test";
    job.payload = QJsonObject{{"replicas", 1}};
    job.maxAttempts = 3;
    return job;
}

void TestJobRepository::enqueueIsIdempotentWhileUnfinished()
{
    const JobRepository jobs(*m_database);
    const JobRecord first = jobs.enqueue(request("pub.create:a", "a"));
    QCOMPARE(first.state, JobState::Queued);
    QCOMPARE(first.payload.value("replicas").toInt(), 1);
    QCOMPARE(jobs.enqueue(request("pub.create:a", "a")).id, first.id);

    const JobRecord claimed = *jobs.claim("w", 10s);
    QCOMPARE(claimed.id, first.id);
    QCOMPARE(jobs.enqueue(request("pub.create:a", "a")).id, first.id); // running is unfinished too
    QVERIFY(jobs.succeed(first.id, "w", QJsonObject{{"serviceId", "s1"}}));
    QCOMPARE(jobs.findById(first.id)->result.value("serviceId").toString(), QString("s1"));
    QVERIFY(jobs.findById(first.id)->finishedAt > 0);

    const JobRecord again = jobs.enqueue(request("pub.create:a", "a"));
    QVERIFY(again.id != first.id);
}

void TestJobRepository::claimTakesDueJobsOnly()
{
    const JobRepository jobs(*m_database);
    QVERIFY(!jobs.claim("w", 10s));
    const JobRecord job = jobs.enqueue(request("k"));
    QVERIFY(!jobs.claim("w", 10s, job.runAfter - 1)); // not due yet
    const std::optional<JobRecord> claimed = jobs.claim("w", 10s, job.runAfter);
    QVERIFY(claimed);
    QCOMPARE(claimed->state, JobState::Running);
    QCOMPARE(claimed->attempts, 1);
    QCOMPARE(claimed->leaseOwner, QString("w"));
    QVERIFY(!jobs.claim("other", 10s, job.runAfter + 1)); // leased
}

void TestJobRepository::jobsOfOnePubRunOneAtATimeInOrder()
{
    const JobRepository jobs(*m_database);
    const JobRecord create = jobs.enqueue(request("create:p", "p"));
    JobRequest stopRequest = request("stop:p", "p");
    stopRequest.kind = JobKind::PubStop;
    const JobRecord stop = jobs.enqueue(stopRequest);
    const JobRecord other = jobs.enqueue(request("create:q", "q"));

    QSet<QString> claimed;
    for (int i = 0; i < 3; ++i) {
        if (const auto job = jobs.claim("w", 10s))
            claimed.insert(job->id);
    }
    QCOMPARE(claimed, (QSet<QString>{create.id, other.id}));
    QVERIFY(jobs.succeed(create.id, "w", {}));
    QCOMPARE(jobs.claim("w", 10s)->id, stop.id);
}

void TestJobRepository::retryableFailureBacksOffThenGivesUp()
{
    const JobRepository jobs(*m_database);
    const JobRecord job = jobs.enqueue(request("k"));
    const qint64 now = currentEpochMs();
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const std::optional<JobRecord> claimed = jobs.claim("w", 10s, now + attempt * 3600'000);
        QVERIFY(claimed);
        QCOMPARE(claimed->attempts, attempt);
        QVERIFY(jobs.fail(job.id, "w", "engine down", true, BackoffPolicy{1000ms, 60000ms}, now + attempt * 3600'000));
        const JobRecord after = *jobs.findById(job.id);
        QCOMPARE(after.error, QString("engine down"));
        if (attempt < 3) {
            QCOMPARE(after.state, JobState::Queued);
            QVERIFY(after.runAfter > now + attempt * 3600'000); // backed off
            QVERIFY(after.leaseOwner.isEmpty());
        } else {
            QCOMPARE(after.state, JobState::Failed); // attempts used up: kept, visible
            QVERIFY(after.finishedAt > 0);
        }
    }
    QVERIFY(!jobs.claim("w", 10s, now + 10 * 3600'000));
}

void TestJobRepository::unretryableFailureIsFinal()
{
    const JobRepository jobs(*m_database);
    const JobRecord job = jobs.enqueue(request("k"));
    QVERIFY(jobs.claim("w", 10s));
    QVERIFY(!jobs.fail(job.id, "someone-else", "x", false)); // not the holder
    QVERIFY(jobs.fail(job.id, "w", "invalid spec", false));
    QCOMPARE(jobs.findById(job.id)->state, JobState::Failed);
}

void TestJobRepository::expiredLeaseIsTakenOver()
{
    const JobRepository jobs(*m_database);
    const JobRecord job = jobs.enqueue(request("k"));
    const qint64 now = job.runAfter;
    QVERIFY(jobs.claim("dead", 1000ms, now));
    QVERIFY(!jobs.claim("alive", 1000ms, now + 999));
    const std::optional<JobRecord> takenOver = jobs.claim("alive", 1000ms, now + 1001);
    QVERIFY(takenOver);
    QCOMPARE(takenOver->leaseOwner, QString("alive"));
    QCOMPARE(takenOver->attempts, 2);
    // The old holder's late answers change nothing.
    QVERIFY(!jobs.succeed(job.id, "dead", {}));
    QVERIFY(!jobs.heartbeat(job.id, "dead", 1000ms));
    QVERIFY(jobs.succeed(job.id, "alive", {}));
}

void TestJobRepository::expiredLeaseOnLastAttemptFails()
{
    const JobRepository jobs(*m_database);
    JobRequest once = request("k");
    once.maxAttempts = 1;
    const JobRecord job = jobs.enqueue(once);
    QVERIFY(jobs.claim("dead", 1000ms, job.runAfter));
    QVERIFY(!jobs.claim("alive", 1000ms, job.runAfter + 2000));
    const JobRecord after = *jobs.findById(job.id);
    QCOMPARE(after.state, JobState::Failed);
    QVERIFY(after.error.contains("stopped answering"));
}

void TestJobRepository::heartbeatRenewsAndReportsCancel()
{
    const JobRepository jobs(*m_database);
    const JobRecord job = jobs.enqueue(request("k"));
    const qint64 now = job.runAfter;
    QVERIFY(jobs.claim("w", 1000ms, now));
    QVERIFY(jobs.heartbeat(job.id, "w", 1000ms, now + 900));
    QVERIFY(!jobs.claim("other", 1000ms, now + 1500)); // renewed until now + 1900
    QVERIFY(jobs.setProgress(job.id, "w", "creating service"));
    QCOMPARE(jobs.cancel(job.id), JobRepository::AdminOutcome::Done);
    const std::optional<JobRecord> beat = jobs.heartbeat(job.id, "w", 1000ms);
    QVERIFY(beat);
    QVERIFY(beat->cancelRequested);
    QCOMPARE(beat->progress, QString("creating service"));
    // A job asked to stop is not retried after a failure.
    QVERIFY(jobs.fail(job.id, "w", "x", true));
    QCOMPARE(jobs.findById(job.id)->state, JobState::Failed);
}

void TestJobRepository::cancelAndRetry()
{
    const JobRepository jobs(*m_database);
    const JobRecord job = jobs.enqueue(request("k"));
    QCOMPARE(jobs.retry(job.id), JobRepository::AdminOutcome::WrongState);
    QCOMPARE(jobs.cancel(job.id), JobRepository::AdminOutcome::Done);
    QCOMPARE(jobs.findById(job.id)->state, JobState::Canceled);
    QCOMPARE(jobs.cancel(job.id), JobRepository::AdminOutcome::WrongState);
    QCOMPARE(jobs.cancel("nosuchjob000"), JobRepository::AdminOutcome::NotFound);
    QCOMPARE(jobs.retry("nosuchjob000"), JobRepository::AdminOutcome::NotFound);

    QCOMPARE(jobs.retry(job.id), JobRepository::AdminOutcome::Done);
    JobRecord again = *jobs.findById(job.id);
    QCOMPARE(again.state, JobState::Queued);
    QCOMPARE(again.attempts, 0);
    QCOMPARE(again.finishedAt, 0);

    QVERIFY(jobs.claim("w", 10s));
    QVERIFY(jobs.markCanceled(job.id, "w"));
    QCOMPARE(jobs.findById(job.id)->state, JobState::Canceled);
}

void TestJobRepository::retryRefusedWhileKeyIsBusy()
{
    const JobRepository jobs(*m_database);
    const JobRecord job = jobs.enqueue(request("k"));
    QCOMPARE(jobs.cancel(job.id), JobRepository::AdminOutcome::Done);
    const JobRecord newer = jobs.enqueue(request("k"));
    QVERIFY(newer.id != job.id);
    QCOMPARE(jobs.retry(job.id), JobRepository::AdminOutcome::KeyBusy);
}

void TestJobRepository::cancelQueuedSupersedes()
{
    const JobRepository jobs(*m_database);
    JobRequest start = request("start:p", "p");
    start.kind = JobKind::PubStart;
    const JobRecord create = jobs.enqueue(request("create:p", "p"));
    const JobRecord started = jobs.enqueue(start);
    QCOMPARE(jobs.cancelQueued("p", {JobKind::PubStart, JobKind::PubStop}, "superseded"), QStringList{started.id});
    QCOMPARE(jobs.findById(create.id)->state, JobState::Queued);
    QCOMPARE(jobs.findById(started.id)->error, QString("superseded"));
}

void TestJobRepository::listFilters()
{
    const JobRepository jobs(*m_database);
    const JobRecord a = jobs.enqueue(request("a", "p1"));
    JobRequest hubJob = request("b");
    hubJob.kind = JobKind::HubJoin;
    hubJob.hubId = "h1";
    const JobRecord b = jobs.enqueue(hubJob);
    QVERIFY(jobs.claim("w", 10s)); // one of them runs

    QCOMPARE(jobs.list({}).size(), 2);
    QCOMPARE(jobs.list(JobFilter{std::nullopt, JobKind::HubJoin}).first().id, b.id);
    QCOMPARE(jobs.list(JobFilter{std::nullopt, std::nullopt, "p1"}).first().id, a.id);
    QCOMPARE(jobs.list(JobFilter{std::nullopt, std::nullopt, {}, "h1"}).first().id, b.id);
    QCOMPARE(jobs.list(JobFilter{JobState::Running}).size(), 1);
    QCOMPARE(jobs.list(JobFilter{JobState::Succeeded}).size(), 0);
    QCOMPARE(jobs.list(JobFilter{std::nullopt, std::nullopt, {}, {}, 0, 1}).size(), 1);
    QCOMPARE(jobs.list(JobFilter{std::nullopt, std::nullopt, {}, {}, a.createdAt}).size(), 0);
    QCOMPARE(jobs.unfinished().size(), 2);
}

void TestJobRepository::backoffGrowsWithJitterAndCap_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("first, no jitter") << 1 << 0.0 << qint64(500);
    QTest::newRow("first, full jitter") << 1 << 1.0 << qint64(1000);
    QTest::newRow("third") << 3 << 0.5 << qint64(3000);
    QTest::newRow("capped") << 20 << 1.0 << qint64(60000);
    QTest::newRow("huge attempts stay capped") << 1000 << 0.0 << qint64(30000);
    QTest::newRow("zero attempts count as one") << 0 << 0.0 << qint64(500);
}

void TestJobRepository::backoffGrowsWithJitterAndCap()
{
    QFETCH(int, attempts);
    QFETCH(double, random);
    QFETCH(qint64, expected);
    QCOMPARE(backoffDelay(BackoffPolicy{1000ms, 60000ms}, attempts, random).count(), expected);
}

void TestJobRepository::twoConnectionsNeverClaimTheSameJob()
{
    constexpr int JobCount = 60;
    {
        const JobRepository jobs(*m_database);
        for (int i = 0; i < JobCount; ++i)
            jobs.enqueue(request(QStringLiteral("k%1").arg(i), QStringLiteral("pub%1").arg(i % 7)));
    }
    QMutex mutex;
    QStringList claimed;
    QStringList errors;
    const DatabaseLocation location = m_location->location();
    const auto work = [&](const QString &worker) {
        try {
            const Database database(location); // its own connection, used on this thread only
            const JobRepository jobs(database);
            int idle = 0;
            while (idle < 20) {
                const std::optional<JobRecord> job = jobs.claim(worker, 60s);
                if (!job) {
                    ++idle;
                    QThread::msleep(5);
                    continue;
                }
                idle = 0;
                {
                    const QMutexLocker lock(&mutex);
                    claimed.append(job->id);
                }
                if (!jobs.succeed(job->id, worker, {}))
                    throw std::runtime_error("lost a job it had just claimed");
            }
        } catch (const std::exception &error) {
            const QMutexLocker lock(&mutex);
            errors.append(QString::fromUtf8(error.what()));
        }
    };
    std::unique_ptr<QThread> first(QThread::create(work, QStringLiteral("first")));
    std::unique_ptr<QThread> second(QThread::create(work, QStringLiteral("second")));
    first->start();
    second->start();
    QVERIFY(first->wait(60000));
    QVERIFY(second->wait(60000));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join("; ")));
    QCOMPARE(claimed.size(), JobCount);
    QCOMPARE(QSet<QString>(claimed.cbegin(), claimed.cend()).size(), JobCount);
    QCOMPARE(JobRepository(*m_database).list(JobFilter{JobState::Succeeded, std::nullopt, {}, {}, 0, 1000}).size(), JobCount);
}

void TestJobRepository::pruneRemovesOnlyOldFinishedJobs()
{
    const JobRepository jobs(*m_database);
    const JobRecord succeeded = jobs.enqueue(request("done"));
    QVERIFY(jobs.claim("w", 10s));
    QVERIFY(jobs.succeed(succeeded.id, "w", {}));
    const JobRecord canceled = jobs.enqueue(request("canceled"));
    QCOMPARE(jobs.cancel(canceled.id), JobRepository::AdminOutcome::Done);
    const JobRecord queued = jobs.enqueue(request("queued"));
    const JobRecord running = jobs.enqueue(request("running"));
    QVERIFY(jobs.claim("w", 10s)); // one of the two runs

    const qint64 finished = std::max(jobs.findById(succeeded.id)->finishedAt, jobs.findById(canceled.id)->finishedAt);
    QCOMPARE(jobs.pruneFinished(finished - 3600'000), 0); // younger than the cut: kept
    QCOMPARE(jobs.pruneFinished(finished + 1), 2);
    QVERIFY(!jobs.findById(succeeded.id));
    QVERIFY(!jobs.findById(canceled.id));
    // Unfinished jobs are never pruned, however old.
    QCOMPARE(jobs.pruneFinished(std::numeric_limits<qint64>::max()), 0);
    QVERIFY(jobs.findById(queued.id));
    QVERIFY(jobs.findById(running.id));
}

// What reconcile skips: a pub whose job finished after its observation began (on any server).
void TestJobRepository::pubsWithJobsFinishedSinceNamesFinishedOnes()
{
    const JobRepository jobs(*m_database);
    const JobRecord done = jobs.enqueue(request("done", QStringLiteral("pub-done")));
    QVERIFY(jobs.claim("w", 10s));
    QVERIFY(jobs.succeed(done.id, "w", {}));
    jobs.enqueue(request("queued", QStringLiteral("pub-queued")));
    jobs.enqueue(request("no pub"));
    const qint64 finished = jobs.findById(done.id)->finishedAt;
    QCOMPARE(jobs.pubsWithJobsFinishedSince(finished), QSet<QString>{QStringLiteral("pub-done")});
    QVERIFY(jobs.pubsWithJobsFinishedSince(finished + 1).isEmpty());
}

void TestJobRepository::claimSkipsRowsAnotherClaimerHoldsOnPostgresql()
{
    if (!TestDatabase::usesPostgresql())
        QSKIP("row locks are PostgreSQL's: run tst_jobrepository_postgresql (label postgresql) or set BUTTCLOUD_TEST_POSTGRES_URL");
    const JobRepository jobs(*m_database);
    const JobRecord first = jobs.enqueue(request("first"));
    const JobRecord second = jobs.enqueue(request("second"));
    // Another server is in the middle of claiming the first job: its row is locked until it commits.
    const Database other(m_location->location());
    QSqlDatabase otherConnection = other.connection();
    QVERIFY(otherConnection.transaction());
    QSqlQuery locked = other.exec(QStringLiteral("SELECT id FROM jobs WHERE id = ? FOR UPDATE"), {first.id});
    QVERIFY(locked.next());
    // This claimer neither waits for that lock (it would fail after 5 s) nor takes the locked job:
    // it takes the next one.
    m_database->exec(QStringLiteral("SET lock_timeout = '5s'"));
    const std::optional<JobRecord> claimed = jobs.claim("w", 10s);
    QVERIFY(claimed);
    QCOMPARE(claimed->id, second.id);
    locked.finish();
    QVERIFY(otherConnection.commit());
    QCOMPARE(jobs.claim("w", 10s)->id, first.id);
}

QTEST_GUILESS_MAIN(TestJobRepository)
#include "tst_jobrepository.moc"
