#include "hubs/hubcontroller.h"

#include "core/logging.h"
#include "core/random.h"
#include "docker/dockerengine.h"
#include "hubs/hublink.h"
#include "jobs/jobworker.h"
#include "store/jobrepository.h"
#include "ssh/sshsession.h"
#include "store/database.h"
#include "store/hubrepository.h"
#include "swarm/pubservicespec.h"
#include "wire/errorcodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>

#include <sodium.h>

#include <algorithm>

namespace buttcloud {

namespace {

const QString ProviderLocal = QStringLiteral("local");
const QString ProviderSsh = QStringLiteral("ssh");
const QString LocalHubName = QStringLiteral("local");

namespace State {
const QString Joining = QStringLiteral("joining");
const QString Ready = QStringLiteral("ready");
const QString Unreachable = QStringLiteral("unreachable");
const QString Draining = QStringLiteral("draining");
const QString Drained = QStringLiteral("drained");
const QString Removing = QStringLiteral("removing");
const QString Failed = QStringLiteral("failed");
}

// Runs blocking work (SSH) on the thread pool and hands its result back on the main thread, unless
// owner is gone by then.
template<typename T>
void runInBackground(QObject *owner, std::function<T()> work, std::function<void(T)> done)
{
    QPointer<QObject> guard(owner);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        T result = work();
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, done = std::move(done), result = std::move(result)]() mutable {
            if (guard)
                done(std::move(result));
        }, Qt::QueuedConnection);
    });
}

ApiError toApiError(const SshError &error)
{
    if (error.isHostKeyProblem())
        return ApiError::hostKeyMismatch(error.message);
    return ApiError::hubUnreachable(error.message);
}

QString dockerProblem(const DockerReply &reply)
{
    if (reply.error)
        return reply.error->message;
    return QStringLiteral("Docker answered %1 without the JSON expected").arg(reply.status);
}

bool isDockerId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    return pattern.match(id).hasMatch();
}

QString tasksOnNodeQuery(const QString &nodeId)
{
    QJsonObject filters{{QStringLiteral("desired-state"), QJsonObject{{QStringLiteral("running"), true}}}};
    if (!nodeId.isEmpty())
        filters.insert(QStringLiteral("node"), QJsonObject{{nodeId, true}});
    const QByteArray json = QJsonDocument(filters).toJson(QJsonDocument::Compact);
    return QStringLiteral("/tasks?filters=") + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(json)));
}

// What /info says about a machine, checked.
struct MachineInfo
{
    QString nodeId;
    QString swarmState;  // LocalNodeState: inactive, pending, active, error, locked
    qint64 memoryBytes = 0;
    int cpus = 0;
    QString dockerVersion;
};

std::optional<MachineInfo> machineInfo(const QJsonObject &info)
{
    const QJsonObject swarm = info.value(QLatin1String("Swarm")).toObject();
    MachineInfo machine;
    machine.nodeId = swarm.value(QLatin1String("NodeID")).toString();
    machine.swarmState = swarm.value(QLatin1String("LocalNodeState")).toString();
    machine.memoryBytes = info.value(QLatin1String("MemTotal")).toInteger(-1);
    machine.cpus = info.value(QLatin1String("NCPU")).toInt(-1);
    machine.dockerVersion = info.value(QLatin1String("ServerVersion")).toString();
    static const QRegularExpression versionPattern(QStringLiteral("^[A-Za-z0-9.+~-]{1,32}$"));
    if ((!machine.nodeId.isEmpty() && !isDockerId(machine.nodeId)) || machine.memoryBytes < 0 || machine.cpus < 0
        || !versionPattern.match(machine.dockerVersion).hasMatch())
        return std::nullopt;
    return machine;
}

}

struct HubController::Connection
{
    std::unique_ptr<HubLink> link;
    QString nodeId;       // the hub's node, kept here: engineForNode runs for every stats reading
    QString lastMessage;  // the link's latest report
};

