#include "swarm/pubservicespec.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace buttcloud {

namespace {

// Restarting a crashed pub at once would spin on a persistent failure; a few seconds is gentle.
constexpr qint64 RestartDelayNanoseconds = 5'000'000'000;
// ssb-server stops in well under a second with an init process; this only bounds a stuck one.
constexpr qint64 StopGracePeriodNanoseconds = 10'000'000'000;
// How long swarm watches an updated task before it calls the update done: the image's health check
// start period (60 s) plus one interval (30 s) and its timeout (10 s), with a margin.
constexpr qint64 UpdateMonitorNanoseconds = 120'000'000'000;

QJsonObject toJson(const QMap<QString, QString> &labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

}

bool isValidPubId(const QString &pubId)
{
    // The id becomes part of Docker object names (at most 63 characters, DNS-label-like).
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$"));
    return pattern.match(pubId).hasMatch();
}

QString placementConstraint(const QString &nodeId) { return QStringLiteral("node.id==") + nodeId; }

QString pubServiceName(const QString &pubId) { return QStringLiteral("buttcloud-pub-") + pubId; }
QString pubVolumeName(const QString &pubId) { return pubServiceName(pubId) + QStringLiteral("-data"); }

QMap<QString, QString> pubLabels(const QString &pubId, const QMap<QString, QString> &managedLabels)
{
    QMap<QString, QString> labels = managedLabels;
    labels.insert(QString::fromLatin1(PubIdLabel), pubId);  // the pub's own id wins over any managed label
    return labels;
}

QStringList managedPubFilters(const QMap<QString, QString> &managedLabels)
{
    QStringList filters{QString::fromLatin1(PubIdLabel)};
    for (auto it = managedLabels.cbegin(); it != managedLabels.cend(); ++it) {
        if (it.key() != QLatin1String(PubIdLabel))
            filters.append(it.key() + u'=' + it.value());
    }
    return filters;
}

bool carriesPubLabels(const QJsonObject &labels, const QString &pubId, const QMap<QString, QString> &managedLabels)
{
    const QMap<QString, QString> expected = pubLabels(pubId, managedLabels);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QJsonValue value = labels.value(it.key());
        if (!value.isString() || value.toString() != it.value())
            return false;
    }
    return true;
}

