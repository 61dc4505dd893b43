#include "ssh/sshsession.h"

#include <QFileInfo>

#include <libssh2.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace buttcloud {

namespace {

using namespace std::chrono;

void ensureLibssh2Initialised()
{
    static std::once_flag once;
    std::call_once(once, [] { libssh2_init(0); });
}

int libssh2KeyBit(const QString &type)
{
    if (type == QLatin1String("ssh-ed25519"))
        return LIBSSH2_KNOWNHOST_KEY_ED25519;
    if (type == QLatin1String("ssh-rsa"))
        return LIBSSH2_KNOWNHOST_KEY_SSHRSA;
    if (type == QLatin1String("ecdsa-sha2-nistp256"))
        return LIBSSH2_KNOWNHOST_KEY_ECDSA_256;
    if (type == QLatin1String("ecdsa-sha2-nistp384"))
        return LIBSSH2_KNOWNHOST_KEY_ECDSA_384;
    if (type == QLatin1String("ecdsa-sha2-nistp521"))
        return LIBSSH2_KNOWNHOST_KEY_ECDSA_521;
    return LIBSSH2_KNOWNHOST_KEY_UNKNOWN;
}

// A connected TCP socket to host:port, trying each address until one answers within what is left of
// the timeout; -1 and an error otherwise.
int connectTcp(const QString &host, quint16 port, milliseconds timeout, int cancelFd, SshError *error)
{
    const auto deadline = steady_clock::now() + timeout;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *addresses = nullptr;
    const QByteArray service = QByteArray::number(port);
    if (const int status = getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &addresses); status != 0) {
        *error = SshError{SshError::Kind::Unreachable,
                          QStringLiteral("cannot resolve %1: %2").arg(host, QString::fromLocal8Bit(gai_strerror(status)))};
        return -1;
    }
    *error = SshError{SshError::Kind::Unreachable, QStringLiteral("%1 has no address").arg(host)};
    int connected = -1;
    for (addrinfo *address = addresses; address && connected < 0; address = address->ai_next) {
        const int fd = ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, address->ai_protocol);
        if (fd < 0)
            continue;
        int status = ::connect(fd, address->ai_addr, address->ai_addrlen);
        if (status < 0 && errno == EINPROGRESS) {
            pollfd waiting[] = {{fd, POLLOUT, 0}, {cancelFd, POLLIN, 0}};
            const auto left = duration_cast<milliseconds>(deadline - steady_clock::now()).count();
            status = left > 0 ? ::poll(waiting, cancelFd >= 0 ? 2 : 1, int(left)) : 0;
            if (status > 0 && (waiting[1].revents & POLLIN)) {
                ::close(fd);
                *error = SshError{SshError::Kind::Unreachable, QStringLiteral("connecting to %1 was cancelled").arg(host)};
                break;
            }
            if (status == 0) {
                *error = SshError{SshError::Kind::TimedOut, QStringLiteral("connection to %1 port %2 timed out").arg(host).arg(port)};
                status = -1;
                errno = 0;
            } else if (status > 0) {
                int socketError = 0;
                socklen_t length = sizeof socketError;
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &socketError, &length);
                status = socketError == 0 ? 0 : -1;
                errno = socketError;
            }
        }
        if (status == 0) {
            connected = fd;
            break;
        }
        if (errno != 0) {
            *error = SshError{SshError::Kind::Unreachable, QStringLiteral("cannot connect to %1 port %2: %3")
                                                               .arg(host).arg(port).arg(QString::fromLocal8Bit(std::strerror(errno)))};
        }
        ::close(fd);
    }
    freeaddrinfo(addresses);
    if (connected >= 0) {
        // libssh2 drives the socket in blocking mode with its own timeout.
        ::fcntl(connected, F_SETFL, ::fcntl(connected, F_GETFL) & ~O_NONBLOCK);
        const int on = 1;
        ::setsockopt(connected, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    }
    return connected;
}

}

