// A swarm of two machines of the test's own (scripts/lib/netns-swarm.sh: two network namespaces on a
// private bridge, a dockerd in each): a real buttcloudd on the first, the swarm manager, adds the
// second as a hub over SSH (sshd runs on that machine and gives its own engine), which joins it to
// the swarm. Pubs are placed across both machines, stats and commands work for each, and container
// events on the hub reach the pub's timeline (from the hub's engine, over SSH); a pub with a message
// moves to the hub with its identity and data; draining moves the hub's pubs (that one included,
// again with its identity) to the manager, and removing takes the machine out of the swarm. The
// machine's own engine and swarm are never touched.
#include "privatesshd.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace buttcloud::test;

namespace {
const QString AdminPassword = QStringLiteral("correct horse battery staple");
constexpr int UpTimeoutMs = 120000;
constexpr int SkipExitCode = 77;

QString netnsSwarmScript()
{
    return qEnvironmentVariable("BUTTCLOUD_SOURCE_DIR") + QStringLiteral("/scripts/lib/netns-swarm.sh");
}
}

class MultiHubTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hubJoinsTheSwarm();
    void pubsRunOnBothMachines();
    void statsAndCommandsWorkOnEachMachine();
    void containerEventsOnTheHubAreRecorded();
    void moveKeepsTheIdentityAndData();
    void drainMovesThePubsToTheManager();
    void removeTakesTheMachineOutOfTheSwarm();

private:
    QByteArray docker(const QString &socket, const QStringList &arguments);
    QJsonObject pub(const QString &id);
    QJsonObject hub(const QString &id, int *status = nullptr);
    bool waitForPubUp(const QString &id);
    QString feedIdOf(const QString &pubId);
    // ssb-server with arguments in the pub's running container on the engine at socket.
    QByteArray ssb(const QString &socket, const QString &pubId, const QStringList &arguments);
    QString volumeOn(const QString &socket, const QString &pubId);

    QString m_swarmName;
    bool m_swarmUp = false;
    QString m_managerSocket;
    QString m_hubSocket;
    QString m_hubAddress;
    std::unique_ptr<PrivateSshd> m_sshd;
    ServerProcess m_server;
    QString m_adminToken;
    QString m_hubId;
    QString m_managerNode;
    QString m_hubNode;
    QStringList m_pubIds;
    QString m_movedPubId;
    QString m_movedFeedId;
    QString m_movedMessage;
};

QByteArray MultiHubTest::docker(const QString &socket, const QStringList &arguments)
{
    return DockerCli::run(QStringList{QStringLiteral("-H"), QStringLiteral("unix://") + socket} + arguments);
}

QJsonObject MultiHubTest::pub(const QString &id)
{
    return m_server.request("GET", QStringLiteral("/api/v1/pubs/") + id, m_adminToken).body;
}

QJsonObject MultiHubTest::hub(const QString &id, int *status)
{
    const HttpResult result = m_server.request("GET", QStringLiteral("/api/v1/hubs/") + id, m_adminToken);
    if (status)
        *status = result.status;
    return result.body;
}

bool MultiHubTest::waitForPubUp(const QString &id)
{
    return m_server.waitForPubStatus(id, QStringLiteral("up"), m_adminToken, UpTimeoutMs);
}

QString MultiHubTest::feedIdOf(const QString &pubId)
{
    const HttpResult run = m_server.runPubCommandUntilItAnswers(pubId, QStringLiteral("whoami"), m_adminToken);
    return run.body.value(QStringLiteral("result")).toObject().value(QStringLiteral("id")).toString();
}

QByteArray MultiHubTest::ssb(const QString &socket, const QString &pubId, const QStringList &arguments)
{
    const QString container = QString::fromUtf8(docker(socket, {QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                                                QStringLiteral("label=com.docker.swarm.service.name=buttcloud-pub-") + pubId}))
                                  .trimmed().section(QLatin1Char('\n'), 0, 0);
    if (container.isEmpty())
        return {};
    return docker(socket, QStringList{QStringLiteral("exec"), container, QStringLiteral("ssb-server")} + arguments);
}

