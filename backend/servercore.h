#pragma once

#include "core/config.h"
#include "pubs/pubweb.h"

#include <QByteArray>
#include <QHostAddress>

#include <functional>
#include <memory>

namespace buttcloud {

class AccessTokens;
class ApiServer;
class AuthService;
class BillingLifecycle;
class BillingService;
class StripeClient;
class CommandRelay;
class Database;
class HubController;
class MailSender;
class Mailer;
class JobWorker;
class Orchestrator;
class PubController;
class PubLogFollower;
class PubLogSource;
class PubBackups;
class PubCustody;
class PubMove;
class RolloutController;
class PubMailNotifier;
class PubRuntime;
class StatsCollector;
class StreamHub;
class StripeWebhook;
struct BackupSettings;
struct CustodySettings;
struct MailSenderSettings;
struct MailSettings;
struct PubSettings;
struct StatsSettings;
struct OrchestratorSettings;

// The server minus Docker: database, auth, pub controller and REST API wired from one ServerConfig,
// driving whatever PubRuntime it is given. buttcloud::Server runs it on the real engine; tests run
// it on FakePubRuntime. The job worker runs from the start; observation starts only when asked
// (pubs().startObserving()).
class ServerCore final
{
    Q_DISABLE_COPY_MOVE(ServerCore)

public:
    // Opens the database (throws StoreError). engineReachable answers /healthz's engine field.
    ServerCore(const ServerConfig &config, const QByteArray &serverKey, PubRuntime *runtime,
               std::function<bool()> engineReachable);
    // Runs on a database its owner opened already (the server reads the deployment's settings first).
    ServerCore(const ServerConfig &config, std::unique_ptr<Database> database, const QByteArray &serverKey,
               PubRuntime *runtime, std::function<bool()> engineReachable);
    ~ServerCore();

    // The bound port, or 0 when listening failed.
    quint16 listen(const QHostAddress &address, quint16 port);
    // Serves the hub routes from hubs (which needs the Docker engine, so the owner of both makes it).
    void setHubs(HubController *hubs);
    // Serves pubs' logs (REST and the stream's pub.logs topic) from logs, which the owner of the
    // Docker engine makes; it must outlive the core.
    void setLogSource(PubLogSource *logs);
    PubLogFollower *logFollower() const; // nullptr before setLogSource

    const Database &database() const;
    const AccessTokens &accessTokens() const;
    const AuthService &auth() const;
    PubController &pubs() const;
    StatsCollector &stats() const;
    StreamHub &stream() const;
    CommandRelay &commands() const;
    const Mailer &mailer() const;
    MailSender &mailSender() const;
    JobWorker &jobs() const;
    Orchestrator &orchestrator() const;
    BillingService &billing() const;
    // Null with --billing off.
    BillingLifecycle *billingLifecycle() const;
    // Null without a data directory.
    PubBackups *backups() const;
    PubMove *move() const;
    // Starts observing the swarm and reconciling it (the server does; tests drive by hand).
    void startOrchestrating();

private:
    // Declared in dependency order, so each is destroyed before what it references.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AccessTokens> m_accessTokens;
    std::unique_ptr<Mailer> m_mailer;
    std::unique_ptr<MailSender> m_mailSender;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<JobWorker> m_jobs;
    std::unique_ptr<PubController> m_pubs;
    std::unique_ptr<Orchestrator> m_orchestrator;
    std::unique_ptr<StatsCollector> m_stats;
    std::unique_ptr<CommandRelay> m_commands;
    std::unique_ptr<StreamHub> m_stream;
    std::unique_ptr<PubLogFollower> m_logFollower; // with a log source
    std::unique_ptr<PubMailNotifier> m_pubMailNotifier;
    std::unique_ptr<StripeWebhook> m_stripeWebhook; // only with --billing stripe
    BillingConfig m_billingConfig;
    std::unique_ptr<StripeClient> m_stripeClient;   // only with --billing stripe
    std::unique_ptr<BillingService> m_billing;
    std::unique_ptr<PubCustody> m_custody;          // only with a data directory (archives wait there)
    std::unique_ptr<PubBackups> m_backups;          // with the custody
    std::unique_ptr<RolloutController> m_rollouts;
    std::unique_ptr<PubMove> m_move;                // with custody: moves copy volumes through it
    std::unique_ptr<BillingLifecycle> m_billingLifecycle; // not with --billing off
    std::unique_ptr<ApiServer> m_api;
};

// Where archives wait and how long, as the configuration says.
CustodySettings custodySettingsFrom(const ServerConfig &config);
// Where backups are kept and how long, as the configuration says.
BackupSettings backupSettingsFrom(const ServerConfig &config);
// How pubs run, as the configuration says.
PubSettings pubSettingsFrom(const ServerConfig &config);
PubWebSettings pubWebSettingsFrom(const IngressConfig &ingress);
// How stats are kept, as the configuration says.
StatsSettings statsSettingsFrom(const ServerConfig &config);
// What mails say and how they are sent, as the configuration says.
MailSettings mailSettingsFrom(const ServerConfig &config);
MailSenderSettings mailSenderSettingsFrom(const ServerConfig &config);
// How Docker events of pubs are recorded and kept, as the configuration says.
struct PubEventRecorderSettings;
PubEventRecorderSettings pubEventRecorderSettingsFrom(const ServerConfig &config);
// How the orchestrator reconciles and plans capacity, as the configuration says.
OrchestratorSettings orchestratorSettingsFrom(const ServerConfig &config);

}