std::variant<KnownHostVerdict, QString> checkKnownHosts(const QString &knownHostsPath, const QString &host,
                                                         quint16 port, const SshPublicKey &key)
{
    if (knownHostsPath.isEmpty() || !QFileInfo::exists(knownHostsPath))
        return KnownHostVerdict::Unknown;
    ensureLibssh2Initialised();
    // libssh2 wants a session for its known-hosts collection, even an unconnected one.
    LIBSSH2_SESSION *session = libssh2_session_init();
    if (!session)
        return QStringLiteral("out of memory");
    LIBSSH2_KNOWNHOSTS *hosts = libssh2_knownhost_init(session);
    std::variant<KnownHostVerdict, QString> verdict = KnownHostVerdict::Unknown;
    if (!hosts) {
        verdict = QStringLiteral("out of memory");
    } else if (libssh2_knownhost_readfile(hosts, QFile::encodeName(knownHostsPath).constData(), LIBSSH2_KNOWNHOST_FILE_OPENSSH) < 0) {
        verdict = QStringLiteral("cannot read the known_hosts file %1").arg(knownHostsPath);
    } else {
        const int typeMask = LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW | libssh2KeyBit(key.type);
        // OpenSSH's names: "host" for port 22, "[host]:port" otherwise, and nothing else. (libssh2's
        // checkp falls back to the bare host for other ports, accepting port 22's key on any port.)
        const QString name = port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
        libssh2_knownhost *found = nullptr;
        switch (libssh2_knownhost_check(hosts, name.toUtf8().constData(), key.blob.constData(), size_t(key.blob.size()),
                                        typeMask, &found)) {
        case LIBSSH2_KNOWNHOST_CHECK_MATCH:
            verdict = KnownHostVerdict::Match;
            break;
        case LIBSSH2_KNOWNHOST_CHECK_MISMATCH:
            verdict = KnownHostVerdict::Changed;
            break;
        case LIBSSH2_KNOWNHOST_CHECK_NOTFOUND:
            verdict = KnownHostVerdict::Unknown;
            break;
        default:
            verdict = QStringLiteral("cannot check the known_hosts file %1").arg(knownHostsPath);
        }
    }
    if (hosts)
        libssh2_knownhost_free(hosts);
    libssh2_session_free(session);
    return verdict;
}

SshSession::SshSession()
{
    ensureLibssh2Initialised();
}

SshSession::~SshSession()
{
    disconnect();
}

void SshSession::disconnect()
{
    if (m_session) {
        libssh2_session_set_blocking(m_session, 0);  // never wait for a dead peer on the way out
        libssh2_session_disconnect(m_session, "bye");
        libssh2_session_free(m_session);
        m_session = nullptr;
    }
    if (m_socket >= 0) {
        ::close(m_socket);
        m_socket = -1;
    }
    m_hostKeyVerified = false;
}

std::optional<SshError> SshSession::connect(const QString &host, quint16 port, milliseconds timeout, int cancelFd)
{
    disconnect();
    m_host = host;
    m_port = port;
    SshError error;
    m_socket = connectTcp(host, port, timeout, cancelFd, &error);
    if (m_socket < 0)
        return error;
    m_session = libssh2_session_init();
    if (!m_session)
        return SshError{SshError::Kind::Protocol, QStringLiteral("out of memory")};
    libssh2_session_set_blocking(m_session, 1);
    libssh2_session_set_timeout(m_session, long(timeout.count()));
    if (const int status = libssh2_session_handshake(m_session, m_socket); status != 0) {
        const QString reason = lastError();
        disconnect();
        if (status == LIBSSH2_ERROR_TIMEOUT)
            return SshError{SshError::Kind::TimedOut, QStringLiteral("the SSH handshake with %1 timed out").arg(describe())};
        return SshError{SshError::Kind::Protocol, QStringLiteral("SSH handshake with %1 failed: %2").arg(describe(), reason)};
    }
    size_t length = 0;
    int type = 0;
    const char *blob = libssh2_session_hostkey(m_session, &length, &type);
    const QByteArray keyBlob = blob ? QByteArray(blob, qsizetype(length)) : QByteArray();
    const std::optional<QString> keyType = sshKeyType(keyBlob);
    if (!keyType) {
        disconnect();
        return SshError{SshError::Kind::Protocol, QStringLiteral("%1 presented a malformed host key").arg(describe())};
    }
    m_hostKey = SshPublicKey{*keyType, keyBlob};
    return std::nullopt;
}

const SshPublicKey &SshSession::hostKey() const
{
    return m_hostKey;
}

std::optional<SshError> SshSession::verifyHostKey(const HostKeyTrust &trust)
{
    m_hostKeyVerified = false;
    if (!m_session)
        return SshError{SshError::Kind::Protocol, QStringLiteral("not connected")};
    const QString presented = m_hostKey.fingerprint();
    const auto changed = [&] {
        return SshError{SshError::Kind::HostKeyChanged,
                        QStringLiteral("host key for %1 changed: it now presents %2 %3").arg(describe(), m_hostKey.type, presented)};
    };
    // A stored key is the only one accepted: known_hosts or a new confirmation cannot replace it.
    if (trust.expectedKey) {
        if (*trust.expectedKey != m_hostKey)
            return changed();
        m_hostKeyVerified = true;
        return std::nullopt;
    }
    const std::variant<KnownHostVerdict, QString> known = checkKnownHosts(trust.knownHostsPath, m_host, m_port, m_hostKey);
    if (const auto *problem = std::get_if<QString>(&known))
        return SshError{SshError::Kind::Protocol, *problem};
    const KnownHostVerdict verdict = std::get<KnownHostVerdict>(known);
    // known_hosts saying "another key" wins over a confirmation, as with OpenSSH.
    if (verdict == KnownHostVerdict::Changed)
        return changed();
    if (verdict == KnownHostVerdict::Match || (!trust.expectedFingerprint.isEmpty() && trust.expectedFingerprint == presented)) {
        m_hostKeyVerified = true;
        return std::nullopt;
    }
    if (!trust.expectedFingerprint.isEmpty()) {
        return SshError{SshError::Kind::HostKeyChanged,
                        QStringLiteral("host key for %1 does not match the confirmed fingerprint: it presents %2 %3")
                            .arg(describe(), m_hostKey.type, presented)};
    }
    return SshError{SshError::Kind::HostKeyUnknown,
                    QStringLiteral("host key for %1 is unknown: confirm %2 %3").arg(describe(), m_hostKey.type, presented)};
}

