// Hubs end to end: a real buttcloudd adds this very machine as a hub over SSH (a private sshd on
// 127.0.0.1), checks its host key, joins it (it is in the swarm already), and reaches a pub's stats
// and commands through that hub's SSH channel.
#include "privatesshd.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace buttcloud::test;

namespace {
// Owner, group and others (Qt also reports the "user" bits: the owner's again when the test is the owner).
constexpr QFile::Permissions AnyoneMask = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
    | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
}

namespace {
const QString AdminPassword = QStringLiteral("correct horse battery staple");
constexpr int UpTimeoutMs = 120000;
}

class HubsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void localHubIsRegistered();
    void probeShowsTheHostKey();
    void unconfirmedHostKeyStoresNothing();
    void supportMayReadButNotAdd();
    void addedHubBecomesReady();
    void pubIsReachedThroughTheHubsChannel();
    void hubGoesUnreachableAndComesBack();
    void hubComesBackAfterARestart();
    void undrainedHubIsNotRemoved();

private:
    QJsonObject addRequest(const QString &name, const QString &fingerprint) const;
    QJsonArray hubs();

    PrivateSshd m_sshd;
    ServerProcess m_server;
    QString m_adminToken;
    QString m_supportToken;
    QString m_hubId;
};

void HubsTest::initTestCase()
{
    if (!DockerCli::available())
        QFAIL("the Docker engine does not answer: run scripts/lib/docker-up.sh (scripts/test does)");
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.lastError()));
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_adminToken = m_server.createUserAndSignIn(QStringLiteral("admin@example.org"), QStringLiteral("admin"), AdminPassword);
    m_supportToken = m_server.createUserAndSignIn(QStringLiteral("support@example.org"), QStringLiteral("support"), AdminPassword);
    QVERIFY2(!m_adminToken.isEmpty() && !m_supportToken.isEmpty(), qPrintable(m_server.output()));
}

void HubsTest::cleanupTestCase()
{
    m_server.stop();
    DockerCli::removeEverythingLabelled(m_server.runLabel());
    m_sshd.stop();
}

QJsonObject HubsTest::addRequest(const QString &name, const QString &fingerprint) const
{
    QJsonObject request{{QStringLiteral("name"), name},
                        {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                        {QStringLiteral("port"), m_sshd.port()},
                        {QStringLiteral("user"), m_sshd.user()},
                        {QStringLiteral("privateKey"), QString::fromLatin1(m_sshd.clientPrivateKey())}};
    if (!fingerprint.isEmpty())
        request.insert(QStringLiteral("hostKeyFingerprint"), fingerprint);
    return request;
}

QJsonArray HubsTest::hubs()
{
    return m_server.request("GET", QStringLiteral("/api/v1/hubs"), m_adminToken).body.value(QStringLiteral("hubs")).toArray();
}

void HubsTest::localHubIsRegistered()
{
    QTRY_VERIFY_WITH_TIMEOUT(hubs().size() == 1, 15000);
    const QJsonObject local = hubs().first().toObject();
    QCOMPARE(local.value(QStringLiteral("name")).toString(), QStringLiteral("local"));
    QCOMPARE(local.value(QStringLiteral("provider")).toString(), QStringLiteral("local"));
    QCOMPARE(local.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    const QString nodeId = QString::fromUtf8(DockerCli::run({QStringLiteral("info"), QStringLiteral("--format"),
                                                             QStringLiteral("{{.Swarm.NodeID}}")})).trimmed();
    QCOMPARE(local.value(QStringLiteral("nodeId")).toString(), nodeId);
    QVERIFY(local.value(QStringLiteral("memoryBytes")).toDouble() > 0);
    QVERIFY(local.value(QStringLiteral("cpus")).toInt() > 0);
}

void HubsTest::probeShowsTheHostKey()
{
    const HttpResult probe = m_server.requestJson("POST", QStringLiteral("/api/v1/hubs/probe"), m_adminToken,
                                                  QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                              {QStringLiteral("port"), m_sshd.port()}});
    QCOMPARE(probe.status, 200);
    QCOMPARE(probe.body.value(QStringLiteral("hostKeyType")).toString(), QStringLiteral("ssh-ed25519"));
    QCOMPARE(probe.body.value(QStringLiteral("hostKeyFingerprint")).toString(), m_sshd.hostFingerprint());
    QCOMPARE(probe.body.value(QStringLiteral("knownHost")).toBool(), false);

    // Nothing listens there: 502.
    const HttpResult nobody = m_server.requestJson("POST", QStringLiteral("/api/v1/hubs/probe"), m_adminToken,
                                                   QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                               {QStringLiteral("port"), 1}});
    QCOMPARE(nobody.status, 502);
    QCOMPARE(nobody.errorCode(), QStringLiteral("hub_unreachable"));
}

