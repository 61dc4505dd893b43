#include "orchestrator/reconcileplanner.h"

#include <algorithm>

namespace buttcloud {

namespace {
constexpr int OrchestratorJobAttempts = 8;

JobRequest jobFor(JobKind kind, const QString &pubId, const QString &reason, const QJsonObject &payload = {})
{
    JobRequest request;
    request.kind = kind;
    request.pubId = pubId;
    request.payload = payload;
    request.idempotencyKey = pubJobKey(kind, pubId);
    request.reason = reason;
    request.maxAttempts = OrchestratorJobAttempts;
    return request;
}

QStringList driftOf(const ObservedPub &service, const PubServiceSpec &spec)
{
    QStringList drift;
    if (service.image != spec.image)
        drift.append(QStringLiteral("image %1 instead of %2").arg(service.image, spec.image));
    if (service.memoryLimitBytes != spec.memoryLimitBytes)
        drift.append(QStringLiteral("memory limit %1 instead of %2").arg(service.memoryLimitBytes).arg(spec.memoryLimitBytes));
    if (service.memoryReservationBytes != spec.memoryReservationBytes) {
        drift.append(QStringLiteral("memory reservation %1 instead of %2")
                         .arg(service.memoryReservationBytes).arg(spec.memoryReservationBytes));
    }
    if (service.publishedPort != spec.publishedPort)
        drift.append(QStringLiteral("port %1 instead of %2").arg(service.publishedPort).arg(spec.publishedPort));
    // The ingress's network, joined or left when the ingress was switched on or off.
    const QStringList networks = spec.network.isEmpty() ? QStringList() : QStringList{spec.network};
    if (service.networks != networks) {
        drift.append(QStringLiteral("networks [%1] instead of [%2]")
                         .arg(service.networks.join(QStringLiteral(", ")), networks.join(QStringLiteral(", "))));
    }
    if (service.placementNodeId != spec.nodeId) {
        const auto pin = [](const QString &nodeId) { return nodeId.isEmpty() ? QStringLiteral("any node") : QStringLiteral("node ") + nodeId; };
        drift.append(QStringLiteral("placement on %1 instead of %2").arg(pin(service.placementNodeId), pin(spec.nodeId)));
    }
    return drift;
}

std::optional<ReconcileDifference> pubDifference(const DesiredPub &pub, const ObservedPub *service,
                                                 const QHash<QString, const ObservedNode *> &nodes)
{
    const bool shouldRun = pub.desiredState == PubDesiredState::Running;
    ReconcileDifference difference;
    difference.pubId = pub.id;
    difference.serviceId = service ? service->serviceId : QString();
    if (!service) {
        if (!shouldRun)
            return std::nullopt; // a stopped pub needs no service; its data volume stays
        difference.kind = QStringLiteral("service_missing");
        difference.detail = QStringLiteral("pub %1 should run but has no service").arg(pub.name);
        difference.job = jobFor(JobKind::PubCreate, pub.id, QStringLiteral("reconcile: service missing"));
        return difference;
    }
    if (shouldRun && !service->nodeId.isEmpty() && !nodes.isEmpty()) {
        const ObservedNode *node = nodes.value(service->nodeId);
        if (!node || !node->takesPubs()) {
            difference.kind = QStringLiteral("hub_lost");
            difference.hubId = service->nodeId;
            difference.detail = node ? QStringLiteral("pub %1 sits on node %2, which is %3 and %4")
                                           .arg(pub.name, node->hostname, node->state, node->availability)
                                     : QStringLiteral("pub %1 sits on node %2, which left the swarm").arg(pub.name, service->nodeId);
            // Pinned there, where its data is: placing it again cannot help (swarm keeps the task
            // pending) and a job every reconcile would only churn. It waits for the hub or a move.
            if (pub.spec.nodeId == service->nodeId) {
                difference.detail += QStringLiteral("; it is pinned there with its data: it waits for the hub, or move it to another");
                return difference;
            }
            difference.job = jobFor(JobKind::PubUpdate, pub.id, QStringLiteral("reconcile: hub lost"),
                                    QJsonObject{{QStringLiteral("reschedule"), true}});
            return difference;
        }
    }
    const QStringList drift = driftOf(*service, pub.spec);
    if (!drift.isEmpty()) {
        difference.kind = QStringLiteral("spec_drift");
        difference.detail = QStringLiteral("pub %1 runs with %2").arg(pub.name, drift.join(QStringLiteral(", ")));
        difference.job = jobFor(JobKind::PubUpdate, pub.id, QStringLiteral("reconcile: spec drift"));
        return difference;
    }
    if (shouldRun != (service->replicas > 0)) {
        difference.kind = QStringLiteral("replicas");
        difference.detail = shouldRun ? QStringLiteral("pub %1 should run but is scaled to 0").arg(pub.name)
                                      : QStringLiteral("pub %1 should be stopped but runs %2 replicas").arg(pub.name).arg(service->replicas);
        difference.job = jobFor(shouldRun ? JobKind::PubStart : JobKind::PubStop, pub.id,
                                QStringLiteral("reconcile: replicas"));
        return difference;
    }
    return std::nullopt;
}
}

QString pubJobKey(JobKind kind, const QString &pubId)
{
    return jobKindName(kind) + u':' + pubId;
}

QList<ReconcileDifference> planReconcile(const ReconcileInput &input)
{
    QHash<QString, const ObservedPub *> services;
    services.reserve(input.services.size());
    for (const ObservedPub &service : input.services)
        services.insert(service.pubId, &service);
    QHash<QString, const ObservedNode *> nodes;
    nodes.reserve(input.nodes.size());
    for (const ObservedNode &node : input.nodes)
        nodes.insert(node.id, &node);
    QHash<QString, QString> jobOfPub;   // the oldest unfinished job of each pub
    QHash<QString, QString> jobOfKey;
    QHash<QString, QString> gaveUp;
    for (const JobRecord &job : input.gaveUpJobs)
        gaveUp.insert(job.idempotencyKey, job.id);
    for (const JobRecord &job : input.unfinishedJobs) {
        if (!job.pubId.isEmpty() && !jobOfPub.contains(job.pubId))
            jobOfPub.insert(job.pubId, job.id);
        jobOfKey.insert(job.idempotencyKey, job.id);
    }
    QSet<QString> known;
    known.reserve(input.pubs.size());

    QList<ReconcileDifference> differences;
    for (const DesiredPub &pub : input.pubs) {
        known.insert(pub.id);
        // A deleted pub is its delete job's; one just changed waits for a fresh observation.
        if (pub.desiredState == PubDesiredState::Deleted || input.skipPubs.contains(pub.id))
            continue;
        std::optional<ReconcileDifference> difference = pubDifference(pub, services.value(pub.id), nodes);
        if (!difference)
            continue;
        difference->existingJobId = jobOfPub.value(pub.id);
        if (difference->existingJobId.isEmpty() && gaveUp.contains(difference->job->idempotencyKey)) {
            // Queuing it again would loop through the same failure: an admin decides (retry).
            difference->existingJobId = gaveUp.value(difference->job->idempotencyKey);
            difference->detail += QStringLiteral("; its job failed for good: retry it");
        }
        if (!difference->existingJobId.isEmpty())
            difference->job.reset();
        differences.append(std::move(*difference));
    }

    for (const ObservedPub &service : input.services) {
        if (known.contains(service.pubId))
            continue;
        ReconcileDifference difference;
        difference.kind = QStringLiteral("orphan_service");
        difference.pubId = service.pubId;
        difference.serviceId = service.serviceId;
        const qint64 firstSeen = input.orphanFirstSeen.value(service.serviceId, input.now);
        const qint64 removeAt = firstSeen + input.orphanGraceMs;
        if (input.now >= removeAt) {
            difference.detail = QStringLiteral("service %1 runs pub %2, which is not in the database").arg(service.serviceId, service.pubId);
            JobRequest request;
            request.kind = JobKind::ServiceRemove;
            request.pubId = service.pubId;
            request.payload = QJsonObject{{QStringLiteral("serviceId"), service.serviceId}};
            request.idempotencyKey = jobKindName(JobKind::ServiceRemove) + u':' + service.serviceId;
            request.reason = QStringLiteral("reconcile: orphaned service");
            request.maxAttempts = OrchestratorJobAttempts;
            difference.existingJobId = jobOfKey.value(request.idempotencyKey, gaveUp.value(request.idempotencyKey));
            if (difference.existingJobId.isEmpty())
                difference.job = request;
        } else {
            difference.detail = QStringLiteral("service %1 runs pub %2, which is not in the database; removed after %3 s more")
                                    .arg(service.serviceId, service.pubId).arg((removeAt - input.now + 999) / 1000);
        }
        differences.append(std::move(difference));
    }

    std::sort(differences.begin(), differences.end(), [](const ReconcileDifference &a, const ReconcileDifference &b) {
        return std::tie(a.pubId, a.kind, a.serviceId) < std::tie(b.pubId, b.kind, b.serviceId);
    });
    return differences;
}

}
