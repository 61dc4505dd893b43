#include "servercore.h"

#include "auth/accesstokens.h"
#include "auth/authservice.h"
#include "http/apiserver.h"
#include "pubs/pubcontroller.h"
#include "store/database.h"

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

ServerCore::ServerCore(const ServerConfig &config, const QByteArray &serverKey, PubRuntime *runtime,
                       std::function<bool()> engineReachable)
    : m_database(std::make_unique<Database>(config.databasePath))
    , m_accessTokens(std::make_unique<AccessTokens>(serverKey, config.accessTokenTtl))
    , m_auth(std::make_unique<AuthService>(*m_database, *m_accessTokens, config.refreshTokenTtl))
    , m_pubs(std::make_unique<PubController>(*m_database, runtime, pubSettingsFrom(config)))
    , m_api(std::make_unique<ApiServer>(ApiServices{*m_database, *m_auth, *m_pubs, std::move(engineReachable)}))
{
}

ServerCore::~ServerCore() = default;

quint16 ServerCore::listen(const QHostAddress &address, quint16 port)
{
    return m_api->listen(address, port);
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

}
