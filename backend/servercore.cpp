#include "servercore.h"

#include "auth/accesstokens.h"
#include "auth/authservice.h"
#include "billing/billinglifecycle.h"
#include "billing/billingservice.h"
#include "billing/stripeclient.h"
#include "billing/stripewebhook.h"
#include "commands/commandrelay.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"
#include "hubs/hubcontroller.h"
#include "mail/mailer.h"
#include "mail/mailsender.h"
#include "mail/pubmailnotifier.h"
#include "jobs/jobworker.h"
#include "logs/publogfollower.h"
#include "timeline/pubeventrecorder.h"
#include "orchestrator/orchestrator.h"
#include "pubs/pubcontroller.h"
#include "pubs/pubbackups.h"
#include "pubs/pubcustody.h"
#include "pubs/pubmove.h"
#include "rollouts/rolloutcontroller.h"
#include "stats/statscollector.h"
#include "store/pubrepository.h"
#include "store/database.h"
#include "stream/streamhub.h"
#include "core/random.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QSysInfo>

namespace buttcloud {

PubWebSettings pubWebSettingsFrom(const IngressConfig &ingress)
{
    PubWebSettings web;
    web.domain = ingress.pubDomain;
    web.ingress = ingress.enabled;
    const bool tls = !ingress.tlsCertFile.isEmpty();
    web.scheme = tls ? QStringLiteral("https") : QStringLiteral("http");
    web.port = tls ? ingress.tlsPort : ingress.port;
    return web;
}

PubSettings pubSettingsFrom(const ServerConfig &config)
{
    PubSettings settings;
    settings.web = pubWebSettingsFrom(config.ingress);
    settings.network = config.ingress.enabled ? config.ingress.networkName : QString();
    settings.image = config.pubImage;
    settings.publicHost = config.publicHost;
    settings.portFirst = config.pubPortFirst;
    settings.portLast = config.pubPortLast;
    settings.memoryLimitBytes = config.pubMemoryLimitBytes;
    settings.memoryReservationBytes = config.pubMemoryReservationBytes;
    settings.observeInterval = config.observeInterval;
    return settings;
}

OrchestratorSettings orchestratorSettingsFrom(const ServerConfig &config)
{
    OrchestratorSettings settings;
    settings.reconcileInterval = config.reconcileInterval;
    settings.orphanGrace = config.orphanGrace;
    settings.jobRetention = config.jobRetention;
    settings.capacity = CapacitySettings{config.capacityPubMemoryBytes, config.capacityHubMemoryBytes,
                                         config.capacityHubPriceMonth, config.capacityCurrency,
                                         config.capacityMinFreePubs, config.capacityHeadroom};
    return settings;
}

PubEventRecorderSettings pubEventRecorderSettingsFrom(const ServerConfig &config)
{
    PubEventRecorderSettings settings;
    settings.retention = config.pubEventRetention;
    return settings;
}

StatsSettings statsSettingsFrom(const ServerConfig &config)
{
    StatsSettings settings;
    settings.flushInterval = config.statsFlushInterval;
    return settings;
}

MailSettings mailSettingsFrom(const ServerConfig &config)
{
    MailSettings settings;
    // Validated when the configuration was read.
    settings.from = MailRules::parseMailbox(config.mail.from).value_or(settings.from);
    settings.replyTo = config.mail.replyTo;
    settings.linkBase = config.mail.linkBase;
    settings.alertWindow = std::chrono::duration_cast<std::chrono::seconds>(config.mail.alertWindow);
    return settings;
}

MailSenderSettings mailSenderSettingsFrom(const ServerConfig &config)
{
    MailSenderSettings settings;
    settings.smtp.url = config.mail.smtpUrl;
    settings.smtp.startTls = config.mail.startTls == QLatin1String("required") ? SmtpSettings::StartTls::Required
                           : config.mail.startTls == QLatin1String("never")    ? SmtpSettings::StartTls::Never
                                                                               : SmtpSettings::StartTls::Opportunistic;
    settings.smtp.caFile = config.mail.caFile;
    settings.smtp.user = config.mail.smtpUser;
    settings.smtp.password = config.mail.smtpPassword;
    settings.smtp.timeout = std::chrono::ceil<std::chrono::seconds>(config.mail.sendTimeout);
    // Past the timeout the exchange has certainly ended: a mail still in sending then was left by a
    // server that stopped mid-send.
    settings.lease = config.mail.sendTimeout + std::chrono::seconds(10);
    settings.retryBase = config.mail.retryBase;
    settings.retryMax = config.mail.retryMax;
    settings.maxAttempts = config.mail.maxAttempts;
    return settings;
}

namespace {
std::unique_ptr<StripeWebhook> stripeWebhookFor(const ServerConfig &config, const Database &database, const Mailer &mailer)
{
    if (config.billing.mode != BillingConfig::Mode::Stripe)
        return nullptr;
    auto webhook = std::make_unique<StripeWebhook>(database, config.billing.stripeWebhookSecret, config.billing.grace);
    webhook->setMailer(&mailer);
    return webhook;
}

std::unique_ptr<StripeClient> stripeClientFor(const BillingConfig &billing)
{
    if (billing.mode != BillingConfig::Mode::Stripe)
        return nullptr;
    return std::make_unique<StripeClient>(billing.stripeApiUrl, billing.stripeSecretKey);
}

std::unique_ptr<PubCustody> custodyFor(const ServerConfig &config, const Database &database, PubController &pubs,
                                       PubRuntime *runtime)
{
    if (config.dataDir.isEmpty())
        return nullptr;
    return std::make_unique<PubCustody>(database, pubs, runtime, custodySettingsFrom(config));
}

std::unique_ptr<PubBackups> backupsFor(const ServerConfig &config, const Database &database, PubCustody *custody)
{
    if (!custody)
        return nullptr;
    return std::make_unique<PubBackups>(database, *custody, backupSettingsFrom(config));
}

std::unique_ptr<PubMove> moveFor(const ServerConfig &config, const Database &database, PubController &pubs,
                                 PubCustody *custody, PubRuntime *runtime)
{
    if (!custody)
        return nullptr;
    MoveSettings settings;
    settings.workDir = QDir(config.dataDir).filePath(QStringLiteral("moves"));
    return std::make_unique<PubMove>(database, pubs, *custody, runtime, settings);
}

// Unique per process and run: a restarted server must not mistake its predecessor's leases for its own.
QString workerIdFor(const ServerConfig &)
{
    return QStringLiteral("%1:%2:%3").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid()).arg(generateId());
}
}

