#include "rollouts/rolloutcontroller.h"

#include "core/logging.h"
#include "core/random.h"
#include "http/apierror.h"
#include "pubs/pubcontroller.h"
#include "store/database.h"
#include "store/jobrepository.h"
#include "store/pubrepository.h"
#include "swarm/pubruntime.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace buttcloud {

namespace {

constexpr int MaxBatchSize = 1000;
constexpr qint64 MaxPauseMs = 24LL * 3600 * 1000;
const QString Pending = QStringLiteral("pending");
const QString Updating = QStringLiteral("updating");
const QString Updated = QStringLiteral("updated");
const QString Failed = QStringLiteral("failed");
const QString Skipped = QStringLiteral("skipped");
const QString Running = QStringLiteral("running");
const QString Paused = QStringLiteral("paused");

bool isValidImage(const QString &image)
{
    // name[:tag], as Docker references are written; no digests, spaces or options.
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._/-]{0,200}(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$"));
    return pattern.match(image).hasMatch();
}

RolloutPub *findPub(RolloutRecord &rollout, const QString &pubId)
{
    for (RolloutPub &pub : rollout.pubs) {
        if (pub.pubId == pubId)
            return &pub;
    }
    return nullptr;
}

}

QString updateFailure(const ObservedPub &service, const QString &updateStartedBefore)
{
    // Only an update begun by this rollout counts: an older one's rollback is history.
    if (service.updateStartedAt.isEmpty() || service.updateStartedAt == updateStartedBefore)
        return {};
    const QString swarmSays = service.updateMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(service.updateMessage);
    const QString &state = service.updateState;
    if (state == QLatin1String("rollback_started") || state == QLatin1String("rollback_completed"))
        return QStringLiteral("its new task failed and swarm rolls it back") + swarmSays;
    if (state == QLatin1String("paused") || state == QLatin1String("rollback_paused"))
        return QStringLiteral("swarm paused its update") + swarmSays;
    // A new task that fails while the update runs makes swarm roll back: no need to wait for that.
    if (state == QLatin1String("updating") && service.status == PubStatus::Failed)
        return QStringLiteral("its new task failed: %1").arg(service.message);
    return {};
}

// The pubs of one batch while they are updated and watched.
struct RolloutController::Batch
{
    JobRun run;
    QString rolloutId;
    QString image;
    QStringList pubIds;
    QHash<QString, QString> oldContainers; // the task each pub ran before: the new one must differ
    QHash<QString, QString> oldUpdateStarts; // when swarm's last update of each pub began, before this one
    QSet<QString> verified;
    QDeadlineTimer deadline;
};

