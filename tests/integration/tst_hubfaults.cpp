// The SSH connection to a hub cut while the server uses it: a real buttcloudd, a private sshd on
// 127.0.0.1 added as a hub (this very machine, already in the swarm) and a pub reached through the
// hub's SSH channel. First the connection is dropped under the server (sshd keeps listening), then
// sshd is down for a while. Every request answers with a clear status, the hub goes unreachable with
// a message, the server retries on its own and recovers once sshd is back; no hub, pub or audit
// entry is lost.
#include "privatesshd.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QTest>

using namespace buttcloud::test;

namespace {
const QString Password = QStringLiteral("correct horse battery staple");
constexpr int UpTimeoutMs = 120000;

// A command's answer while a hub may be away: 200 (through the hub, or through the manager's engine
// on this one-machine swarm), or a clear error: the hub or the engine cannot be reached now, with a
// message. Never 500 or no answer.
bool isClearAnswer(const HttpResult &run)
{
    if (run.status == 200)
        return true;
    return (run.status == 502 || run.status == 503)
        && (run.errorCode() == QStringLiteral("hub_unreachable") || run.errorCode() == QStringLiteral("engine_unavailable"))
        && !run.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty();
}
}

class HubFaultsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void connectionDroppedWhileInUse();
    void sshdDownThenBack();
    void nothingLost();

private:
    QJsonObject hub();
    // Runs whoami on the pub (counted, for the audit).
    HttpResult runCommand();
    bool commandWorksThroughTheHub();

    PrivateSshd m_sshd;
    ServerProcess m_server;
    QString m_token;
    QString m_hubId;
    QString m_pubId;
    QJsonObject m_hubBefore;
    QJsonObject m_pubBefore;
    int m_commandsSent = 0;
};

void HubFaultsTest::initTestCase()
{
    if (!DockerCli::available())
        QFAIL("the Docker engine does not answer: run scripts/lib/docker-up.sh (scripts/test does)");
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.lastError()));
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_token = m_server.createUserAndSignIn(QStringLiteral("admin@example.org"), QStringLiteral("admin"), Password);
    QVERIFY2(!m_token.isEmpty(), qPrintable(m_server.output()));

    const HttpResult added = m_server.requestJson(
        "POST", QStringLiteral("/api/v1/hubs"), m_token,
        QJsonObject{{QStringLiteral("name"), QStringLiteral("loopback")}, {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                    {QStringLiteral("port"), m_sshd.port()}, {QStringLiteral("user"), m_sshd.user()},
                    {QStringLiteral("privateKey"), QString::fromLatin1(m_sshd.clientPrivateKey())},
                    {QStringLiteral("hostKeyFingerprint"), m_sshd.hostFingerprint()}});
    QVERIFY2(added.status == 202, added.raw.constData());
    m_hubId = added.body.value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(hub().value(QStringLiteral("state")).toString(), QStringLiteral("ready"), 30000);

    const HttpResult created = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs"), m_token,
                                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("cut-%1").arg(m_server.runLabel().right(8).toLower())}});
    QCOMPARE(created.status, 201);
    m_pubId = created.body.value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_server.request("GET", QStringLiteral("/api/v1/pubs/") + m_pubId, m_token).body.value(QStringLiteral("status")).toString(),
                              QStringLiteral("up"), UpTimeoutMs);
    // The pub answers commands (ssb-server takes a moment after its container starts).
    QTRY_VERIFY_WITH_TIMEOUT(commandWorksThroughTheHub(), 60000);
    m_hubBefore = hub();
    m_pubBefore = m_server.request("GET", QStringLiteral("/api/v1/pubs/") + m_pubId, m_token).body;
}

void HubFaultsTest::cleanupTestCase()
{
    m_server.stop();
    DockerCli::removeEverythingLabelled(m_server.runLabel());
    m_sshd.stop();
}

QJsonObject HubFaultsTest::hub()
{
    return m_server.request("GET", QStringLiteral("/api/v1/hubs/") + m_hubId, m_token).body;
}

HttpResult HubFaultsTest::runCommand()
{
    ++m_commandsSent;
    return m_server.requestJson("POST", QStringLiteral("/api/v1/pubs/%1/commands").arg(m_pubId), m_token,
                                QJsonObject{{QStringLiteral("command"), QStringLiteral("whoami")}});
}

// A whoami that succeeds, carried by the hub's SSH channel (sshd counts the channel).
bool HubFaultsTest::commandWorksThroughTheHub()
{
    const int channelsBefore = m_sshd.streamLocalChannels();
    const HttpResult run = runCommand();
    return run.status == 200 && run.body.value(QStringLiteral("exitCode")).toInt() == 0
        && (QTest::qWait(200), m_sshd.streamLocalChannels() > channelsBefore);
}

