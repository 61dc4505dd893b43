#include "orchestrator/orchestrator.h"

#include "core/logging.h"
#include "jobs/jobworker.h"
#include "pubs/pubcontroller.h"
#include "stats/statshistory.h"
#include "store/database.h"
#include "store/hubrepository.h"
#include "store/jobrepository.h"
#include "store/pubrepository.h"
#include "swarm/pubruntime.h"

#include <QPointer>

namespace buttcloud {

Orchestrator::Orchestrator(const Database &database, PubRuntime *runtime, PubController &pubs,
                           OrchestratorSettings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_runtime(runtime)
    , m_pubs(pubs)
    , m_settings(settings)
{
    m_intervalTimer.setInterval(m_settings.reconcileInterval);
    connect(&m_intervalTimer, &QTimer::timeout, this, &Orchestrator::reconcileNow);
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(m_settings.settleDelay);
    connect(&m_settleTimer, &QTimer::timeout, this, &Orchestrator::reconcileNow);
    m_memoryProfileTimer.setInterval(m_settings.memoryProfileInterval);
    connect(&m_memoryProfileTimer, &QTimer::timeout, this, &Orchestrator::refreshMemoryProfiles);
    m_pruneTimer.setInterval(m_settings.jobPruneInterval);
    connect(&m_pruneTimer, &QTimer::timeout, this, [this] { pruneJobs(currentEpochMs()); });
    connect(&m_pubs, &PubController::observed, this, &Orchestrator::onObserved);
    // An operation that ended after the observation began may not show in it yet.
    connect(&m_pubs, &PubController::operationFinished, this, [this](const QString &pubId) {
        m_finishedSinceObserveStart.insert(pubId);
    });
}

Orchestrator::~Orchestrator() = default;

void Orchestrator::start()
{
    m_intervalTimer.start();
    m_memoryProfileTimer.start();
    m_pruneTimer.start();
    reconcileNow();
    refreshMemoryProfiles();
    pruneJobs(currentEpochMs());
}

int Orchestrator::pruneJobs(qint64 now)
{
    try {
        const int pruned = JobRepository(m_database).pruneFinished(now - m_settings.jobRetention.count());
        if (pruned > 0)
            qCInfo(lcJobs) << "pruned" << pruned << "finished jobs older than the retention";
        return pruned;
    } catch (const StoreError &error) {
        qCWarning(lcJobs) << "cannot prune finished jobs:" << error.what();
        return 0;
    }
}

const CapacitySettings &Orchestrator::capacitySettings() const
{
    return m_settings.capacity;
}

void Orchestrator::refreshMemoryProfiles()
{
    constexpr qint64 Window = qint64(7) * 24 * 3600 * 1000;
    const auto &fields = statsFields();
    const auto memoryField = std::find_if(fields.cbegin(), fields.cend(), [](const StatsField &field) {
        return qstrcmp(field.name, "memoryBytes") == 0;
    });
    const qsizetype memoryIndex = memoryField - fields.cbegin();
    try {
        const qint64 now = currentEpochMs();
        const StatsHistory history(m_database);
        const PubRepository pubs(m_database);
        for (const PubRecord &pub : pubs.list()) {
            QList<double> averages;
            for (const StatsAggregate &minute : history.minutes(pub.id, now - Window, now + 1))
                averages.append(minute.figures[memoryIndex].avg);
            const qint64 p95 = qint64(std::llround(percentile95(averages)));
            if (p95 == pub.memoryP95Bytes)
                continue;
            // Read again just before writing: the controller may have changed the row meanwhile.
            std::optional<PubRecord> fresh = pubs.findById(pub.id);
            if (!fresh)
                continue;
            fresh->memoryP95Bytes = p95;
            pubs.update(*fresh);
        }
    } catch (const std::exception &error) {
        qCWarning(lcJobs) << "cannot recompute the pubs' memory profiles:" << error.what();
    }
}

CapacityReport Orchestrator::capacity(int extraPubs) const
{
    CapacityInput input;
    input.extraPubs = extraPubs;
    QHash<QString, QString> hubOfHostname;
    QHash<QString, const ObservedNode *> nodeById;
    for (const ObservedNode &node : m_nodes)
        nodeById.insert(node.id, &node);
    const QList<HubRecord> hubs = HubRepository(m_database).list();
    if (!hubs.isEmpty()) {
        for (const HubRecord &hub : hubs) {
            const ObservedNode *node = nodeById.value(hub.nodeId);
            const qint64 memory = hub.memoryBytes > 0 ? hub.memoryBytes : node ? node->memoryBytes : 0;
            input.hubs.append(CapacityHub{hub.id, hub.name, hub.state, memory, hub.state == QLatin1String("ready")});
            if (node)
                hubOfHostname.insert(node->hostname, hub.id);
        }
    } else {
        // No hubs registered yet: the swarm's nodes are the hubs.
        for (const ObservedNode &node : m_nodes) {
            const QString state = node.takesPubs() ? QStringLiteral("ready")
                                : node.availability == QLatin1String("drain") ? QStringLiteral("draining")
                                                                               : QStringLiteral("unreachable");
            input.hubs.append(CapacityHub{node.id, node.hostname, state, node.memoryBytes, node.takesPubs()});
            hubOfHostname.insert(node.hostname, node.id);
        }
    }
    for (const PubRecord &pub : PubRepository(m_database).list()) {
        if (pub.desiredState != PubDesiredState::Running)
            continue;
        input.pubs.append(CapacityPub{hubOfHostname.value(pub.node), pub.memoryReservationBytes, pub.memoryP95Bytes});
    }
    return planCapacity(input, m_settings.capacity);
}

void Orchestrator::registerJobHandlers(JobWorker &worker)
{
    worker.registerHandler(JobKind::ServiceRemove, [guard = QPointer<Orchestrator>(this)](JobRun run) {
        if (!guard)
            return run.fail(QStringLiteral("the server is shutting down"), true);
        const QString pubId = run.job().pubId;
        // A pub row may have come back (a restored backup) since the plan: then it is not an orphan.
        if (PubRepository(guard->m_database).findById(pubId))
            return run.succeed(QJsonObject{{QStringLiteral("skipped"), QStringLiteral("the pub exists again")}});
        if (run.cancelRequested())
            return run.canceled();
        run.progress(QStringLiteral("removing service"));
        // The data volume stays: removing an orphan's data is a person's decision.
        guard->m_runtime->remove(pubId, false, [run](std::optional<RuntimeError> error) {
            if (error)
                return run.fail(error->message, true);
            run.succeed(QJsonObject{{QStringLiteral("serviceId"), run.job().payload.value(QLatin1String("serviceId"))}});
        });
    });
}

void Orchestrator::scheduleReconcile()
{
    // Before start() (tests driving things by hand) nothing reconciles by itself.
    if (m_intervalTimer.isActive() && !m_settleTimer.isActive())
        m_settleTimer.start();
}

void Orchestrator::reconcileNow()
{
    m_reconcilePending = true;
    m_finishedSinceObserveStart.clear();
    m_observeStartedAt = currentEpochMs();
    m_runtime->observeNodes([guard = QPointer<Orchestrator>(this)](std::variant<QList<ObservedNode>, RuntimeError> result) {
        if (!guard)
            return;
        if (const auto *nodes = std::get_if<QList<ObservedNode>>(&result)) {
            guard->m_nodes = *nodes;
        } else {
            // Unknown nodes: hub_lost is not judged rather than judged on stale facts.
            qCWarning(lcJobs).noquote() << "cannot read the swarm's nodes:" << std::get<RuntimeError>(result).message;
            guard->m_nodes.clear();
        }
    });
    m_pubs.observeNow();
}

QList<ObservedNode> Orchestrator::nodes() const
{
    return m_nodes;
}

ReconcileInput Orchestrator::gatherInput() const
{
    ReconcileInput input;
    for (const PubRecord &pub : PubRepository(m_database).list())
        input.pubs.append(DesiredPub{pub.id, pub.name, pub.desiredState, m_pubs.specFor(pub)});
    input.services = m_services;
    input.nodes = m_nodes;
    const JobRepository jobs(m_database);
    input.unfinishedJobs = jobs.unfinished();
    input.gaveUpJobs = jobs.gaveUp();
    input.orphanFirstSeen = m_orphanFirstSeen;
    input.now = currentEpochMs();
    input.orphanGraceMs = m_settings.orphanGrace.count();
    return input;
}

ReconcilePlan Orchestrator::plan() const
{
    if (m_observedAt == 0)
        return {};
    return ReconcilePlan{m_observedAt, planReconcile(gatherInput())};
}

void Orchestrator::onObserved(const QList<ObservedPub> &services)
{
    m_services = services;
    m_observedAt = m_reconcilePending ? m_observeStartedAt : currentEpochMs();
    QHash<QString, qint64> firstSeen;
    const qint64 now = currentEpochMs();
    for (const ObservedPub &service : services)
        firstSeen.insert(service.serviceId, m_orphanFirstSeen.value(service.serviceId, now));
    m_orphanFirstSeen = firstSeen; // only services still there; a pub's own service never is an orphan

    if (!m_reconcilePending)
        return;
    m_reconcilePending = false;
    try {
        ReconcileInput input = gatherInput();
        const JobRepository jobs(m_database);
        // Another server on the same database (a fleet) may have finished a pub's job meanwhile too:
        // without this its create job, done but not yet observed, was queued again (tst_sharedjobs).
        input.skipPubs = m_finishedSinceObserveStart + jobs.pubsWithJobsFinishedSince(m_observeStartedAt);
        for (const ReconcileDifference &difference : planReconcile(input)) {
            if (!difference.job)
                continue;
            const JobRecord job = jobs.enqueue(*difference.job);
            qCInfo(lcJobs).noquote() << "reconcile:" << difference.detail << "-> job" << job.id;
            Q_EMIT jobQueued(job.id);
        }
    } catch (const std::exception &error) {
        qCWarning(lcJobs) << "cannot reconcile:" << error.what();
    }
    Q_EMIT reconciled();
}

}
