// exec: the pub's running task from the swarm, then a Docker exec (argv, no TTY, the image's user) in
// its container.
#include "docker/dockerengine.h"
#include "swarm/containerstats.h"
#include "swarm/dockerpubruntime.h"
#include "swarm/pubservicespec.h"

#include <QTimer>

namespace buttcloud {

std::variant<DockerEngine *, RuntimeError> engineForTask(const NodeEngineResolver &resolver, DockerEngine *fallback,
                                                        const QString &pubId, const RunningPubTask &task)
{
    if (!resolver)
        return fallback;
    if (DockerEngine *engine = resolver(task.nodeId))
        return engine;
    return RuntimeError{QStringLiteral("the hub running pub %1 (node %2) cannot be reached now").arg(pubId, task.nodeId), true};
}

void DockerPubRuntime::setNodeEngines(NodeEngineResolver resolver)
{
    m_nodeEngines = std::move(resolver);
}

void DockerPubRuntime::findRunningTask(const QString &pubId,
                                       std::function<void(std::variant<RunningPubTask, RuntimeError>)> done)
{
    // Callbacks capture copies, never this: they may run after this object is gone.
    DockerEngine *engine = m_engine;
    QStringList filters = managedPubFilters(m_managedLabels);
    filters.append(QString::fromLatin1(PubIdLabel) + u'=' + pubId);
    engine->listServices(filters, [=](DockerResult<QJsonArray> services) {
        if (const auto *error = std::get_if<DockerError>(&services))
            return done(toRuntimeError(*error));
        const QJsonArray serviceList = std::get<QJsonArray>(services);
        const QString serviceId = serviceList.size() == 1 ? serviceList.first().toObject().value(QLatin1String("ID")).toString()
                                                          : QString();
        engine->listTasks(serviceId.isEmpty() ? QStringList() : QStringList{serviceId}, [=](DockerResult<QJsonArray> tasks) {
            if (const auto *error = std::get_if<DockerError>(&tasks))
                return done(toRuntimeError(*error));
            done(findRunningPubTask(pubId, serviceList, std::get<QJsonArray>(tasks)));
        });
    });
}

void DockerPubRuntime::exec(const QString &pubId, const QStringList &argv, std::chrono::milliseconds timeout,
                            OutputChunk onOutput, Executed done)
{
    if (!isValidPubId(pubId) || argv.isEmpty() || timeout <= std::chrono::milliseconds::zero()) {
        QTimer::singleShot(0, this, [done = std::move(done), pubId] {
            done(RuntimeError{QStringLiteral("invalid command for pub '%1'").arg(pubId)});
        });
        return;
    }
    DockerEngine *engine = m_engine;
    const NodeEngineResolver nodeEngines = m_nodeEngines;
    findRunningTask(pubId, [=](std::variant<RunningPubTask, RuntimeError> task) {
        if (const auto *error = std::get_if<RuntimeError>(&task))
            return done(*error);
        // Docker runs exec only where the container is: the engine of the task's node.
        const auto taskEngine = engineForTask(nodeEngines, engine, pubId, std::get<RunningPubTask>(task));
        if (const auto *error = std::get_if<RuntimeError>(&taskEngine))
            return done(*error);
        std::get<DockerEngine *>(taskEngine)->execStreaming(std::get<RunningPubTask>(task).containerId, argv, timeout, onOutput,
                              [done](DockerResult<ExecResult> result) {
                                  if (const auto *error = std::get_if<DockerError>(&result))
                                      return done(toRuntimeError(*error));
                                  const ExecResult &output = std::get<ExecResult>(result);
                                  done(ExecOutcome{output.exitCode, output.standardOutput, output.standardError, output.timedOut});
                              });
    });
}

}
