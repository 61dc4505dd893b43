#pragma once

#include "swarm/pubruntime.h"

#include <QMap>
#include <QString>

#include <chrono>

namespace buttcloud {

class DockerEngine;
struct DockerError;
struct RunningPubTask;

// A Docker client error as the runtime reports it (shared by the runtime's source files).
RuntimeError toRuntimeError(const DockerError &error);

// Runs each pub as one replicated Docker Swarm service named buttcloud-pub-<id>, with a named data
// volume. Everything it creates carries buttcloud.pub.id=<id> plus the managed labels, and it only
// changes or removes objects carrying them, so several servers (or test runs) can share one swarm.
// Callbacks are dropped when the engine is destroyed before Docker answers.
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

    void deploy(const PubServiceSpec &spec, Done done) override;
    void scale(const QString &pubId, int replicas, Done done) override;
    void remove(const QString &pubId, bool removeData, Done done) override;
    void observe(Observed done) override;
    void observeNodes(NodesObserved done) override;
    void readCounters(const QString &pubId, CountersRead done) override;
    void exec(const QString &pubId, const QStringList &argv, std::chrono::milliseconds timeout,
              OutputChunk onOutput, Executed done) override;

private:
    void failLater(Done done, const QString &message);
    // The pub's running task (container, node, CPU limit), for exec and readCounters; notFound when
    // none runs. Defined in dockerpubexec.cpp.
    void findRunningTask(const QString &pubId, std::function<void(std::variant<RunningPubTask, RuntimeError>)> done);

    DockerEngine *m_engine;
    QMap<QString, QString> m_managedLabels;
    std::chrono::milliseconds m_volumeReleaseTimeout = DefaultVolumeReleaseTimeout;
};

}
