#include "pubs/pubcontroller.h"

#include "core/logging.h"
#include "core/random.h"
#include "http/apierror.h"
#include "pubs/pubnames.h"
#include "store/database.h"
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
    return m_busy.contains(pubId);
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

PubRecord PubController::create(const QString &ownerId, const QString &name)
{
    if (const std::optional<QString> problem = checkPubName(name))
        throw ApiError::validation(QStringLiteral("name"), *problem);
    const PubRepository pubs(m_database);
    if (pubs.nameTaken(name))
        throw ApiError::conflict(QStringLiteral("name: a pub with this name exists"));

    PubRecord pub;
    pub.id = generateId();
    pub.ownerId = ownerId;
    pub.name = name;
    pub.image = m_settings.image;
    pub.host = m_settings.publicHost;
    pub.port = allocatePort();
    pub.memoryReservationBytes = m_settings.memoryReservationBytes;
    pub.memoryLimitBytes = m_settings.memoryLimitBytes;
    pub.createdAt = pub.updatedAt = currentEpochMs();
    pubs.insert(pub);
    qCInfo(lcPubs) << "created pub" << pub.id << "on port" << pub.port;
    Q_EMIT pubChanged(pub.id);
    launch(pub.id, Operation::Deploy);
    return load(pub.id);
}

PubRecord PubController::requestStart(const QString &pubId)
{
    return changeDesiredState(pubId, PubDesiredState::Running, Operation::ScaleUp);
}

PubRecord PubController::requestStop(const QString &pubId)
{
    return changeDesiredState(pubId, PubDesiredState::Stopped, Operation::ScaleDown);
}

PubRecord PubController::changeDesiredState(const QString &pubId, PubDesiredState state, Operation operation)
{
    const PubRecord before = loadChangeable(pubId);
    PubRecord pub = before;
    pub.desiredState = state;
    save(pub, before);
    launch(pubId, operation);
    return load(pubId);
}

PubRecord PubController::requestDelete(const QString &pubId, bool removeData)
{
    const PubRecord before = load(pubId);
    PubRecord pub = before;
    pub.desiredState = PubDesiredState::Deleted;
    pub.status = PubStatus::Removing;
    pub.statusMessage.clear();
    pub.removeData = pub.removeData || removeData; // a second delete may add, never withdraw, data removal
    save(pub, before);
    launch(pubId, Operation::Remove);
    return load(pubId);
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
    spec.replicas = 1;
    return spec;
}

void PubController::launch(const QString &pubId, Operation operation)
{
    // One operation per pub: whatever is asked meanwhile is in the desired state, which finish()
    // and the next observation follow.
    if (m_busy.contains(pubId))
        return;
    const PubRecord before = load(pubId);
    PubRecord pub = before;
    // Show the transition at once, but keep a failure visible while we retry.
    if (pub.status != PubStatus::Failed || operation == Operation::Remove || operation == Operation::ScaleDown) {
        pub.status = operation == Operation::Remove      ? PubStatus::Removing
                   : operation == Operation::ScaleDown ? PubStatus::Stopping
                                                       : PubStatus::Starting;
        if (operation != Operation::Remove)
            pub.statusMessage.clear();
    }
    save(pub, before);

    m_busy.insert(pubId);
    PubRuntime::Done done = [guard = QPointer<PubController>(this), pubId, operation](std::optional<RuntimeError> error) {
        if (!guard)
            return;
        try {
            guard->finish(pubId, operation, error);
        } catch (const std::exception &failure) {
            // Never let a store failure unwind into the runtime; the next observation retries.
            qCWarning(lcPubs) << "cannot record the end of an operation on pub" << pubId << ":" << failure.what();
        }
    };
    switch (operation) {
    case Operation::Deploy: m_runtime->deploy(specFor(pub), std::move(done)); break;
    case Operation::ScaleUp: m_runtime->scale(pubId, 1, std::move(done)); break;
    case Operation::ScaleDown: m_runtime->scale(pubId, 0, std::move(done)); break;
    case Operation::Remove: m_runtime->remove(pubId, pub.removeData, std::move(done)); break;
    }
}

