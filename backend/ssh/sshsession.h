#pragma once

#include "ssh/sshkeys.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>
#include <variant>

typedef struct _LIBSSH2_SESSION LIBSSH2_SESSION;
typedef struct _LIBSSH2_CHANNEL LIBSSH2_CHANNEL;

namespace buttcloud {

struct SshError
{
    enum class Kind {
        Unreachable,            // no TCP connection (refused, no route, unknown host)
        TimedOut,               // no answer in time
        HostKeyUnknown,         // nobody confirmed the key the host presents
        HostKeyChanged,         // the host presents another key than the one known for it
        AuthenticationRefused,  // the host refused the key
        ChannelRefused,         // the host would not open the channel (e.g. no such socket)
        Protocol,               // the SSH session broke or said something unexpected
    };
    Kind kind = Kind::Protocol;
    QString message;  // for people; never contains key material

    bool isHostKeyProblem() const { return kind == Kind::HostKeyUnknown || kind == Kind::HostKeyChanged; }
};

// What a connection accepts as the host's key. Never "anything": at least one must be given.
struct HostKeyTrust
{
    std::optional<SshPublicKey> expectedKey;  // exactly this key (a hub's stored key); nothing else
    QString expectedFingerprint;              // a key the operator confirmed by its SHA256 fingerprint
    QString knownHostsPath;                   // an OpenSSH known_hosts file (plain or hashed entries)
};

enum class KnownHostVerdict { Match, Changed, Unknown };

// Looks the key up in an OpenSSH known_hosts file ([host]:port entries for ports other than 22). A
// missing file knows nothing (Unknown); an unreadable or malformed one is an error message.
std::variant<KnownHostVerdict, QString> checkKnownHosts(const QString &knownHostsPath, const QString &host,
                                                         quint16 port, const SshPublicKey &key);

// One blocking SSH connection, for a worker thread: connect (with a timeout), handshake, verify the
// host key, and only then authenticate. Every blocking call honours the timeout given to connect().
class SshSession final
{
    Q_DISABLE_COPY_MOVE(SshSession)

public:
    SshSession();
    ~SshSession();

    // TCP connection and SSH handshake; afterwards hostKey() is the key the host presented. Waiting
    // for the TCP connection ends early when cancelFd (e.g. a pipe) becomes readable.
    std::optional<SshError> connect(const QString &host, quint16 port, std::chrono::milliseconds timeout,
                                    int cancelFd = -1);
    const SshPublicKey &hostKey() const;
    std::optional<SshError> verifyHostKey(const HostKeyTrust &trust);
    // Public-key authentication with an OpenSSH private key held in memory (no passphrase). Refused
    // unless verifyHostKey() accepted the host first.
    std::optional<SshError> authenticate(const QString &user, const QByteArray &privateKeyPem);
    // A channel to a unix socket on the host (direct-streamlocal@openssh.com), owned by the caller.
    std::variant<LIBSSH2_CHANNEL *, SshError> openStreamLocal(const QString &remoteSocketPath);
    // Opens and closes such a channel: whether the socket is there for this user.
    std::optional<SshError> checkStreamLocal(const QString &remoteSocketPath);

    void setBlocking(bool blocking);
    LIBSSH2_SESSION *handle() const;
    int socketDescriptor() const;
    QString describe() const;  // host:port, for messages
    // The libssh2 error of the last failed call, for messages.
    QString lastError() const;

private:
    void disconnect();

    int m_socket = -1;
    LIBSSH2_SESSION *m_session = nullptr;
    QString m_host;
    quint16 m_port = 0;
    SshPublicKey m_hostKey;
    bool m_hostKeyVerified = false;
};

}
