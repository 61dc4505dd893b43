#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace buttcloud::test {

// A private OpenSSH server for tests, on 127.0.0.1 (or listenAddress) and a free port, with its own
// config, an ed25519 host key and an ed25519 client key made by ssh-keygen in a temporary directory.
// It lets the client key log in as the current user (root in CI), and only that. launcher, when
// given, is a command sshd's command line is appended to (e.g. to start it on another machine of a
// test's private swarm: scripts/lib/netns-swarm.sh run NAME --). Stopped (killed) on destruction.
class PrivateSshd final
{
public:
    explicit PrivateSshd(QString listenAddress = QStringLiteral("127.0.0.1"), QStringList launcher = {});
    ~PrivateSshd();
    Q_DISABLE_COPY_MOVE(PrivateSshd)

    // Makes the keys (once) and starts sshd; false with lastError() when it does not listen in time.
    // Starting again after stop() uses the same keys and port.
    bool start();
    void stop();
    // Kills the processes of the connections made so far (a cut cable), sshd itself keeps listening.
    // Returns how many processes it killed.
    int dropConnections();
    QString lastError() const { return m_lastError; }

    quint16 port() const { return m_port; }
    QString user() const;
    QByteArray clientPrivateKey() const;      // OpenSSH PEM
    QByteArray hostPublicKeyLine() const;     // "ssh-ed25519 AAAA... comment"
    QByteArray hostKeyBlob() const;           // the decoded blob of that line
    QString hostFingerprint() const;          // as ssh-keygen -l prints it
    // Makes another ed25519 key pair and returns its public line (for a "wrong key" known_hosts).
    QByteArray otherPublicKeyLine(const QString &name);
    QString path(const QString &name) const;
    // How many direct-streamlocal channels sshd opened so far (from its debug log).
    int streamLocalChannels() const;
    QString log() const;

    static int keygen(const QStringList &arguments, QByteArray *output = nullptr);

private:
    QString m_listenAddress;
    QStringList m_launcher;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_lastError;
};

}
