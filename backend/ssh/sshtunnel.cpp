#include "ssh/sshtunnel.h"

#include "ssh/sshsession.h"

#include <QFile>

#include <libssh2.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <list>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace buttcloud {

namespace {

using namespace std::chrono;

constexpr qsizetype BufferLimit = 256 * 1024;  // per direction and connection: back-pressure beyond it
constexpr int KeepaliveSeconds = 15;
constexpr int IdlePollMs = 1000;
constexpr milliseconds FirstRetryDelay{500};

// One locally accepted connection and its channel.
struct Forward
{
    int fd = -1;
    LIBSSH2_CHANNEL *channel = nullptr;
    QByteArray toRemote;
    QByteArray toLocal;
    bool remoteEof = false;
    bool done = false;
};

// Errors after which the session is gone, as opposed to one channel failing.
bool isSessionError(int code)
{
    return code == LIBSSH2_ERROR_SOCKET_SEND || code == LIBSSH2_ERROR_SOCKET_RECV || code == LIBSSH2_ERROR_SOCKET_DISCONNECT
        || code == LIBSSH2_ERROR_TIMEOUT || code == LIBSSH2_ERROR_SOCKET_TIMEOUT || code == LIBSSH2_ERROR_KEX_FAILURE
        || code == LIBSSH2_ERROR_DECRYPT || code == LIBSSH2_ERROR_PROTO;
}

int acceptLocal(int listenSocket)
{
    return ::accept4(listenSocket, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
}

// The session's peer closed the TCP connection (nothing pending, end of stream).
bool peerClosed(int socket)
{
    char byte;
    const ssize_t peeked = ::recv(socket, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return peeked == 0 || (peeked < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
}

}

SshTunnel::SshTunnel(SshTunnelSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
}

SshTunnel::~SshTunnel()
{
    m_stopping = true;
    if (m_wakeWrite >= 0) {
        const char wake = 1;
        [[maybe_unused]] const ssize_t written = ::write(m_wakeWrite, &wake, 1);
    }
    if (m_thread.joinable())
        m_thread.join();
    for (int fd : {m_listenSocket, m_wakeRead, m_wakeWrite}) {
        if (fd >= 0)
            ::close(fd);
    }
    if (m_listenSocket >= 0)
        QFile::remove(m_settings.localSocketPath);
    m_settings.privateKey.fill('\0');
}

bool SshTunnel::start(QString *error)
{
    const QByteArray path = QFile::encodeName(m_settings.localSocketPath);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.isEmpty() || size_t(path.size()) >= sizeof address.sun_path) {
        *error = QStringLiteral("the socket path %1 is too long for a unix socket (at most %2 bytes)")
                     .arg(m_settings.localSocketPath).arg(sizeof address.sun_path - 1);
        return false;
    }
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    int wake[2];
    if (::pipe2(wake, O_CLOEXEC | O_NONBLOCK) != 0) {
        *error = QStringLiteral("cannot make a pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_wakeRead = wake[0];
    m_wakeWrite = wake[1];
    m_listenSocket = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    ::unlink(path.constData());  // a socket left by an earlier run
    // Only this user may use the socket: it is as powerful as the hub's Docker socket.
    if (m_listenSocket < 0 || ::bind(m_listenSocket, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::chmod(path.constData(), S_IRUSR | S_IWUSR) != 0 || ::listen(m_listenSocket, 64) != 0) {
        *error = QStringLiteral("cannot listen on %1: %2").arg(m_settings.localSocketPath, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_thread = std::thread([this] { run(); });
    return true;
}

QString SshTunnel::localSocketPath() const
{
    return m_settings.localSocketPath;
}

bool SshTunnel::isConnected() const
{
    return m_connected;
}

void SshTunnel::reportState(bool connected, const QString &message)
{
    const QString report = QString::number(connected) + message;
    m_connected = connected;
    if (report == m_lastReport)
        return;  // retries failing the same way are one report
    m_lastReport = report;
    Q_EMIT connectionChanged(connected, message);
}

void SshTunnel::run()
{
    const auto waitRefusing = [this](milliseconds delay) {
        const auto deadline = steady_clock::now() + delay;
        while (!m_stopping) {
            const auto left = duration_cast<milliseconds>(deadline - steady_clock::now()).count();
            if (left <= 0)
                return;
            pollfd fds[] = {{m_wakeRead, POLLIN, 0}, {m_listenSocket, POLLIN, 0}};
            if (::poll(fds, 2, int(left)) > 0 && (fds[1].revents & POLLIN)) {
                // Closed at once: the client fails now instead of waiting for its timeout.
                for (int fd = acceptLocal(m_listenSocket); fd >= 0; fd = acceptLocal(m_listenSocket))
                    ::close(fd);
            }
        }
    };

    milliseconds delay = FirstRetryDelay;
    while (!m_stopping) {
        SshSession session;
        // The wake pipe cancels a connection attempt to a silent host: stopping need not wait for it.
        std::optional<SshError> error = session.connect(m_settings.host, m_settings.port, m_settings.connectTimeout, m_wakeRead);
        if (!error)
            error = session.verifyHostKey(HostKeyTrust{m_settings.hostKey, {}, {}});
        if (!error)
            error = session.authenticate(m_settings.user, m_settings.privateKey);
        if (m_stopping)
            break;
        if (error) {
            reportState(false, error->message);
            waitRefusing(delay);
            delay = std::min(delay * 2, m_settings.maxRetryDelay);
            continue;
        }
        delay = FirstRetryDelay;
        reportState(true, QString());

        // Forwarding, until the session drops or the tunnel stops.
        session.setBlocking(false);
        LIBSSH2_SESSION *ssh = session.handle();
        libssh2_keepalive_config(ssh, 0, KeepaliveSeconds);  // no reply wanted: nothing to read back
        std::list<Forward> forwards;
        QString dropped;
        while (!m_stopping && dropped.isEmpty()) {
            bool progress = false;
            for (int fd = acceptLocal(m_listenSocket); fd >= 0; fd = acceptLocal(m_listenSocket)) {
                const std::variant<LIBSSH2_CHANNEL *, SshError> channel = session.openStreamLocal(m_settings.remoteSocketPath);
                if (const auto *refused = std::get_if<SshError>(&channel)) {
                    ::close(fd);
                    if (refused->kind != SshError::Kind::ChannelRefused)
                        dropped = refused->message;
                    continue;
                }
                forwards.push_back(Forward{fd, std::get<LIBSSH2_CHANNEL *>(channel), {}, {}, false, false});
                progress = true;
            }
            for (Forward &forward : forwards) {
                char buffer[32768];
                if (forward.toRemote.size() < BufferLimit) {
                    const ssize_t got = ::read(forward.fd, buffer, sizeof buffer);
                    if (got > 0) {
                        forward.toRemote.append(buffer, got);
                        progress = true;
                    } else if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
                        forward.done = true;  // the local client is gone: nothing more to carry
                        continue;
                    }
                }
                while (!forward.toRemote.isEmpty()) {
                    const ssize_t sent = libssh2_channel_write(forward.channel, forward.toRemote.constData(), size_t(forward.toRemote.size()));
                    if (sent == LIBSSH2_ERROR_EAGAIN)
                        break;
                    if (sent < 0) {
                        forward.done = true;
                        if (isSessionError(int(sent)))
                            dropped = session.lastError();
                        break;
                    }
                    forward.toRemote.remove(0, sent);
                    progress = true;
                }
                while (forward.toLocal.size() < BufferLimit && !forward.remoteEof) {
                    const ssize_t got = libssh2_channel_read(forward.channel, buffer, sizeof buffer);
                    if (got > 0) {
                        forward.toLocal.append(buffer, got);
                        progress = true;
                        continue;
                    }
                    if (got < 0 && got != LIBSSH2_ERROR_EAGAIN) {
                        forward.remoteEof = true;
                        if (isSessionError(int(got)))
                            dropped = session.lastError();
                    } else if (libssh2_channel_eof(forward.channel)) {
                        forward.remoteEof = true;
                    }
                    break;
                }
                if (!forward.toLocal.isEmpty()) {
                    const ssize_t sent = ::send(forward.fd, forward.toLocal.constData(), size_t(forward.toLocal.size()), MSG_NOSIGNAL);
                    if (sent > 0) {
                        forward.toLocal.remove(0, sent);
                        progress = true;
                    } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                        forward.done = true;
                    }
                }
                if (forward.remoteEof && forward.toLocal.isEmpty())
                    forward.done = true;
            }
            for (auto it = forwards.begin(); it != forwards.end();) {
                if (!it->done) {
                    ++it;
                    continue;
                }
                ::close(it->fd);
                // Closing waits for the host's close: a round trip, then the session goes on.
                libssh2_session_set_blocking(ssh, 1);
                libssh2_channel_free(it->channel);
                libssh2_session_set_blocking(ssh, 0);
                it = forwards.erase(it);
            }
            int nextKeepalive = KeepaliveSeconds;
            const int keepalive = libssh2_keepalive_send(ssh, &nextKeepalive);
            if (keepalive < 0 && keepalive != LIBSSH2_ERROR_EAGAIN)
                dropped = session.lastError();
            if (forwards.empty() && peerClosed(session.socketDescriptor()))
                dropped = QStringLiteral("%1 closed the connection").arg(session.describe());
            if (progress || !dropped.isEmpty())
                continue;

            std::vector<pollfd> fds{{m_wakeRead, POLLIN, 0}, {m_listenSocket, POLLIN, 0}};
            const int directions = libssh2_session_block_directions(ssh);
            short sshEvents = (directions & LIBSSH2_SESSION_BLOCK_OUTBOUND) ? POLLOUT : 0;
            if (!forwards.empty())
                sshEvents |= POLLIN;
            fds.push_back({session.socketDescriptor(), sshEvents, 0});
            for (const Forward &forward : forwards) {
                const short events = short((forward.toRemote.size() < BufferLimit ? POLLIN : 0) | (forward.toLocal.isEmpty() ? 0 : POLLOUT));
                fds.push_back({forward.fd, events, 0});
            }
            ::poll(fds.data(), nfds_t(fds.size()), std::min(IdlePollMs, nextKeepalive * 1000));
            if (fds[0].revents & POLLIN) {
                char drain[16];
                while (::read(m_wakeRead, drain, sizeof drain) > 0) {
                }
            }
            if (fds[2].revents & (POLLERR | POLLHUP))
                dropped = QStringLiteral("the connection to %1 broke").arg(session.describe());
        }
        for (const Forward &forward : forwards)
            ::close(forward.fd);  // their channels go with the session
        if (!m_stopping)
            reportState(false, QStringLiteral("lost the SSH session: %1").arg(dropped));
    }
    m_connected = false;
}

}