void HubsTest::unconfirmedHostKeyStoresNothing()
{
    HttpResult refused = m_server.requestJson("POST", QStringLiteral("/api/v1/hubs"), m_adminToken,
                                              addRequest(QStringLiteral("unconfirmed"), QString()));
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("host_key_mismatch"));
    const QByteArray impostor = m_sshd.otherPublicKeyLine(QStringLiteral("impostor"));
    const QString wrong = QStringLiteral("SHA256:") + QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromBase64(impostor.split(' ').value(1)), QCryptographicHash::Sha256)
            .toBase64(QByteArray::OmitTrailingEquals));
    refused = m_server.requestJson("POST", QStringLiteral("/api/v1/hubs"), m_adminToken, addRequest(QStringLiteral("wrong"), wrong));
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("host_key_mismatch"));
    QCOMPARE(hubs().size(), 1);

    // A bad request is refused before any connection.
    QJsonObject badKey = addRequest(QStringLiteral("badkey"), m_sshd.hostFingerprint());
    badKey.insert(QStringLiteral("privateKey"), QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----"));
    refused = m_server.requestJson("POST", QStringLiteral("/api/v1/hubs"), m_adminToken, badKey);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("validation_failed"));
    QVERIFY(!refused.raw.contains("AAAA"));
}

void HubsTest::supportMayReadButNotAdd()
{
    QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/hubs"), m_supportToken).status, 200);
    const HttpResult refused = m_server.requestJson("POST", QStringLiteral("/api/v1/hubs"), m_supportToken,
                                                    addRequest(QStringLiteral("support"), m_sshd.hostFingerprint()));
    QCOMPARE(refused.status, 403);
}

void HubsTest::addedHubBecomesReady()
{
    const HttpResult added = m_server.requestJson("POST", QStringLiteral("/api/v1/hubs"), m_adminToken,
                                                  addRequest(QStringLiteral("loopback"), m_sshd.hostFingerprint()));
    QVERIFY2(added.status == 202, qPrintable(QString::fromUtf8(added.raw) + m_server.output().right(3000)));
    QCOMPARE(added.body.value(QStringLiteral("provider")).toString(), QStringLiteral("ssh"));
    QCOMPARE(added.body.value(QStringLiteral("hostKeyFingerprint")).toString(), m_sshd.hostFingerprint());
    QVERIFY(!added.raw.contains("PRIVATE KEY"));
    m_hubId = added.body.value(QStringLiteral("id")).toString();
    // Joining is a durable job, answered with the hub.
    const QJsonObject joinJob = added.body.value(QStringLiteral("job")).toObject();
    QCOMPARE(joinJob.value(QStringLiteral("kind")).toString(), QStringLiteral("hub.join"));
    QCOMPARE(joinJob.value(QStringLiteral("hubId")).toString(), m_hubId);

    QJsonObject hub;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        hub = m_server.request("GET", QStringLiteral("/api/v1/hubs/") + m_hubId, m_adminToken).body;
        if (hub.value(QStringLiteral("state")).toString() != QStringLiteral("joining"))
            break;
        QTest::qWait(300);
    }
    QVERIFY2(hub.value(QStringLiteral("state")).toString() == QStringLiteral("ready"), QJsonDocument(hub).toJson().constData());
    // The machine is the manager itself: recorded as the node it already is.
    QCOMPARE(hub.value(QStringLiteral("nodeId")).toString(), hubs().first().toObject().value(QStringLiteral("nodeId")).toString());
    QVERIFY(!hub.value(QStringLiteral("dockerVersion")).toString().isEmpty());
    const QString joinJobPath = QStringLiteral("/api/v1/jobs/") + joinJob.value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_server.request("GET", joinJobPath, m_adminToken).body.value(QStringLiteral("state")).toString(),
                              QStringLiteral("succeeded"), 10000);

    // The tunnel's socket is private to the server's user; the sealed key is not the key.
    const QString socket = m_server.dataDir() + QStringLiteral("/hubs/") + m_hubId + QStringLiteral(".sock");
    QCOMPARE(QFile::permissions(socket) & AnyoneMask, QFile::ReadOwner | QFile::WriteOwner);
    QFile database(m_server.dataDir() + QStringLiteral("/buttcloud.sqlite"));
    QVERIFY(database.open(QIODevice::ReadOnly));
    QVERIFY(!database.readAll().contains(m_sshd.clientPrivateKey().mid(40, 40)));
    QVERIFY(!m_server.output().contains(QStringLiteral("PRIVATE KEY")));

    const HttpResult duplicate = m_server.requestJson("POST", QStringLiteral("/api/v1/hubs"), m_adminToken,
                                                      addRequest(QStringLiteral("loopback"), m_sshd.hostFingerprint()));
    QCOMPARE(duplicate.status, 409);
}