QString MultiHubTest::volumeOn(const QString &socket, const QString &pubId)
{
    return QString::fromUtf8(docker(socket, {QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                             QStringLiteral("name=buttcloud-pub-%1-data").arg(pubId)})).trimmed();
}

void MultiHubTest::initTestCase()
{
    m_swarmName = QStringLiteral("t%1").arg(QRandomGenerator::global()->bounded(0x1000000), 6, 16, QLatin1Char('0'));
    QProcess up;
    up.start(QStringLiteral("bash"), {netnsSwarmScript(), QStringLiteral("up"), m_swarmName, qEnvironmentVariable("BUTTCLOUD_PUB_IMAGE")});
    QVERIFY(up.waitForFinished(180000));
    if (up.exitCode() == SkipExitCode)
        QSKIP(qPrintable(QStringLiteral("no private swarm here: ") + QString::fromUtf8(up.readAllStandardOutput()).trimmed()));
    m_swarmUp = true;
    const QString assignments = QString::fromUtf8(up.readAllStandardOutput());
    QVERIFY2(up.exitCode() == 0, qPrintable(assignments + QString::fromUtf8(up.readAllStandardError())));
    const auto value = [&assignments](const QString &name) {
        return QRegularExpression(QStringLiteral("^%1=(.+)$").arg(name), QRegularExpression::MultilineOption)
            .match(assignments).captured(1).trimmed();
    };
    m_managerSocket = value(QStringLiteral("MANAGER_SOCKET"));
    m_hubSocket = value(QStringLiteral("HUB_SOCKET"));
    m_hubAddress = value(QStringLiteral("HUB_ADDRESS"));
    QVERIFY2(!m_managerSocket.isEmpty() && !m_hubSocket.isEmpty() && !m_hubAddress.isEmpty(), qPrintable(assignments));

    m_sshd = std::make_unique<PrivateSshd>(m_hubAddress, QStringList{QStringLiteral("bash"), netnsSwarmScript(), QStringLiteral("run"),
                                                                     m_swarmName, QStringLiteral("--")});
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->lastError()));
    QVERIFY2(m_server.start({QStringLiteral("--docker-host"), QStringLiteral("unix://") + m_managerSocket}), qPrintable(m_server.lastError()));
    m_adminToken = m_server.createUserAndSignIn(QStringLiteral("admin@example.org"), QStringLiteral("admin"), AdminPassword);
    QVERIFY2(!m_adminToken.isEmpty(), qPrintable(m_server.output()));
    m_managerNode = QString::fromUtf8(docker(m_managerSocket, {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{.Name}}")})).trimmed();
    m_hubNode = QString::fromUtf8(docker(m_hubSocket, {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{.Name}}")})).trimmed();
    QVERIFY(!m_managerNode.isEmpty() && !m_hubNode.isEmpty() && m_managerNode != m_hubNode);
}

void MultiHubTest::cleanupTestCase()
{
    m_server.stop();
    if (m_sshd)
        m_sshd->stop();
    if (m_swarmUp) {
        // Everything the test made lives in the private swarm's engines: it goes with them.
        QProcess down;
        down.start(QStringLiteral("bash"), {netnsSwarmScript(), QStringLiteral("down"), m_swarmName});
        down.waitForFinished(120000);
    }
}

void MultiHubTest::hubJoinsTheSwarm()
{
    const HttpResult added = m_server.requestJson(
        "POST", QStringLiteral("/api/v1/hubs"), m_adminToken,
        QJsonObject{{QStringLiteral("name"), QStringLiteral("second")},
                    {QStringLiteral("host"), m_hubAddress},
                    {QStringLiteral("port"), m_sshd->port()},
                    {QStringLiteral("user"), m_sshd->user()},
                    {QStringLiteral("privateKey"), QString::fromLatin1(m_sshd->clientPrivateKey())},
                    {QStringLiteral("hostKeyFingerprint"), m_sshd->hostFingerprint()}});
    QVERIFY2(added.status == 202, added.raw.constData());
    m_hubId = added.body.value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(hub(m_hubId).value(QStringLiteral("state")).toString(), QStringLiteral("ready"), 60000);

    // The manager now has two nodes, the new one a worker that is the hub's machine.
    const QStringList nodes = QString::fromUtf8(docker(m_managerSocket, {QStringLiteral("node"), QStringLiteral("ls"), QStringLiteral("--format"),
                                                                         QStringLiteral("{{.Hostname}} {{.Status}}")}))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(nodes.size(), 2);
    QVERIFY2(nodes.contains(m_hubNode + QStringLiteral(" Ready")), qPrintable(nodes.join(QLatin1Char(';'))));
    const QString hubNodeId = QString::fromUtf8(docker(m_hubSocket, {QStringLiteral("info"), QStringLiteral("--format"),
                                                                     QStringLiteral("{{.Swarm.NodeID}}")})).trimmed();
    QCOMPARE(hub(m_hubId).value(QStringLiteral("nodeId")).toString(), hubNodeId);
    QVERIFY(hub(m_hubId).value(QStringLiteral("memoryBytes")).toDouble() > 0);
}

void MultiHubTest::pubsRunOnBothMachines()
{
    QVERIFY(!m_hubId.isEmpty());
    // Swarm spreads tasks over the nodes: a few pubs land on both machines.
    QSet<QString> nodes;
    for (int index = 0; index < 4 && nodes.size() < 2; ++index) {
        const HttpResult created = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs"), m_adminToken,
                                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("spread-%1").arg(index)}});
        QVERIFY2(created.status == 201, created.raw.constData());
        const QString id = created.body.value(QStringLiteral("id")).toString();
        m_pubIds.append(id);
        QVERIFY2(waitForPubUp(id), qPrintable(m_server.output().right(3000)));
        nodes.insert(pub(id).value(QStringLiteral("node")).toString());
    }
    QCOMPARE(nodes, (QSet<QString>{m_managerNode, m_hubNode}));

    // A pub on the hub is reached at the hub machine's address, where its port is published.
    for (const QString &id : std::as_const(m_pubIds)) {
        const QJsonObject onHub = pub(id);
        if (onHub.value(QStringLiteral("node")).toString() != m_hubNode)
            continue;
        QTcpSocket peer;
        peer.connectToHost(m_hubAddress, quint16(onHub.value(QStringLiteral("port")).toInt()));
        QVERIFY2(peer.waitForConnected(5000), qPrintable(peer.errorString()));
    }
}