RolloutController::RolloutController(const Database &database, PubController &pubs, PubRuntime *runtime,
                                     RolloutSettings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_pubs(pubs)
    , m_runtime(runtime)
    , m_settings(settings)
{
}

RolloutController::~RolloutController() = default;

void RolloutController::registerJobHandlers(JobWorker &worker)
{
    worker.registerHandler(JobKind::RolloutBatch, [guard = QPointer<RolloutController>(this)](JobRun run) {
        if (!guard)
            return run.fail(QStringLiteral("the server is shutting down"), true);
        guard->runRollout(run);
    });
}

RolloutRecord RolloutController::load(const QString &rolloutId) const
{
    std::optional<RolloutRecord> rollout = RolloutRepository(m_database).findById(rolloutId);
    if (!rollout)
        throw ApiError::notFound(QStringLiteral("no such rollout"));
    return *rollout;
}

JobRecord RolloutController::enqueueRun(const RolloutRecord &rollout, const QString &createdBy)
{
    JobRequest request;
    request.kind = JobKind::RolloutBatch;
    request.payload = QJsonObject{{QStringLiteral("rolloutId"), rollout.id}};
    request.idempotencyKey = QStringLiteral("rollout:") + rollout.id;
    request.reason = QStringLiteral("rollout of %1").arg(rollout.image);
    request.createdBy = createdBy;
    request.maxAttempts = 20;
    return JobRepository(m_database).enqueue(request);
}

RolloutRecord RolloutController::start(const QString &image, int batchSize, qint64 pauseMs, const QStringList &pubIds,
                                       const UserRecord &caller)
{
    if (!isValidImage(image))
        throw ApiError::validation(QStringLiteral("image"), QStringLiteral("expected an image name such as buttcloud/pub:16.0.2"));
    if (batchSize < 1 || batchSize > MaxBatchSize)
        throw ApiError::validation(QStringLiteral("batchSize"), QStringLiteral("expected 1 to %1").arg(MaxBatchSize));
    if (pauseMs < 0 || pauseMs > MaxPauseMs)
        throw ApiError::validation(QStringLiteral("pause"), QStringLiteral("expected 0 to 86400 seconds"));

    RolloutRecord rollout;
    rollout.id = generateId();
    rollout.image = image;
    rollout.batchSize = batchSize;
    rollout.pauseMs = pauseMs;
    rollout.createdBy = caller.id;
    rollout.createdAt = rollout.updatedAt = currentEpochMs();
    JobRecord job;
    m_database.transaction([&] {
        if (const auto unfinished = RolloutRepository(m_database).findUnfinished())
            throw ApiError::conflict(QStringLiteral("rollout %1 is %2: stop it first").arg(unfinished->id, unfinished->state));
        QHash<QString, PubRecord> pubs;
        for (const PubRecord &pub : PubRepository(m_database).list())
            pubs.insert(pub.id, pub);
        const QStringList chosen = pubIds.isEmpty() ? QStringList(pubs.keys()) : pubIds;
        for (const QString &pubId : chosen) {
            if (!pubs.contains(pubId))
                throw ApiError::validation(QStringLiteral("pubIds"), QStringLiteral("no such pub: %1").arg(pubId));
            const PubRecord &pub = pubs.value(pubId);
            if (pub.desiredState == PubDesiredState::Deleted || pub.image == image || findPub(rollout, pubId))
                continue;
            rollout.pubs.append(RolloutPub{pubId, pub.image, {}, Pending, {}});
        }
        std::sort(rollout.pubs.begin(), rollout.pubs.end(),
                  [&pubs](const RolloutPub &a, const RolloutPub &b) { return pubs.value(a.pubId).createdAt < pubs.value(b.pubId).createdAt; });
        RolloutRepository(m_database).insert(rollout);
        job = enqueueRun(rollout, caller.id);
    });
    qCInfo(lcPubs).noquote() << "rollout" << rollout.id << "of" << image << "to" << rollout.pubs.size() << "pubs, job" << job.id;
    Q_EMIT jobQueued(job.id);
    return rollout;
}

RolloutRecord RolloutController::pause(const QString &rolloutId)
{
    RolloutRecord rollout = load(rolloutId);
    if (rollout.state != Running)
        throw ApiError::conflict(QStringLiteral("the rollout is %1, not running").arg(rollout.state));
    rollout.state = Paused;
    rollout.message = QStringLiteral("paused by an admin");
    RolloutRepository(m_database).update(rollout);
    return load(rolloutId);
}

RolloutRecord RolloutController::resume(const QString &rolloutId, const UserRecord &caller)
{
    RolloutRecord rollout = load(rolloutId);
    if (rollout.state != Paused)
        throw ApiError::conflict(QStringLiteral("the rollout is %1, not paused").arg(rollout.state));
    rollout.state = Running;
    rollout.message.clear();
    rollout.failedPubId.clear();
    // A failed pub is tried again: its image may have been fixed meanwhile.
    for (RolloutPub &pub : rollout.pubs) {
        if (pub.state == Failed)
            pub.state = Pending;
    }
    JobRecord job;
    m_database.transaction([&] {
        RolloutRepository(m_database).update(rollout);
        job = enqueueRun(rollout, caller.id);
    });
    Q_EMIT jobQueued(job.id);
    return load(rolloutId);
}

RolloutRecord RolloutController::stop(const QString &rolloutId)
{
    RolloutRecord rollout = load(rolloutId);
    if (rollout.state != Running && rollout.state != Paused)
        throw ApiError::conflict(QStringLiteral("the rollout is %1 already").arg(rollout.state));
    rollout.state = QStringLiteral("stopped");
    rollout.message = QStringLiteral("stopped by an admin; updated pubs keep the new image");
    RolloutRepository(m_database).update(rollout);
    return load(rolloutId);
}

void RolloutController::runRollout(const JobRun &run)
{
    const QString rolloutId = run.job().payload.value(QLatin1String("rolloutId")).toString();
    try {
        nextBatch(run, rolloutId);
    } catch (const std::exception &error) {
        run.fail(QString::fromUtf8(error.what()), true);
    }
}

void RolloutController::nextBatch(const JobRun &run, const QString &rolloutId)
{
    std::optional<RolloutRecord> found = RolloutRepository(m_database).findById(rolloutId);
    if (!found)
        return run.fail(QStringLiteral("the rollout no longer exists"), false);
    RolloutRecord rollout = *found;
    if (rollout.state != Running)
        return run.succeed(QJsonObject{{QStringLiteral("rolloutId"), rolloutId}, {QStringLiteral("state"), rollout.state}});
    if (run.cancelRequested())
        return run.canceled();

    auto batch = std::make_shared<Batch>(Batch{run, rolloutId, rollout.image, {}, {}, {}, {}, QDeadlineTimer(m_settings.pubTimeout)});
    // Pubs caught mid-update by a restart come first: they are only watched again.
    for (const QString &wanted : {Updating, Pending}) {
        for (RolloutPub &pub : rollout.pubs) {
            if (pub.state != wanted || batch->pubIds.size() >= rollout.batchSize)
                continue;
            const std::optional<PubRecord> record = PubRepository(m_database).findById(pub.pubId);
            if (!record || record->desiredState == PubDesiredState::Deleted) {
                pub.state = Skipped;
                pub.message = QStringLiteral("the pub was deleted");
                continue;
            }
            batch->pubIds.append(pub.pubId);
        }
    }
    const int done = int(std::count_if(rollout.pubs.cbegin(), rollout.pubs.cend(),
                                       [](const RolloutPub &pub) { return pub.state == Updated; }));
    if (batch->pubIds.isEmpty()) {
        rollout.state = QStringLiteral("completed");
        rollout.message = QStringLiteral("%1 of %2 pubs run %3").arg(done).arg(rollout.pubs.size()).arg(rollout.image);
        RolloutRepository(m_database).update(rollout);
        qCInfo(lcPubs).noquote() << "rollout" << rolloutId << "completed:" << rollout.message;
        return run.succeed(QJsonObject{{QStringLiteral("rolloutId"), rolloutId}, {QStringLiteral("state"), rollout.state}});
    }
    RolloutRepository(m_database).update(rollout);
    run.progress(QStringLiteral("%1 of %2 pubs updated; updating %3").arg(done).arg(rollout.pubs.size()).arg(batch->pubIds.join(u' ')));
    updateBatch(batch);
}

void RolloutController::updateBatch(const std::shared_ptr<Batch> &batch)
{
    QPointer<RolloutController> guard(this);
    m_runtime->observe([guard, batch](std::variant<QList<ObservedPub>, RuntimeError> observed) {
        if (!guard)
            return;
        if (const auto *error = std::get_if<RuntimeError>(&observed))
            return batch->run.fail(error->message, true);
        for (const ObservedPub &service : std::get<QList<ObservedPub>>(observed)) {
            if (batch->pubIds.contains(service.pubId)) {
                batch->oldContainers.insert(service.pubId, service.containerId);
                batch->oldUpdateStarts.insert(service.pubId, service.updateStartedAt);
            }
        }
        // One pub after the other: its feed id first (the pub still runs the old image), then the update.
        auto updateNext = std::make_shared<std::function<void(int)>>();
        *updateNext = [guard, batch, updateNext](int index) {
            if (!guard)
                return;
            if (index >= batch->pubIds.size()) {
                guard->watchBatch(batch);
                *updateNext = nullptr; // breaks the cycle
                return;
            }
            const QString pubId = batch->pubIds.at(index);
            RolloutRecord current = guard->load(batch->rolloutId);
            if (findPub(current, pubId)->state == Updating)
                return (*updateNext)(index + 1);
            guard->m_runtime->askFeedId(pubId, [guard, batch, updateNext, index, pubId](const QString &feedId) {
                if (!guard)
                    return;
                try {
                    RolloutRecord rollout = guard->load(batch->rolloutId);
                    RolloutPub *pub = findPub(rollout, pubId);
                    // A pub that is not running has no feed to compare: it is updated all the same.
                    pub->feedId = feedId;
                    pub->state = Updating;
                    PubRepository(guard->m_database).setImage(pubId, batch->image, pub->fromImage);
                    RolloutRepository(guard->m_database).update(rollout);
                    Q_EMIT guard->pubChanged(pubId);
                    const std::optional<PubRecord> record = PubRepository(guard->m_database).findById(pubId);
                    PubServiceSpec spec = guard->m_pubs.specFor(*record);
                    spec.replicas = record->desiredState == PubDesiredState::Running ? 1 : 0;
                    guard->m_runtime->deploy(spec, [guard, batch, updateNext, index, pubId](std::optional<RuntimeError> error) {
                        if (!guard)
                            return;
                        try {
                            if (error)
                                return guard->failPub(batch, pubId, QStringLiteral("the update was refused: %1").arg(error->message));
                            (*updateNext)(index + 1);
                        } catch (const std::exception &failure) {
                            batch->run.fail(QString::fromUtf8(failure.what()), true);
                        }
                    });
                } catch (const std::exception &error) {
                    batch->run.fail(QString::fromUtf8(error.what()), true);
                }
            });
        };
        (*updateNext)(0);
    });
}

void RolloutController::watchBatch(const std::shared_ptr<Batch> &batch)
{
    if (batch->run.isOver())
        return;
    QPointer<RolloutController> guard(this);
    m_runtime->observe([guard, batch](std::variant<QList<ObservedPub>, RuntimeError> observed) {
        if (!guard || batch->run.isOver())
            return;
        try {
            RolloutRecord rollout = guard->load(batch->rolloutId);
            // Paused or stopped meanwhile: the pubs being updated are watched again on resume.
            if (rollout.state != Running)
                return batch->run.succeed(QJsonObject{{QStringLiteral("rolloutId"), rollout.id}, {QStringLiteral("state"), rollout.state}});
            QStringList ready;
            if (const auto *services = std::get_if<QList<ObservedPub>>(&observed)) {
                for (const QString &pubId : batch->pubIds) {
                    if (batch->verified.contains(pubId))
                        continue;
                    const auto service = std::find_if(services->cbegin(), services->cend(),
                                                       [&pubId](const ObservedPub &pub) { return pub.pubId == pubId; });
                    const RolloutPub *pub = findPub(rollout, pubId);
                    if (service == services->cend())
                        return guard->failPub(batch, pubId, QStringLiteral("its service is gone"));
                    if (const QString failure = updateFailure(*service, batch->oldUpdateStarts.value(pubId)); !failure.isEmpty())
                        return guard->failPub(batch, pubId, failure);
                    // Swarm puts the previous spec back when the new task fails: a rollback.
                    if (service->image == pub->fromImage)
                        return guard->failPub(batch, pubId, QStringLiteral("its new task failed and swarm rolled it back to %1")
                                                                .arg(pub->fromImage));
                    const bool newTask = service->containerId != batch->oldContainers.value(pubId);
                    if (service->replicas == 0 || (service->status == PubStatus::Up && newTask))
                        ready.append(pubId);
                }
            }
            if (!ready.isEmpty())
                return guard->checkFeeds(batch, ready);
            if (batch->deadline.hasExpired()) {
                const auto late = std::find_if(batch->pubIds.cbegin(), batch->pubIds.cend(),
                                               [&batch](const QString &pubId) { return !batch->verified.contains(pubId); });
                return guard->failPub(batch, *late, QStringLiteral("its new task did not get healthy in time"));
            }
            QTimer::singleShot(guard->m_settings.pollInterval, guard, [guard, batch] {
                if (guard)
                    guard->watchBatch(batch);
            });
        } catch (const std::exception &error) {
            batch->run.fail(QString::fromUtf8(error.what()), true);
        }
    });
}

void RolloutController::checkFeeds(const std::shared_ptr<Batch> &batch, QStringList pubIds)
{
    if (pubIds.isEmpty()) {
        if (batch->verified.size() < batch->pubIds.size())
            return watchBatch(batch);
        // The whole batch runs the new image: the next one, after the pause.
        const RolloutRecord rollout = load(batch->rolloutId);
        QTimer::singleShot(std::chrono::milliseconds(rollout.pauseMs), this,
                           [guard = QPointer<RolloutController>(this), batch] {
                               if (!guard)
                                   return;
                               try {
                                   guard->nextBatch(batch->run, batch->rolloutId);
                               } catch (const std::exception &error) {
                                   batch->run.fail(QString::fromUtf8(error.what()), true);
                               }
                           });
        return;
    }
    const QString pubId = pubIds.takeFirst();
    QPointer<RolloutController> guard(this);
    m_runtime->askFeedId(pubId, [guard, batch, pubId, pubIds](const QString &feedId) {
        if (!guard || batch->run.isOver())
            return;
        try {
            RolloutRecord rollout = guard->load(batch->rolloutId);
            RolloutPub *pub = findPub(rollout, pubId);
            if (!pub->feedId.isEmpty() && feedId.isEmpty())
                return guard->checkFeeds(batch, pubIds); // not answering yet: watched again
            if (!pub->feedId.isEmpty() && feedId != pub->feedId)
                return guard->failPub(batch, pubId, QStringLiteral("it answers as another feed (%1, not %2)").arg(feedId, pub->feedId));
            pub->state = Updated;
            pub->message.clear();
            RolloutRepository(guard->m_database).update(rollout);
            batch->verified.insert(pubId);
            qCInfo(lcPubs).noquote() << "rollout" << rollout.id << "updated pub" << pubId << "to" << rollout.image;
            guard->checkFeeds(batch, pubIds);
        } catch (const std::exception &error) {
            batch->run.fail(QString::fromUtf8(error.what()), true);
        }
    });
}

void RolloutController::failPub(const std::shared_ptr<Batch> &batch, const QString &pubId, const QString &why)
{
    RolloutRecord rollout = load(batch->rolloutId);
    RolloutPub *pub = findPub(rollout, pubId);
    // The reconciler follows the stored image: back to the old one, so it never redeploys the broken one.
    PubRepository(m_database).setImage(pubId, pub->fromImage, rollout.image);
    pub->state = Failed;
    pub->message = why;
    rollout.state = Paused;
    rollout.failedPubId = pubId;
    rollout.message = QStringLiteral("pub %1: %2").arg(pubId, why);
    RolloutRepository(m_database).update(rollout);
    Q_EMIT pubChanged(pubId);
    qCWarning(lcPubs).noquote() << "rollout" << rollout.id << "paused:" << rollout.message;
    batch->run.succeed(QJsonObject{{QStringLiteral("rolloutId"), rollout.id},
                                   {QStringLiteral("state"), rollout.state},
                                   {QStringLiteral("failedPubId"), pubId}});
}

}
