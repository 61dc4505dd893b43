#pragma once

#include "jobs/jobworker.h"
#include "pubs/pubweb.h"
#include "store/records.h"
#include "swarm/pubruntime.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace buttcloud {

class Database;

// How pubs are run, from the server's configuration.
struct PubSettings
{
    QString image;
    QString publicHost;
    quint16 portFirst = 20000;
    quint16 portLast = 20999;
    qint64 memoryLimitBytes = 0;
    qint64 memoryReservationBytes = 0;
    std::chrono::milliseconds observeInterval{2000};
    PubWebSettings web;             // with a domain, a new pub's invites carry <name>.<domain>
    QString network;                // the ingress's overlay network every pub joins; empty: none
};

// A pub as a request left it, with the job that carries the request out.
struct PubWithJob
{
    PubRecord pub;
    JobRecord job;
};

// Owns the pubs' desired state and status. API calls write the desired state and queue a durable job
// in the same transaction, and return at once; the job worker runs the jobs through the handlers this
// controller registers (runJob), which drive the PubRuntime. Every observe interval it stores what the
// swarm really does and hands the observation to the reconciler (observed), which queues repairs.
// Lives on the thread of its runtime.
class PubController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubController)

public:
    static constexpr int PubJobMaxAttempts = 8;

    PubController(const Database &database, PubRuntime *runtime, PubSettings settings, QObject *parent = nullptr);
    ~PubController() override;

    const PubWebSettings &webSettings() const;
    // Starts observing: once now, then every observe interval.
    void startObserving();
    // Registers the handlers of pub.create, pub.start, pub.stop, pub.update and pub.delete.
    void registerJobHandlers(JobWorker &worker);

    // Each throws ApiError (422 bad name, 409 name taken, no free port, or a deleted pub; 404 unknown
    // id) and returns the pub as stored after the request with its job. caller names who asked (the
    // job's reason), null for the server itself.
    // create's kind and payload: another job makes the pub (pub.import restores its data first).
    PubWithJob create(const QString &ownerId, const QString &name, const UserRecord *caller = nullptr,
                      JobKind kind = JobKind::PubCreate, const QJsonObject &payload = {});
    // The same with the pub's id chosen beforehand (billing names it to the payment provider) and more
    // to store in the pub's transaction (its subscription): if alsoStore throws, nothing is stored.
    PubWithJob create(const QString &ownerId, const QString &name, const UserRecord *caller, const QString &pubId,
                      const std::function<void(const PubRecord &pub)> &alsoStore, JobKind kind = JobKind::PubCreate,
                      const QJsonObject &payload = {});
    PubWithJob requestStart(const QString &pubId, const UserRecord *caller = nullptr);
    PubWithJob requestStop(const QString &pubId, const UserRecord *caller = nullptr);
    PubWithJob requestDelete(const QString &pubId, bool removeData, const UserRecord *caller = nullptr);

    // One observation; ignored while the previous one is still out.
    void observeNow();
    // Whether the pub has a queued or running job.
    bool isBusy(const QString &pubId) const;
    // What a pub should run as (today's settings fill what older pubs did not record).
    PubServiceSpec specFor(const PubRecord &pub) const;
    // Runs a pub job's runtime operation (pub.import hands its job on here once the data is restored).
    void runJob(const JobRun &run);

Q_SIGNALS:
    // For tests and the log: an observation was applied, or a pub job's runtime operation finished.
    void observationApplied();
    void operationFinished(const QString &pubId);
    // The swarm as just observed (for the reconciler).
    void observed(const QList<buttcloud::ObservedPub> &services);
    // A pub's stored row changed (created, status, desired state, message...) or was deleted; for
    // the live stream.
    void pubChanged(const QString &pubId);
    void pubRemoved(const QString &pubId, const QString &ownerId);
    // A job was queued (for the worker and the stream).
    void jobQueued(const QString &jobId);

private:
    enum class Operation { Deploy, ScaleUp, ScaleDown, Remove };

    PubRecord load(const QString &pubId) const;
    PubRecord loadChangeable(const QString &pubId) const;
    quint16 allocatePort() const;
    PubWithJob changeDesiredState(const QString &pubId, PubDesiredState state, JobKind kind, const UserRecord *caller);
    JobRecord enqueueFor(const PubRecord &pub, JobKind kind, const UserRecord *caller, const QJsonObject &payload = {});
    void save(PubRecord pub, const PubRecord &before);

    void launch(const JobRun &run, const PubRecord &pub, Operation operation);
    void finish(const JobRun &run, Operation operation, const std::optional<RuntimeError> &error);
    void applyObservation(const QList<ObservedPub> &services);
    void applyObservationFailure(const RuntimeError &error);

    const Database &m_database;
    PubRuntime *m_runtime;
    PubSettings m_settings;
    QTimer m_observeTimer;
    QSet<QString> m_busy;                    // pubs with a runtime operation in flight
    QSet<QString> m_finishedSinceObserveStart; // their observation may predate the operation
    bool m_observing = false;
};

}