ServerCore::ServerCore(const ServerConfig &config, const QByteArray &serverKey, PubRuntime *runtime,
                       std::function<bool()> engineReachable)
    : ServerCore(config, std::make_unique<Database>(config.database), serverKey, runtime, std::move(engineReachable))
{
}

ServerCore::ServerCore(const ServerConfig &config, std::unique_ptr<Database> database, const QByteArray &serverKey,
                       PubRuntime *runtime, std::function<bool()> engineReachable)
    : m_database(std::move(database))
    , m_accessTokens(std::make_unique<AccessTokens>(serverKey, config.accessTokenTtl))
    , m_mailer(std::make_unique<Mailer>(*m_database, mailSettingsFrom(config)))
    , m_mailSender(std::make_unique<MailSender>(*m_database, mailSenderSettingsFrom(config)))
    , m_auth(std::make_unique<AuthService>(*m_database, *m_accessTokens, config.refreshTokenTtl))
    , m_jobs(std::make_unique<JobWorker>(*m_database, workerIdFor(config)))
    , m_pubs(std::make_unique<PubController>(*m_database, runtime, pubSettingsFrom(config)))
    , m_orchestrator(std::make_unique<Orchestrator>(*m_database, runtime, *m_pubs,
                                                    orchestratorSettingsFrom(config)))
    , m_stats(std::make_unique<StatsCollector>(runtime, *m_database, statsSettingsFrom(config)))
    , m_commands(std::make_unique<CommandRelay>(*m_database, runtime, CommandAllowList::builtIn()))
    , m_stream(std::make_unique<StreamHub>(*m_database, *m_accessTokens, *m_auth))
    , m_pubMailNotifier(std::make_unique<PubMailNotifier>(*m_database, *m_mailer))
    , m_stripeWebhook(stripeWebhookFor(config, *m_database, *m_mailer))
    , m_billingConfig(config.billing)
    , m_stripeClient(stripeClientFor(config.billing))
    , m_billing(std::make_unique<BillingService>(*m_database, *m_pubs, config.billing.mode))
    , m_custody(custodyFor(config, *m_database, *m_pubs, runtime))
    , m_backups(backupsFor(config, *m_database, m_custody.get()))
    , m_rollouts(std::make_unique<RolloutController>(*m_database, *m_pubs, runtime))
    , m_move(moveFor(config, *m_database, *m_pubs, m_custody.get(), runtime))
    , m_api(std::make_unique<ApiServer>(ApiServices{*m_database, *m_auth, *m_pubs, std::move(engineReachable),
                                                    m_commands.get(), m_stream.get(), m_stats.get(), nullptr, m_jobs.get(),
                                                    m_orchestrator.get(), m_stripeWebhook.get(), m_billing.get(), nullptr,
                                                    m_custody.get(), m_rollouts.get(), m_backups.get(),
                                                    m_move.get()}))
{
    m_rollouts->registerJobHandlers(*m_jobs);
    QObject::connect(m_rollouts.get(), &RolloutController::jobQueued, m_jobs.get(), &JobWorker::notifyQueued);
    // A pub's new (or restored) image is a change of the pub like any other: the stream tells its watchers.
    QObject::connect(m_rollouts.get(), &RolloutController::pubChanged, m_pubs.get(), &PubController::pubChanged);
    if (m_custody) {
        m_custody->registerJobHandlers(*m_jobs);
        QObject::connect(m_custody.get(), &PubCustody::jobQueued, m_jobs.get(), &JobWorker::notifyQueued);
        m_backups->start();
    }
    if (m_move) {
        m_move->setOrchestrator(m_orchestrator.get());
        m_move->registerJobHandlers(*m_jobs);
        QObject::connect(m_move.get(), &PubMove::jobQueued, m_jobs.get(), &JobWorker::notifyQueued);
    }
    m_billing->setProvider(m_stripeClient.get());
    if (config.billing.mode != BillingConfig::Mode::Off) {
        m_billingLifecycle = std::make_unique<BillingLifecycle>(*m_database, *m_pubs, m_mailer.get());
        m_billingLifecycle->setCancelRemoval(config.billing.cancelRemoval);
        m_billingLifecycle->setBackups(m_backups.get());
        if (config.billing.mode == BillingConfig::Mode::Offline)
            m_billingLifecycle->setOfflineInvoicing(config.billing.grace);
        m_billingLifecycle->registerJobHandlers(*m_jobs);
        QObject::connect(m_billingLifecycle.get(), &BillingLifecycle::jobQueued, m_jobs.get(), &JobWorker::notifyQueued);
    }
    m_auth->setMailer(m_mailer.get());
    if (!config.tls.isNull())
        m_api->useTls(serverSslConfiguration(config.tls));
    StreamSettings streamSettings;
    streamSettings.pubWeb = pubWebSettingsFrom(config.ingress);
    m_stream->setSettings(streamSettings);
    QObject::connect(m_pubs.get(), &PubController::pubChanged, m_pubMailNotifier.get(), &PubMailNotifier::pubChanged);
    QObject::connect(m_pubs.get(), &PubController::pubRemoved, m_pubMailNotifier.get(), &PubMailNotifier::pubRemoved);
    m_mailSender->start();

    m_pubs->registerJobHandlers(*m_jobs);
    m_orchestrator->registerJobHandlers(*m_jobs);
    QObject::connect(m_orchestrator.get(), &Orchestrator::jobQueued, m_jobs.get(), &JobWorker::notifyQueued);
    QObject::connect(m_jobs.get(), &JobWorker::jobEnded, m_orchestrator.get(), &Orchestrator::scheduleReconcile);
    QObject::connect(m_pubs.get(), &PubController::jobQueued, m_jobs.get(), &JobWorker::notifyQueued);
    QObject::connect(m_jobs.get(), &JobWorker::jobChanged, m_stream.get(), &StreamHub::publishJobChanged);
    m_jobs->start();
    // Stats follow what the swarm really runs: sampling starts and stops with each observation.
    QObject::connect(m_pubs.get(), &PubController::observationApplied, m_stats.get(), [this] {
        QSet<QString> up;
        for (const PubRecord &pub : PubRepository(*m_database).list()) {
            if (pub.status == PubStatus::Up)
                up.insert(pub.id);
        }
        m_stats->setUpPubs(up);
    });
    QObject::connect(m_pubs.get(), &PubController::pubChanged, m_stream.get(), &StreamHub::publishPubChanged);
    QObject::connect(m_pubs.get(), &PubController::pubRemoved, m_stream.get(), &StreamHub::publishPubRemoved);
    QObject::connect(m_commands.get(), &CommandRelay::outputChunk, m_stream.get(), &StreamHub::publishCommandOutput);
    // Stream subscribers are the collector's watchers: one upstream per pub, 1 s while watched.
    m_stream->setStatsFeed(StatsFeed{[this](const QString &pubId) { m_stats->watch(pubId); },
                                     [this](const QString &pubId) { m_stats->unwatch(pubId); }});
    QObject::connect(m_stats.get(), &StatsCollector::sampleReady, m_stream.get(), &StreamHub::publishSample);
}

