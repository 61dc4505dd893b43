#include "swarm/dockerpubruntime.h"

#include "docker/dockerengine.h"
#include "swarm/pubobservation.h"
#include "swarm/pubservicespec.h"
#include "swarm/volumearchive.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

namespace buttcloud {

RuntimeError toRuntimeError(const DockerError &error)
{
    const QString message = error.kind == DockerError::Kind::HttpStatus
        ? QStringLiteral("Docker refused (HTTP %1): %2").arg(error.httpStatus).arg(error.message)
        : error.message;
    return RuntimeError{message, error.kind == DockerError::Kind::EngineUnavailable, error.isNotFound()};
}

namespace {

constexpr std::chrono::milliseconds VolumeRetryInterval{500};

std::optional<RuntimeError> toRuntimeError(const std::optional<DockerError> &error)
{
    return error ? std::optional(toRuntimeError(*error)) : std::nullopt;
}

// An existing pub service, as much of it as an update needs.
struct PubService
{
    QString id;
    qint64 version = 0;
    QJsonObject spec;
};
using PubServiceLookup = std::variant<std::optional<PubService>, RuntimeError>;

// Finds the pub's service; absent is a result, not an error. A service of that name without this
// server's labels belongs to someone else and is an error: it is never changed.
void lookUpPubService(DockerEngine *engine, const QString &pubId, const QMap<QString, QString> &managedLabels,
                      std::function<void(PubServiceLookup)> done)
{
    const QString name = pubServiceName(pubId);
    engine->inspectService(name, [=, done = std::move(done)](DockerResult<QJsonObject> result) {
        if (const auto *error = std::get_if<DockerError>(&result)) {
            if (error->isNotFound())
                return done(std::optional<PubService>());
            return done(toRuntimeError(*error));
        }
        const QJsonObject service = std::get<QJsonObject>(result);
        const QJsonValue version = service.value(QLatin1String("Version")).toObject().value(QLatin1String("Index"));
        PubService found{service.value(QLatin1String("ID")).toString(), qint64(version.toDouble(-1)),
                         service.value(QLatin1String("Spec")).toObject()};
        if (found.id.isEmpty() || !version.isDouble() || found.version < 0 || found.spec.isEmpty())
            return done(RuntimeError{QStringLiteral("Docker sent service %1 without an ID, version or spec").arg(name)});
        if (!carriesPubLabels(found.spec.value(QLatin1String("Labels")).toObject(), pubId, managedLabels))
            return done(RuntimeError{QStringLiteral("service %1 is not managed by this server; leaving it alone").arg(name)});
        done(std::optional(found));
    });
}

// Deletes the pub's volume, retrying while the task that used it is still shutting down.
void removePubVolume(DockerEngine *engine, const QString &pubId, const QMap<QString, QString> &managedLabels,
                     QDeadlineTimer deadline, PubRuntime::Done done)
{
    const QString name = pubVolumeName(pubId);
    engine->inspectVolume(name, [=, done = std::move(done)](DockerResult<QJsonObject> result) {
        if (const auto *error = std::get_if<DockerError>(&result))
            return done(error->isNotFound() ? std::nullopt : std::optional(toRuntimeError(*error)));
        if (!carriesPubLabels(std::get<QJsonObject>(result).value(QLatin1String("Labels")).toObject(), pubId, managedLabels))
            return done(RuntimeError{QStringLiteral("volume %1 is not managed by this server; leaving it alone").arg(name)});
        engine->removeVolume(name, [=](std::optional<DockerError> error) {
            if (!error || error->isNotFound())
                return done(std::nullopt);
            if (!error->isConflict() || deadline.hasExpired())
                return done(toRuntimeError(*error));
            QTimer::singleShot(VolumeRetryInterval, engine, [=] {
                removePubVolume(engine, pubId, managedLabels, deadline, done);
            });
        });
    });
}

void updateReplicas(DockerEngine *engine, const PubService &service, int replicas, PubRuntime::Done done)
{
    QJsonObject spec = service.spec;
    QJsonObject mode = spec.value(QLatin1String("Mode")).toObject();
    if (!mode.value(QLatin1String("Replicated")).isObject())
        return done(RuntimeError{QStringLiteral("service %1 is not a replicated service").arg(service.id)});
    QJsonObject replicated = mode.value(QLatin1String("Replicated")).toObject();
    replicated.insert(QStringLiteral("Replicas"), replicas);
    mode.insert(QStringLiteral("Replicated"), replicated);
    spec.insert(QStringLiteral("Mode"), mode);
    engine->updateService(service.id, service.version, spec,
                          [done = std::move(done)](std::optional<DockerError> error) { done(toRuntimeError(error)); });
}

}

DockerPubRuntime::DockerPubRuntime(DockerEngine *engine, QMap<QString, QString> managedLabels, QObject *parent)
    : PubRuntime(parent)
    , m_engine(engine)
    , m_managedLabels(std::move(managedLabels))
    , m_runningTasks(std::make_shared<RunningTasks>())
    , m_runningTaskLookups(std::make_shared<int>(0))
{
    Q_ASSERT(m_engine);
    // The pub id label is set per pub; a managed label of that name would make every pub look alike.
    m_managedLabels.remove(QString::fromLatin1(PubIdLabel));
}

DockerPubRuntime::~DockerPubRuntime() = default;

void DockerPubRuntime::setVolumeReleaseTimeout(std::chrono::milliseconds timeout) { m_volumeReleaseTimeout = timeout; }

void DockerPubRuntime::failLater(Done done, const QString &message, bool engineUnavailable)
{
    QMetaObject::invokeMethod(this, [done = std::move(done), message, engineUnavailable] {
        done(RuntimeError{message, engineUnavailable});
    }, Qt::QueuedConnection);
}

void DockerPubRuntime::deploy(const PubServiceSpec &spec, Done done)
{
    if (const auto problem = pubServiceSpecProblem(spec))
        return failLater(std::move(done), *problem);

    // The update replaces the task; its container (and CPU limit) is found anew.
    forgetRunningTask(spec.pubId);
    // Callbacks capture copies, never this: they may run after this object is gone.
    DockerEngine *engine = m_engine;
    const QMap<QString, QString> managedLabels = m_managedLabels;
    lookUpPubService(engine, spec.pubId, m_managedLabels, [=, done = std::move(done)](PubServiceLookup lookup) {
        if (const auto *error = std::get_if<RuntimeError>(&lookup))
            return done(*error);
        const auto &existing = std::get<std::optional<PubService>>(lookup);
        const auto report = [done](std::optional<DockerError> error) { done(toRuntimeError(error)); };
        if (existing) {
            return engine->updateService(existing->id, existing->version,
                                         buildPubServiceSpec(spec, managedLabels, forceUpdateOf(existing->spec)), report);
        }
        engine->createService(buildPubServiceSpec(spec, managedLabels), [report](DockerResult<QString> created) {
            const auto *error = std::get_if<DockerError>(&created);
            report(error ? std::optional(*error) : std::nullopt);
        });
    });
}

void DockerPubRuntime::scale(const QString &pubId, int replicas, Done done)
{
    if (!isValidPubId(pubId))
        return failLater(std::move(done), QStringLiteral("invalid pub id '%1'").arg(pubId));
    if (replicas < 0 || replicas > 1)
        return failLater(std::move(done), QStringLiteral("a pub runs 0 or 1 replicas, not %1").arg(replicas));

    forgetRunningTask(pubId);
    DockerEngine *engine = m_engine;
    lookUpPubService(engine, pubId, m_managedLabels, [=, done = std::move(done)](PubServiceLookup lookup) {
        if (const auto *error = std::get_if<RuntimeError>(&lookup))
            return done(*error);
        const auto &existing = std::get<std::optional<PubService>>(lookup);
        if (!existing)
            return done(RuntimeError{QStringLiteral("pub %1 has no service").arg(pubId), false, true});
        updateReplicas(engine, *existing, replicas, done);
    });
}

void DockerPubRuntime::remove(const QString &pubId, bool removeData, Done done)
{
    if (!isValidPubId(pubId))
        return failLater(std::move(done), QStringLiteral("invalid pub id '%1'").arg(pubId));

    forgetRunningTask(pubId);
    DockerEngine *engine = m_engine;
    const QMap<QString, QString> labels = m_managedLabels;
    const auto timeout = m_volumeReleaseTimeout;
    const auto thenRemoveData = [=](std::optional<RuntimeError> error) {
        if (error || !removeData)
            return done(error);
        removePubVolume(engine, pubId, labels, QDeadlineTimer(timeout), done);
    };
    lookUpPubService(engine, pubId, labels, [=](PubServiceLookup lookup) {
        if (const auto *error = std::get_if<RuntimeError>(&lookup))
            return done(*error);
        const auto &existing = std::get<std::optional<PubService>>(lookup);
        if (!existing)
            return thenRemoveData(std::nullopt);
        engine->removeService(existing->id, [=](std::optional<DockerError> error) {
            thenRemoveData(error && !error->isNotFound() ? std::optional(toRuntimeError(*error)) : std::nullopt);
        });
    });
}

void DockerPubRuntime::observe(Observed done)
{
    DockerEngine *engine = m_engine;
    const std::shared_ptr<RunningTasks> remembered = m_runningTasks;
    QStringList networkFilters;
    for (auto it = m_managedLabels.cbegin(); it != m_managedLabels.cend(); ++it)
        networkFilters.append(it.key() + u'=' + it.value());
    engine->listServices(managedPubFilters(m_managedLabels), [=](DockerResult<QJsonArray> services) {
        if (const auto *error = std::get_if<DockerError>(&services))
            return done(toRuntimeError(*error));
        const QJsonArray serviceList = std::get<QJsonArray>(services);
        QStringList serviceIds;
        for (const QJsonValue &service : serviceList) {
            const QString id = service.toObject().value(QLatin1String("ID")).toString();
            if (!id.isEmpty())
                serviceIds.append(id);
        }
        engine->listTasks(serviceIds, [=](DockerResult<QJsonArray> tasks) {
            if (const auto *error = std::get_if<DockerError>(&tasks))
                return done(toRuntimeError(*error));
            engine->listNodes([=](DockerResult<QJsonArray> nodes) {
                if (const auto *error = std::get_if<DockerError>(&nodes))
                    return done(toRuntimeError(*error));
                // The networks carrying this server's labels (the ingress's): services name theirs by id.
                engine->listNetworks(networkFilters, [=](DockerResult<QJsonArray> networks) {
                    if (const auto *error = std::get_if<DockerError>(&networks))
                        return done(toRuntimeError(*error));
                    auto observed = observePubs(serviceList, std::get<QJsonArray>(tasks), std::get<QJsonArray>(nodes),
                                                std::get<QJsonArray>(networks));
                    // Every pass refreshes the remembered containers: stats and exec rarely look them up.
                    if (std::holds_alternative<QList<ObservedPub>>(observed))
                        *remembered = findRunningPubTasks(serviceList, std::get<QJsonArray>(tasks));
                    done(std::move(observed));
                });
            });
        });
    });
}

void DockerPubRuntime::observeNodes(NodesObserved done)
{
    m_engine->listNodes([done = std::move(done)](DockerResult<QJsonArray> nodes) {
        if (const auto *error = std::get_if<DockerError>(&nodes))
            return done(toRuntimeError(*error));
        done(buttcloud::observeNodes(std::get<QJsonArray>(nodes)));
    });
}

DockerEngine *DockerPubRuntime::engineOfNode(const QString &nodeId) const
{
    return m_nodeEngines && !nodeId.isEmpty() ? m_nodeEngines(nodeId) : m_engine;
}

void DockerPubRuntime::exportData(const QString &pubId, const QString &nodeId, const QString &image,
                                  QIODevice *destination, Done done)
{
    DockerEngine *engine = engineOfNode(nodeId);
    if (!engine)
        return failLater(std::move(done), QStringLiteral("the hub holding pub %1's data (node %2) cannot be reached now").arg(pubId, nodeId), true);
    auto *archive = new VolumeArchive(engine, image, m_managedLabels, this);
    archive->exportVolume(pubId, destination, [archive, done = std::move(done)](std::optional<RuntimeError> error) {
        archive->deleteLater();
        done(error);
    });
}

void DockerPubRuntime::importData(const QString &pubId, const QString &nodeId, const QString &image,
                                  QIODevice *source, qint64 size, Done done)
{
    DockerEngine *engine = engineOfNode(nodeId);
    if (!engine)
        return failLater(std::move(done), QStringLiteral("the hub for pub %1's data (node %2) cannot be reached now").arg(pubId, nodeId), true);
    auto *archive = new VolumeArchive(engine, image, m_managedLabels, this);
    archive->importVolume(pubId, source, size, [archive, done = std::move(done)](std::optional<RuntimeError> error) {
        archive->deleteLater();
        done(error);
    });
}

void DockerPubRuntime::removeData(const QString &pubId, const QString &nodeId, Done done)
{
    if (!isValidPubId(pubId))
        return failLater(std::move(done), QStringLiteral("invalid pub id '%1'").arg(pubId));
    DockerEngine *engine = engineOfNode(nodeId);
    if (!engine)
        return failLater(std::move(done), QStringLiteral("the hub holding pub %1's data (node %2) cannot be reached now").arg(pubId, nodeId), true);
    // The service's stopped tasks on that node keep their containers, which hold the volume: they go
    // first (only stopped ones of this pub and server; a running one makes the volume busy, an error).
    QJsonArray labelFilters;
    const QMap<QString, QString> labels = pubLabels(pubId, m_managedLabels);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        labelFilters.append(it.key() + u'=' + it.value());
    const QJsonObject filters{{QStringLiteral("label"), labelFilters},
                              {QStringLiteral("status"), QJsonArray{QStringLiteral("created"), QStringLiteral("exited"), QStringLiteral("dead")}}};
    const QString query = QStringLiteral("/containers/json?all=true&filters=")
        + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact))));
    const QMap<QString, QString> managedLabels = m_managedLabels;
    const QDeadlineTimer deadline(m_volumeReleaseTimeout);
    engine->request("GET", query, std::nullopt, [=, done = std::move(done)](DockerReply reply) {
        if (reply.error)
            return done(toRuntimeError(*reply.error));
        auto left = std::make_shared<int>(1);
        const auto oneDone = [=](std::optional<DockerError>) {
            if (--*left == 0)
                removePubVolume(engine, pubId, managedLabels, deadline, done);
        };
        for (const QJsonValue &container : reply.json.array()) {
            const QString id = container.toObject().value(QLatin1String("Id")).toString();
            if (!id.isEmpty()) {
                ++*left;
                engine->removeContainer(id, oneDone);
            }
        }
        oneDone(std::nullopt);
    });
}

}
