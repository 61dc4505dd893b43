#include "jobs/jobworker.h"

#include "core/logging.h"
#include "store/database.h"

namespace buttcloud {

struct JobRun::State
{
    JobRecord job;
    QPointer<JobWorker> worker;
    bool over = false;      // ended, or its lease was lost
};

JobRun::JobRun(std::shared_ptr<State> state)
    : m_state(std::move(state))
{
}

const JobRecord &JobRun::job() const
{
    return m_state->job;
}

bool JobRun::cancelRequested() const
{
    if (isOver())
        return true;
    // Read now, not at the last heartbeat: a cancel should stop the very next step.
    try {
        const std::optional<JobRecord> job = JobRepository(m_state->worker->m_database).findById(m_state->job.id);
        m_state->job.cancelRequested = !job || job->cancelRequested;
    } catch (const std::exception &) {
        // Keep what the last heartbeat said.
    }
    return m_state->job.cancelRequested;
}

bool JobRun::isOver() const
{
    return m_state->over || !m_state->worker;
}

void JobRun::progress(const QString &text) const
{
    if (isOver())
        return;
    m_state->job.progress = text;
    const QString id = m_state->job.id;
    m_state->worker->report(*m_state, [&](const JobRepository &jobs) {
        return jobs.setProgress(id, m_state->worker->workerId(), text);
    }, false);
}

void JobRun::succeed(const QJsonObject &result) const
{
    if (isOver())
        return;
    const QString id = m_state->job.id;
    m_state->worker->report(*m_state, [&](const JobRepository &jobs) {
        return jobs.succeed(id, m_state->worker->workerId(), result);
    }, true);
}

void JobRun::fail(const QString &error, bool retryable) const
{
    if (isOver())
        return;
    const QString id = m_state->job.id;
    const BackoffPolicy backoff = m_state->worker->m_settings.backoff;
    m_state->worker->report(*m_state, [&](const JobRepository &jobs) {
        return jobs.fail(id, m_state->worker->workerId(), error, retryable, backoff);
    }, true);
}

void JobRun::canceled() const
{
    if (isOver())
        return;
    const QString id = m_state->job.id;
    m_state->worker->report(*m_state, [&](const JobRepository &jobs) {
        return jobs.markCanceled(id, m_state->worker->workerId());
    }, true);
}

JobWorker::JobWorker(const Database &database, QString workerId, JobWorkerSettings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_workerId(std::move(workerId))
    , m_settings(settings)
{
    m_pollTimer.setInterval(m_settings.pollInterval);
    connect(&m_pollTimer, &QTimer::timeout, this, &JobWorker::claimDue);
    m_heartbeatTimer.setInterval(m_settings.heartbeatInterval);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &JobWorker::renewLeases);
}

JobWorker::~JobWorker()
{
    // Runs still out (a handler waiting for Docker) see their worker gone and report nothing. Their
    // jobs go back to the queue now, so a restarted server need not wait for the leases to expire
    // (handlers are idempotent: what the run did already is simply done again).
    for (const auto &state : std::as_const(m_running)) {
        state->over = true;
        try {
            JobRepository(m_database).release(state->job.id, m_workerId);
        } catch (const std::exception &error) {
            qCWarning(lcJobs) << "cannot give back job" << state->job.id << ":" << error.what();
        }
    }
}

void JobWorker::registerHandler(JobKind kind, Handler handler)
{
    m_handlers.insert(kind, std::move(handler));
}

void JobWorker::start()
{
    m_pollTimer.start();
    m_heartbeatTimer.start();
    claimDue();
}

void JobWorker::stop()
{
    m_pollTimer.stop();
    m_heartbeatTimer.stop();
}

QString JobWorker::workerId() const
{
    return m_workerId;
}

int JobWorker::runningCount() const
{
    return int(m_running.size());
}

void JobWorker::notifyQueued(const QString &jobId)
{
    Q_EMIT jobChanged(jobId);
    if (!m_pollTimer.isActive() || m_claimScheduled)
        return;
    // Claim on the next turn: the caller's transaction is committed by then.
    m_claimScheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_claimScheduled = false;
        claimDue();
    }, Qt::QueuedConnection);
}

void JobWorker::claimDue()
{
    try {
        while (m_running.size() < m_settings.maxConcurrentJobs) {
            const std::optional<JobRecord> job = JobRepository(m_database).claim(m_workerId, m_settings.lease);
            if (!job)
                return;
            run(*job);
        }
    } catch (const std::exception &error) {
        // The database may be busy or gone for a moment; the next poll tries again.
        qCWarning(lcJobs) << "cannot claim jobs:" << error.what();
    }
}

void JobWorker::run(const JobRecord &job)
{
    auto state = std::make_shared<JobRun::State>(JobRun::State{job, this, false});
    m_running.insert(job.id, state);
    Q_EMIT jobChanged(job.id);
    qCInfo(lcJobs).noquote() << "running job" << job.id << jobKindName(job.kind) << "attempt" << job.attempts
                             << "of" << job.maxAttempts;
    const JobRun run(state);
    if (job.cancelRequested)
        return run.canceled();
    const auto handler = m_handlers.constFind(job.kind);
    if (handler == m_handlers.constEnd())
        return run.fail(QStringLiteral("this server cannot run %1 jobs").arg(jobKindName(job.kind)), false);
    try {
        (*handler)(run);
    } catch (const std::exception &error) {
        run.fail(QStringLiteral("internal error: %1").arg(QString::fromUtf8(error.what())), true);
    }
}

void JobWorker::report(JobRun::State &state, const std::function<bool(const JobRepository &)> &write, bool ends)
{
    bool held = false;
    try {
        held = write(JobRepository(m_database));
    } catch (const std::exception &error) {
        // Not recorded: the lease runs out and the job is claimed again (handlers are idempotent).
        qCWarning(lcJobs) << "cannot record job" << state.job.id << ":" << error.what();
        held = false;
    }
    if (!held) {
        qCWarning(lcJobs) << "job" << state.job.id << "is no longer held by" << m_workerId;
        state.over = true;
    } else if (ends) {
        state.over = true;
    }
    const QString id = state.job.id;
    if (state.over) {
        m_running.remove(id);
        Q_EMIT jobChanged(id);
        Q_EMIT jobEnded(id);
        if (m_pollTimer.isActive())
            QMetaObject::invokeMethod(this, &JobWorker::claimDue, Qt::QueuedConnection);
    } else {
        Q_EMIT jobChanged(id);
    }
}

void JobWorker::renewLeases()
{
    const QList<std::shared_ptr<JobRun::State>> running = m_running.values();
    for (const auto &state : running) {
        try {
            const std::optional<JobRecord> renewed =
                JobRepository(m_database).heartbeat(state->job.id, m_workerId, m_settings.lease);
            if (!renewed) {
                qCWarning(lcJobs) << "lost the lease of job" << state->job.id;
                state->over = true;
                m_running.remove(state->job.id);
                continue;
            }
            state->job.cancelRequested = renewed->cancelRequested;
        } catch (const std::exception &error) {
            qCWarning(lcJobs) << "cannot renew the lease of job" << state->job.id << ":" << error.what();
        }
    }
}

}
