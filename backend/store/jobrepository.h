#pragma once

#include "store/database.h"
#include "store/records.h"

#include <QList>
#include <QSet>

#include <chrono>
#include <optional>

namespace buttcloud {

// What to queue. The idempotency key names the work ("pub.create:<pubId>"): while a job of that key
// is unfinished, queuing it again returns that job.
struct JobRequest
{
    JobKind kind = JobKind::PubCreate;
    QString pubId;
    QString hubId;
    QJsonObject payload;
    QString idempotencyKey;
    QString reason;
    QString createdBy;
    int maxAttempts = 8;
};

struct JobFilter
{
    std::optional<JobState> state;
    std::optional<JobKind> kind;
    QString pubId;
    QString hubId;
    qint64 createdBefore = 0; // 0: no bound
    int limit = 100;
};

// How long a retryable failure waits: base * 2^(attempts - 1), capped, with jitter (half of it fixed,
// half random) so that jobs failing together do not retry together.
struct BackoffPolicy
{
    std::chrono::milliseconds base{1000};
    std::chrono::milliseconds cap{5 * 60 * 1000};
};
// random01 in [0, 1); attempts >= 1. Pure, for tests.
std::chrono::milliseconds backoffDelay(const BackoffPolicy &policy, int attempts, double random01);

// The jobs table: a durable queue with leases. Every state change is one guarded UPDATE (compare and
// set on state and lease owner), so several workers, in one process or several on one database,
// never run a job twice at the same time. Throws StoreError on database failures.
class JobRepository final
{
public:
    static constexpr int MaxListLimit = 1000;

    enum class AdminOutcome { Done, NotFound, WrongState, KeyBusy };

    explicit JobRepository(const Database &database);

    // Inserts a queued job, or returns the unfinished job holding the same key.
    JobRecord enqueue(const JobRequest &request) const;

    // Takes the next job that is due (queued and run_after passed, or running with an expired lease)
    // for workerId until now + lease, counting an attempt. Jobs of one pub run one at a time, oldest
    // first. A taken-over job that already used its attempts is failed instead. nullopt: nothing due.
    std::optional<JobRecord> claim(const QString &workerId, std::chrono::milliseconds lease,
                                   qint64 now = currentEpochMs()) const;
    // Renews the lease; nullopt when workerId no longer holds the job (taken over, or canceled).
    std::optional<JobRecord> heartbeat(const QString &jobId, const QString &workerId, std::chrono::milliseconds lease,
                                       qint64 now = currentEpochMs()) const;
    bool setProgress(const QString &jobId, const QString &workerId, const QString &progress) const;
    // A checkpoint of a running job (what a retry after a crash must know); false when workerId no
    // longer holds it.
    bool setPayload(const QString &jobId, const QString &workerId, const QJsonObject &payload) const;
    bool succeed(const QString &jobId, const QString &workerId, const QJsonObject &result) const;
    // A retryable failure is queued again after the backoff until its attempts are used up; then,
    // or when not retryable, the job is failed and kept. false when workerId no longer holds it.
    bool fail(const QString &jobId, const QString &workerId, const QString &error, bool retryable,
              const BackoffPolicy &backoff = {}, qint64 now = currentEpochMs()) const;
    // The worker stopped a job whose cancel was requested.
    bool markCanceled(const QString &jobId, const QString &workerId) const;
    // A worker shutting down gives a job back: queued again at once, the attempt not counted.
    bool release(const QString &jobId, const QString &workerId) const;

    // Admin: a failed or canceled job is queued again with its attempts reset (KeyBusy: another
    // unfinished job holds its key).
    AdminOutcome retry(const QString &jobId) const;
    // Admin: a queued job is canceled at once; a running one is asked to stop at its next step.
    AdminOutcome cancel(const QString &jobId) const;
    // Cancels the queued jobs of a pub of these kinds (superseded by a newer request); returns their ids.
    QStringList cancelQueued(const QString &pubId, const QList<JobKind> &kinds, const QString &why) const;

    std::optional<JobRecord> findById(const QString &id) const;
    // Newest first.
    QList<JobRecord> list(const JobFilter &filter) const;
    // Every queued or running job, oldest first (for the reconcile plan).
    QList<JobRecord> unfinished() const;
    // Failed jobs that are the latest of their key: work the queue gave up on, left for an admin.
    QList<JobRecord> gaveUp() const;
    // The pubs with a job that finished at or after since, whichever server ran it.
    QSet<QString> pubsWithJobsFinishedSince(qint64 since) const;
    // Deletes the jobs that finished (succeeded, failed, canceled) before finishedBefore; how many.
    int pruneFinished(qint64 finishedBefore) const;
    // The queued or running job holding key, if any.
    std::optional<JobRecord> findUnfinishedByKey(const QString &key) const;

private:
    // lockClause is appended to the candidates' SELECT ("" on SQLite).
    std::optional<JobRecord> claimAmong(const QString &workerId, std::chrono::milliseconds lease, qint64 now,
                                        const QString &lockClause) const;

    const Database &m_database;
};

}
