#pragma once

#include "swarm/containerstats.h"
#include "swarm/pubruntime.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace buttcloud {

class DockerEngine;
struct DockerError;

// A Docker client error as the runtime reports it (shared by the runtime's source files).
RuntimeError toRuntimeError(const DockerError &error);

// The engine of the node that runs a task: Docker serves stats and exec only there. nullptr when no
// engine reaches that node now.
using NodeEngineResolver = std::function<DockerEngine *(const QString &nodeId)>;

// The engine to read or exec the pub's running task through: the resolver's for its node, or fallback
// when there is no resolver (a single-node swarm).
std::variant<DockerEngine *, RuntimeError> engineForTask(const NodeEngineResolver &resolver, DockerEngine *fallback,
                                                        const QString &pubId, const RunningPubTask &task);
// Docker's answer when the container a request named is gone or stopped (404 or 409).
bool isContainerGone(const DockerError &error);

// Runs each pub as one replicated Docker Swarm service named buttcloud-pub-<id>, with a named data
// volume. Everything it creates carries buttcloud.pub.id=<id> plus the managed labels, and it only
// changes or removes objects carrying them, so several servers (or test runs) can share one swarm.
// Callbacks are dropped when the engine is destroyed before Docker answers.
// Each pub's running container is remembered (refreshed by every observe()), so a stats reading or
// a command costs one request to find the container only when the remembered one is gone.
class DockerPubRuntime final : public PubRuntime
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerPubRuntime)

public:
    static constexpr std::chrono::milliseconds DefaultVolumeReleaseTimeout{15000};

    DockerPubRuntime(DockerEngine *engine, QMap<QString, QString> managedLabels, QObject *parent = nullptr);
    ~DockerPubRuntime() override;

    // How long remove() retries a data volume that the stopping task still holds.
    void setVolumeReleaseTimeout(std::chrono::milliseconds timeout);
    // Where stats and exec go for a task on another node (hubs); the runtime's engine without one.
    void setNodeEngines(NodeEngineResolver resolver);

    void deploy(const PubServiceSpec &spec, Done done) override;
    void scale(const QString &pubId, int replicas, Done done) override;
    void remove(const QString &pubId, bool removeData, Done done) override;
    void observe(Observed done) override;
    void observeNodes(NodesObserved done) override;
    void readCounters(const QString &pubId, CountersRead done) override;
    void exec(const QString &pubId, const QStringList &argv, std::chrono::milliseconds timeout,
              OutputChunk onOutput, Executed done) override;
    // Through VolumeArchive, on the engine of nodeId (a hub's over SSH).
    void exportData(const QString &pubId, const QString &nodeId, const QString &image, QIODevice *destination,
                    Done done) override;
    void importData(const QString &pubId, const QString &nodeId, const QString &image, QIODevice *source,
                    qint64 size, Done done) override;
    void removeData(const QString &pubId, const QString &nodeId, Done done) override;

    // For tests and diagnostics: how often the running task was looked up in the swarm.
    int runningTaskLookups() const;

private:
    using RunningTasks = QHash<QString, RunningPubTask>;
    // Called with the pub's running task; a use that finds its container gone calls containerGone
    // (set only for a remembered task) to have the task looked up again and itself run once more.
    using TaskUse = std::function<void(const RunningPubTask &task, std::function<void()> containerGone)>;

    // engineUnavailable: the engine of a hub cannot be reached now (a passing failure, retried).
    void failLater(Done done, const QString &message, bool engineUnavailable = false);
    // Runs use on the pub's running task (container, node, CPU limit), remembered or looked up in the
    // swarm; failed gets notFound when none runs. Defined in dockerpubexec.cpp.
    void withRunningTask(const QString &pubId, TaskUse use, std::function<void(const RuntimeError &)> failed);
    void forgetRunningTask(const QString &pubId);
    // The engine holding nodeId's volumes, or nullptr (the hub is unreachable now).
    DockerEngine *engineOfNode(const QString &nodeId) const;

    DockerEngine *m_engine;
    NodeEngineResolver m_nodeEngines;
    QMap<QString, QString> m_managedLabels;
    // Shared with Docker callbacks, which may run after the runtime is gone.
    std::shared_ptr<RunningTasks> m_runningTasks;
    std::shared_ptr<int> m_runningTaskLookups;
    std::chrono::milliseconds m_volumeReleaseTimeout = DefaultVolumeReleaseTimeout;
};

}
