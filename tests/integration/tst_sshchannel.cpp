// The SSH layer against a private sshd on 127.0.0.1: Docker's API through the tunnel, host keys that
// are refused, and a tunnel that comes back after its session drops.
#include "privatesshd.h"

#include "docker/dockerengine.h"
#include "docker/dockertransport.h"
#include "ssh/sshsession.h"
#include "ssh/sshtunnel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;
using namespace buttcloud::test;

namespace {
// Owner, group and others (Qt also reports the "user" bits: the owner's again when the test is the owner).
constexpr QFile::Permissions AnyoneMask = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
    | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
}

class SshChannelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dockerAnswersThroughTheChannel();
    void confirmedFingerprintOrKnownHostsAccepted();
    void wrongHostKeyRefused();
    void noAuthenticationBeforeTheHostKey();
    void foreignClientKeyRefused();
    void tunnelWithWrongStoredKeyNeverConnects();
    void tunnelComesBackAfterTheSessionDrops();

private:
    SshTunnelSettings tunnelSettings(const QString &socketName) const;
    std::optional<QString> ping(DockerEngine &engine);

    PrivateSshd m_sshd;
    QTemporaryDir m_sockets;
};

void SshChannelTest::initTestCase()
{
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.lastError()));
    QVERIFY(QFile::exists(QStringLiteral("/var/run/docker.sock")));
}

void SshChannelTest::cleanupTestCase()
{
    m_sshd.stop();
}

SshTunnelSettings SshChannelTest::tunnelSettings(const QString &socketName) const
{
    SshTunnelSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = m_sshd.port();
    settings.user = m_sshd.user();
    settings.hostKey = SshPublicKey{QStringLiteral("ssh-ed25519"), m_sshd.hostKeyBlob()};
    settings.privateKey = m_sshd.clientPrivateKey();
    settings.localSocketPath = m_sockets.filePath(socketName);
    settings.connectTimeout = std::chrono::seconds(5);
    settings.maxRetryDelay = std::chrono::seconds(1);
    return settings;
}

std::optional<QString> SshChannelTest::ping(DockerEngine &engine)
{
    bool answered = false;
    std::optional<QString> result;
    engine.ping([&](std::optional<QString> error) {
        answered = true;
        result = error;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 30000))
        return QStringLiteral("no answer");
    return result;
}

void SshChannelTest::dockerAnswersThroughTheChannel()
{
    SshTunnel tunnel(tunnelSettings(QStringLiteral("docker.sock")));
    QString error;
    QVERIFY2(tunnel.start(&error), qPrintable(error));
    QCOMPARE(QFile::permissions(tunnel.localSocketPath()) & AnyoneMask, QFile::ReadOwner | QFile::WriteOwner);
    QTRY_VERIFY_WITH_TIMEOUT(tunnel.isConnected(), 15000);

    DockerEngine engine(std::make_unique<LocalSocketTransport>(tunnel.localSocketPath()));
    const int channelsBefore = m_sshd.streamLocalChannels();
    const std::optional<QString> pinged = ping(engine);
    QVERIFY2(!pinged, qPrintable(pinged.value_or(QString())));

    // Several requests at once, each over its own channel of the one session.
    int infos = 0;
    QString nodeId;
    for (int i = 0; i < 4; ++i) {
        engine.request("GET", QStringLiteral("/info"), std::nullopt, [&](DockerReply reply) {
            QVERIFY2(!reply.error, qPrintable(reply.error ? reply.error->message : QString()));
            nodeId = reply.json.object().value(QStringLiteral("Swarm")).toObject().value(QStringLiteral("NodeID")).toString();
            ++infos;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(infos, 4, 30000);
    QVERIFY(!nodeId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_sshd.streamLocalChannels() >= channelsBefore + 5, 5000);
}

void SshChannelTest::confirmedFingerprintOrKnownHostsAccepted()
{
    SshSession session;
    QVERIFY(!session.connect(QStringLiteral("127.0.0.1"), m_sshd.port(), std::chrono::seconds(5)));
    QCOMPARE(session.hostKey().type, QStringLiteral("ssh-ed25519"));
    QCOMPARE(session.hostKey().fingerprint(), m_sshd.hostFingerprint());
    QVERIFY(!session.verifyHostKey(HostKeyTrust{std::nullopt, m_sshd.hostFingerprint(), {}}));
    QVERIFY(!session.authenticate(m_sshd.user(), m_sshd.clientPrivateKey()));

    QFile knownHosts(m_sshd.path(QStringLiteral("known_hosts_good")));
    QVERIFY(knownHosts.open(QIODevice::WriteOnly));
    knownHosts.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd.port()).toLatin1() + m_sshd.hostPublicKeyLine() + '\n');
    knownHosts.close();
    SshSession again;
    QVERIFY(!again.connect(QStringLiteral("127.0.0.1"), m_sshd.port(), std::chrono::seconds(5)));
    QVERIFY(!again.verifyHostKey(HostKeyTrust{std::nullopt, {}, knownHosts.fileName()}));
}

void SshChannelTest::wrongHostKeyRefused()
{
    const QByteArray otherKey = m_sshd.otherPublicKeyLine(QStringLiteral("impostor"));
    const QByteArray otherBlob = QByteArray::fromBase64(otherKey.split(' ').value(1));

    SshSession session;
    QVERIFY(!session.connect(QStringLiteral("127.0.0.1"), m_sshd.port(), std::chrono::seconds(5)));
    // Another confirmed fingerprint.
    std::optional<SshError> refused = session.verifyHostKey(HostKeyTrust{std::nullopt, sshFingerprint(otherBlob), {}});
    QVERIFY(refused);
    QCOMPARE(int(refused->kind), int(SshError::Kind::HostKeyChanged));
    QVERIFY(!refused->message.contains(QString::fromLatin1(m_sshd.hostPublicKeyLine().split(' ').value(1))));
    // Another stored key.
    refused = session.verifyHostKey(HostKeyTrust{SshPublicKey{QStringLiteral("ssh-ed25519"), otherBlob}, {}, {}});
    QVERIFY(refused && refused->kind == SshError::Kind::HostKeyChanged);
    // known_hosts listing another key for this host: refused even with the right fingerprint confirmed.
    QFile knownHosts(m_sshd.path(QStringLiteral("known_hosts_bad")));
    QVERIFY(knownHosts.open(QIODevice::WriteOnly));
    knownHosts.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd.port()).toLatin1() + otherKey + '\n');
    knownHosts.close();
    refused = session.verifyHostKey(HostKeyTrust{std::nullopt, m_sshd.hostFingerprint(), knownHosts.fileName()});
    QVERIFY(refused && refused->kind == SshError::Kind::HostKeyChanged);
    // Nothing to go by: unknown, never trusted.
    refused = session.verifyHostKey(HostKeyTrust{std::nullopt, {}, m_sshd.path(QStringLiteral("no_such_file"))});
    QVERIFY(refused && refused->kind == SshError::Kind::HostKeyUnknown);
    QVERIFY(refused->message.contains(m_sshd.hostFingerprint()));
}