std::optional<SshError> SshSession::authenticate(const QString &user, const QByteArray &privateKeyPem)
{
    if (!m_session)
        return SshError{SshError::Kind::Protocol, QStringLiteral("not connected")};
    if (!m_hostKeyVerified)
        return SshError{SshError::Kind::HostKeyUnknown, QStringLiteral("host key for %1 was not verified").arg(describe())};
    const QByteArray userName = user.toUtf8();
    const int status = libssh2_userauth_publickey_frommemory(m_session, userName.constData(), size_t(userName.size()),
                                                             nullptr, 0, privateKeyPem.constData(),
                                                             size_t(privateKeyPem.size()), nullptr);
    if (status == 0)
        return std::nullopt;
    if (status == LIBSSH2_ERROR_TIMEOUT)
        return SshError{SshError::Kind::TimedOut, QStringLiteral("authentication with %1 timed out").arg(describe())};
    if (status == LIBSSH2_ERROR_FILE || status == LIBSSH2_ERROR_METHOD_NOT_SUPPORTED)
        return SshError{SshError::Kind::AuthenticationRefused, QStringLiteral("the private key cannot be used (ed25519, no passphrase)")};
    return SshError{SshError::Kind::AuthenticationRefused,
                    QStringLiteral("authentication refused by %1 for user %2").arg(describe(), user)};
}

std::variant<LIBSSH2_CHANNEL *, SshError> SshSession::openStreamLocal(const QString &remoteSocketPath)
{
    if (!m_session)
        return SshError{SshError::Kind::Protocol, QStringLiteral("not connected")};
    // libssh2 1.10 has no direct_streamlocal call; the message is string path, string "", uint32 0.
    const QByteArray path = remoteSocketPath.toUtf8();
    QByteArray message;
    const auto appendUint32 = [&message](quint32 value) {
        for (int shift = 24; shift >= 0; shift -= 8)
            message.append(char((value >> shift) & 0xff));
    };
    appendUint32(quint32(path.size()));
    message.append(path);
    appendUint32(0);
    appendUint32(0);
    static constexpr char ChannelType[] = "direct-streamlocal@openssh.com";
    // Blocking for the open even when the session is not: libssh2 keeps one open in flight per session.
    const int wasBlocking = libssh2_session_get_blocking(m_session);
    libssh2_session_set_blocking(m_session, 1);
    LIBSSH2_CHANNEL *channel = libssh2_channel_open_ex(m_session, ChannelType, sizeof ChannelType - 1,
                                                       LIBSSH2_CHANNEL_WINDOW_DEFAULT, LIBSSH2_CHANNEL_PACKET_DEFAULT,
                                                       message.constData(), unsigned(message.size()));
    libssh2_session_set_blocking(m_session, wasBlocking);
    if (channel)
        return channel;
    const int status = libssh2_session_last_errno(m_session);
    if (status == LIBSSH2_ERROR_CHANNEL_FAILURE)
        return SshError{SshError::Kind::ChannelRefused, QStringLiteral("%1 refused a channel to %2").arg(describe(), remoteSocketPath)};
    if (status == LIBSSH2_ERROR_TIMEOUT)
        return SshError{SshError::Kind::TimedOut, QStringLiteral("opening a channel on %1 timed out").arg(describe())};
    return SshError{SshError::Kind::Protocol, QStringLiteral("cannot open a channel on %1: %2").arg(describe(), lastError())};
}

std::optional<SshError> SshSession::checkStreamLocal(const QString &remoteSocketPath)
{
    std::variant<LIBSSH2_CHANNEL *, SshError> channel = openStreamLocal(remoteSocketPath);
    if (const auto *error = std::get_if<SshError>(&channel))
        return *error;
    libssh2_channel_free(std::get<LIBSSH2_CHANNEL *>(channel));
    return std::nullopt;
}

void SshSession::setBlocking(bool blocking)
{
    if (m_session)
        libssh2_session_set_blocking(m_session, blocking ? 1 : 0);
}

LIBSSH2_SESSION *SshSession::handle() const
{
    return m_session;
}

int SshSession::socketDescriptor() const
{
    return m_socket;
}

QString SshSession::describe() const
{
    return m_host.contains(u':') ? QStringLiteral("[%1]:%2").arg(m_host).arg(m_port) : QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

QString SshSession::lastError() const
{
    if (!m_session)
        return QStringLiteral("not connected");
    char *message = nullptr;
    int length = 0;
    libssh2_session_last_error(m_session, &message, &length, 0);
    return message ? QString::fromUtf8(message, length) : QStringLiteral("unknown error");
}

}