void PubController::finish(const QString &pubId, Operation operation, const std::optional<RuntimeError> &error)
{
    m_busy.remove(pubId);
    m_finishedSinceObserveStart.insert(pubId);
    const auto notify = qScopeGuard([this, &pubId] { Q_EMIT operationFinished(pubId); });

    const std::optional<PubRecord> before = PubRepository(m_database).findById(pubId);
    if (!before)
        return;
    PubRecord pub = *before;

    if (operation == Operation::Remove) {
        if (!error) {
            PubRepository(m_database).remove(pubId);
            qCInfo(lcPubs) << "removed pub" << pubId;
            Q_EMIT pubRemoved(pubId, pub.ownerId);
            return;
        }
        pub.statusMessage = describe(*error, "removing the pub") + QStringLiteral("; retrying");
        save(pub, *before);
        return;
    }

    if (error && error->notFound && operation == Operation::ScaleUp && pub.desiredState == PubDesiredState::Running) {
        launch(pubId, Operation::Deploy); // nothing to scale: the service vanished, create it again
        return;
    }
    if (error && error->notFound && operation == Operation::ScaleDown) {
        pub.status = PubStatus::None; // nothing to stop
        pub.statusMessage.clear();
    } else if (error && error->engineUnavailable) {
        pub.statusMessage = describe(*error, "");
    } else if (error) {
        pub.status = PubStatus::Failed;
        pub.statusMessage = describe(*error, operation == Operation::ScaleDown ? "stopping the pub" : "starting the pub");
        qCWarning(lcPubs).noquote() << "pub" << pubId << pub.statusMessage;
    }
    save(pub, *before);

    // The owner may have asked for something else while this operation ran.
    const bool aimedAtRunning = operation != Operation::ScaleDown;
    const bool wantsRunning = pub.desiredState == PubDesiredState::Running;
    if (pub.desiredState == PubDesiredState::Deleted || aimedAtRunning != wantsRunning)
        followDesiredState(pub);
}

void PubController::followDesiredState(const PubRecord &pub)
{
    switch (pub.desiredState) {
    case PubDesiredState::Running: launch(pub.id, Operation::ScaleUp); break;
    case PubDesiredState::Stopped: launch(pub.id, Operation::ScaleDown); break;
    case PubDesiredState::Deleted: launch(pub.id, Operation::Remove); break;
    }
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

void PubController::applyObservation(const QList<ObservedPub> &observed)
{
    QHash<QString, ObservedPub> byPub;
    for (const ObservedPub &pub : observed)
        byPub.insert(pub.pubId, pub);

    const QList<PubRecord> pubs = PubRepository(m_database).list();
    for (const ObservedPub &service : observed) {
        const bool known = std::any_of(pubs.cbegin(), pubs.cend(), [&service](const PubRecord &pub) { return pub.id == service.pubId; });
        // Not ours to delete without a person deciding (a restored backup may still want it): say so once.
        if (!known && !m_reportedOrphans.contains(service.pubId)) {
            m_reportedOrphans.insert(service.pubId);
            qCWarning(lcPubs) << "service" << service.serviceId << "runs pub" << service.pubId << "which is not in the database";
        }
    }

    for (const PubRecord &before : pubs) {
        // An operation finished after this observation was taken: its result is newer.
        if (m_busy.contains(before.id) || m_finishedSinceObserveStart.contains(before.id))
            continue;
        PubRecord pub = before;
        const auto found = byPub.constFind(pub.id);
        const bool hasService = found != byPub.constEnd();
        if (pub.desiredState != PubDesiredState::Deleted) {
            if (hasService) {
                pub.status = found->status;
                pub.statusMessage = found->message;
                pub.node = found->node;
                pub.serviceId = found->serviceId;
            } else {
                if (pub.status != PubStatus::Failed) {
                    pub.status = PubStatus::None;
                    pub.statusMessage.clear();
                }
                pub.node.clear();
                pub.serviceId.clear();
            }
        }
        save(pub, before);

        const bool runs = hasService && found->replicas > 0;
        if (pub.desiredState == PubDesiredState::Deleted)
            launch(pub.id, Operation::Remove); // still here: the last removal failed
        else if (pub.desiredState == PubDesiredState::Running && !hasService)
            launch(pub.id, Operation::Deploy); // the service vanished
        else if (pub.desiredState == PubDesiredState::Running && !runs)
            launch(pub.id, Operation::ScaleUp);
        else if (pub.desiredState == PubDesiredState::Stopped && runs)
            launch(pub.id, Operation::ScaleDown);
    }
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
