#pragma once

#include "ssh/sshkeys.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

namespace buttcloud {

class DockerEngine;
struct HubRecord;

// A hub's own Docker API, kept reachable: an SSH tunnel in the server, a scripted engine in tests.
class HubLink : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubLink)

public:
    using QObject::QObject;
    ~HubLink() override = default;

    virtual DockerEngine *engine() const = 0;
    virtual bool isConnected() const = 0;

Q_SIGNALS:
    // May be emitted from another thread: connect with a context object.
    void connectionChanged(bool connected, const QString &message);
};

// Makes the link of a stored hub.
class HubConnector
{
public:
    virtual ~HubConnector() = default;
    // nullptr with a reason when no link can be made. The private key is the caller's to wipe.
    virtual std::unique_ptr<HubLink> connect(const HubRecord &hub, const SshPublicKey &hostKey,
                                             const QByteArray &privateKey, QString *error) = 0;
};

// Links over SSH: an SshTunnel (accepting only the stored host key) to the hub's Docker socket, with
// a DockerEngine on the tunnel's private local socket.
class SshHubConnector final : public HubConnector
{
public:
    SshHubConnector(QString socketDirectory, std::chrono::milliseconds connectTimeout,
                    QString remoteDockerSocket = QStringLiteral("/var/run/docker.sock"));
    std::unique_ptr<HubLink> connect(const HubRecord &hub, const SshPublicKey &hostKey, const QByteArray &privateKey,
                                     QString *error) override;

private:
    QString m_socketDirectory;
    std::chrono::milliseconds m_connectTimeout;
    QString m_remoteDockerSocket;
};

}