void MultiHubTest::statsAndCommandsWorkOnEachMachine()
{
    QVERIFY(!m_pubIds.isEmpty());
    for (const QString &id : std::as_const(m_pubIds)) {
        QVERIFY2(feedIdOf(id).endsWith(QStringLiteral(".ed25519")), qPrintable(pub(id).value(QStringLiteral("node")).toString()));

        HttpResult stats;
        QDeadlineTimer statsDeadline(45000);
        do {
            stats = m_server.request("GET", QStringLiteral("/api/v1/pubs/%1/stats?step=1").arg(id), m_adminToken);
        } while (stats.body.value(QStringLiteral("points")).toArray().isEmpty() && !statsDeadline.hasExpired()
                 && (QTest::qWait(1000), true));
        QVERIFY2(!stats.body.value(QStringLiteral("points")).toArray().isEmpty(),
                 qPrintable(pub(id).value(QStringLiteral("node")).toString() + QStringLiteral(": ") + QString::fromUtf8(stats.raw)));
    }
}

void MultiHubTest::containerEventsOnTheHubAreRecorded()
{
    // A pub's container on the hub dies; only the hub's own engine sees it (the manager's does not).
    const auto onHub = std::find_if(m_pubIds.cbegin(), m_pubIds.cend(), [this](const QString &id) {
        return pub(id).value(QStringLiteral("node")).toString() == m_hubNode;
    });
    QVERIFY(onHub != m_pubIds.cend());
    const QString id = *onHub;
    const QString container = QString::fromUtf8(docker(m_hubSocket, {QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                                                     QStringLiteral("label=buttcloud.pub.id=") + id})).trimmed();
    QVERIFY2(!container.isEmpty() && !container.contains(QLatin1Char('\n')), qPrintable(container));
    docker(m_hubSocket, {QStringLiteral("kill"), QStringLiteral("--signal"), QStringLiteral("KILL"), container});
    const auto killedSeen = [&] {
        const QJsonArray entries = m_server.request("GET", QStringLiteral("/api/v1/pubs/%1/timeline").arg(id), m_adminToken)
                                       .body.value(QStringLiteral("entries")).toArray();
        return std::any_of(entries.cbegin(), entries.cend(), [&](const QJsonValue &value) {
            const QJsonObject entry = value.toObject();
            const QJsonObject detail = entry.value(QStringLiteral("detail")).toObject();
            return entry.value(QStringLiteral("kind")).toString() == QLatin1String("die") && detail.value(QStringLiteral("exitCode")).toInt() == 137
                && container.startsWith(detail.value(QStringLiteral("containerId")).toString());
        });
    };
    QTRY_VERIFY2_WITH_TIMEOUT(killedSeen(), qPrintable(m_server.output().right(3000)), 30000);
    // Swarm restarts it; the next tests want it up.
    QVERIFY2(waitForPubUp(id), qPrintable(m_server.output().right(3000)));
}

