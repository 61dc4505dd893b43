#pragma once

#include "store/jobrepository.h"
#include "store/records.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace buttcloud {

class Database;
class JobWorker;

struct JobWorkerSettings
{
    std::chrono::milliseconds pollInterval{250};
    std::chrono::milliseconds lease{30000};       // a worker that dies loses its jobs after this
    std::chrono::milliseconds heartbeatInterval{10000};
    int maxConcurrentJobs = 4;
    BackoffPolicy backoff;
};

// One claimed job as its handler sees it: what to do, and how to report. Copies share one run; the
// first of succeed/fail/canceled ends it and later calls do nothing. A run whose lease was lost (the
// server was too slow, another worker took over) ignores every report.
class JobRun final
{
public:
    const JobRecord &job() const;
    // Whether an admin asked to cancel: handlers check it between steps and call canceled().
    bool cancelRequested() const;
    bool isOver() const;

    void progress(const QString &text) const;
    void succeed(const QJsonObject &result = {}) const;
    void fail(const QString &error, bool retryable) const;
    void canceled() const;

private:
    friend class JobWorker;
    struct State;
    explicit JobRun(std::shared_ptr<State> state);
    std::shared_ptr<State> m_state;
};

// Claims due jobs from the database (every poll interval, and at once when woken), runs the handler
// registered for each kind, renews their leases while they run and records how they end. Several
// workers, in one process or several, may share a database. Lives on the thread of its database.
class JobWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobWorker)

public:
    using Handler = std::function<void(JobRun run)>;

    JobWorker(const Database &database, QString workerId, JobWorkerSettings settings = {}, QObject *parent = nullptr);
    ~JobWorker() override;

    void registerHandler(JobKind kind, Handler handler);
    void start();
    void stop();
    QString workerId() const;
    int runningCount() const;

    // A job was queued or changed elsewhere (API, reconcile): tell listeners and claim at once.
    void notifyQueued(const QString &jobId);
    void claimDue();

Q_SIGNALS:
    // A job's row changed: claimed, progressed, finished, queued again. For the stream.
    void jobChanged(const QString &jobId);
    // A job ended (any final state, or queued again for a retry): for the orchestrator.
    void jobEnded(const QString &jobId);

private:
    friend class JobRun;
    void renewLeases();
    void run(const JobRecord &job);
    void report(JobRun::State &state, const std::function<bool(const JobRepository &)> &write, bool ends);

    const Database &m_database;
    QString m_workerId;
    JobWorkerSettings m_settings;
    QHash<JobKind, Handler> m_handlers;
    QHash<QString, std::shared_ptr<JobRun::State>> m_running;
    QTimer m_pollTimer;
    QTimer m_heartbeatTimer;
    bool m_claimScheduled = false;
};

}
