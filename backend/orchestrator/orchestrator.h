#pragma once

#include "orchestrator/capacityplanner.h"
#include "orchestrator/reconcileplanner.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace buttcloud {

class Database;
class JobWorker;
class PubController;
class PubRuntime;

struct OrchestratorSettings
{
    std::chrono::milliseconds reconcileInterval{30000};
    std::chrono::milliseconds orphanGrace{10 * 60 * 1000};
    // After a change (a job ended), how long to gather further changes before reconciling once.
    std::chrono::milliseconds settleDelay{500};
    CapacitySettings capacity;
    // How often each pub's observed memory (p95 of its 1-minute averages over 7 days) is recomputed.
    std::chrono::milliseconds memoryProfileInterval{10 * 60 * 1000};
    // Finished jobs are kept this long for the history, then pruned every prune interval.
    std::chrono::milliseconds jobRetention{std::chrono::hours(30 * 24)};
    std::chrono::milliseconds jobPruneInterval{std::chrono::hours(1)};
};

// The latest plan and what it was made from.
struct ReconcilePlan
{
    qint64 checkedAt = 0; // when the observation it rests on was taken; 0 before the first one
    QList<ReconcileDifference> differences;
};

// Makes the swarm converge: every reconcile interval and after every change it has the pub
// controller observe the swarm, reads the nodes, plans (planReconcile) and queues the plan's jobs
// with their idempotency keys. Also runs service.remove jobs. Lives on the runtime's thread.
class Orchestrator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Orchestrator)

public:
    Orchestrator(const Database &database, PubRuntime *runtime, PubController &pubs, OrchestratorSettings settings,
                 QObject *parent = nullptr);
    ~Orchestrator() override;

    void start();
    void registerJobHandlers(JobWorker &worker);

    // Observes now and queues what the plan says once the observation is in.
    void reconcileNow();
    // Something changed: reconcile once things settle.
    void scheduleReconcile();
    // A dry run from the latest observation and the database as it is now.
    ReconcilePlan plan() const;
    // The nodes as last observed (empty before the first observation, or when it failed).
    QList<ObservedNode> nodes() const;
    // Capacity by reservation and by observed memory, with the plan, as if extraPubs more were asked.
    CapacityReport capacity(int extraPubs) const;
    const CapacitySettings &capacitySettings() const;
    // Recomputes every pub's memory p95 from the stats history.
    void refreshMemoryProfiles();
    // Deletes the finished jobs older than the retention; how many (0 on a database failure, logged).
    int pruneJobs(qint64 now);

Q_SIGNALS:
    void jobQueued(const QString &jobId);
    // A reconcile pass queued its jobs (for tests and the log).
    void reconciled();

private:
    void onObserved(const QList<ObservedPub> &services);
    ReconcileInput gatherInput() const;

    const Database &m_database;
    PubRuntime *m_runtime;
    PubController &m_pubs;
    OrchestratorSettings m_settings;
    QTimer m_intervalTimer;
    QTimer m_settleTimer;
    QTimer m_memoryProfileTimer;
    QTimer m_pruneTimer;
    QList<ObservedPub> m_services;
    QList<ObservedNode> m_nodes;
    qint64 m_observedAt = 0;
    qint64 m_observeStartedAt = 0;
    QHash<QString, qint64> m_orphanFirstSeen;
    QSet<QString> m_finishedSinceObserveStart;
    bool m_reconcilePending = false;
};

}