void MultiHubTest::moveKeepsTheIdentityAndData()
{
    QVERIFY(!m_hubId.isEmpty());
    for (const QString &id : std::as_const(m_pubIds)) {
        if (pub(id).value(QStringLiteral("node")).toString() == m_managerNode)
            m_movedPubId = id;
    }
    QVERIFY(!m_movedPubId.isEmpty());
    m_movedFeedId = feedIdOf(m_movedPubId);
    QVERIFY(m_movedFeedId.endsWith(QStringLiteral(".ed25519")));
    m_movedMessage = QStringLiteral("moved with its pub %1").arg(m_swarmName);
    const QByteArray published = ssb(m_managerSocket, m_movedPubId, {QStringLiteral("publish"), QStringLiteral("--type"), QStringLiteral("post"),
                                                                     QStringLiteral("--text"), m_movedMessage});
    QVERIFY2(published.contains(m_movedMessage.toUtf8()), published.constData());

    const HttpResult moved = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs/%1/move").arg(m_movedPubId), m_adminToken,
                                                  QJsonObject{{QStringLiteral("hubId"), m_hubId}});
    QVERIFY2(moved.status == 202, moved.raw.constData());
    const QString jobId = moved.body.value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(moved.body.value(QStringLiteral("job")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("pub.move"));
    const auto jobState = [&] {
        return m_server.request("GET", QStringLiteral("/api/v1/jobs/") + jobId, m_adminToken).body;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(jobState().value(QStringLiteral("state")).toString() != QStringLiteral("queued")
                                  && jobState().value(QStringLiteral("state")).toString() != QStringLiteral("running"),
                              qPrintable(QString::fromUtf8(QJsonDocument(jobState()).toJson())), UpTimeoutMs);
    QVERIFY2(jobState().value(QStringLiteral("state")).toString() == QStringLiteral("succeeded"),
             qPrintable(QString::fromUtf8(QJsonDocument(jobState()).toJson()) + m_server.output().right(3000)));

    // Pinned to the hub, running on its machine, with the same identity and its message.
    QCOMPARE(pub(m_movedPubId).value(QStringLiteral("hubId")).toString(), m_hubId);
    QTRY_COMPARE_WITH_TIMEOUT(pub(m_movedPubId).value(QStringLiteral("node")).toString(), m_hubNode, 30000);
    QVERIFY(waitForPubUp(m_movedPubId));
    QCOMPARE(feedIdOf(m_movedPubId), m_movedFeedId);
    const QByteArray messages = ssb(m_hubSocket, m_movedPubId, {QStringLiteral("createUserStream"), QStringLiteral("--id"), m_movedFeedId});
    QVERIFY2(messages.contains(m_movedMessage.toUtf8()), messages.constData());
    // The copy is the only one: the manager's volume is gone.
    QCOMPARE(volumeOn(m_managerSocket, m_movedPubId), QString());
    QVERIFY(!volumeOn(m_hubSocket, m_movedPubId).isEmpty());

    // Moving it where it is already is refused.
    const HttpResult again = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs/%1/move").arg(m_movedPubId), m_adminToken,
                                                  QJsonObject{{QStringLiteral("hubId"), m_hubId}});
    QCOMPARE(again.status, 422);
}

