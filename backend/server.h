#pragma once

#include "core/config.h"

#include <QMap>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace buttcloud {

class DockerEngine;
class DockerPubRuntime;
class DockerPubLogs;
class HubController;
class PubEventRecorder;
class IngressController;
class ServerCore;

// The running server: ServerCore on the real Docker engine, wired from one ServerConfig, plus the
// periodic engine ping /healthz reports.
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    explicit Server(ServerConfig config, QObject *parent = nullptr);
    ~Server() override;

    // Opens everything, starts observing the swarm and listens; returns the bound port. Throws
    // std::runtime_error with a message for people when something cannot be set up.
    quint16 start();

private:
    void pingEngine();
    void startIngress(const QMap<QString, QString> &managedLabels);
    void recordHubEvents(const QMap<QString, QString> &managedLabels);

    ServerConfig m_config;
    // Declared in dependency order, so each is destroyed before what it references.
    std::unique_ptr<DockerEngine> m_engine;
    std::unique_ptr<DockerPubRuntime> m_runtime;
    std::unique_ptr<DockerPubLogs> m_logs;
    std::unique_ptr<ServerCore> m_core;
    std::unique_ptr<PubEventRecorder> m_events;
    std::unique_ptr<HubController> m_hubs;
    // Container events happen on the engine of the machine running the container: one recorder per
    // SSH hub's engine, destroyed before the hub's link (and before m_hubs).
    std::map<QString, std::unique_ptr<PubEventRecorder>> m_hubEvents;
    std::unique_ptr<IngressController> m_ingress;  // with --ingress on
    QTimer m_pingTimer;
    bool m_engineReachable = false;
    bool m_pingInFlight = false;
};

}
