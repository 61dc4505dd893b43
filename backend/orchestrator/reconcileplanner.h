#pragma once

#include "store/jobrepository.h"
#include "store/records.h"
#include "swarm/pubruntime.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace buttcloud {

// A pub as it should be: its row and the spec it should run with.
struct DesiredPub
{
    QString id;
    QString name;
    PubDesiredState desiredState = PubDesiredState::Running;
    PubServiceSpec spec;
};

// Everything the planner looks at, gathered by the caller. Pure data.
struct ReconcileInput
{
    QList<DesiredPub> pubs;              // every pub row, deleted ones included
    QList<ObservedPub> services;         // every service with this server's labels
    QList<ObservedNode> nodes;           // empty when unknown: hub_lost is then not judged
    QList<JobRecord> unfinishedJobs;
    QList<JobRecord> gaveUpJobs;         // failed for good: not queued again until an admin retries
    QHash<QString, qint64> orphanFirstSeen; // service id -> when this server first saw it without a pub
    QSet<QString> skipPubs;              // pubs whose observation may predate their last operation
    qint64 now = 0;
    qint64 orphanGraceMs = 10 * 60 * 1000;
};

// One difference between desired and observed state, and the job that mends it (docs/api.md,
// "Reconcile"). job is empty for an orphan still within its grace period.
struct ReconcileDifference
{
    QString kind;       // service_missing, replicas, spec_drift, orphan_service, hub_lost
    QString pubId;
    QString hubId;      // the swarm node id for hub_lost
    QString serviceId;
    QString detail;     // for people
    std::optional<JobRequest> job;
    QString existingJobId; // an unfinished job already doing this (or anything to this pub)
};

// The reconcile plan: pure, deterministic (ordered by pub id, then kind), no Qt event loop, no
// database. Each pub yields at most one difference (the most fundamental: missing, then lost hub,
// drift, replicas); a pub with an unfinished job gets that job's id and no new job, since its jobs
// run in order and the next plan sees what they did.
QList<ReconcileDifference> planReconcile(const ReconcileInput &input);

// The idempotency key of a pub's job of this kind ("pub.create:<id>"); shared with the controller.
QString pubJobKey(JobKind kind, const QString &pubId);

}