void HubsTest::pubIsReachedThroughTheHubsChannel()
{
    QVERIFY(!m_hubId.isEmpty());
    const HttpResult created = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs"), m_adminToken,
                                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("hub-%1").arg(m_server.runLabel().right(8).toLower())}});
    QCOMPARE(created.status, 201);
    const QString pubId = created.body.value(QStringLiteral("id")).toString();
    QVERIFY2(m_server.waitForPubStatus(pubId, QStringLiteral("up"), m_adminToken, UpTimeoutMs), qPrintable(m_server.output().right(3000)));

    // The node running the pub is reached through the SSH hub's channel: sshd opens a channel per request.
    const int channelsBefore = m_sshd.streamLocalChannels();
    const HttpResult run = m_server.runPubCommandUntilItAnswers(pubId, QStringLiteral("whoami"), m_adminToken);
    QCOMPARE(run.status, 200);
    QVERIFY2(run.body.value(QStringLiteral("result")).toObject().value(QStringLiteral("id")).toString().endsWith(QStringLiteral(".ed25519")),
             run.raw.constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_sshd.streamLocalChannels() > channelsBefore, 5000);

    // Unwatched pubs are sampled every 15 s, each reading through the hub's channel.
    const int channelsBeforeStats = m_sshd.streamLocalChannels();
    HttpResult stats;
    QDeadlineTimer statsDeadline(45000);
    do {
        stats = m_server.request("GET", QStringLiteral("/api/v1/pubs/%1/stats?step=1").arg(pubId), m_adminToken);
    } while (stats.body.value(QStringLiteral("points")).toArray().isEmpty() && !statsDeadline.hasExpired()
             && (QTest::qWait(1000), true));
    QCOMPARE(stats.status, 200);
    QVERIFY2(!stats.body.value(QStringLiteral("points")).toArray().isEmpty(), stats.raw.constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_sshd.streamLocalChannels() > channelsBeforeStats, 40000);
}

void HubsTest::hubGoesUnreachableAndComesBack()
{
    QVERIFY(!m_hubId.isEmpty());
    const auto hub = [this] { return m_server.request("GET", QStringLiteral("/api/v1/hubs/") + m_hubId, m_adminToken).body; };
    m_sshd.stop();
    QTRY_COMPARE_WITH_TIMEOUT(hub().value(QStringLiteral("state")).toString(), QStringLiteral("unreachable"), 20000);
    QVERIFY(!hub().value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(hub().value(QStringLiteral("state")).toString(), QStringLiteral("ready"), 45000);
    QCOMPARE(hub().value(QStringLiteral("message")).toString(), QString());
}

void HubsTest::hubComesBackAfterARestart()
{
    // The stored key is unsealed with the server key from the data directory, the stored host key
    // checked again, and the tunnel made anew.
    QVERIFY(!m_hubId.isEmpty());
    const qsizetype loginsBefore = m_sshd.log().count(QStringLiteral("Accepted publickey"));
    m_server.stop();
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(m_sshd.log().count(QStringLiteral("Accepted publickey")) > loginsBefore, 20000);
    const QJsonObject hub = m_server.request("GET", QStringLiteral("/api/v1/hubs/") + m_hubId, m_adminToken).body;
    QCOMPARE(hub.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    QVERIFY(QFile::exists(m_server.dataDir() + QStringLiteral("/hubs/") + m_hubId + QStringLiteral(".sock")));
}

void HubsTest::undrainedHubIsNotRemoved()
{
    QVERIFY(!m_hubId.isEmpty());
    const HttpResult refused = m_server.request("DELETE", QStringLiteral("/api/v1/hubs/") + m_hubId, m_adminToken);
    QCOMPARE(refused.status, 409);
    const QString localId = hubs().first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(m_server.request("DELETE", QStringLiteral("/api/v1/hubs/") + localId, m_adminToken).status, 409);
    QCOMPARE(m_server.request("DELETE", QStringLiteral("/api/v1/hubs/") + m_hubId, m_supportToken).status, 403);
}

QTEST_GUILESS_MAIN(HubsTest)
#include "tst_hubs.moc"
