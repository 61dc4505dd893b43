#include "store/jobrepository.h"

#include "core/random.h"
#include "store/jsontext.h"

#include <QRandomGenerator>

#include <cmath>
#include <limits>

namespace buttcloud {

namespace {
const QString JobColumns = QStringLiteral("id, kind, state, pub_id, hub_id, idempotency_key, reason, payload, result,"
                                          " progress, error, attempts, max_attempts, run_after, lease_owner, lease_until,"
                                          " cancel_requested, created_by, created_at, updated_at, finished_at");
// Due: queued and its time has come, or running under a lease nobody renewed. The same condition
// guards the claiming UPDATE, so of two workers that picked the same row only one changes it.
const QString DueCondition = QStringLiteral("((state = 'queued' AND run_after <= ?) OR (state = 'running' AND lease_until < ?))");
constexpr int ClaimCandidates = 8;
constexpr int MaxTextLength = 1000;

JobRecord readJob(const QSqlQuery &query)
{
    JobRecord job;
    job.id = query.value(0).toString();
    // An unknown kind or state can only come from a newer server: such a job is left alone.
    job.kind = jobKindFromName(query.value(1).toString()).value_or(JobKind::PubCreate);
    job.state = jobStateFromName(query.value(2).toString()).value_or(JobState::Failed);
    job.pubId = query.value(3).toString();
    job.hubId = query.value(4).toString();
    job.idempotencyKey = query.value(5).toString();
    job.reason = query.value(6).toString();
    job.payload = fromJsonText(query.value(7).toString());
    job.result = fromJsonText(query.value(8).toString());
    job.progress = query.value(9).toString();
    job.error = query.value(10).toString();
    job.attempts = query.value(11).toInt();
    job.maxAttempts = query.value(12).toInt();
    job.runAfter = query.value(13).toLongLong();
    job.leaseOwner = query.value(14).toString();
    job.leaseUntil = query.value(15).toLongLong();
    job.cancelRequested = query.value(16).toBool();
    job.createdBy = query.value(17).toString();
    job.createdAt = query.value(18).toLongLong();
    job.updatedAt = query.value(19).toLongLong();
    job.finishedAt = query.value(20).isNull() ? 0 : query.value(20).toLongLong();
    return job;
}

// Reads every row before returning: an open SELECT would keep SQLite's read snapshot and make the
// next write of this connection fail as busy.
QList<JobRecord> readJobs(QSqlQuery query)
{
    QList<JobRecord> jobs;
    while (query.next())
        jobs.append(readJob(query));
    return jobs;
}

std::optional<JobRecord> first(QList<JobRecord> jobs)
{
    return jobs.isEmpty() ? std::nullopt : std::optional(jobs.takeFirst());
}

QString clipped(const QString &text)
{
    return text.left(MaxTextLength);
}
}

std::chrono::milliseconds backoffDelay(const BackoffPolicy &policy, int attempts, double random01)
{
    const double exponent = std::min(std::max(attempts, 1) - 1, 30);
    const double full = std::min(double(policy.base.count()) * std::pow(2.0, exponent), double(policy.cap.count()));
    return std::chrono::milliseconds(qint64(full / 2 + full / 2 * std::clamp(random01, 0.0, 1.0)));
}

JobRepository::JobRepository(const Database &database)
    : m_database(database)
{
}

JobRecord JobRepository::enqueue(const JobRequest &request) const
{
    if (std::optional<JobRecord> existing = findUnfinishedByKey(request.idempotencyKey))
        return *existing;
    qint64 now = currentEpochMs();
    if (!request.pubId.isEmpty()) {
        // A pub's jobs run in the order they were queued (created_at, see claim): never let two share
        // a millisecond, which would leave their order to their random ids.
        QSqlQuery latest = m_database.exec(QStringLiteral("SELECT MAX(created_at) FROM jobs WHERE pub_id = ?"), {request.pubId});
        if (latest.next() && !latest.value(0).isNull())
            now = std::max(now, latest.value(0).toLongLong() + 1);
        latest.finish(); // release the read before writing
    }
    // ON CONFLICT DO NOTHING (SQLite >= 3.24 and PostgreSQL alike): another server may queue the same
    // key between our look-up and this insert; then its job is the one.
    m_database.exec(QStringLiteral("INSERT INTO jobs (id, kind, state, pub_id, hub_id, idempotency_key, reason, payload,"
                                   " max_attempts, run_after, created_by, created_at, updated_at)"
                                   " VALUES (?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                    {generateId(), jobKindName(request.kind), request.pubId, request.hubId, request.idempotencyKey,
                     clipped(request.reason), toJsonText(request.payload), std::max(request.maxAttempts, 1), now,
                     request.createdBy, now, now});
    std::optional<JobRecord> job = findUnfinishedByKey(request.idempotencyKey);
    if (!job)
        throw StoreError("a queued job vanished before it could be read back");
    return *job;
}

std::optional<JobRecord> JobRepository::claim(const QString &workerId, std::chrono::milliseconds lease, qint64 now) const
{
    if (m_database.dialect() == DatabaseLocation::Kind::Sqlite)
        return claimAmong(workerId, lease, now, QString());
    // PostgreSQL: several servers claim at once. The candidates are locked (FOR UPDATE SKIP LOCKED)
    // until this transaction ends, so concurrent claimers take different rows instead of all racing
    // for the first one. SQLite has one writer anyway and no such clause.
    std::optional<JobRecord> claimed;
    m_database.transaction([&] { claimed = claimAmong(workerId, lease, now, QStringLiteral(" FOR UPDATE OF j SKIP LOCKED")); });
    return claimed;
}

std::optional<JobRecord> JobRepository::claimAmong(const QString &workerId, std::chrono::milliseconds lease, qint64 now,
                                                   const QString &lockClause) const
{
    // Candidates: due jobs that are the oldest unfinished job of their pub (so a pub's jobs run one at
    // a time, in order). The guarded UPDATE below is the correctness guarantee on both databases.
    QStringList candidates;
    {
        QSqlQuery query = m_database.exec(
            QStringLiteral("SELECT id FROM jobs j WHERE %1 AND NOT EXISTS ("
                           " SELECT 1 FROM jobs e WHERE j.pub_id <> '' AND e.pub_id = j.pub_id"
                           " AND e.state IN ('queued', 'running') AND (e.created_at < j.created_at"
                           " OR (e.created_at = j.created_at AND e.id < j.id)))"
                           " ORDER BY run_after, created_at, id LIMIT %2%3").arg(DueCondition).arg(ClaimCandidates).arg(lockClause),
            {now, now});
        while (query.next())
            candidates.append(query.value(0).toString());
    }
    for (const QString &id : std::as_const(candidates)) {
        // A job whose worker died after using the last attempt is not started once more.
        if (m_database.execChanging(QStringLiteral("UPDATE jobs SET state = 'failed', lease_owner = '', lease_until = 0,"
                                                   " error = 'its worker stopped answering on the last attempt',"
                                                   " updated_at = ?, finished_at = ?"
                                                   " WHERE id = ? AND state = 'running' AND lease_until < ?"
                                                   " AND attempts >= max_attempts"),
                                    {now, now, id, now}))
            continue;
        const bool won = m_database.execChanging(
            QStringLiteral("UPDATE jobs SET state = 'running', lease_owner = ?, lease_until = ?, attempts = attempts + 1,"
                           " updated_at = ? WHERE id = ? AND %1").arg(DueCondition),
            {workerId, now + lease.count(), now, id, now, now});
        if (won)
            return findById(id);
    }
    return std::nullopt;
}

std::optional<JobRecord> JobRepository::heartbeat(const QString &jobId, const QString &workerId,
                                                  std::chrono::milliseconds lease, qint64 now) const
{
    if (!m_database.execChanging(QStringLiteral("UPDATE jobs SET lease_until = ? WHERE id = ? AND state = 'running'"
                                                " AND lease_owner = ?"),
                                 {now + lease.count(), jobId, workerId}))
        return std::nullopt;
    return findById(jobId);
}

bool JobRepository::setProgress(const QString &jobId, const QString &workerId, const QString &progress) const
{
    return m_database.execChanging(QStringLiteral("UPDATE jobs SET progress = ?, updated_at = ? WHERE id = ?"
                                                  " AND state = 'running' AND lease_owner = ?"),
                                   {clipped(progress), currentEpochMs(), jobId, workerId});
}

bool JobRepository::setPayload(const QString &jobId, const QString &workerId, const QJsonObject &payload) const
{
    return m_database.execChanging(QStringLiteral("UPDATE jobs SET payload = ?, updated_at = ? WHERE id = ?"
                                                  " AND state = 'running' AND lease_owner = ?"),
                                   {toJsonText(payload), currentEpochMs(), jobId, workerId});
}

bool JobRepository::succeed(const QString &jobId, const QString &workerId, const QJsonObject &result) const
{
    const qint64 now = currentEpochMs();
    return m_database.execChanging(QStringLiteral("UPDATE jobs SET state = 'succeeded', result = ?, error = '',"
                                                  " lease_owner = '', lease_until = 0, updated_at = ?, finished_at = ?"
                                                  " WHERE id = ? AND state = 'running' AND lease_owner = ?"),
                                   {toJsonText(result), now, now, jobId, workerId});
}

bool JobRepository::fail(const QString &jobId, const QString &workerId, const QString &error, bool retryable,
                         const BackoffPolicy &backoff, qint64 now) const
{
    const std::optional<JobRecord> job = findById(jobId);
    if (!job || job->state != JobState::Running || job->leaseOwner != workerId)
        return false;
    if (retryable && job->attempts < job->maxAttempts && !job->cancelRequested) {
        const qint64 runAfter = now + backoffDelay(backoff, job->attempts, QRandomGenerator::global()->generateDouble()).count();
        return m_database.execChanging(QStringLiteral("UPDATE jobs SET state = 'queued', error = ?, run_after = ?,"
                                                      " lease_owner = '', lease_until = 0, updated_at = ?"
                                                      " WHERE id = ? AND state = 'running' AND lease_owner = ?"),
                                       {clipped(error), runAfter, now, jobId, workerId});
    }
    return m_database.execChanging(QStringLiteral("UPDATE jobs SET state = 'failed', error = ?, lease_owner = '',"
                                                  " lease_until = 0, updated_at = ?, finished_at = ?"
                                                  " WHERE id = ? AND state = 'running' AND lease_owner = ?"),
                                   {clipped(error), now, now, jobId, workerId});
}

bool JobRepository::markCanceled(const QString &jobId, const QString &workerId) const
{
    const qint64 now = currentEpochMs();
    return m_database.execChanging(QStringLiteral("UPDATE jobs SET state = 'canceled', lease_owner = '', lease_until = 0,"
                                                  " updated_at = ?, finished_at = ?"
                                                  " WHERE id = ? AND state = 'running' AND lease_owner = ?"),
                                   {now, now, jobId, workerId});
}

bool JobRepository::release(const QString &jobId, const QString &workerId) const
{
    const qint64 now = currentEpochMs();
    return m_database.execChanging(QStringLiteral("UPDATE jobs SET state = 'queued', attempts = attempts - 1, run_after = ?,"
                                                  " lease_owner = '', lease_until = 0, updated_at = ?"
                                                  " WHERE id = ? AND state = 'running' AND lease_owner = ? AND attempts > 0"),
                                   {now, now, jobId, workerId});
}

JobRepository::AdminOutcome JobRepository::retry(const QString &jobId) const
{
    const std::optional<JobRecord> job = findById(jobId);
    if (!job)
        return AdminOutcome::NotFound;
    if (job->state != JobState::Failed && job->state != JobState::Canceled)
        return AdminOutcome::WrongState;
    if (findUnfinishedByKey(job->idempotencyKey))
        return AdminOutcome::KeyBusy;
    const qint64 now = currentEpochMs();
    const bool changed = m_database.execChanging(
        QStringLiteral("UPDATE jobs SET state = 'queued', attempts = 0, run_after = ?, error = '', progress = '',"
                       " cancel_requested = ?, lease_owner = '', lease_until = 0, updated_at = ?, finished_at = NULL"
                       " WHERE id = ? AND state IN ('failed', 'canceled')"),
        {now, false, now, jobId});
    return changed ? AdminOutcome::Done : AdminOutcome::WrongState;
}

JobRepository::AdminOutcome JobRepository::cancel(const QString &jobId) const
{
    const qint64 now = currentEpochMs();
    if (m_database.execChanging(QStringLiteral("UPDATE jobs SET state = 'canceled', updated_at = ?, finished_at = ?"
                                               " WHERE id = ? AND state = 'queued'"),
                                {now, now, jobId}))
        return AdminOutcome::Done;
    if (m_database.execChanging(QStringLiteral("UPDATE jobs SET cancel_requested = ?, updated_at = ?"
                                               " WHERE id = ? AND state = 'running'"),
                                {true, now, jobId}))
        return AdminOutcome::Done;
    return findById(jobId) ? AdminOutcome::WrongState : AdminOutcome::NotFound;
}

QStringList JobRepository::cancelQueued(const QString &pubId, const QList<JobKind> &kinds, const QString &why) const
{
    QStringList canceled;
    const qint64 now = currentEpochMs();
    for (const JobRecord &job : list(JobFilter{JobState::Queued, std::nullopt, pubId, {}, 0, MaxListLimit})) {
        if (!kinds.contains(job.kind))
            continue;
        if (m_database.execChanging(QStringLiteral("UPDATE jobs SET state = 'canceled', error = ?, updated_at = ?,"
                                                   " finished_at = ? WHERE id = ? AND state = 'queued'"),
                                    {clipped(why), now, now, job.id}))
            canceled.append(job.id);
    }
    return canceled;
}

std::optional<JobRecord> JobRepository::findById(const QString &id) const
{
    return first(readJobs(m_database.exec(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(JobColumns), {id})));
}

std::optional<JobRecord> JobRepository::findUnfinishedByKey(const QString &key) const
{
    return first(readJobs(m_database.exec(
        QStringLiteral("SELECT %1 FROM jobs WHERE idempotency_key = ? AND state IN ('queued', 'running')").arg(JobColumns),
        {key})));
}

QList<JobRecord> JobRepository::list(const JobFilter &filter) const
{
    // Fixed placeholders, an empty value meaning "any": one statement for every filter combination.
    const QString state = filter.state ? jobStateName(*filter.state) : QString();
    const QString kind = filter.kind ? jobKindName(*filter.kind) : QString();
    const qint64 before = filter.createdBefore > 0 ? filter.createdBefore : std::numeric_limits<qint64>::max();
    return readJobs(m_database.exec(
        QStringLiteral("SELECT %1 FROM jobs WHERE (? = '' OR state = ?) AND (? = '' OR kind = ?)"
                       " AND (? = '' OR pub_id = ?) AND (? = '' OR hub_id = ?) AND created_at < ?"
                       " ORDER BY created_at DESC, id DESC LIMIT ?").arg(JobColumns),
        {state, state, kind, kind, filter.pubId, filter.pubId, filter.hubId, filter.hubId, before,
         std::clamp(filter.limit, 1, MaxListLimit)}));
}

QList<JobRecord> JobRepository::unfinished() const
{
    return readJobs(m_database.exec(
        QStringLiteral("SELECT %1 FROM jobs WHERE state IN ('queued', 'running') ORDER BY created_at, id").arg(JobColumns)));
}

int JobRepository::pruneFinished(qint64 finishedBefore) const
{
    const QSqlQuery query = m_database.exec(QStringLiteral("DELETE FROM jobs WHERE state IN ('succeeded', 'failed', 'canceled')"
                                                           " AND finished_at IS NOT NULL AND finished_at < ?"),
                                            {finishedBefore});
    return std::max(query.numRowsAffected(), 0);
}

QSet<QString> JobRepository::pubsWithJobsFinishedSince(qint64 since) const
{
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT DISTINCT pub_id FROM jobs WHERE pub_id <> ''"
                                                     " AND finished_at IS NOT NULL AND finished_at >= ?"), {since});
    QSet<QString> pubs;
    while (query.next())
        pubs.insert(query.value(0).toString());
    return pubs;
}

QList<JobRecord> JobRepository::gaveUp() const
{
    return readJobs(m_database.exec(
        QStringLiteral("SELECT %1 FROM jobs j WHERE state = 'failed' AND NOT EXISTS (SELECT 1 FROM jobs n"
                       " WHERE n.idempotency_key = j.idempotency_key AND (n.created_at > j.created_at"
                       " OR (n.created_at = j.created_at AND n.id > j.id))) ORDER BY created_at, id").arg(JobColumns)));
}

}