ServerCore::~ServerCore() = default;

quint16 ServerCore::listen(const QHostAddress &address, quint16 port)
{
    return m_api->listen(address, port);
}

void ServerCore::setHubs(HubController *hubs)
{
    m_api->setHubs(hubs);
    if (!hubs)
        return;
    // A drain takes the hub's pubs elsewhere with their data first.
    if (m_move)
        hubs->setEvacuation([move = QPointer<PubMove>(m_move.get())](const QString &hubId, HubController::Completion done) {
            if (!move)
                return done(QStringLiteral("the server is shutting down"));
            move->evacuate(hubId, std::move(done));
        });
    QObject::connect(hubs, &HubController::hubChanged, m_stream.get(), [stream = m_stream.get(), hubs](const HubRecord &hub) {
        stream->publishHubChanged(hubJson(hub, hubs->pubsOn(hub)));
    });
    QObject::connect(hubs, &HubController::hubRemoved, m_stream.get(), &StreamHub::publishHubRemoved);
}

void ServerCore::setLogSource(PubLogSource *logs)
{
    m_api->setLogSource(logs);
    m_stream->setLogFeed({});
    m_logFollower.reset();
    if (!logs)
        return;
    m_logFollower = std::make_unique<PubLogFollower>(logs);
    // Stream subscribers are the follower's watchers: one Docker follow per pub.
    m_stream->setLogFeed(PubFeed{[this](const QString &pubId) { m_logFollower->watch(pubId); },
                                 [this](const QString &pubId) { m_logFollower->unwatch(pubId); }});
    QObject::connect(m_logFollower.get(), &PubLogFollower::linesReady, m_stream.get(), &StreamHub::publishLogLines);
}

