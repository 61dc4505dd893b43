#include "hubs/hublink.h"

#include "docker/dockerengine.h"
#include "docker/dockertransport.h"
#include "ssh/sshtunnel.h"
#include "store/records.h"

#include <QDir>
#include <QFile>

namespace buttcloud {

namespace {

class SshHubLink final : public HubLink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshHubLink)

public:
    explicit SshHubLink(SshTunnelSettings settings)
        : m_tunnel(std::move(settings))
    {
        connect(&m_tunnel, &SshTunnel::connectionChanged, this, &HubLink::connectionChanged);
    }

    bool start(QString *error)
    {
        if (!m_tunnel.start(error))
            return false;
        m_engine = std::make_unique<DockerEngine>(std::make_unique<LocalSocketTransport>(m_tunnel.localSocketPath()));
        return true;
    }

    DockerEngine *engine() const override { return m_engine.get(); }
    bool isConnected() const override { return m_tunnel.isConnected(); }

private:
    SshTunnel m_tunnel;
    std::unique_ptr<DockerEngine> m_engine;  // destroyed first: it talks through the tunnel
};

}

SshHubConnector::SshHubConnector(QString socketDirectory, std::chrono::milliseconds connectTimeout, QString remoteDockerSocket)
    : m_socketDirectory(std::move(socketDirectory))
    , m_connectTimeout(connectTimeout)
    , m_remoteDockerSocket(std::move(remoteDockerSocket))
{
}

std::unique_ptr<HubLink> SshHubConnector::connect(const HubRecord &hub, const SshPublicKey &hostKey,
                                                  const QByteArray &privateKey, QString *error)
{
    // The sockets are as powerful as the hubs' Docker sockets: a directory only this user enters.
    if (!QDir().mkpath(m_socketDirectory)
        || !QFile::setPermissions(m_socketDirectory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *error = QStringLiteral("cannot make the private directory %1").arg(m_socketDirectory);
        return nullptr;
    }
    SshTunnelSettings settings;
    settings.host = hub.host;
    settings.port = hub.port;
    settings.user = hub.sshUser;
    settings.hostKey = hostKey;
    settings.privateKey = privateKey;
    settings.remoteSocketPath = m_remoteDockerSocket;
    settings.localSocketPath = QDir(m_socketDirectory).filePath(hub.id + QStringLiteral(".sock"));
    settings.connectTimeout = m_connectTimeout;
    auto link = std::make_unique<SshHubLink>(std::move(settings));
    if (!link->start(error))
        return nullptr;
    return link;
}

}

#include "hublink.moc"