void MultiHubTest::drainMovesThePubsToTheManager()
{
    QVERIFY(!m_hubId.isEmpty());
    const HttpResult drain = m_server.request("POST", QStringLiteral("/api/v1/hubs/%1/drain").arg(m_hubId), m_adminToken);
    QVERIFY2(drain.status == 202, drain.raw.constData());
    QTRY_COMPARE_WITH_TIMEOUT(hub(m_hubId).value(QStringLiteral("state")).toString(), QStringLiteral("drained"), 180000);
    QCOMPARE(QString::fromUtf8(docker(m_managerSocket, {QStringLiteral("node"), QStringLiteral("inspect"), m_hubNode, QStringLiteral("--format"),
                                                        QStringLiteral("{{.Spec.Availability}}")})).trimmed(),
             QStringLiteral("drain"));
    // Every pub runs on the manager again.
    for (const QString &id : std::as_const(m_pubIds)) {
        QTRY_COMPARE_WITH_TIMEOUT(pub(id).value(QStringLiteral("node")).toString(), m_managerNode, UpTimeoutMs);
        QVERIFY2(waitForPubUp(id), qPrintable(m_server.output().right(3000)));
    }
    // The moved pub went back with its data, not onto a fresh volume with a new identity.
    QVERIFY(!m_movedPubId.isEmpty());
    QVERIFY(pub(m_movedPubId).value(QStringLiteral("hubId")).toString() != m_hubId);
    QCOMPARE(feedIdOf(m_movedPubId), m_movedFeedId);
    const QByteArray messages = ssb(m_managerSocket, m_movedPubId, {QStringLiteral("createUserStream"), QStringLiteral("--id"), m_movedFeedId});
    QVERIFY2(messages.contains(m_movedMessage.toUtf8()), messages.constData());
    QCOMPARE(volumeOn(m_hubSocket, m_movedPubId), QString());
}

void MultiHubTest::removeTakesTheMachineOutOfTheSwarm()
{
    QVERIFY(!m_hubId.isEmpty());
    const HttpResult removal = m_server.request("DELETE", QStringLiteral("/api/v1/hubs/") + m_hubId, m_adminToken);
    QVERIFY2(removal.status == 202, removal.raw.constData());
    int status = 0;
    QTRY_VERIFY_WITH_TIMEOUT((hub(m_hubId, &status), status == 404), 60000);
    QCOMPARE(QString::fromUtf8(docker(m_hubSocket, {QStringLiteral("info"), QStringLiteral("--format"),
                                                    QStringLiteral("{{.Swarm.LocalNodeState}}")})).trimmed(),
             QStringLiteral("inactive"));
    const QStringList nodes = QString::fromUtf8(docker(m_managerSocket, {QStringLiteral("node"), QStringLiteral("ls"), QStringLiteral("--format"),
                                                                         QStringLiteral("{{.Hostname}}")}))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(nodes, QStringList{m_managerNode});
}

QTEST_GUILESS_MAIN(MultiHubTest)
#include "tst_multihub.moc"
