#include "pubs/pubmove.h"

#include "core/datadir.h"
#include "core/logging.h"
#include "http/apierror.h"
#include "orchestrator/orchestrator.h"
#include "orchestrator/reconcileplanner.h"
#include "pubs/pubcustody.h"
#include "store/database.h"
#include "store/hubrepository.h"
#include "store/jobrepository.h"
#include "store/pubrepository.h"
#include "swarm/pubruntime.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QScopeGuard>
#include <QTimer>

namespace buttcloud {

namespace {

// Work that a move may not overlap: each copies or replaces the pub's data volume.
const QList<JobKind> CustodyKinds{JobKind::PubMove, JobKind::PubExport, JobKind::PubImport};

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(1 << 20), 'f', 1);
}

bool hasUnfinishedCustodyJob(const Database &database, const QString &pubId)
{
    const QList<JobRecord> unfinished = JobRepository(database).unfinished();
    return std::any_of(unfinished.cbegin(), unfinished.cend(), [&pubId](const JobRecord &job) {
        return job.pubId == pubId && CustodyKinds.contains(job.kind);
    });
}

}

HubRecord requireReadyHub(const Database &database, const QString &hubId)
{
    if (hubId.isEmpty())
        throw ApiError::validation(QStringLiteral("hubId"), QStringLiteral("the hub is required"));
    const std::optional<HubRecord> hub = HubRepository(database).findById(hubId);
    if (!hub)
        throw ApiError::validation(QStringLiteral("hubId"), QStringLiteral("no such hub"));
    if (!hub->takesPubs())
        throw ApiError::validation(QStringLiteral("hubId"), QStringLiteral("hub %1 is %2, not ready").arg(hub->name, hub->state));
    return *hub;
}

struct PubMove::MoveRun
{
    JobRun run;
    PubRecord pub;
    HubRecord target;
    QString fromNodeId;   // where the volume was; empty when nothing was copied (it was there already)
    QString feedId;       // the identity the copied data holds
    std::unique_ptr<QFile> tar;
    QDeadlineTimer deadline;
};

