#pragma once

#include "ssh/sshkeys.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <thread>

namespace buttcloud {

struct SshTunnelSettings
{
    QString host;
    quint16 port = 22;
    QString user;
    SshPublicKey hostKey;                 // the only key the host may present
    QByteArray privateKey;                // OpenSSH PEM, held in memory only while the tunnel lives
    QString remoteSocketPath = QStringLiteral("/var/run/docker.sock");
    QString localSocketPath;              // created with mode 0600; its directory should be private
    std::chrono::milliseconds connectTimeout{10000};
    std::chrono::milliseconds maxRetryDelay{30000};
};

// Makes a unix socket on the host (a hub's Docker socket) reachable at a local unix socket: each
// connection accepted locally is forwarded over its own direct-streamlocal channel of one SSH session,
// so any unix-socket client (DockerEngine) works unchanged. The session lives in the tunnel's own
// thread; it is verified against the stored host key before authenticating, kept alive, and made
// again with growing delays when it drops. Connections made while it is down are closed at once.
class SshTunnel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshTunnel)

public:
    explicit SshTunnel(SshTunnelSettings settings, QObject *parent = nullptr);
    // Stops the thread, closes every forwarded connection, removes the local socket and wipes the key.
    ~SshTunnel() override;

    // Listens on the local socket and starts connecting. False with a reason when the socket cannot
    // be made (e.g. its path is too long for a unix socket).
    bool start(QString *error);
    QString localSocketPath() const;
    bool isConnected() const;

Q_SIGNALS:
    // Emitted from the tunnel's thread (connect queued) when the session comes up or goes down.
    void connectionChanged(bool connected, const QString &message);

private:
    void run();
    void reportState(bool connected, const QString &message);

    SshTunnelSettings m_settings;
    int m_listenSocket = -1;
    int m_wakeRead = -1;   // a pipe that wakes the thread to stop
    int m_wakeWrite = -1;
    std::atomic_bool m_stopping = false;
    std::atomic_bool m_connected = false;
    QString m_lastReport;  // tunnel thread only
    std::thread m_thread;
};

}