void SshChannelTest::noAuthenticationBeforeTheHostKey()
{
    SshSession session;
    QVERIFY(!session.connect(QStringLiteral("127.0.0.1"), m_sshd.port(), std::chrono::seconds(5)));
    const std::optional<SshError> refused = session.authenticate(m_sshd.user(), m_sshd.clientPrivateKey());
    QVERIFY(refused);
    QCOMPARE(int(refused->kind), int(SshError::Kind::HostKeyUnknown));
}

void SshChannelTest::foreignClientKeyRefused()
{
    m_sshd.otherPublicKeyLine(QStringLiteral("stranger"));
    QFile stranger(m_sshd.path(QStringLiteral("stranger")));
    QVERIFY(stranger.open(QIODevice::ReadOnly));
    SshSession session;
    QVERIFY(!session.connect(QStringLiteral("127.0.0.1"), m_sshd.port(), std::chrono::seconds(5)));
    QVERIFY(!session.verifyHostKey(HostKeyTrust{std::nullopt, m_sshd.hostFingerprint(), {}}));
    const std::optional<SshError> refused = session.authenticate(m_sshd.user(), stranger.readAll());
    QVERIFY(refused);
    QCOMPARE(int(refused->kind), int(SshError::Kind::AuthenticationRefused));
}

void SshChannelTest::tunnelWithWrongStoredKeyNeverConnects()
{
    SshTunnelSettings settings = tunnelSettings(QStringLiteral("wrong.sock"));
    settings.hostKey.blob = QByteArray::fromBase64(m_sshd.otherPublicKeyLine(QStringLiteral("wrongstored")).split(' ').value(1));
    SshTunnel tunnel(settings);
    QSignalSpy changes(&tunnel, &SshTunnel::connectionChanged);
    QString error;
    QVERIFY2(tunnel.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 15000);
    QCOMPARE(changes.first().at(0).toBool(), false);
    QVERIFY2(changes.first().at(1).toString().contains(QStringLiteral("changed")), qPrintable(changes.first().at(1).toString()));
    DockerEngine engine(std::make_unique<LocalSocketTransport>(tunnel.localSocketPath()));
    QVERIFY(ping(engine));
    QVERIFY(!tunnel.isConnected());
}

void SshChannelTest::tunnelComesBackAfterTheSessionDrops()
{
    SshTunnel tunnel(tunnelSettings(QStringLiteral("again.sock")));
    QSignalSpy changes(&tunnel, &SshTunnel::connectionChanged);
    QString error;
    QVERIFY2(tunnel.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(tunnel.isConnected(), 15000);
    DockerEngine engine(std::make_unique<LocalSocketTransport>(tunnel.localSocketPath()));
    QVERIFY(!ping(engine));

    m_sshd.stop();  // kills the listener; the session's own sshd process goes with its connection
    QDeadlineTimer down(20000);
    while (tunnel.isConnected() && !down.hasExpired()) {
        ping(engine);  // traffic finds a dead session at once
        QTest::qWait(200);
    }
    QVERIFY(!tunnel.isConnected());
    QVERIFY(ping(engine));

    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(tunnel.isConnected(), 20000);
    const std::optional<QString> pinged = ping(engine);
    QVERIFY2(!pinged, qPrintable(pinged.value_or(QString())));
    QVERIFY(changes.size() >= 3);  // up, down, up
}

QTEST_GUILESS_MAIN(SshChannelTest)
#include "tst_sshchannel.moc"