HubController::HubController(const Database &database, DockerEngine *manager, std::unique_ptr<HubConnector> connector,
                       PrivateKeySeal seal, HubSettings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_manager(manager)
    , m_connector(std::move(connector))
    , m_seal(std::move(seal))
    , m_settings(std::move(settings))
{
    m_refreshTimer.setInterval(m_settings.refreshInterval);
    connect(&m_refreshTimer, &QTimer::timeout, this, &HubController::refresh);
}

HubController::~HubController() = default;

void HubController::start()
{
    for (const HubRecord &hub : HubRepository(m_database).list()) {
        if (hub.provider == ProviderSsh)
            openConnection(hub);
    }
    refresh();
    m_refreshTimer.start();
}

HubRecord HubController::loadHub(const QString &hubId) const
{
    std::optional<HubRecord> hub = HubRepository(m_database).findById(hubId);
    if (!hub)
        throw ApiError::notFound(QStringLiteral("no such hub"));
    return *hub;
}

void HubController::saveState(HubRecord &hub, const QString &state, const QString &message)
{
    hub.state = state;
    hub.message = message.left(1000);
    hub.updatedAt = currentEpochMs();
    HubRepository(m_database).update(hub);
    Q_EMIT hubChanged(hub);
}

void HubController::fail(const QString &hubId, const QString &message, const Completion &done)
{
    qCWarning(lcPubs).noquote() << "hub" << hubId << "failed:" << message;
    if (std::optional<HubRecord> hub = HubRepository(m_database).findById(hubId))
        saveState(*hub, State::Failed, message);
    if (done)
        done(message);
}

void HubController::openConnection(const HubRecord &hub)
{
    closeConnection(hub.id);
    std::optional<QByteArray> privateKey = m_seal.unseal(hub.id, hub.privateKeySealed);
    const auto hostKeyBlob = QByteArray::fromBase64Encoding(hub.hostKey.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!privateKey || !hostKeyBlob) {
        HubRecord failed = hub;
        saveState(failed, State::Failed, QStringLiteral("the stored keys of this hub cannot be read (was the server key replaced?)"));
        return;
    }
    QString error;
    auto connection = std::make_unique<Connection>();
    connection->link = m_connector->connect(hub, SshPublicKey{hub.hostKeyType, *hostKeyBlob}, *privateKey, &error);
    sodium_memzero(privateKey->data(), size_t(privateKey->size()));
    if (!connection->link) {
        HubRecord failed = hub;
        saveState(failed, State::Failed, error);
        return;
    }
    connection->nodeId = hub.nodeId;
    const QString hubId = hub.id;
    connect(connection->link.get(), &HubLink::connectionChanged, this, [this, hubId](bool connected, const QString &message) {
        const auto found = m_connections.find(hubId);
        if (found != m_connections.end())
            found->second->lastMessage = message;
        std::optional<HubRecord> current = HubRepository(m_database).findById(hubId);
        // Only a joined hub goes between ready and unreachable; other states belong to operations.
        if (!current || (current->state != State::Ready && current->state != State::Unreachable))
            return;
        const QString state = connected ? State::Ready : State::Unreachable;
        if (current->state != state || current->message != message) {
            qCInfo(lcPubs).noquote() << "hub" << current->name << (connected ? "connected" : "unreachable:") << message;
            saveState(*current, state, message);
        }
    }, Qt::QueuedConnection);
    DockerEngine *engine = connection->link->engine();
    m_connections[hub.id] = std::move(connection);
    Q_EMIT hubEngineOpened(hubId, engine);
}

void HubController::closeConnection(const QString &hubId)
{
    if (m_connections.count(hubId) == 0)
        return;
    Q_EMIT hubEngineClosing(hubId);  // while its engine still exists
    m_connections.erase(hubId);
}

DockerEngine *HubController::hubEngine(const QString &hubId) const
{
    const auto found = m_connections.find(hubId);
    return found == m_connections.end() ? nullptr : found->second->link->engine();
}

DockerEngine *HubController::engineForNode(const QString &nodeId) const
{
    if (nodeId.isEmpty())
        return nullptr;
    for (const auto &[hubId, connection] : m_connections) {
        if (connection->nodeId == nodeId && connection->link->isConnected())
            return connection->link->engine();
    }
    // Until the manager's /info has answered, every node is taken for its own (a single-node swarm).
    return m_managerNodeId.isEmpty() || nodeId == m_managerNodeId ? m_manager : nullptr;
}

int HubController::pubsOn(const HubRecord &hub) const
{
    return hub.nodeId.isEmpty() ? 0 : m_pubsByNode.value(hub.nodeId);
}

void HubController::probe(const QString &host, int port, Result<HostKeyProbe> done)
{
    if (!isValidSshHost(host))
        throw ApiError::validation(QStringLiteral("host"), QStringLiteral("must be a host name or an IP address"));
    if (port < 1 || port > 65535)
        throw ApiError::validation(QStringLiteral("port"), QStringLiteral("must be between 1 and 65535"));
    const QString knownHosts = m_settings.knownHostsPath;
    const auto timeout = m_settings.connectTimeout;
    using Outcome = std::variant<HostKeyProbe, ApiError>;
    runInBackground<Outcome>(this, [=]() -> Outcome {
        SshSession session;
        if (std::optional<SshError> error = session.connect(host, quint16(port), timeout))
            return toApiError(*error);
        const std::variant<KnownHostVerdict, QString> verdict = checkKnownHosts(knownHosts, host, quint16(port), session.hostKey());
        if (const auto *problem = std::get_if<QString>(&verdict))
            return ApiError(ErrorCode::Internal, *problem);
        if (std::get<KnownHostVerdict>(verdict) == KnownHostVerdict::Changed) {
            return ApiError::hostKeyMismatch(QStringLiteral("host key for %1 changed: it now presents %2 %3")
                                                            .arg(session.describe(), session.hostKey().type, session.hostKey().fingerprint()));
        }
        return HostKeyProbe{session.hostKey(), std::get<KnownHostVerdict>(verdict) == KnownHostVerdict::Match};
    }, std::move(done));
}

void HubController::add(NewHubRequest request, Result<HubRecord> done)
{
    if (const std::optional<HubFieldProblem> problem = validateNewHub(request))
        throw ApiError::validation(problem->field, problem->problem);
    refuseDuplicate(request);

    // Over SSH, before anything is stored: the host key, the login, and Docker's socket being there.
    const QString knownHosts = m_settings.knownHostsPath;
    const QString dockerSocket = m_settings.remoteDockerSocket;
    const auto timeout = m_settings.connectTimeout;
    using Outcome = std::variant<SshPublicKey, ApiError>;
    auto checked = [=]() -> Outcome {
        SshSession session;
        std::optional<SshError> error = session.connect(request.host, quint16(request.port), timeout);
        if (!error)
            error = session.verifyHostKey(HostKeyTrust{std::nullopt, request.hostKeyFingerprint, knownHosts});
        if (!error)
            error = session.authenticate(request.user, request.privateKey);
        if (!error)
            error = session.checkStreamLocal(dockerSocket);
        if (error)
            return toApiError(*error);
        return session.hostKey();
    };
    runInBackground<Outcome>(this, std::move(checked), [this, request, done](Outcome outcome) mutable {
        const auto finish = [&](std::variant<HubRecord, ApiError> result) {
            sodium_memzero(request.privateKey.data(), size_t(request.privateKey.size()));
            done(std::move(result));
        };
        if (auto *error = std::get_if<ApiError>(&outcome))
            return finish(*error);
        try {
            refuseDuplicate(request);  // again: another add may have won meanwhile
        } catch (const ApiError &error) {
            return finish(error);
        }
        const SshPublicKey &key = std::get<SshPublicKey>(outcome);
        HubRecord hub;
        hub.id = generateId();
        hub.name = request.name;
        hub.provider = ProviderSsh;
        hub.host = request.host;
        hub.port = quint16(request.port);
        hub.sshUser = request.user;
        hub.hostKeyType = key.type;
        hub.hostKey = QString::fromLatin1(key.blob.toBase64());
        hub.hostKeyFingerprint = key.fingerprint();
        hub.privateKeySealed = m_seal.seal(hub.id, request.privateKey);
        hub.state = State::Joining;
        hub.createdAt = hub.updatedAt = currentEpochMs();
        HubRepository(m_database).insert(hub);
        qCInfo(lcPubs).noquote() << "hub" << hub.name << "added:" << hub.host << hub.port << hub.hostKeyFingerprint;
        Q_EMIT hubChanged(hub);
        openConnection(hub);
        if (m_jobs) {
            queueJob(JobKind::HubJoin, hub.id, QStringLiteral("hub added"));
        } else {
            const QString hubName = hub.name;
            join(hub.id, [hubName](std::optional<QString> error) {
                if (!error)
                    qCInfo(lcPubs).noquote() << "hub" << hubName << "joined the swarm";
            });
        }
        finish(HubRepository(m_database).findById(hub.id).value_or(hub));
    });
}

void HubController::refuseDuplicate(const NewHubRequest &request) const
{
    const HubRepository hubs(m_database);
    if (hubs.findByName(request.name))
        throw ApiError::conflict(QStringLiteral("name: a hub with this name exists"));
    for (const HubRecord &hub : hubs.list()) {
        if (hub.host == request.host && hub.port == request.port)
            throw ApiError::conflict(QStringLiteral("host: hub %1 is this machine already").arg(hub.name));
    }
}

void HubController::join(const QString &hubId, Completion done)
{
    HubRecord hub = loadHub(hubId);
    if (hub.provider != ProviderSsh)
        throw ApiError::conflict(QStringLiteral("only hubs added over SSH join the swarm"));
    if (hub.state == State::Removing)
        throw ApiError::conflict(QStringLiteral("the hub is being removed"));
    if (!hubEngine(hubId))
        openConnection(hub);
    DockerEngine *engine = hubEngine(hubId);
    hub = loadHub(hubId);
    if (!engine)
        return fail(hubId, hub.message, done);
    saveState(hub, State::Joining, QString());
    QPointer<HubController> guard(this);
    engine->ping([=, this](std::optional<QString> error) {
        if (!guard)
            return;
        if (error) {
            const auto found = m_connections.find(hubId);
            const QString why = found != m_connections.end() && !found->second->lastMessage.isEmpty()
                ? found->second->lastMessage : *error;
            return fail(hubId, QStringLiteral("Docker does not answer through the SSH channel: %1").arg(why), done);
        }
        finishJoin(hubId, done);
    });
}

void HubController::finishJoin(const QString &hubId, const Completion &done)
{
    QPointer<HubController> guard(this);
    m_manager->request("GET", QStringLiteral("/info"), std::nullopt, [=, this](DockerReply managerReply) {
        if (!guard)
            return;
        // Looked up again after every answer of the manager: the hub may have been removed meanwhile.
        DockerEngine *engine = hubEngine(hubId);
        if (!engine)
            return fail(hubId, QStringLiteral("the hub's SSH link is gone"), done);
        const std::optional<MachineInfo> manager = managerReply.json.isObject() ? machineInfo(managerReply.json.object()) : std::nullopt;
        const QJsonObject managerSwarm = managerReply.json.object().value(QLatin1String("Swarm")).toObject();
        if (managerReply.error || !manager)
            return fail(hubId, QStringLiteral("the manager's engine: %1").arg(dockerProblem(managerReply)), done);
        if (!managerSwarm.value(QLatin1String("ControlAvailable")).toBool())
            return fail(hubId, QStringLiteral("the server's engine is not a swarm manager"), done);
        engine->request("GET", QStringLiteral("/info"), std::nullopt, [=, this](DockerReply hubReply) {
            if (!guard)
                return;
            const std::optional<MachineInfo> machine = hubReply.json.isObject() ? machineInfo(hubReply.json.object()) : std::nullopt;
            if (hubReply.error || !machine)
                return fail(hubId, QStringLiteral("the hub's engine: %1").arg(dockerProblem(hubReply)), done);
            if (machine->swarmState == QLatin1String("active")) {
                // Already in a swarm: this one (the manager knows the node) is recorded as it is.
                m_manager->request("GET", QStringLiteral("/nodes/") + machine->nodeId, std::nullopt, [=, this](DockerReply node) {
                    if (!guard)
                        return;
                    if (node.error && node.error->isNotFound())
                        return fail(hubId, QStringLiteral("the machine is in another swarm: make it leave that swarm first"), done);
                    if (node.error)
                        return fail(hubId, QStringLiteral("the manager's engine: %1").arg(dockerProblem(node)), done);
                    recordJoined(hubId, hubReply.json.object(), done);
                });
                return;
            }
            if (machine->swarmState != QLatin1String("inactive"))
                return fail(hubId, QStringLiteral("the machine's swarm state is \"%1\"").arg(machine->swarmState), done);
            m_manager->request("GET", QStringLiteral("/swarm"), std::nullopt, [=, this](DockerReply swarm) {
                if (!guard)
                    return;
                // The join token is a secret: it goes to the hub's engine only, never to a log or message.
                const QString token = swarm.json.object().value(QLatin1String("JoinTokens")).toObject().value(QLatin1String("Worker")).toString();
                QString managerAddress;
                for (const QJsonValue &remote : managerSwarm.value(QLatin1String("RemoteManagers")).toArray()) {
                    if (managerAddress.isEmpty() || remote.toObject().value(QLatin1String("NodeID")).toString() == manager->nodeId)
                        managerAddress = remote.toObject().value(QLatin1String("Addr")).toString();
                }
                if (swarm.error || token.isEmpty() || managerAddress.isEmpty())
                    return fail(hubId, QStringLiteral("the manager gave no join token or address: %1").arg(dockerProblem(swarm)), done);
                QJsonObject joinRequest{{QStringLiteral("ListenAddr"), QStringLiteral("0.0.0.0:2377")},
                                        {QStringLiteral("RemoteAddrs"), QJsonArray{managerAddress}},
                                        {QStringLiteral("JoinToken"), token}};
                const std::optional<HubRecord> hub = HubRepository(m_database).findById(hubId);
                if (hub && !QHostAddress(hub->host).isNull())
                    joinRequest.insert(QStringLiteral("AdvertiseAddr"), hub->host);
                DockerEngine *engine = hubEngine(hubId);
                if (!engine)
                    return fail(hubId, QStringLiteral("the hub's SSH link is gone"), done);
                engine->request("POST", QStringLiteral("/swarm/join"), QJsonDocument(joinRequest), [=, this](DockerReply joined) {
                    if (!guard)
                        return;
                    if (joined.error)
                        return fail(hubId, QStringLiteral("joining the swarm failed: %1").arg(joined.error->message), done);
                    engine->request("GET", QStringLiteral("/info"), std::nullopt, [=, this](DockerReply info) {
                        if (!guard)
                            return;
                        if (info.error || !info.json.isObject())
                            return fail(hubId, QStringLiteral("the hub's engine: %1").arg(dockerProblem(info)), done);
                        recordJoined(hubId, info.json.object(), done);
                    });
                });
            });
        });
    });
}

void HubController::recordJoined(const QString &hubId, const QJsonObject &info, const Completion &done)
{
    std::optional<HubRecord> hub = HubRepository(m_database).findById(hubId);
    const std::optional<MachineInfo> machine = machineInfo(info);
    if (!hub)
        return done ? done(QStringLiteral("the hub was removed meanwhile")) : void();
    if (!machine || machine->nodeId.isEmpty())
        return fail(hubId, QStringLiteral("the hub's engine reports no swarm node"), done);
    hub->nodeId = machine->nodeId;
    hub->memoryBytes = machine->memoryBytes;
    hub->cpus = machine->cpus;
    hub->dockerVersion = machine->dockerVersion;
    const auto found = m_connections.find(hubId);
    if (found != m_connections.end())
        found->second->nodeId = machine->nodeId;
    const bool connected = found != m_connections.end() && found->second->link->isConnected();
    const QString why = connected || found == m_connections.end() ? QString() : found->second->lastMessage;
    saveState(*hub, connected ? State::Ready : State::Unreachable, why);
    if (done)
        done(std::nullopt);
}

void HubController::checkDrainable(const QString &hubId) const
{
    const HubRecord hub = loadHub(hubId);
    if (hub.state == State::Removing)
        throw ApiError::conflict(QStringLiteral("the hub is being removed"));
    if (hub.nodeId.isEmpty() || !isDockerId(hub.nodeId))
        throw ApiError::conflict(QStringLiteral("the hub has not joined the swarm"));
    // Its pubs move to another hub first: with none to take them, say so now, not when the job runs.
    const int pubs = pubsOn(hub);
    if (m_evacuate && pubs > 0 && !hasOtherReadyHub(hub.id))
        throw ApiError::conflict(QStringLiteral("no other ready hub to move its pubs to (%1 run there): add or repair a hub first").arg(pubs));
}

bool HubController::hasOtherReadyHub(const QString &hubId) const
{
    const QList<HubRecord> hubs = HubRepository(m_database).list();
    return std::any_of(hubs.cbegin(), hubs.cend(), [&hubId](const HubRecord &other) {
        return other.id != hubId && other.takesPubs();
    });
}

HubRecord HubController::drain(const QString &hubId, Completion done)
{
    checkDrainable(hubId);
    HubRecord hub = loadHub(hubId);
    const QString stateBefore = hub.state == State::Draining ? State::Ready : hub.state;
    const QString nodeId = hub.nodeId;
    if (!m_evacuate) {
        saveState(hub, State::Draining, QString());
        drainNode(hubId, nodeId, std::move(done));
        return hub;
    }
    saveState(hub, State::Draining, QStringLiteral("moving its pubs to another hub"));
    QPointer<HubController> guard(this);
    m_evacuate(hubId, [=, this](std::optional<QString> error) {
        if (!guard)
            return;
        std::optional<HubRecord> now = HubRepository(m_database).findById(hubId);
        if (!now || now->state != State::Draining)
            return done ? done(QStringLiteral("the drain was interrupted")) : void();
        if (error) {
            qCWarning(lcPubs).noquote() << "hub" << hubId << "not drained:" << *error;
            saveState(*now, stateBefore, *error);
            return done ? done(*error) : void();
        }
        saveState(*now, State::Draining, QString());
        drainNode(hubId, nodeId, done);
    });
    return hub;
}

void HubController::setEvacuation(std::function<void(const QString &hubId, Completion done)> evacuate)
{
    m_evacuate = std::move(evacuate);
}

void HubController::drainNode(const QString &hubId, const QString &nodeId, Completion done)
{
    const QString nodePath = QStringLiteral("/nodes/") + nodeId;
    QPointer<HubController> guard(this);
    m_manager->request("GET", nodePath, std::nullopt, [=, this](DockerReply node) {
        if (!guard)
            return;
        const qint64 version = node.json.object().value(QLatin1String("Version")).toObject().value(QLatin1String("Index")).toInteger(-1);
        QJsonObject spec = node.json.object().value(QLatin1String("Spec")).toObject();
        if (node.error || version < 0 || spec.isEmpty())
            return fail(hubId, QStringLiteral("reading the node: %1").arg(dockerProblem(node)), done);
        spec.insert(QStringLiteral("Availability"), QStringLiteral("drain"));
        m_manager->request("POST", nodePath + QStringLiteral("/update?version=%1").arg(version), QJsonDocument(spec),
                           [=, this](DockerReply updated) {
                               if (!guard)
                                   return;
                               if (updated.error)
                                   return fail(hubId, QStringLiteral("draining the node: %1").arg(updated.error->message), done);
                               waitUntilEmpty(hubId, nodeId, done);
                           });
    });
}

void HubController::waitUntilEmpty(const QString &hubId, const QString &nodeId, Completion done)
{
    QPointer<HubController> guard(this);
    m_manager->request("GET", tasksOnNodeQuery(nodeId), std::nullopt, [=, this](DockerReply tasks) {
        if (!guard)
            return;
        std::optional<HubRecord> hub = HubRepository(m_database).findById(hubId);
        if (!hub || hub->state != State::Draining)
            return done ? done(QStringLiteral("the drain was interrupted")) : void();
        if (tasks.error || !tasks.json.isArray())
            return fail(hubId, QStringLiteral("listing the node's tasks: %1").arg(dockerProblem(tasks)), done);
        if (!tasks.json.array().isEmpty()) {
            saveState(*hub, State::Draining, QStringLiteral("%1 tasks still run there").arg(tasks.json.array().size()));
            QTimer::singleShot(m_settings.drainPollInterval, this, [=, this] { waitUntilEmpty(hubId, nodeId, done); });
            return;
        }
        saveState(*hub, State::Drained, QString());
        if (done)
            done(std::nullopt);
    });
}

void HubController::checkRemovable(const QString &hubId) const
{
    const HubRecord hub = loadHub(hubId);
    if (hub.provider == ProviderLocal)
        throw ApiError::conflict(QStringLiteral("the local hub is the swarm manager itself: it cannot be removed"));
    if (hub.state == State::Removing)
        throw ApiError::conflict(QStringLiteral("the hub is being removed"));
    // A join in flight ends on its own (every Docker request has a timeout); removing under it would
    // leave its completion unanswered.
    if (hub.state == State::Joining)
        throw ApiError::conflict(QStringLiteral("the hub is joining: remove it once it is ready or failed"));
    if (!hub.nodeId.isEmpty() && (hub.state != State::Drained || pubsOn(hub) > 0))
        throw ApiError::conflict(QStringLiteral("drain the hub first: only a drained hub with no pubs can be removed"));
}

HubRecord HubController::remove(const QString &hubId, Completion done)
{
    checkRemovable(hubId);
    HubRecord hub = loadHub(hubId);
    const bool joined = !hub.nodeId.isEmpty();
    saveState(hub, State::Removing, QString());
    // A hub that never joined, or that is the manager's own machine, only needs forgetting: the
    // manager never leaves its swarm.
    if (!joined || hub.nodeId == m_managerNodeId) {
        QTimer::singleShot(0, this, [this, hubId, done] { forget(hubId, done); });
        return hub;
    }
    DockerEngine *engine = hubEngine(hubId);
    if (!engine) {
        QTimer::singleShot(0, this, [this, hubId, done] { fail(hubId, QStringLiteral("the hub has no SSH connection"), done); });
        return hub;
    }
    const QString nodeId = hub.nodeId;
    QPointer<HubController> guard(this);
    engine->request("POST", QStringLiteral("/swarm/leave?force=false"), std::nullopt, [=, this](DockerReply left) {
        if (!guard)
            return;
        // 503 "not part of a swarm": it left already.
        if (left.error && left.error->httpStatus != 503)
            return fail(hubId, QStringLiteral("leaving the swarm: %1").arg(dockerProblem(left)), done);
        m_manager->request("DELETE", QStringLiteral("/nodes/%1?force=true").arg(nodeId), std::nullopt, [=, this](DockerReply removed) {
            if (!guard)
                return;
            if (removed.error && !removed.error->isNotFound())
                return fail(hubId, QStringLiteral("removing the node: %1").arg(dockerProblem(removed)), done);
            forget(hubId, done);
        });
    });
    return hub;
}

void HubController::forget(const QString &hubId, Completion done)
{
    closeConnection(hubId);
    HubRepository(m_database).remove(hubId);
    qCInfo(lcPubs).noquote() << "hub" << hubId << "removed";
    Q_EMIT hubRemoved(hubId);
    if (done)
        done(std::nullopt);
}

void HubController::registerLocalHub(const QJsonObject &info)
{
    const std::optional<MachineInfo> machine = machineInfo(info);
    if (!machine || machine->nodeId.isEmpty()) {
        qCWarning(lcPubs) << "the engine's /info shows no swarm node: the local hub is not registered";
        return;
    }
    m_managerNodeId = machine->nodeId;
    const HubRepository hubs(m_database);
    std::optional<HubRecord> local;
    for (const HubRecord &hub : hubs.list()) {
        if (hub.provider == ProviderLocal)
            local = hub;
    }
    if (!local) {
        HubRecord hub;
        hub.id = generateId();
        hub.name = LocalHubName;
        hub.provider = ProviderLocal;
        hub.state = State::Ready;
        hub.nodeId = machine->nodeId;
        hub.memoryBytes = machine->memoryBytes;
        hub.cpus = machine->cpus;
        hub.dockerVersion = machine->dockerVersion;
        hub.createdAt = hub.updatedAt = currentEpochMs();
        hubs.insert(hub);
        Q_EMIT hubChanged(hub);
        return;
    }
    const bool unchanged = local->nodeId == machine->nodeId && local->memoryBytes == machine->memoryBytes
        && local->cpus == machine->cpus && local->dockerVersion == machine->dockerVersion;
    // Draining and drained are the operator's; only reachability is refreshed here.
    if (unchanged && local->state != State::Unreachable)
        return;
    local->nodeId = machine->nodeId;
    local->memoryBytes = machine->memoryBytes;
    local->cpus = machine->cpus;
    local->dockerVersion = machine->dockerVersion;
    saveState(*local, local->state == State::Unreachable ? State::Ready : local->state, QString());
}

void HubController::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    QPointer<HubController> guard(this);
    m_manager->request("GET", QStringLiteral("/info"), std::nullopt, [=, this](DockerReply info) {
        if (!guard)
            return;
        if (info.error || !info.json.isObject()) {
            m_refreshing = false;
            for (HubRecord &hub : HubRepository(m_database).list()) {
                if (hub.provider == ProviderLocal && hub.state == State::Ready)
                    saveState(hub, State::Unreachable, dockerProblem(info));
            }
            return;
        }
        registerLocalHub(info.json.object());
        m_manager->request("GET", tasksOnNodeQuery(QString()), std::nullopt, [=, this](DockerReply tasks) {
            if (!guard)
                return;
            m_refreshing = false;
            if (tasks.error || !tasks.json.isArray())
                return;
            QHash<QString, int> pubsByNode;
            for (const QJsonValue &task : tasks.json.array()) {
                const QJsonObject labels = task.toObject().value(QLatin1String("Spec")).toObject().value(QLatin1String("ContainerSpec"))
                                               .toObject().value(QLatin1String("Labels")).toObject();
                const QString nodeId = task.toObject().value(QLatin1String("NodeID")).toString();
                if (labels.contains(QLatin1String(PubIdLabel)) && !nodeId.isEmpty())
                    ++pubsByNode[nodeId];
            }
            m_pubsByNode = pubsByNode;
        });
    });
}