void HubFaultsTest::connectionDroppedWhileInUse()
{
    const qsizetype loginsBefore = m_sshd.log().count(QStringLiteral("Accepted publickey"));
    QList<int> statuses;
    for (int i = 0; i < 12; ++i) {
        if (i == 3)
            QVERIFY(m_sshd.dropConnections() > 0);
        const HttpResult run = runCommand();
        QVERIFY2(isClearAnswer(run), qPrintable(QStringLiteral("%1 %2").arg(run.status).arg(QString::fromUtf8(run.raw))));
        statuses.append(run.status);
        QTest::qWait(250);
    }
    qInfo() << "answers while the connection was dropped:" << statuses;
    // The server logs in again by itself (sshd kept listening), and the channel carries commands again.
    QTRY_VERIFY_WITH_TIMEOUT(m_sshd.log().count(QStringLiteral("Accepted publickey")) > loginsBefore, 45000);
    QTRY_COMPARE_WITH_TIMEOUT(hub().value(QStringLiteral("state")).toString(), QStringLiteral("ready"), 45000);
    QTRY_VERIFY_WITH_TIMEOUT(commandWorksThroughTheHub(), 30000);
}

void HubFaultsTest::sshdDownThenBack()
{
    m_sshd.stop();
    QTRY_COMPARE_WITH_TIMEOUT(hub().value(QStringLiteral("state")).toString(), QStringLiteral("unreachable"), 30000);
    QVERIFY(!hub().value(QStringLiteral("message")).toString().isEmpty());
    // Asking the hub's machine directly: a clear 502.
    const HttpResult probe = m_server.requestJson("POST", QStringLiteral("/api/v1/hubs/probe"), m_token,
                                                  QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                              {QStringLiteral("port"), m_sshd.port()}});
    QCOMPARE(probe.status, 502);
    QCOMPARE(probe.errorCode(), QStringLiteral("hub_unreachable"));
    // The pub's own requests keep answering, clearly, while the hub is away; long enough for the
    // reconnect delays to grow to their longest.
    QDeadlineTimer away(35000);
    while (!away.hasExpired()) {
        const HttpResult run = runCommand();
        QVERIFY2(isClearAnswer(run), qPrintable(QStringLiteral("%1 %2").arg(run.status).arg(QString::fromUtf8(run.raw))));
        const HttpResult stats = m_server.request("GET", QStringLiteral("/api/v1/pubs/%1/stats?step=1").arg(m_pubId), m_token);
        QVERIFY2(stats.status == 200, stats.raw.constData());
        QCOMPARE(hub().value(QStringLiteral("state")).toString(), QStringLiteral("unreachable"));
        QTest::qWait(2000);
    }
    // Back: the server's own retries find it (at most 30 s apart), nobody asks it to.
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(hub().value(QStringLiteral("state")).toString(), QStringLiteral("ready"), 60000);
    QCOMPARE(hub().value(QStringLiteral("message")).toString(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(commandWorksThroughTheHub(), 30000);
}

void HubFaultsTest::nothingLost()
{
    // The hub as it was (same key, node and name), the pub as it was (same port, still up).
    const QJsonObject hubAfter = hub();
    for (const char *field : {"id", "name", "host", "port", "hostKeyFingerprint", "nodeId", "state"})
        QCOMPARE(hubAfter.value(QLatin1String(field)), m_hubBefore.value(QLatin1String(field)));
    const QJsonObject pubAfter = m_server.request("GET", QStringLiteral("/api/v1/pubs/") + m_pubId, m_token).body;
    for (const char *field : {"id", "name", "status", "desiredState", "port", "address"})
        QCOMPARE(pubAfter.value(QLatin1String(field)), m_pubBefore.value(QLatin1String(field)));
    // Every command asked for is in the audit, failed ones included.
    const HttpResult audit = m_server.request("GET", QStringLiteral("/api/v1/audit?limit=1000&pubId=") + m_pubId, m_token);
    QCOMPARE(audit.status, 200);
    QCOMPARE(audit.body.value(QStringLiteral("entries")).toArray().size(), m_commandsSent);
    // No job failed on the way.
    const HttpResult failedJobs = m_server.request("GET", QStringLiteral("/api/v1/jobs?state=failed"), m_token);
    QCOMPARE(failedJobs.status, 200);
    QCOMPARE(failedJobs.body.value(QStringLiteral("jobs")).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(HubFaultsTest)
#include "tst_hubfaults.moc"
