#include "server.h"

#include "core/datadir.h"
#include "core/logging.h"
#include "docker/dockerengine.h"
#include "logs/dockerpublogs.h"
#include "timeline/pubeventrecorder.h"
#include "hubs/hublink.h"
#include "hubs/hubcontroller.h"
#include "ingress/ingresscontroller.h"
#include "pubs/pubcontroller.h"
#include "servercore.h"
#include "store/database.h"
#include "store/deploymentsettings.h"
#include "swarm/dockerpubruntime.h"

#include <QDir>
#include <QPointer>

#include <stdexcept>

namespace buttcloud {

Server::Server(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

Server::~Server()
{
    if (m_core) {
        m_core->setHubs(nullptr);
        m_core->setLogSource(nullptr);
    }
}

quint16 Server::start()
{
    const DataDir dataDir(m_config.dataDir);
    dataDir.ensureExists();

    // The database's instance id wins over the data directory's: servers sharing a database manage the
    // same pubs. Read before the core exists, because the runtime the core drives needs the labels.
    auto database = std::make_unique<Database>(m_config.database);
    const QString instanceId = adoptInstanceId(*database, dataDir.instanceId());
    if (instanceId != dataDir.instanceId())
        qCInfo(lcPubs).noquote() << "using the database's instance id" << instanceId << "instead of this data directory's";
    QMap<QString, QString> managedLabels = m_config.labels;
    managedLabels.insert(QStringLiteral("buttcloud.instance"), instanceId);
    m_config.ingress.serviceName = QStringLiteral("buttcloud-ingress-") + instanceId;
    m_config.ingress.networkName = QStringLiteral("buttcloud-web-") + instanceId;
    m_engine = std::make_unique<DockerEngine>(m_config.dockerHost);
    m_runtime = std::make_unique<DockerPubRuntime>(m_engine.get(), managedLabels);
    m_core = std::make_unique<ServerCore>(m_config, std::move(database), dataDir.serverKey(), m_runtime.get(),
                                          [this] { return m_engineReachable; });
    // Service logs come from the manager's engine, which gathers them from every node.
    m_logs = std::make_unique<DockerPubLogs>(m_engine.get(), managedLabels);
    m_core->setLogSource(m_logs.get());
    m_events = std::make_unique<PubEventRecorder>(m_core->database(), m_engine.get(), managedLabels,
                                                  pubEventRecorderSettingsFrom(m_config));

    HubSettings hubSettings;
    hubSettings.knownHostsPath = m_config.sshKnownHosts;
    hubSettings.connectTimeout = m_config.sshConnectTimeout;
    auto connector = std::make_unique<SshHubConnector>(QDir(m_config.dataDir).filePath(QStringLiteral("hubs")),
                                                       m_config.sshConnectTimeout);
    m_hubs = std::make_unique<HubController>(m_core->database(), m_engine.get(), std::move(connector),
                                          PrivateKeySeal(dataDir.serverKey()), hubSettings);
    m_core->setHubs(m_hubs.get());
    m_hubs->registerJobHandlers(m_core->jobs());
    // Stats and commands of a pub go to the engine of the node running it: a hub's SSH channel.
    m_runtime->setNodeEngines([hubs = QPointer<HubController>(m_hubs.get())](const QString &nodeId) -> DockerEngine * {
        return hubs ? hubs->engineForNode(nodeId) : nullptr;
    });

    const quint16 port = m_core->listen(m_config.listenAddress, m_config.listenPort);
    if (port == 0) {
        throw std::runtime_error(QStringLiteral("cannot listen on %1:%2 (in use, or not an address of this machine)")
                                     .arg(m_config.listenAddress.toString()).arg(m_config.listenPort).toStdString());
    }

    // /healthz answers from the latest ping instead of waiting for Docker on every probe.
    m_pingTimer.setInterval(m_config.observeInterval);
    connect(&m_pingTimer, &QTimer::timeout, this, &Server::pingEngine);
    m_pingTimer.start();
    pingEngine();
    // The ingress first: its network is then made before the first reconcile pass moves the pubs
    // onto it (a pub update naming a network not there yet fails and is retried).
    if (m_config.ingress.enabled)
        startIngress(managedLabels);
    m_core->startOrchestrating();
    m_events->start();
    recordHubEvents(managedLabels);
    m_hubs->start();
    return port;
}

void Server::startIngress(const QMap<QString, QString> &managedLabels)
{
    IngressSettings settings;
    settings.serviceName = m_config.ingress.serviceName;
    settings.networkName = m_config.ingress.networkName;
    settings.image = m_config.ingress.image;
    settings.httpPort = m_config.ingress.port;
    settings.httpsPort = m_config.ingress.tlsPort;
    settings.domain = m_config.ingress.pubDomain;
    settings.tlsCertFile = m_config.ingress.tlsCertFile;
    settings.tlsKeyFile = m_config.ingress.tlsKeyFile;
    settings.labels = managedLabels;
    settings.syncInterval = m_config.reconcileInterval;
    m_ingress = std::make_unique<IngressController>(m_core->database(), m_engine.get(), m_runtime.get(), std::move(settings));
    // Every change of a pub (created, up with a feed id, deleted) may change the sites.
    connect(&m_core->pubs(), &PubController::pubChanged, m_ingress.get(), &IngressController::scheduleSync);
    connect(&m_core->pubs(), &PubController::pubRemoved, m_ingress.get(), &IngressController::scheduleSync);
    m_ingress->start();
}

void Server::recordHubEvents(const QMap<QString, QString> &managedLabels)
{
    connect(m_hubs.get(), &HubController::hubEngineOpened, this, [this, managedLabels](const QString &hubId, DockerEngine *engine) {
        PubEventRecorderSettings settings = pubEventRecorderSettingsFrom(m_config);
        settings.prune = false;  // m_events prunes the shared table
        settings.source = QStringLiteral("hub ") + hubId;
        auto recorder = std::make_unique<PubEventRecorder>(m_core->database(), engine, managedLabels, settings);
        recorder->start();
        m_hubEvents[hubId] = std::move(recorder);
    });
    connect(m_hubs.get(), &HubController::hubEngineClosing, this, [this](const QString &hubId) { m_hubEvents.erase(hubId); });
    // The link is back: its events since the last one seen now, not after the rest of the backoff.
    connect(m_hubs.get(), &HubController::hubChanged, this, [this](const HubRecord &hub) {
        const auto found = m_hubEvents.find(hub.id);
        if (found != m_hubEvents.end() && hub.state == QLatin1String("ready"))
            found->second->reconnectNow();
    });
}

void Server::pingEngine()
{
    if (m_pingInFlight)
        return;
    m_pingInFlight = true;
    m_engine->ping([guard = QPointer<Server>(this)](std::optional<QString> error) {
        if (!guard)
            return;
        guard->m_pingInFlight = false;
        if (guard->m_engineReachable == !error)
            return;
        guard->m_engineReachable = !error;
        if (error)
            qCWarning(lcPubs).noquote() << "the Docker engine does not answer:" << *error;
        else
            qCInfo(lcPubs) << "the Docker engine answers";
    });
}

}
