#pragma once

#include "jobs/jobworker.h"
#include "pubs/pubcontroller.h"
#include "store/records.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace buttcloud {

class Database;
class Orchestrator;
class PubCustody;
class PubRuntime;

struct MoveSettings
{
    QString workDir;  // private (0700): a volume's tar waits here between its two hubs, then goes
    std::chrono::milliseconds startTimeout{180000}; // for the moved pub to run and answer whoami
    std::chrono::milliseconds pollInterval{1000};
};

// The hub a pub may be moved to or imported onto: a ready hub of the swarm (422 otherwise).
HubRecord requireReadyHub(const Database &database, const QString &hubId);

// Moves pubs between hubs with their identity and data (docs/api.md, "Export, import and move").
// A data volume is local to its node, so a pub runs where its volume is: pinned to its hub by a
// placement constraint (PubRecord::hubId). A durable pub.move job stops the pub, copies its volume
// from the source node's engine to the target hub's (PubCustody's export steps, a tar in a private
// directory), then switches: pins the pub to the target (one transaction with the job's checkpoint),
// starts it there, checks that whoami answers the same feed id and removes the old volume. Before the
// switch any failure leaves the pub where it was, with its data, started again if it was running;
// after it, a retry resumes at the start on the target. Lives on the thread of its runtime.
class PubMove final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubMove)

public:
    using Completion = std::function<void(std::optional<QString> error)>;

    PubMove(const Database &database, PubController &pubs, PubCustody &custody, PubRuntime *runtime,
            MoveSettings settings, QObject *parent = nullptr);
    ~PubMove() override;

    void registerJobHandlers(JobWorker &worker);
    // Where an evacuation finds the hub with the most free memory (the capacity plan) and a move
    // the node its pub runs on; without one, evacuations go to the local hub.
    void setOrchestrator(const Orchestrator *orchestrator);

    // Checks and queues the pub's move to hubId: 422 when the hub is unknown or not ready or the pub
    // is there already, 409 when the pub is being deleted or another move, export or import of it is
    // unfinished. Returns the pub with its pub.move job.
    PubWithJob requestMove(const QString &pubId, const QString &hubId, const UserRecord &caller);
    // hub.drain's first step: every pub on hubId (pinned there, or last run on its node) goes to the
    // ready hub with the most free memory through pub.move jobs; done once they all ended. Nothing is
    // queued when no other hub can take them all (done gets why).
    void evacuate(const QString &hubId, Completion done);

Q_SIGNALS:
    void jobQueued(const QString &jobId);

private:
    struct MoveRun;
    JobRecord enqueueMove(const PubRecord &pub, const HubRecord &hub, const QString &reason, const QString &createdBy);
    void runMove(const JobRun &run);
    void copyToTarget(const std::shared_ptr<MoveRun> &state, const QString &fromNodeId);
    void switchToTarget(const std::shared_ptr<MoveRun> &state);
    void startOnTarget(const std::shared_ptr<MoveRun> &state);
    void checkFeed(const std::shared_ptr<MoveRun> &state);
    void removeOldVolume(const std::shared_ptr<MoveRun> &state);
    void waitForMoves(const QStringList &jobIds, Completion done);
    QString localNodeId() const;

    const Database &m_database;
    PubController &m_pubs;
    PubCustody &m_custody;
    PubRuntime *m_runtime;
    MoveSettings m_settings;
    const Orchestrator *m_orchestrator = nullptr;
};

}