namespace {
QString hubJobKey(JobKind kind, const QString &hubId)
{
    return jobKindName(kind) + QLatin1Char(':') + hubId;
}
}

void HubController::registerJobHandlers(JobWorker &worker)
{
    m_jobs = &worker;
    using Operation = void (*)(HubController &, const QString &, Completion);
    const std::pair<JobKind, Operation> operations[] = {
        {JobKind::HubJoin, [](HubController &hubs, const QString &id, Completion done) { hubs.join(id, std::move(done)); }},
        {JobKind::HubDrain, [](HubController &hubs, const QString &id, Completion done) { hubs.drain(id, std::move(done)); }},
        {JobKind::HubRemove, [](HubController &hubs, const QString &id, Completion done) { hubs.remove(id, std::move(done)); }},
    };
    for (const auto &[kind, operation] : operations) {
        // An init-capture: clang before 16 cannot capture a structured binding by name (the sanitizer build).
        worker.registerHandler(kind, [guard = QPointer<HubController>(this), operation = operation](JobRun run) {
            if (!guard)
                return run.fail(QStringLiteral("the server is shutting down"), true);
            run.progress(QStringLiteral("working on hub %1").arg(run.job().hubId));
            try {
                operation(*guard, run.job().hubId, [run](std::optional<QString> error) {
                    // The hub's state and message say what went wrong; an admin retries the job.
                    error ? run.fail(*error, false) : run.succeed();
                });
            } catch (const ApiError &refused) {
                run.fail(refused.message(), false); // the hub changed since the job was queued
            }
        });
    }
}

JobRecord HubController::queueJob(JobKind kind, const QString &hubId, const QString &reason, const QString &createdBy)
{
    JobRequest request;
    request.kind = kind;
    request.hubId = hubId;
    request.idempotencyKey = hubJobKey(kind, hubId);
    request.reason = reason;
    request.createdBy = createdBy;
    request.maxAttempts = 3;
    const JobRecord job = JobRepository(m_database).enqueue(request);
    if (m_jobs)
        m_jobs->notifyQueued(job.id);
    return job;
}

std::optional<JobRecord> HubController::unfinishedJob(JobKind kind, const QString &hubId) const
{
    return JobRepository(m_database).findUnfinishedByKey(hubJobKey(kind, hubId));
}

}
