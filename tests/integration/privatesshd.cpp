#include "privatesshd.h"

#include <QDir>
#include <QFile>
#include <QMultiHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace buttcloud::test {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every process below pid (sshd forks one per connection, and that one a session process).
QList<qint64> descendantsOf(qint64 pid)
{
    QMultiHash<qint64, qint64> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 child = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QByteArray stat = readAll(QStringLiteral("/proc/%1/stat").arg(child));
        // pid (comm) state ppid ...: comm may hold spaces, so read after the last ')'.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            children.insert(fields.at(1).toLongLong(), child);
    }
    QList<qint64> found;
    QList<qint64> pending{pid};
    while (!pending.isEmpty()) {
        const QList<qint64> direct = children.values(pending.takeFirst());
        found += direct;
        pending += direct;
    }
    return found;
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

}

PrivateSshd::PrivateSshd(QString listenAddress, QStringList launcher)
    : m_listenAddress(std::move(listenAddress))
    , m_launcher(std::move(launcher))
{
}

PrivateSshd::~PrivateSshd()
{
    stop();
}

int PrivateSshd::keygen(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.start(QStringLiteral("ssh-keygen"), arguments);
    if (!process.waitForFinished(30000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString PrivateSshd::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QString PrivateSshd::user() const
{
    const passwd *entry = ::getpwuid(::getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QStringLiteral("root");
}

bool PrivateSshd::start()
{
    if (!m_dir.isValid()) {
        m_lastError = QStringLiteral("no temporary directory");
        return false;
    }
    if (!QFile::exists(path(QStringLiteral("host_ed25519")))) {
        for (const QString &key : {QStringLiteral("host_ed25519"), QStringLiteral("client_ed25519")}) {
            if (keygen({QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                        QStringLiteral("-C"), key, QStringLiteral("-f"), path(key)}) != 0) {
                m_lastError = QStringLiteral("ssh-keygen failed");
                return false;
            }
        }
        QFile::copy(path(QStringLiteral("client_ed25519.pub")), path(QStringLiteral("authorized_keys")));
        m_port = freePort();
        QFile config(path(QStringLiteral("sshd_config")));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write(QStringLiteral("Port %1\nListenAddress %5\nHostKey %2\nPidFile %3\nUsePAM no\nStrictModes no\n"
                                    "PermitRootLogin prohibit-password\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                                    "PubkeyAuthentication yes\nAuthorizedKeysFile %4\nAllowStreamLocalForwarding yes\n"
                                    "X11Forwarding no\nLogLevel DEBUG1\n")
                         .arg(m_port)
                         .arg(path(QStringLiteral("host_ed25519")), path(QStringLiteral("sshd.pid")), path(QStringLiteral("authorized_keys")),
                              m_listenAddress)
                         .toUtf8());
    }
    QDir().mkpath(QStringLiteral("/run/sshd"));  // sshd's privilege separation directory
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(path(QStringLiteral("sshd.log")), QIODevice::Append);
    const QStringList sshd{QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                           path(QStringLiteral("sshd_config"))};
    const QStringList command = m_launcher + sshd;
    m_process->start(command.first(), command.mid(1));
    if (!m_process->waitForStarted(10000)) {
        m_lastError = QStringLiteral("sshd did not start: ") + m_process->errorString();
        return false;
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(m_listenAddress), m_port);
        if (socket.waitForConnected(200))
            return true;
        if (m_process->state() == QProcess::NotRunning)
            break;
        QTest::qWait(100);
    }
    m_lastError = QStringLiteral("sshd does not listen: ") + log();
    return false;
}

void PrivateSshd::stop()
{
    if (!m_process)
        return;
    // Its connections' processes too, so that clients see their sessions drop. Halted first: a client
    // that reconnects at once (one reading a stream notices the drop at once) must not get a new
    // session from it, whose process would outlive it.
    ::kill(pid_t(m_process->processId()), SIGSTOP);
    dropConnections();
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

int PrivateSshd::dropConnections()
{
    if (!m_process)
        return 0;
    const QList<qint64> connections = descendantsOf(m_process->processId());
    for (const qint64 pid : connections)
        ::kill(pid_t(pid), SIGKILL);
    return int(connections.size());
}

QByteArray PrivateSshd::clientPrivateKey() const
{
    return readAll(path(QStringLiteral("client_ed25519")));
}

QByteArray PrivateSshd::hostPublicKeyLine() const
{
    return readAll(path(QStringLiteral("host_ed25519.pub"))).trimmed();
}

QByteArray PrivateSshd::hostKeyBlob() const
{
    return QByteArray::fromBase64(hostPublicKeyLine().split(' ').value(1));
}

QString PrivateSshd::hostFingerprint() const
{
    QByteArray output;
    keygen({QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
            path(QStringLiteral("host_ed25519.pub"))}, &output);
    return QString::fromLatin1(output.split(' ').value(1));
}

QByteArray PrivateSshd::otherPublicKeyLine(const QString &name)
{
    keygen({QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
            QStringLiteral("-f"), path(name)});
    return readAll(path(name + QStringLiteral(".pub"))).trimmed();
}

QString PrivateSshd::log() const
{
    return QString::fromUtf8(readAll(path(QStringLiteral("sshd.log"))));
}

int PrivateSshd::streamLocalChannels() const
{
    return int(log().count(QStringLiteral("server_request_direct_streamlocal")));
}

}
