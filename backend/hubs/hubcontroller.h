#pragma once

#include "hubs/hubrequest.h"
#include "hubs/privatekeyseal.h"
#include "http/apierror.h"
#include "ssh/sshkeys.h"
#include "store/records.h"
#include "wire/jobstate.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <variant>

namespace buttcloud {

class Database;
class DockerEngine;
class HubConnector;
class JobWorker;

struct HubSettings
{
    QString knownHostsPath;                 // ssh-known-hosts; default <data>/known_hosts
    std::chrono::milliseconds connectTimeout{10000};
    std::chrono::milliseconds refreshInterval{10000};  // how often nodes and pub counts are read
    std::chrono::milliseconds drainPollInterval{2000};
    QString remoteDockerSocket = QStringLiteral("/var/run/docker.sock");
};

struct HostKeyProbe
{
    SshPublicKey key;
    bool knownHost = false;  // known_hosts already lists this very key
};

// The machines of the swarm: the server's own (hub "local", registered at start from the engine's
// /info) and existing machines added over SSH (provider "ssh"). Keeps one SSH tunnel per SSH hub so
// its own Docker API is reachable (engineForNode), and joins, drains and removes hubs.
//
// join, drain and remove are asynchronous operations with a completion callback, run as durable jobs
// (hub.join, hub.drain, hub.remove) once registerJobHandlers() was called: the routes check and queue,
// the job worker runs them, and a server that dies mid-way has another run take over. Refusals known
// at once are thrown as ApiError; the operation's later failure goes to the completion and to the
// hub's state ("failed") and message.
class HubController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubController)

public:
    using Completion = std::function<void(std::optional<QString> error)>;
    template<typename T>
    using Result = std::function<void(std::variant<T, ApiError> result)>;

    // manager: the engine of the swarm manager this server runs on; connector: how hubs are reached.
    HubController(const Database &database, DockerEngine *manager, std::unique_ptr<HubConnector> connector,
               PrivateKeySeal seal, HubSettings settings, QObject *parent = nullptr);
    ~HubController() override;

    // Registers the local hub (now, and again on every refresh until the engine answers), opens the
    // tunnels of the SSH hubs stored, and starts the periodic refresh.
    void start();

    // The key host:port presents, read without authenticating, for the operator to confirm.
    void probe(const QString &host, int port, Result<HostKeyProbe> done);
    // Validates, verifies the host key (known_hosts or the confirmed fingerprint) and the login over
    // SSH, and only then stores the hub ("joining") and starts joining it. done gets the stored hub.
    void add(NewHubRequest request, Result<HubRecord> done);
    void join(const QString &hubId, Completion done);
    // Moves the hub's pubs away (the evacuation, when set), then sets the node's availability to
    // drain; completes once no task runs there ("drained"). A failed evacuation leaves the node as it
    // was and the hub in its state before, with the evacuation's message.
    HubRecord drain(const QString &hubId, Completion done);
    // What a drain does first: pub.move takes the hub's pubs elsewhere with their data (pubs/pubmove.h).
    void setEvacuation(std::function<void(const QString &hubId, Completion done)> evacuate);
    // Only a drained, empty hub: it leaves the swarm, the manager removes its node, the hub is forgotten.
    HubRecord remove(const QString &hubId, Completion done);
    // The refusals of drain and remove (ApiError), without acting: the routes check before queuing.
    void checkDrainable(const QString &hubId) const;
    void checkRemovable(const QString &hubId) const;

    // From now on join, drain and remove run as jobs of worker; add() queues the join.
    void registerJobHandlers(JobWorker &worker);
    // Queues (or finds, when one is unfinished) the hub's job of kind and wakes the worker.
    JobRecord queueJob(JobKind kind, const QString &hubId, const QString &reason, const QString &createdBy = {});
    // The unfinished job of kind for the hub, if any.
    std::optional<JobRecord> unfinishedJob(JobKind kind, const QString &hubId) const;

    // Tasks of pubs running on the hub's node at the last refresh.
    int pubsOn(const HubRecord &hub) const;
    // The engine that runs containers of nodeId: an SSH hub's channel while it is connected (also when
    // that machine is the manager's own), the manager's engine for the manager's node, else nullptr.
    DockerEngine *engineForNode(const QString &nodeId) const;
    // Refreshes nodes, pub counts and the local hub now (also runs on a timer).
    void refresh();

Q_SIGNALS:
    void hubChanged(const buttcloud::HubRecord &hub);
    void hubRemoved(const QString &hubId);
    // An SSH hub's link (and its engine) was made; it lasts until hubEngineClosing for that hub,
    // across the link's own reconnections. Emitted for listeners that read the hub's engine themselves.
    void hubEngineOpened(const QString &hubId, buttcloud::DockerEngine *engine);
    void hubEngineClosing(const QString &hubId);

private:
    struct Connection;

    HubRecord loadHub(const QString &hubId) const;
    // 409 when the name or host:port is a hub's already.
    void refuseDuplicate(const NewHubRequest &request) const;
    // A hub other than hubId that is ready and in the swarm: somewhere a drain can move pubs to.
    bool hasOtherReadyHub(const QString &hubId) const;
    void saveState(HubRecord &hub, const QString &state, const QString &message);
    void fail(const QString &hubId, const QString &message, const Completion &done);
    void openConnection(const HubRecord &hub);
    void closeConnection(const QString &hubId);
    DockerEngine *hubEngine(const QString &hubId) const;
    void registerLocalHub(const QJsonObject &info);
    void finishJoin(const QString &hubId, const Completion &done);
    void recordJoined(const QString &hubId, const QJsonObject &info, const Completion &done);
    void drainNode(const QString &hubId, const QString &nodeId, Completion done);
    void waitUntilEmpty(const QString &hubId, const QString &nodeId, Completion done);
    void forget(const QString &hubId, Completion done);

    const Database &m_database;
    QPointer<JobWorker> m_jobs;
    DockerEngine *m_manager;
    std::unique_ptr<HubConnector> m_connector;
    PrivateKeySeal m_seal;
    HubSettings m_settings;
    QString m_managerNodeId;            // from the manager's /info
    QHash<QString, int> m_pubsByNode;   // at the last refresh
    std::map<QString, std::unique_ptr<Connection>> m_connections;  // by hub id; destroyed before m_connector
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    std::function<void(const QString &hubId, Completion done)> m_evacuate;
};

}
