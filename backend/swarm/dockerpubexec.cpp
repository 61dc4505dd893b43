// exec: the pub's running task (remembered, or from the swarm), then a Docker exec (argv, no TTY,
// the image's user) in its container.
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
    return RuntimeError{QStringLiteral("the hub running pub %1 (node %2) cannot be reached now").arg(pubId, task.nodeId), true,
                        false, true};
}

void DockerPubRuntime::setNodeEngines(NodeEngineResolver resolver)
{
    m_nodeEngines = std::move(resolver);
}

namespace {

using TaskFound = std::function<void(std::variant<RunningPubTask, RuntimeError>)>;

// Asks the swarm for the pub's service and its tasks: two requests.
void lookUpRunningTask(DockerEngine *engine, QStringList filters, const QString &pubId, TaskFound done)
{
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

}

bool isContainerGone(const DockerError &error)
{
    return error.isNotFound() || error.isConflict();
}

int DockerPubRuntime::runningTaskLookups() const
{
    return *m_runningTaskLookups;
}

void DockerPubRuntime::forgetRunningTask(const QString &pubId)
{
    m_runningTasks->remove(pubId);
}

void DockerPubRuntime::withRunningTask(const QString &pubId, TaskUse use, std::function<void(const RuntimeError &)> failed)
{
    // Callbacks capture copies, never this: they may run after this object is gone.
    DockerEngine *engine = m_engine;
    const QStringList filters = managedPubFilters(m_managedLabels);
    const std::shared_ptr<RunningTasks> remembered = m_runningTasks;
    const std::shared_ptr<int> lookups = m_runningTaskLookups;
    const auto lookUp = [=] {
        ++*lookups;
        lookUpRunningTask(engine, filters, pubId, [=](std::variant<RunningPubTask, RuntimeError> task) {
            if (const auto *error = std::get_if<RuntimeError>(&task)) {
                if (error->notFound)
                    remembered->remove(pubId);
                return failed(*error);
            }
            const RunningPubTask &running = std::get<RunningPubTask>(task);
            remembered->insert(pubId, running);
            use(running, {}); // just looked up: a container gone now is reported as it is
        });
    };

    const auto found = remembered->constFind(pubId);
    if (found == remembered->cend())
        return lookUp();
    const RunningPubTask running = *found;
    use(running, [=] {
        // Another request may already have remembered the new container.
        if (remembered->value(pubId).containerId == running.containerId)
            remembered->remove(pubId);
        lookUp();
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
    withRunningTask(pubId, [=](const RunningPubTask &task, std::function<void()> containerGone) {
        // Docker runs exec only where the container is: the engine of the task's node.
        const auto taskEngine = engineForTask(nodeEngines, engine, pubId, task);
        if (const auto *error = std::get_if<RuntimeError>(&taskEngine))
            return done(*error);
        auto outputSeen = std::make_shared<bool>(false);
        const auto forward = [onOutput, outputSeen](const QByteArray &chunk, bool isStandardError) {
            *outputSeen = true;
            onOutput(chunk, isStandardError);
        };
        std::get<DockerEngine *>(taskEngine)->execStreaming(task.containerId, argv, timeout, forward, [=](DockerResult<ExecResult> result) {
            if (const auto *error = std::get_if<DockerError>(&result)) {
                // Only a refusal naming the container, before any output, means the command never
                // ran: then, and only then, it may run in the container found anew.
                if (containerGone && !*outputSeen && isContainerGone(*error)
                    && error->message.contains(QLatin1String("container"), Qt::CaseInsensitive))
                    return containerGone();
                return done(toRuntimeError(*error));
            }
            const ExecResult &output = std::get<ExecResult>(result);
            done(ExecOutcome{output.exitCode, output.standardOutput, output.standardError, output.timedOut});
        });
    }, [done](const RuntimeError &error) { done(error); });
}

}
