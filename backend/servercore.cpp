#include "servercore.h"

#include "auth/accesstokens.h"
#include "auth/authservice.h"
#include "commands/commandrelay.h"
#include "http/apiserver.h"
#include "pubs/pubcontroller.h"
#include "stats/statscollector.h"
#include "store/pubrepository.h"
#include "store/database.h"
#include "stream/streamhub.h"

namespace buttcloud {

PubSettings pubSettingsFrom(const ServerConfig &config)
{
    PubSettings settings;
    settings.image = config.pubImage;
    settings.publicHost = config.publicHost;
    settings.portFirst = config.pubPortFirst;
    settings.portLast = config.pubPortLast;
    settings.memoryLimitBytes = config.pubMemoryLimitBytes;
    settings.memoryReservationBytes = config.pubMemoryReservationBytes;
    settings.observeInterval = config.observeInterval;
    return settings;
}

StatsSettings statsSettingsFrom(const ServerConfig &config)
{
    StatsSettings settings;
    settings.flushInterval = config.statsFlushInterval;
    return settings;
}

ServerCore::ServerCore(const ServerConfig &config, const QByteArray &serverKey, PubRuntime *runtime,
                       std::function<bool()> engineReachable)
    : m_database(std::make_unique<Database>(config.database))
    , m_accessTokens(std::make_unique<AccessTokens>(serverKey, config.accessTokenTtl))
    , m_auth(std::make_unique<AuthService>(*m_database, *m_accessTokens, config.refreshTokenTtl))
    , m_pubs(std::make_unique<PubController>(*m_database, runtime, pubSettingsFrom(config)))
    , m_stats(std::make_unique<StatsCollector>(runtime, *m_database, statsSettingsFrom(config)))
    , m_commands(std::make_unique<CommandRelay>(*m_database, runtime, CommandAllowList::builtIn()))
    , m_stream(std::make_unique<StreamHub>(*m_database, *m_accessTokens, *m_auth))
    , m_api(std::make_unique<ApiServer>(ApiServices{*m_database, *m_auth, *m_pubs, std::move(engineReachable),
                                                    m_commands.get(), m_stream.get(), m_stats.get()}))
{
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

CommandRelay &ServerCore::commands() const
{
    return *m_commands;
}

}
