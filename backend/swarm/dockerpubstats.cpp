// readCounters: the pub's running task (remembered, or from the swarm), then one-shot stats of its
// container.
#include "swarm/containerstats.h"

#include "docker/dockerengine.h"
#include "swarm/dockerpubruntime.h"
#include "swarm/pubobservation.h"
#include "swarm/pubservicespec.h"

#include <QTimer>

#include <limits>

namespace buttcloud {

namespace {

constexpr double NanoCpusPerCore = 1e9;

RuntimeError malformed(const QString &what)
{
    return RuntimeError{QStringLiteral("Docker sent container stats with %1").arg(what)};
}

// A cumulative counter: a non-negative integer. Qt keeps JSON integers exact up to 2^63, beyond
// what nanoseconds of CPU time reach in centuries; fractions, negatives and text are refused.
std::optional<quint64> counter(const QJsonValue &value)
{
    const qint64 exact = value.isDouble() ? value.toInteger(-1) : -1;
    return exact >= 0 ? std::optional<quint64>(quint64(exact)) : std::nullopt;
}

// Sums one operation ("read" or "write", any case: cgroup v1 says "Read") over the block devices.
std::optional<quint64> blockBytes(const QJsonValue &entries, QLatin1StringView operation)
{
    if (entries.isNull() || entries.isUndefined())
        return 0; // cgroup v2 without I/O accounting
    if (!entries.isArray())
        return std::nullopt;
    quint64 total = 0;
    for (const QJsonValue &entry : entries.toArray()) {
        const QJsonObject device = entry.toObject();
        const auto bytes = counter(device.value(QLatin1String("value")));
        if (!device.value(QLatin1String("op")).isString() || !bytes)
            return std::nullopt;
        if (device.value(QLatin1String("op")).toString().compare(operation, Qt::CaseInsensitive) == 0)
            total += *bytes;
    }
    return total;
}

}

std::variant<RunningPubTask, RuntimeError> findRunningPubTask(const QString &pubId, const QJsonArray &services,
                                                              const QJsonArray &tasks)
{
    if (services.isEmpty())
        return RuntimeError{QStringLiteral("pub %1 has no service").arg(pubId), false, true};
    if (services.size() > 1)
        return RuntimeError{QStringLiteral("Docker listed %1 services for pub %2").arg(services.size()).arg(pubId)};
    const QJsonObject service = services.first().toObject();
    const QString serviceId = service.value(QLatin1String("ID")).toString();
    if (serviceId.isEmpty())
        return RuntimeError{QStringLiteral("Docker listed the service of pub %1 without an ID").arg(pubId)};

    RunningPubTask found;
    const QJsonValue nanoCpus = service.value(QLatin1String("Spec")).toObject().value(QLatin1String("TaskTemplate")).toObject()
                                    .value(QLatin1String("Resources")).toObject().value(QLatin1String("Limits")).toObject()
                                    .value(QLatin1String("NanoCPUs"));
    if (!nanoCpus.isUndefined() && !counter(nanoCpus))
        return RuntimeError{QStringLiteral("Docker sent service %1 with an invalid CPU limit").arg(serviceId)};
    found.cpuLimitCores = nanoCpus.toDouble() / NanoCpusPerCore;

    for (const QJsonValue &value : tasks) {
        const QJsonObject task = value.toObject();
        const QJsonObject status = task.value(QLatin1String("Status")).toObject();
        if (task.value(QLatin1String("ServiceID")).toString() != serviceId
            || task.value(QLatin1String("DesiredState")).toString() != QLatin1String("running")
            || status.value(QLatin1String("State")).toString() != QLatin1String("running"))
            continue;
        found.containerId = status.value(QLatin1String("ContainerStatus")).toObject().value(QLatin1String("ContainerID")).toString();
        found.nodeId = task.value(QLatin1String("NodeID")).toString();
        if (found.containerId.isEmpty())
            return RuntimeError{QStringLiteral("Docker sent a running task of pub %1 without a container").arg(pubId)};
        return found;
    }
    return RuntimeError{QStringLiteral("no task of pub %1 runs").arg(pubId), false, true};
}

QHash<QString, RunningPubTask> findRunningPubTasks(const QJsonArray &services, const QJsonArray &tasks)
{
    QHash<QString, QJsonArray> tasksByService;
    for (const QJsonValue &task : tasks)
        tasksByService[task.toObject().value(QLatin1String("ServiceID")).toString()].append(task);
    QHash<QString, RunningPubTask> running;
    for (const QJsonValue &service : services) {
        const QJsonObject object = service.toObject();
        const QString pubId = object.value(QLatin1String("Spec")).toObject().value(QLatin1String("Labels")).toObject()
                                  .value(QLatin1String(PubIdLabel)).toString();
        const auto found = findRunningPubTask(pubId, QJsonArray{service},
                                              tasksByService.value(object.value(QLatin1String("ID")).toString()));
        if (isValidPubId(pubId) && std::holds_alternative<RunningPubTask>(found))
            running.insert(pubId, std::get<RunningPubTask>(found));
    }
    return running;
}

std::variant<PubCounters, RuntimeError> countersFromContainerStats(const QJsonObject &stats, double cpuLimitCores)
{
    const auto readAt = parseDockerTimestamp(stats.value(QLatin1String("read")).toString());
    if (!readAt)
        return malformed(QStringLiteral("no readable read time"));
    // Docker answers a stopped container with zeroes read at 0001-01-01.
    if (readAt->seconds <= 0)
        return RuntimeError{QStringLiteral("the container is not running"), false, true};

    const QJsonObject cpu = stats.value(QLatin1String("cpu_stats")).toObject();
    const QJsonObject memory = stats.value(QLatin1String("memory_stats")).toObject();
    const QJsonObject memoryDetails = memory.value(QLatin1String("stats")).toObject();
    const QJsonObject blkio = stats.value(QLatin1String("blkio_stats")).toObject();

    const auto cpuTotal = counter(cpu.value(QLatin1String("cpu_usage")).toObject().value(QLatin1String("total_usage")));
    // system_cpu_usage is absent where the platform has none (e.g. Windows): 0 makes the sample
    // fall back to wall-clock time.
    const QJsonValue systemValue = cpu.value(QLatin1String("system_cpu_usage"));
    const auto systemCpu = systemValue.isUndefined() ? std::optional<quint64>(0) : counter(systemValue);
    const auto onlineCpus = counter(cpu.value(QLatin1String("online_cpus")));
    const auto usage = counter(memory.value(QLatin1String("usage")));
    const auto limit = counter(memory.value(QLatin1String("limit")));
    const QJsonValue inactiveValue = memoryDetails.contains(QLatin1String("total_inactive_file"))
        ? memoryDetails.value(QLatin1String("total_inactive_file"))
        : memoryDetails.value(QLatin1String("inactive_file"));
    const auto inactiveFile = inactiveValue.isUndefined() ? std::optional<quint64>(0) : counter(inactiveValue);
    const auto pids = counter(stats.value(QLatin1String("pids_stats")).toObject().value(QLatin1String("current")));
    const auto blockRead = blockBytes(blkio.value(QLatin1String("io_service_bytes_recursive")), QLatin1StringView("read"));
    const auto blockWrite = blockBytes(blkio.value(QLatin1String("io_service_bytes_recursive")), QLatin1StringView("write"));

    if (!cpuTotal || !systemCpu || !onlineCpus || *onlineCpus == 0 || *onlineCpus > 4096)
        return malformed(QStringLiteral("invalid CPU counters"));
    if (!usage || !limit || !inactiveFile || *usage > quint64(std::numeric_limits<qint64>::max())
        || *limit > quint64(std::numeric_limits<qint64>::max()))
        return malformed(QStringLiteral("invalid memory counters"));
    if (!pids || *pids > quint64(std::numeric_limits<int>::max()))
        return malformed(QStringLiteral("an invalid PID count"));
    if (!blockRead || !blockWrite)
        return malformed(QStringLiteral("invalid block I/O counters"));

    PubCounters counters;
    counters.readAtMs = readAt->seconds * 1000 + readAt->nanoseconds / 1000000;
    counters.cpuTotalNs = *cpuTotal;
    counters.systemCpuNs = *systemCpu;
    counters.onlineCpus = int(*onlineCpus);
    counters.cpuLimitCores = cpuLimitCores;
    counters.memoryUsedBytes = qint64(*usage - std::min(*usage, *inactiveFile));
    counters.memoryLimitBytes = qint64(*limit);
    counters.pids = int(*pids);
    counters.blockReadBytes = *blockRead;
    counters.blockWriteBytes = *blockWrite;

    const QJsonValue networks = stats.value(QLatin1String("networks"));
    if (!networks.isUndefined() && !networks.isNull() && !networks.isObject())
        return malformed(QStringLiteral("invalid network counters"));
    for (const QJsonValue &value : networks.toObject()) {
        const auto received = counter(value.toObject().value(QLatin1String("rx_bytes")));
        const auto sent = counter(value.toObject().value(QLatin1String("tx_bytes")));
        if (!received || !sent)
            return malformed(QStringLiteral("invalid network counters"));
        counters.networkRxBytes += *received;
        counters.networkTxBytes += *sent;
    }
    return counters;
}

void DockerPubRuntime::readCounters(const QString &pubId, CountersRead done)
{
    if (!isValidPubId(pubId)) {
        QTimer::singleShot(0, this, [done = std::move(done), pubId] {
            done(RuntimeError{QStringLiteral("invalid pub id '%1'").arg(pubId)});
        });
        return;
    }
    DockerEngine *engine = m_engine;
    const NodeEngineResolver nodeEngines = m_nodeEngines;
    withRunningTask(pubId, [=](const RunningPubTask &running, std::function<void()> containerGone) {
        // Docker serves a container's stats only on its node: the engine of the task's node.
        const auto taskEngine = engineForTask(nodeEngines, engine, pubId, running);
        if (const auto *error = std::get_if<RuntimeError>(&taskEngine))
            return done(*error);
        std::get<DockerEngine *>(taskEngine)->containerStats(running.containerId, [=](DockerResult<QJsonObject> stats) {
            if (const auto *error = std::get_if<DockerError>(&stats)) {
                if (containerGone && isContainerGone(*error))
                    return containerGone();
                return done(toRuntimeError(*error));
            }
            auto counters = countersFromContainerStats(std::get<QJsonObject>(stats), running.cpuLimitCores);
            // A remembered container that stopped (Docker answers zeroes) may have a successor.
            const auto *error = std::get_if<RuntimeError>(&counters);
            if (containerGone && error && error->notFound)
                return containerGone();
            done(std::move(counters));
        });
    }, [done](const RuntimeError &error) { done(error); });
}

}
