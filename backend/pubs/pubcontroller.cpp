#include "pubs/pubcontroller.h"

#include "core/logging.h"
#include "core/random.h"
#include "http/apierror.h"
#include "orchestrator/reconcileplanner.h"
#include "pubs/pubnames.h"
#include "store/database.h"
#include "store/hubrepository.h"
#include "store/jobrepository.h"
#include "store/pubrepository.h"

#include <QPointer>
#include <QScopeGuard>

namespace buttcloud {

namespace {
bool sameStoredState(const PubRecord &a, const PubRecord &b)
{
    return a.desiredState == b.desiredState && a.status == b.status && a.statusMessage == b.statusMessage
        && a.node == b.node && a.serviceId == b.serviceId && a.removeData == b.removeData;
}

QString reasonFor(const UserRecord *caller)
{
    return caller ? QStringLiteral("requested by %1").arg(caller->email) : QStringLiteral("requested by the server");
}

QString describe(const RuntimeError &error, const char *doing)
{
    if (error.engineUnavailable)
        return QStringLiteral("the Docker engine is not answering; will retry (%1)").arg(error.message);
    return QStringLiteral("%1 failed: %2").arg(QLatin1String(doing), error.message);
}
}

PubController::PubController(const Database &database, PubRuntime *runtime, PubSettings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_runtime(runtime)
    , m_settings(std::move(settings))
{
    m_observeTimer.setInterval(m_settings.observeInterval);
    connect(&m_observeTimer, &QTimer::timeout, this, &PubController::observeNow);
}

PubController::~PubController() = default;

void PubController::startObserving()
{
    m_observeTimer.start();
    observeNow();
}

bool PubController::isBusy(const QString &pubId) const
{
    return m_busy.contains(pubId)
        || !JobRepository(m_database).list(JobFilter{JobState::Queued, std::nullopt, pubId, {}, 0, 1}).isEmpty()
        || !JobRepository(m_database).list(JobFilter{JobState::Running, std::nullopt, pubId, {}, 0, 1}).isEmpty();
}

void PubController::registerJobHandlers(JobWorker &worker)
{
    for (JobKind kind : {JobKind::PubCreate, JobKind::PubStart, JobKind::PubStop, JobKind::PubUpdate, JobKind::PubDelete}) {
        worker.registerHandler(kind, [guard = QPointer<PubController>(this)](JobRun run) {
            if (!guard)
                return run.fail(QStringLiteral("the server is shutting down"), true);
            guard->runJob(run);
        });
    }
}

JobRecord PubController::enqueueFor(const PubRecord &pub, JobKind kind, const UserRecord *caller, const QJsonObject &payload)
{
    JobRequest request;
    request.kind = kind;
    request.pubId = pub.id;
    request.payload = payload;
    request.idempotencyKey = pubJobKey(kind, pub.id);
    request.reason = reasonFor(caller);
    request.createdBy = caller ? caller->id : QString();
    request.maxAttempts = PubJobMaxAttempts;
    return JobRepository(m_database).enqueue(request);
}

PubRecord PubController::load(const QString &pubId) const
{
    std::optional<PubRecord> pub = PubRepository(m_database).findById(pubId);
    if (!pub)
        throw ApiError::notFound(QStringLiteral("no such pub"));
    return *pub;
}

PubRecord PubController::loadChangeable(const QString &pubId) const
{
    PubRecord pub = load(pubId);
    if (pub.desiredState == PubDesiredState::Deleted)
        throw ApiError::conflict(QStringLiteral("the pub is being deleted"));
    return pub;
}

void PubController::save(PubRecord pub, const PubRecord &before)
{
    if (sameStoredState(pub, before))
        return;
    pub.updatedAt = currentEpochMs();
    PubRepository(m_database).update(pub);
    Q_EMIT pubChanged(pub.id);
}

quint16 PubController::allocatePort() const
{
    const QSet<quint16> used = PubRepository(m_database).usedPorts();
    for (int port = m_settings.portFirst; port <= m_settings.portLast; ++port) {
        if (!used.contains(quint16(port)))
            return quint16(port);
    }
    throw ApiError::conflict(QStringLiteral("no free pub port: all %1 ports of this server are in use")
                                 .arg(m_settings.portLast - m_settings.portFirst + 1));
}

const PubWebSettings &PubController::webSettings() const
{
    return m_settings.web;
}

PubWithJob PubController::create(const QString &ownerId, const QString &name, const UserRecord *caller, JobKind kind,
                                 const QJsonObject &payload)
{
    return create(ownerId, name, caller, generateId(), {}, kind, payload);
}

PubWithJob PubController::create(const QString &ownerId, const QString &name, const UserRecord *caller,
                                 const QString &pubId, const std::function<void(const PubRecord &pub)> &alsoStore,
                                 JobKind kind, const QJsonObject &payload)
{
    if (const std::optional<QString> problem = checkPubName(name))
        throw ApiError::validation(QStringLiteral("name"), *problem);
    const PubRepository pubs(m_database);
    if (pubs.nameTaken(name))
        throw ApiError::conflict(QStringLiteral("name: a pub with this name exists"));

    PubRecord pub;
    pub.id = pubId;
    pub.ownerId = ownerId;
    pub.name = name;
    pub.status = PubStatus::Starting;
    pub.image = m_settings.image;
    pub.host = m_settings.web.domain.isEmpty() ? m_settings.publicHost : pubHostName(name, m_settings.web.domain);
    pub.memoryReservationBytes = m_settings.memoryReservationBytes;
    pub.memoryLimitBytes = m_settings.memoryLimitBytes;
    pub.createdAt = pub.updatedAt = currentEpochMs();
    JobRecord job;
    // The row and its job together: a server killed in between leaves neither, never a pub nobody creates.
    m_database.transaction([&] {
        pub.port = allocatePort();
        pubs.insert(pub);
        job = enqueueFor(pub, kind, caller, payload);
        if (alsoStore)
            alsoStore(pub);
    });
    qCInfo(lcPubs) << "created pub" << pub.id << "on port" << pub.port << "job" << job.id;
    Q_EMIT pubChanged(pub.id);
    Q_EMIT jobQueued(job.id);
    return {load(pub.id), job};
}

PubWithJob PubController::requestStart(const QString &pubId, const UserRecord *caller)
{
    return changeDesiredState(pubId, PubDesiredState::Running, JobKind::PubStart, caller);
}

PubWithJob PubController::requestStop(const QString &pubId, const UserRecord *caller)
{
    return changeDesiredState(pubId, PubDesiredState::Stopped, JobKind::PubStop, caller);
}

PubWithJob PubController::changeDesiredState(const QString &pubId, PubDesiredState state, JobKind kind, const UserRecord *caller)
{
    JobRecord job;
    m_database.transaction([&] {
        const PubRecord before = loadChangeable(pubId);
        PubRecord pub = before;
        pub.desiredState = state;
        if (pub.status != PubStatus::Failed || state == PubDesiredState::Stopped) {
            pub.status = state == PubDesiredState::Running ? PubStatus::Starting : PubStatus::Stopping;
            pub.statusMessage.clear();
        }
        save(pub, before);
        // The latest wish wins: an older start or stop still waiting is pointless now.
        JobRepository(m_database).cancelQueued(pubId, {JobKind::PubStart, JobKind::PubStop}, QStringLiteral("superseded by a newer request"));
        job = enqueueFor(pub, kind, caller);
    });
    Q_EMIT jobQueued(job.id);
    return {load(pubId), job};
}

PubWithJob PubController::requestDelete(const QString &pubId, bool removeData, const UserRecord *caller)
{
    JobRecord job;
    m_database.transaction([&] {
        const PubRecord before = load(pubId);
        PubRecord pub = before;
        pub.desiredState = PubDesiredState::Deleted;
        pub.status = PubStatus::Removing;
        pub.statusMessage.clear();
        pub.removeData = pub.removeData || removeData; // a second delete may add, never withdraw, data removal
        save(pub, before);
        JobRepository(m_database).cancelQueued(pubId, {JobKind::PubCreate, JobKind::PubStart, JobKind::PubStop, JobKind::PubUpdate},
                                               QStringLiteral("the pub is being deleted"));
        job = enqueueFor(pub, JobKind::PubDelete, caller);
    });
    Q_EMIT jobQueued(job.id);
    return {load(pubId), job};
}

PubServiceSpec PubController::specFor(const PubRecord &pub) const
{
    PubServiceSpec spec;
    spec.pubId = pub.id;
    spec.image = pub.image;
    spec.publishedPort = pub.port;
    // Pubs created before memory was recorded per pub (schema 4) take today's settings.
    spec.memoryLimitBytes = pub.memoryLimitBytes > 0 ? pub.memoryLimitBytes : m_settings.memoryLimitBytes;
    spec.memoryReservationBytes = pub.memoryReservationBytes > 0 ? pub.memoryReservationBytes
                                                                 : m_settings.memoryReservationBytes;
    spec.externalHost = pub.host;
    spec.network = m_settings.network;
    spec.replicas = 1;
    // Pinned where its data volume is; a hub since forgotten pins nothing.
    if (!pub.hubId.isEmpty()) {
        if (const std::optional<HubRecord> hub = HubRepository(m_database).findById(pub.hubId))
            spec.nodeId = hub->nodeId;
    }
    return spec;
}

void PubController::runJob(const JobRun &run)
{
    const JobRecord &job = run.job();
    const std::optional<PubRecord> found = PubRepository(m_database).findById(job.pubId);
    if (!found)
        return run.succeed(QJsonObject{{QStringLiteral("skipped"), QStringLiteral("the pub no longer exists")}});
    const PubRecord &pub = *found;
    // Jobs of a pub run in the order they were queued; one that no longer matches what the owner
    // wants (a start after a later stop, anything after a delete) has nothing to do.
    const bool matches = job.kind == JobKind::PubDelete ? pub.desiredState == PubDesiredState::Deleted
                       : job.kind == JobKind::PubStart  ? pub.desiredState == PubDesiredState::Running
                       : job.kind == JobKind::PubStop   ? pub.desiredState == PubDesiredState::Stopped
                                                        : pub.desiredState != PubDesiredState::Deleted;
    if (!matches)
        return run.succeed(QJsonObject{{QStringLiteral("skipped"), QStringLiteral("superseded by a later request")}});
    if (run.cancelRequested())
        return run.canceled();
    const Operation operation = job.kind == JobKind::PubDelete ? Operation::Remove
                              : job.kind == JobKind::PubStart  ? Operation::ScaleUp
                              : job.kind == JobKind::PubStop   ? Operation::ScaleDown
                                                               : Operation::Deploy;
    launch(run, pub, operation);
}

void PubController::launch(const JobRun &run, const PubRecord &before, Operation operation)
{
    const QString pubId = before.id;
    PubRecord pub = before;
    // Show the transition at once, but keep a failure visible while we retry.
    if (pub.status != PubStatus::Failed || operation == Operation::Remove || operation == Operation::ScaleDown) {
        const bool running = pub.desiredState == PubDesiredState::Running;
        pub.status = operation == Operation::Remove ? PubStatus::Removing
                   : operation == Operation::ScaleDown || (operation == Operation::Deploy && !running) ? PubStatus::Stopping
                                                                                                         : PubStatus::Starting;
        if (operation != Operation::Remove)
            pub.statusMessage.clear();
    }
    save(pub, before);

    m_busy.insert(pubId);
    PubRuntime::Done done = [guard = QPointer<PubController>(this), run, operation](std::optional<RuntimeError> error) {
        if (!guard)
            return;
        try {
            guard->finish(run, operation, error);
        } catch (const std::exception &failure) {
            // Never let a store failure unwind into the runtime; the job's lease runs out and it runs again.
            qCWarning(lcPubs) << "cannot record the end of job" << run.job().id << ":" << failure.what();
        }
    };
    switch (operation) {
    case Operation::Deploy: {
        run.progress(run.job().kind == JobKind::PubCreate ? QStringLiteral("creating service") : QStringLiteral("updating service"));
        PubServiceSpec spec = specFor(pub);
        spec.replicas = pub.desiredState == PubDesiredState::Running ? 1 : 0;
        // A pub on a lost or drained hub: the task is placed again even if its spec is unchanged.
        spec.forceRedeploy = run.job().payload.value(QLatin1String("reschedule")).toBool();
        m_runtime->deploy(spec, std::move(done));
        break;
    }
    case Operation::ScaleUp:
        run.progress(QStringLiteral("starting"));
        m_runtime->scale(pubId, 1, std::move(done));
        break;
    case Operation::ScaleDown:
        run.progress(QStringLiteral("stopping"));
        m_runtime->scale(pubId, 0, std::move(done));
        break;
    case Operation::Remove:
        run.progress(QStringLiteral("removing service"));
        m_runtime->remove(pubId, pub.removeData, std::move(done));
        break;
    }
}

void PubController::finish(const JobRun &run, Operation operation, const std::optional<RuntimeError> &error)
{
    const QString pubId = run.job().pubId;
    m_busy.remove(pubId);
    m_finishedSinceObserveStart.insert(pubId);
    const auto notify = qScopeGuard([this, &pubId] { Q_EMIT operationFinished(pubId); });

    const std::optional<PubRecord> before = PubRepository(m_database).findById(pubId);
    if (!before)
        return run.succeed(QJsonObject{{QStringLiteral("skipped"), QStringLiteral("the pub no longer exists")}});
    PubRecord pub = *before;

    if (operation == Operation::Remove) {
        if (!error) {
            PubRepository(m_database).remove(pubId);
            qCInfo(lcPubs) << "removed pub" << pubId;
            Q_EMIT pubRemoved(pubId, pub.ownerId);
            return run.succeed();
        }
        pub.statusMessage = describe(*error, "removing the pub") + QStringLiteral("; retrying");
        save(pub, *before);
        return run.fail(pub.statusMessage, true);
    }

    if (error && error->notFound && operation == Operation::ScaleUp && pub.desiredState == PubDesiredState::Running) {
        // Nothing to scale: the service vanished. Create it again within this job.
        if (run.cancelRequested())
            return run.canceled();
        return launch(run, pub, Operation::Deploy);
    }
    if (error && error->notFound && operation == Operation::ScaleDown) {
        pub.status = PubStatus::None; // nothing to stop
        pub.statusMessage.clear();
        save(pub, *before);
        return run.succeed(QJsonObject{{QStringLiteral("skipped"), QStringLiteral("the pub has no service")}});
    }
    if (!error)
        return run.succeed();
    if (error->engineUnavailable) {
        pub.statusMessage = describe(*error, "");
    } else {
        pub.status = PubStatus::Failed;
        pub.statusMessage = describe(*error, operation == Operation::ScaleDown ? "stopping the pub" : "starting the pub");
        qCWarning(lcPubs).noquote() << "pub" << pubId << pub.statusMessage;
    }
    save(pub, *before);
    // Docker's refusals may be passing (a busy volume, a concurrent update): retried with backoff
    // until the job's attempts are used up, then kept as failed for an admin to retry.
    run.fail(pub.statusMessage, true);
}

void PubController::observeNow()
{
    if (m_observing)
        return;
    m_observing = true;
    m_finishedSinceObserveStart.clear();
    m_runtime->observe([guard = QPointer<PubController>(this)](std::variant<QList<ObservedPub>, RuntimeError> result) {
        if (!guard)
            return;
        guard->m_observing = false;
        try {
            if (const auto *observed = std::get_if<QList<ObservedPub>>(&result))
                guard->applyObservation(*observed);
            else
                guard->applyObservationFailure(std::get<RuntimeError>(result));
        } catch (const std::exception &error) {
            // A store failure must not stop future observations.
            qCWarning(lcPubs) << "cannot apply an observation:" << error.what();
        }
        Q_EMIT guard->observationApplied();
    });
}

void PubController::applyObservation(const QList<ObservedPub> &services)
{
    QHash<QString, ObservedPub> byPub;
    for (const ObservedPub &pub : services)
        byPub.insert(pub.pubId, pub);

    QSet<QString> withJobs;
    for (const JobRecord &job : JobRepository(m_database).unfinished())
        withJobs.insert(job.pubId);

    for (const PubRecord &before : PubRepository(m_database).list()) {
        // An operation finished after this observation was taken: its result is newer.
        if (m_busy.contains(before.id) || m_finishedSinceObserveStart.contains(before.id))
            continue;
        if (before.desiredState == PubDesiredState::Deleted)
            continue; // removing: its job says how far it got
        PubRecord pub = before;
        const auto found = byPub.constFind(pub.id);
        if (found != byPub.constEnd()) {
            pub.status = found->status;
            pub.statusMessage = found->message;
            pub.node = found->node;
            pub.serviceId = found->serviceId;
        } else {
            // No service: a job on its way says what it does (starting, stopping); a failure stays visible.
            if (pub.status != PubStatus::Failed && !withJobs.contains(pub.id)) {
                pub.status = PubStatus::None;
                pub.statusMessage.clear();
            }
            pub.node.clear();
            pub.serviceId.clear();
        }
        save(pub, before);
    }
    // Repairs (a vanished service, a wrong replica count, drift, orphans) are the reconciler's.
    Q_EMIT observed(services);
}

void PubController::applyObservationFailure(const RuntimeError &error)
{
    qCWarning(lcPubs).noquote() << "cannot observe the swarm:" << error.message;
    // Keep each pub's last known status; say why it may be stale.
    const QString message = error.engineUnavailable ? describe(error, "")
                                                    : QStringLiteral("cannot read the swarm's state: %1").arg(error.message);
    for (const PubRecord &before : PubRepository(m_database).list()) {
        if (m_busy.contains(before.id))
            continue;
        PubRecord pub = before;
        pub.statusMessage = message;
        save(pub, before);
    }
}

}