std::optional<QString> pubServiceSpecProblem(const PubServiceSpec &spec)
{
    if (!isValidPubId(spec.pubId))
        return QStringLiteral("invalid pub id '%1'").arg(spec.pubId);
    if (spec.image.isEmpty() || spec.image.contains(QRegularExpression(QStringLiteral("\\s"))))
        return QStringLiteral("invalid pub image '%1'").arg(spec.image);
    if (spec.publishedPort == 0)
        return QStringLiteral("the pub has no published port");
    if (spec.replicas < 0 || spec.replicas > 1)
        return QStringLiteral("a pub runs 0 or 1 replicas, not %1").arg(spec.replicas);
    if (spec.memoryLimitBytes < 0 || spec.memoryReservationBytes < 0
        || (spec.memoryLimitBytes > 0 && spec.memoryReservationBytes > spec.memoryLimitBytes))
        return QStringLiteral("invalid memory limit or reservation");
    if (spec.externalHost.isEmpty() || spec.externalHost.contains(QRegularExpression(QStringLiteral("[\\s=]"))))
        return QStringLiteral("invalid external host '%1'").arg(spec.externalHost);
    static const QRegularExpression networkPattern(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$"));
    if (!spec.network.isEmpty() && !networkPattern.match(spec.network).hasMatch())
        return QStringLiteral("invalid network name '%1'").arg(spec.network);
    // Swarm node ids are 25 lowercase letters and digits; nothing else may reach the constraint.
    static const QRegularExpression nodeIdPattern(QStringLiteral("^[a-z0-9]{1,64}$"));
    if (!spec.nodeId.isEmpty() && !nodeIdPattern.match(spec.nodeId).hasMatch())
        return QStringLiteral("invalid node id '%1'").arg(spec.nodeId);
    return std::nullopt;
}

qint64 forceUpdateOf(const QJsonObject &serviceSpec)
{
    const QJsonValue counter = serviceSpec.value(QLatin1String("TaskTemplate")).toObject().value(QLatin1String("ForceUpdate"));
    const double value = counter.toDouble(0);
    return counter.isDouble() && value >= 0 && value < 9e15 ? qint64(value) : 0;
}

QJsonObject buildPubServiceSpec(const PubServiceSpec &spec, const QMap<QString, QString> &managedLabels,
                                qint64 currentForceUpdate)
{
    const QJsonObject labels = toJson(pubLabels(spec.pubId, managedLabels));
    const int port = spec.publishedPort;

    const QJsonObject mount{
        {QStringLiteral("Type"), QStringLiteral("volume")},
        {QStringLiteral("Source"), pubVolumeName(spec.pubId)},
        {QStringLiteral("Target"), QString::fromLatin1(PubDataPath)},
        {QStringLiteral("VolumeOptions"), QJsonObject{{QStringLiteral("Labels"), labels}}},
    };
    const QJsonObject containerSpec{
        {QStringLiteral("Image"), spec.image},
        {QStringLiteral("Labels"), labels},
        // The image listens on SSB_PORT so that the invites it writes carry the published port.
        {QStringLiteral("Env"), QJsonArray{QStringLiteral("SSB_EXTERNAL_HOST=") + spec.externalHost,
                                           QStringLiteral("SSB_PORT=%1").arg(port)}},
        // node as PID 1 ignores SIGTERM; an init makes stopping take milliseconds instead of the grace period.
        {QStringLiteral("Init"), true},
        {QStringLiteral("StopGracePeriod"), StopGracePeriodNanoseconds},
        {QStringLiteral("Mounts"), QJsonArray{mount}},
    };
    QJsonObject limits;
    if (spec.memoryLimitBytes > 0)
        limits.insert(QStringLiteral("MemoryBytes"), spec.memoryLimitBytes);
    QJsonObject reservations;
    if (spec.memoryReservationBytes > 0)
        reservations.insert(QStringLiteral("MemoryBytes"), spec.memoryReservationBytes);

    QJsonObject taskTemplate{
        {QStringLiteral("ContainerSpec"), containerSpec},
        {QStringLiteral("Resources"), QJsonObject{{QStringLiteral("Limits"), limits},
                                                  {QStringLiteral("Reservations"), reservations}}},
        {QStringLiteral("RestartPolicy"), QJsonObject{{QStringLiteral("Condition"), QStringLiteral("any")},
                                                      {QStringLiteral("Delay"), RestartDelayNanoseconds}}},
        // Swarm replaces the task whenever this counter changes, even with nothing else changed.
        {QStringLiteral("ForceUpdate"), std::max<qint64>(currentForceUpdate, 0) + (spec.forceRedeploy ? 1 : 0)},
    };
    // The hub ingress reaches the pub's web views by service name on this network; they are never
    // published on the host.
    if (!spec.network.isEmpty())
        taskTemplate.insert(QStringLiteral("Networks"), QJsonArray{QJsonObject{{QStringLiteral("Target"), spec.network}}});
    // A pinned pub runs only where its data volume is (volumes are local to each node).
    if (!spec.nodeId.isEmpty()) {
        taskTemplate.insert(QStringLiteral("Placement"),
                            QJsonObject{{QStringLiteral("Constraints"), QJsonArray{placementConstraint(spec.nodeId)}}});
    }
    const QJsonObject publishedPort{
        {QStringLiteral("Protocol"), QStringLiteral("tcp")},
        {QStringLiteral("TargetPort"), port},
        {QStringLiteral("PublishedPort"), port},
        // Host mode: the pub is reached on the node's own address, with no ingress routing mesh.
        {QStringLiteral("PublishMode"), QStringLiteral("host")},
    };
    // A new image rolls out through swarm's own update: one task at a time, the old one stopped first
    // (one volume, one writer), watched for longer than the image's health check start period (60 s)
    // plus a check, and rolled back by swarm itself when the new task fails or never gets healthy.
    const auto updateConfig = [](const QString &failureAction) {
        return QJsonObject{
            {QStringLiteral("Parallelism"), 1},
            {QStringLiteral("FailureAction"), failureAction},
            {QStringLiteral("Monitor"), UpdateMonitorNanoseconds},
            {QStringLiteral("MaxFailureRatio"), 0},
            {QStringLiteral("Order"), QStringLiteral("stop-first")},
        };
    };
    return QJsonObject{
        {QStringLiteral("Name"), pubServiceName(spec.pubId)},
        {QStringLiteral("UpdateConfig"), updateConfig(QStringLiteral("rollback"))},
        {QStringLiteral("RollbackConfig"), updateConfig(QStringLiteral("pause"))},
        {QStringLiteral("Labels"), labels},
        {QStringLiteral("TaskTemplate"), taskTemplate},
        {QStringLiteral("Mode"), QJsonObject{{QStringLiteral("Replicated"),
                                              QJsonObject{{QStringLiteral("Replicas"), spec.replicas}}}}},
        {QStringLiteral("EndpointSpec"), QJsonObject{{QStringLiteral("Ports"), QJsonArray{publishedPort}}}},
    };
}

}