PubLogFollower *ServerCore::logFollower() const
{
    return m_logFollower.get();
}

const Database &ServerCore::database() const
{
    return *m_database;
}

const AccessTokens &ServerCore::accessTokens() const
{
    return *m_accessTokens;
}

const AuthService &ServerCore::auth() const
{
    return *m_auth;
}

PubController &ServerCore::pubs() const
{
    return *m_pubs;
}

StatsCollector &ServerCore::stats() const
{
    return *m_stats;
}

StreamHub &ServerCore::stream() const
{
    return *m_stream;
}

Orchestrator &ServerCore::orchestrator() const
{
    return *m_orchestrator;
}

void ServerCore::startOrchestrating()
{
    m_pubs->startObserving();
    m_orchestrator->start();
    if (m_billingLifecycle)
        m_billingLifecycle->start(m_billingConfig.checkInterval);
}

BillingService &ServerCore::billing() const
{
    return *m_billing;
}

BillingLifecycle *ServerCore::billingLifecycle() const
{
    return m_billingLifecycle.get();
}

PubBackups *ServerCore::backups() const
{
    return m_backups.get();
}

PubMove *ServerCore::move() const
{
    return m_move.get();
}

JobWorker &ServerCore::jobs() const
{
    return *m_jobs;
}

CommandRelay &ServerCore::commands() const
{
    return *m_commands;
}

const Mailer &ServerCore::mailer() const
{
    return *m_mailer;
}

MailSender &ServerCore::mailSender() const
{
    return *m_mailSender;
}

CustodySettings custodySettingsFrom(const ServerConfig &config)
{
    CustodySettings settings;
    settings.exportDir = QDir(config.dataDir).filePath(QStringLiteral("exports"));
    settings.importDir = QDir(config.dataDir).filePath(QStringLiteral("imports"));
    settings.exportExpiry = config.exportExpiry;
    settings.importMaxBytes = config.importMaxBytes;
    return settings;
}

BackupSettings backupSettingsFrom(const ServerConfig &config)
{
    BackupSettings settings;
    settings.dir = QDir(config.dataDir).filePath(QStringLiteral("backups"));
    settings.retention = config.backupRetention;
    return settings;
}

}