PubMove::PubMove(const Database &database, PubController &pubs, PubCustody &custody, PubRuntime *runtime,
                 MoveSettings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_pubs(pubs)
    , m_custody(custody)
    , m_runtime(runtime)
    , m_settings(std::move(settings))
{
    makePrivateDirectory(m_settings.workDir);
    // Tars of moves cut short by a crash: the move runs again from its source, they are of no use.
    for (const QFileInfo &file : QDir(m_settings.workDir).entryInfoList(QDir::Files | QDir::Hidden))
        QFile::remove(file.absoluteFilePath());
}

PubMove::~PubMove() = default;

void PubMove::setOrchestrator(const Orchestrator *orchestrator) { m_orchestrator = orchestrator; }

void PubMove::registerJobHandlers(JobWorker &worker)
{
    worker.registerHandler(JobKind::PubMove, [guard = QPointer<PubMove>(this)](JobRun run) {
        if (!guard)
            return run.fail(QStringLiteral("the server is shutting down"), true);
        try {
            guard->runMove(run);
        } catch (const std::exception &error) {
            run.fail(QString::fromUtf8(error.what()), true);
        }
    });
}

QString PubMove::localNodeId() const
{
    const std::optional<HubRecord> local = HubRepository(m_database).findLocal();
    return local ? local->nodeId : QString();
}

JobRecord PubMove::enqueueMove(const PubRecord &pub, const HubRecord &hub, const QString &reason, const QString &createdBy)
{
    JobRequest request;
    request.kind = JobKind::PubMove;
    request.pubId = pub.id;
    request.hubId = hub.id;
    request.payload = QJsonObject{{QStringLiteral("hubId"), hub.id}};
    request.idempotencyKey = pubJobKey(JobKind::PubMove, pub.id);
    request.reason = reason;
    request.createdBy = createdBy;
    request.maxAttempts = 3;
    return JobRepository(m_database).enqueue(request);
}

PubWithJob PubMove::requestMove(const QString &pubId, const QString &hubId, const UserRecord &caller)
{
    const HubRecord hub = requireReadyHub(m_database, hubId);
    JobRecord job;
    m_database.transaction([&] {
        const std::optional<PubRecord> pub = PubRepository(m_database).findById(pubId);
        if (!pub)
            throw ApiError::notFound(QStringLiteral("no such pub"));
        if (pub->desiredState == PubDesiredState::Deleted)
            throw ApiError::conflict(QStringLiteral("the pub is being deleted"));
        if (hasUnfinishedCustodyJob(m_database, pubId))
            throw ApiError::conflict(QStringLiteral("another move, export or import of the pub is unfinished"));
        bool there = pub->hubId == hub.id;
        if (pub->hubId.isEmpty() && !pub->node.isEmpty() && m_orchestrator) {
            const QList<ObservedNode> nodes = m_orchestrator->nodes();
            there = std::any_of(nodes.cbegin(), nodes.cend(), [&](const ObservedNode &node) {
                return node.id == hub.nodeId && node.hostname == pub->node;
            });
        }
        if (there)
            throw ApiError::validation(QStringLiteral("hubId"), QStringLiteral("the pub already runs on hub %1").arg(hub.name));
        job = enqueueMove(*pub, hub, QStringLiteral("requested by %1").arg(caller.email), caller.id);
    });
    qCInfo(lcPubs).noquote() << "moving pub" << pubId << "to hub" << hub.id << "job" << job.id;
    Q_EMIT jobQueued(job.id);
    return {*PubRepository(m_database).findById(pubId), job};
}

void PubMove::runMove(const JobRun &run)
{
    const JobRecord &job = run.job();
    const std::optional<PubRecord> pub = PubRepository(m_database).findById(job.pubId);
    if (!pub)
        return run.succeed(QJsonObject{{QStringLiteral("skipped"), QStringLiteral("the pub no longer exists")}});
    if (pub->desiredState == PubDesiredState::Deleted)
        return run.fail(QStringLiteral("the pub is being deleted"), false);
    const QString hubId = job.payload.value(QLatin1String("hubId")).toString();
    const std::optional<HubRecord> hub = HubRepository(m_database).findById(hubId);
    auto state = std::make_shared<MoveRun>(MoveRun{run, *pub, hub.value_or(HubRecord{}),
                                                   job.payload.value(QLatin1String("fromNodeId")).toString(),
                                                   job.payload.value(QLatin1String("feedId")).toString(), {}, {}});
    // The checkpoint says the switch happened (a retry after a crash or a failed start): the data is
    // on the target, only the rest is left to do.
    if (job.payload.value(QLatin1String("switched")).toBool() && pub->hubId == hubId) {
        if (!hub)
            return run.fail(QStringLiteral("the hub the pub was moved to no longer exists"), false);
        return startOnTarget(state);
    }
    // Whatever an earlier attempt did before the switch, the pub may be stopped: started again.
    if (!hub)
        return m_custody.restartAndFail(run, *pub, QStringLiteral("the hub to move to no longer exists"));
    if (!hub->takesPubs())
        return m_custody.restartAndFail(run, *pub, QStringLiteral("hub %1 is %2, not ready").arg(hub->name, hub->state));
    if (pub->hubId == hubId)
        return run.succeed(QJsonObject{{QStringLiteral("skipped"), QStringLiteral("the pub is on hub %1 already").arg(hub->name)}});
    if (run.cancelRequested())
        return m_custody.restartAndFail(run, *pub, QStringLiteral("canceled"));
    run.progress(QStringLiteral("stopping"));
    QPointer<PubMove> guard(this);
    m_custody.stopPub(run, *pub, [guard, state](const QString &nodeId) {
        if (guard)
            guard->copyToTarget(state, nodeId);
    });
}

void PubMove::copyToTarget(const std::shared_ptr<MoveRun> &state, const QString &observedNodeId)
{
    // Where the volume is: stopPub says (the node its task last ran on, else its pinned hub's),
    // else the manager's.
    QString from = observedNodeId;
    if (from.isEmpty())
        from = localNodeId();
    if (from == state->target.nodeId) {
        // Swarm placed it on the target already: its data is there, only the pin is missing.
        state->fromNodeId.clear();
        return switchToTarget(state);
    }
    state->fromNodeId = from;
    const QString path = QDir(m_settings.workDir).filePath(state->pub.id + QStringLiteral("-move.tar"));
    state->tar = std::make_unique<QFile>(path);
    if (!state->tar->open(QIODevice::ReadWrite | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString why = state->tar->errorString();
        state->tar.reset();
        return m_custody.restartAndFail(state->run, state->pub, QStringLiteral("cannot write the volume's copy: %1").arg(why));
    }
    state->run.progress(QStringLiteral("copying the data volume"));
    QPointer<PubMove> guard(this);
    // On every way out before the switch: the copy goes, the pub runs again where it was.
    const auto abandon = [guard, state](const QString &why) {
        if (state->tar) {
            state->tar->remove();
            state->tar.reset();
        }
        if (guard)
            guard->m_custody.restartAndFail(state->run, state->pub, why);
    };
    m_custody.copyVolume(state->pub, from, state->tar.get(), [guard, state, abandon](std::variant<TarDigest, QString> digest) {
        if (!guard)
            return;
        if (const auto *problem = std::get_if<QString>(&digest))
            return abandon(QStringLiteral("copying the data volume failed: %1").arg(*problem));
        const TarDigest &found = std::get<TarDigest>(digest);
        state->feedId = found.feedId;
        const qint64 tarBytes = found.tarBytes;
        state->run.progress(QStringLiteral("copying the data volume (%1 MiB)").arg(mebibytes(tarBytes)));
        const QString pubId = state->pub.id;
        const QString targetNode = state->target.nodeId;
        // A volume of the pub already on the target is not its data (that was just read from the
        // source): a leftover of an interrupted move or of an old placement. It makes way.
        guard->m_runtime->removeData(pubId, targetNode, [guard, state, abandon, tarBytes](std::optional<RuntimeError> error) {
            if (!guard)
                return;
            if (error)
                return abandon(QStringLiteral("cannot clear hub %1 for the pub's data: %2").arg(state->target.name, error->message));
            if (!state->tar->seek(0))
                return abandon(QStringLiteral("cannot read the volume's copy back"));
            guard->m_runtime->importData(state->pub.id, state->target.nodeId, state->pub.image, state->tar.get(), tarBytes,
                                         [guard, state, abandon](std::optional<RuntimeError> error) {
                if (!guard)
                    return;
                if (error) {
                    // A half-written volume on the target would pass for the pub's data later.
                    guard->m_runtime->removeData(state->pub.id, state->target.nodeId, [](std::optional<RuntimeError>) {});
                    return abandon(QStringLiteral("restoring the data on hub %1 failed: %2").arg(state->target.name, error->message));
                }
                state->tar->remove();
                state->tar.reset();
                guard->switchToTarget(state);
            });
        });
    });
}

void PubMove::switchToTarget(const std::shared_ptr<MoveRun> &state)
{
    const JobRecord &job = state->run.job();
    QJsonObject checkpoint = job.payload;
    checkpoint.insert(QStringLiteral("switched"), true);
    checkpoint.insert(QStringLiteral("fromNodeId"), state->fromNodeId);
    checkpoint.insert(QStringLiteral("feedId"), state->feedId);
    try {
        // The pin and the checkpoint together: a retry knows the data is on the target exactly when
        // the pub is pinned there.
        m_database.transaction([&] {
            PubRepository(m_database).setHubId(state->pub.id, state->target.id);
            if (!JobRepository(m_database).setPayload(job.id, job.leaseOwner, checkpoint))
                throw std::runtime_error("the move's job was taken over");
        });
    } catch (const std::exception &error) {
        return state->run.fail(QStringLiteral("cannot record the switch: %1").arg(QString::fromUtf8(error.what())), true);
    }
    qCInfo(lcPubs).noquote() << "pub" << state->pub.id << "is pinned to hub" << state->target.id;
    Q_EMIT m_pubs.pubChanged(state->pub.id);
    startOnTarget(state);
}

void PubMove::startOnTarget(const std::shared_ptr<MoveRun> &state)
{
    const std::optional<PubRecord> pub = PubRepository(m_database).findById(state->pub.id);
    if (!pub || pub->desiredState == PubDesiredState::Deleted)
        return state->run.succeed(QJsonObject{{QStringLiteral("skipped"), QStringLiteral("the pub is being deleted")}});
    state->pub = *pub;
    const bool running = pub->desiredState == PubDesiredState::Running;
    state->run.progress(running ? QStringLiteral("starting on %1").arg(state->target.name)
                                : QStringLiteral("pinning to %1").arg(state->target.name));
    PubServiceSpec spec = m_pubs.specFor(*pub);
    spec.replicas = running ? 1 : 0;
    QPointer<PubMove> guard(this);
    m_runtime->deploy(spec, [guard, state, running](std::optional<RuntimeError> error) {
        if (!guard)
            return;
        if (error)
            return state->run.fail(QStringLiteral("starting on %1 failed: %2").arg(state->target.name, error->message), true);
        if (!running)
            return guard->removeOldVolume(state);
        state->deadline = QDeadlineTimer(guard->m_settings.startTimeout);
        guard->checkFeed(state);
    });
}

void PubMove::checkFeed(const std::shared_ptr<MoveRun> &state)
{
    QPointer<PubMove> guard(this);
    const auto again = [guard, state] {
        if (!guard)
            return;
        if (state->deadline.hasExpired())
            return state->run.fail(QStringLiteral("the pub did not start on %1 in time").arg(state->target.name), true);
        QTimer::singleShot(guard->m_settings.pollInterval, guard, [guard, state] {
            if (guard)
                guard->checkFeed(state);
        });
    };
    m_runtime->observe([guard, state, again](std::variant<QList<ObservedPub>, RuntimeError> observed) {
        if (!guard)
            return;
        bool runsThere = false;
        if (const auto *services = std::get_if<QList<ObservedPub>>(&observed)) {
            for (const ObservedPub &service : *services) {
                if (service.pubId == state->pub.id)
                    runsThere = !service.containerId.isEmpty() && service.nodeId == state->target.nodeId;
            }
        }
        if (!runsThere)
            return again();
        state->run.progress(QStringLiteral("checking the feed id"));
        guard->m_runtime->askFeedId(state->pub.id, [guard, state, again](const QString &feedId) {
            if (!guard)
                return;
            if (feedId.isEmpty())
                return again(); // not answering yet
            if (!state->feedId.isEmpty() && feedId != state->feedId) {
                // Never delete the only copy of the identity: the old volume stays for an admin.
                return state->run.fail(QStringLiteral("the pub answers as %1 on %2, not %3; its old volume is kept on node %4")
                                           .arg(feedId, state->target.name, state->feedId, state->fromNodeId), false);
            }
            state->feedId = feedId;
            guard->removeOldVolume(state);
        });
    });
}

void PubMove::removeOldVolume(const std::shared_ptr<MoveRun> &state)
{
    QJsonObject result{{QStringLiteral("hubId"), state->target.id},
                       {QStringLiteral("fromNodeId"), state->fromNodeId},
                       {QStringLiteral("feedId"), state->feedId}};
    if (state->fromNodeId.isEmpty() || state->fromNodeId == state->target.nodeId)
        return state->run.succeed(result);
    state->run.progress(QStringLiteral("removing the old volume"));
    m_runtime->removeData(state->pub.id, state->fromNodeId, [state, result](std::optional<RuntimeError> error) mutable {
        // The pub runs on its new hub with its identity: a volume left behind is only disk space.
        if (error) {
            qCWarning(lcPubs).noquote() << "moved pub" << state->pub.id << "but its old volume on node" << state->fromNodeId
                                        << "stays:" << error->message;
            result.insert(QStringLiteral("oldVolumeKept"), error->message);
        }
        qCInfo(lcPubs).noquote() << "moved pub" << state->pub.id << "to hub" << state->target.id;
        state->run.succeed(result);
    });
}

void PubMove::evacuate(const QString &hubId, Completion done)
{
    const std::optional<HubRecord> hub = HubRepository(m_database).findById(hubId);
    if (!hub)
        return done(QStringLiteral("the hub no longer exists"));
    QPointer<PubMove> guard(this);
    m_runtime->observe([guard, hub = *hub, done](std::variant<QList<ObservedPub>, RuntimeError> observed) {
        if (!guard)
            return;
        if (const auto *error = std::get_if<RuntimeError>(&observed))
            return done(QStringLiteral("cannot see which pubs run on the hub: %1").arg(error->message));
        QHash<QString, QString> nodeOfPub;
        for (const ObservedPub &service : std::get<QList<ObservedPub>>(observed))
            nodeOfPub.insert(service.pubId, service.nodeId);
        QList<PubRecord> leaving;
        qint64 neededBytes = 0;
        for (const PubRecord &pub : PubRepository(guard->m_database).list()) {
            if (pub.desiredState == PubDesiredState::Deleted)
                continue;
            if (pub.hubId == hub.id || (pub.hubId.isEmpty() && !hub.nodeId.isEmpty() && nodeOfPub.value(pub.id) == hub.nodeId)) {
                leaving.append(pub);
                if (pub.desiredState == PubDesiredState::Running)
                    neededBytes += pub.memoryReservationBytes;
            }
        }
        if (leaving.isEmpty())
            return done(std::nullopt);

        // The ready hub with the most free memory; the local hub (the manager) when none is known.
        std::optional<HubRecord> target;
        qint64 freeBytes = -1;
        if (guard->m_orchestrator) {
            for (const HubCapacity &capacity : guard->m_orchestrator->capacity(0).hubs) {
                if (capacity.hub.id == hub.id || capacity.freeBytes <= freeBytes)
                    continue;
                const std::optional<HubRecord> candidate = HubRepository(guard->m_database).findById(capacity.hub.id);
                if (candidate && candidate->takesPubs()) {
                    target = candidate;
                    freeBytes = capacity.freeBytes;
                }
            }
        }
        if (!target) {
            const std::optional<HubRecord> local = HubRepository(guard->m_database).findLocal();
            if (local && local->id != hub.id && local->takesPubs())
                target = local;
        }
        if (!target)
            return done(QStringLiteral("no other ready hub can take its %1 pubs: add or repair a hub first").arg(leaving.size()));
        if (freeBytes >= 0 && freeBytes < neededBytes) {
            return done(QStringLiteral("no other hub has room for its %1 pubs: they reserve %2 MiB, hub %3 has %4 MiB free")
                            .arg(leaving.size()).arg(neededBytes >> 20).arg(target->name).arg(freeBytes >> 20));
        }
        QStringList jobIds;
        for (const PubRecord &pub : std::as_const(leaving)) {
            // Queued behind the pub's other jobs; an unfinished move of it is found by its key.
            const JobRecord job = guard->enqueueMove(pub, *target, QStringLiteral("draining hub %1").arg(hub.name), QString());
            jobIds.append(job.id);
            Q_EMIT guard->jobQueued(job.id);
        }
        qCInfo(lcPubs).noquote() << "draining hub" << hub.id << "moves" << leaving.size() << "pubs to hub" << target->id;
        guard->waitForMoves(jobIds, done);
    });
}

void PubMove::waitForMoves(const QStringList &jobIds, Completion done)
{
    QStringList failures;
    for (const QString &jobId : jobIds) {
        const std::optional<JobRecord> job = JobRepository(m_database).findById(jobId);
        if (!job)
            continue; // pruned: long finished
        if (!isFinished(job->state)) {
            QTimer::singleShot(m_settings.pollInterval, this, [guard = QPointer<PubMove>(this), jobIds, done] {
                if (guard)
                    guard->waitForMoves(jobIds, done);
            });
            return;
        }
        if (job->state != JobState::Succeeded)
            failures.append(QStringLiteral("pub %1: %2").arg(job->pubId, job->error.isEmpty() ? jobStateName(job->state) : job->error));
    }
    if (!failures.isEmpty())
        return done(QStringLiteral("moving the hub's pubs failed (%1)").arg(failures.join(QStringLiteral("; "))));
    done(std::nullopt);
}

}
