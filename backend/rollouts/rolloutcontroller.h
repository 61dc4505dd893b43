#pragma once

#include "jobs/jobworker.h"
#include "store/records.h"
#include "store/rolloutrepository.h"

#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

namespace buttcloud {

class Database;
class PubController;
class PubRuntime;

struct ObservedPub;

// Why swarm's update of service, begun after updateStartedBefore (its UpdateStatus.StartedAt before
// the rollout updated it), has failed, as soon as swarm says so: a rollback or pause of the update,
// or a failed task while it runs. Empty while it has not failed. Pure, for tests.
QString updateFailure(const ObservedPub &service, const QString &updateStartedBefore);

struct RolloutSettings
{
    std::chrono::milliseconds pollInterval{2000};
    // How long one pub may take to run the new image healthy (swarm watches it for 120 s, the image's
    // health check starts after up to 60 s) before the rollout calls its update failed.
    std::chrono::milliseconds pubTimeout{std::chrono::minutes(6)};
};

// Fleet upgrades (docs/api.md, "Rollouts"). A rollout is a row (its pubs' progress included) and one
// durable job of kind "rollout" that works through it: batch by batch, each pub's stored image is set
// to the new one (so the reconciler wants what the rollout wants, never the old image) and its service
// updated through swarm's rolling update (UpdateConfig: one task, stop first, rollback on failure).
// A batch is done when every pub of it runs a new task, healthy, answering whoami with its feed id of
// before. A pub whose update swarm rolls back or pauses, whose new task fails (seen as soon as swarm
// reports it, not when its rollback ends), that never gets healthy or that answers as another feed
// gets its old image stored back and pauses the rollout, named. A server that restarts resumes the job.
class RolloutController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutController)

public:
    RolloutController(const Database &database, PubController &pubs, PubRuntime *runtime, RolloutSettings settings = {},
                      QObject *parent = nullptr);
    ~RolloutController() override;

    void registerJobHandlers(JobWorker &worker);

    // Each throws ApiError: 422 for an invalid image, batch size or pub list, 409 while another
    // rollout is unfinished, 404 for an unknown rollout, 409 for a change its state does not allow.
    RolloutRecord start(const QString &image, int batchSize, qint64 pauseMs, const QStringList &pubIds,
                        const UserRecord &caller);
    RolloutRecord pause(const QString &rolloutId);
    RolloutRecord resume(const QString &rolloutId, const UserRecord &caller);
    RolloutRecord stop(const QString &rolloutId);

Q_SIGNALS:
    void jobQueued(const QString &jobId);
    // The rollout changed a pub's stored image (to the new one, or back to the old one).
    void pubChanged(const QString &pubId);

private:
    struct Batch;
    JobRecord enqueueRun(const RolloutRecord &rollout, const QString &createdBy);
    void runRollout(const JobRun &run);
    // The next batch of rollout (or its end); calls itself as batches finish.
    void nextBatch(const JobRun &run, const QString &rolloutId);
    void updateBatch(const std::shared_ptr<Batch> &batch);
    void watchBatch(const std::shared_ptr<Batch> &batch);
    void checkFeeds(const std::shared_ptr<Batch> &batch, QStringList pubIds);
    void failPub(const std::shared_ptr<Batch> &batch, const QString &pubId, const QString &why);
    RolloutRecord load(const QString &rolloutId) const;

    const Database &m_database;
    PubController &m_pubs;
    PubRuntime *m_runtime;
    RolloutSettings m_settings;
};

}
