#pragma once

#include "swarm/pubruntime.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace buttcloud {

// Where a pub's running task is, read from Docker's GET /services (the pub's) and GET /tasks.
struct RunningPubTask
{
    QString containerId;
    QString nodeId;            // stats and exec only work on this node's engine
    double cpuLimitCores = 0;  // the service's Resources.Limits.NanoCPUs in cores, 0 when none
};

// The task of the pub's service that runs (desired and actual state running) with its container;
// notFound when there is none. A reply of the wrong shape is an error, never a crash.
std::variant<RunningPubTask, RuntimeError> findRunningPubTask(const QString &pubId, const QJsonArray &services,
                                                              const QJsonArray &tasks);

// The running task of every pub service listed (GET /services of all pubs, GET /tasks of them), by
// pub id; pubs with none, and services of the wrong shape, are left out.
QHash<QString, RunningPubTask> findRunningPubTasks(const QJsonArray &services, const QJsonArray &tasks);

// Docker's one-shot container stats (Engine API 1.41, cgroup v1 or v2) as counters. Memory used is
// usage minus the inactive file cache (total_inactive_file on v1, inactive_file on v2), as
// `docker stats` shows it. A container that is not running (Docker answers a zero read time) is
// notFound; a missing or malformed counter is an error.
std::variant<PubCounters, RuntimeError> countersFromContainerStats(const QJsonObject &stats, double cpuLimitCores);

}
