// dockerd stopped while a job needs it: the pub.create job fails as "engine unavailable", is queued
// again with backoff (never given up while the engine is away for a while) and succeeds once dockerd
// is back; the pub then runs. Stops the shared engine, so it runs only with
// BUTTCLOUD_TEST_RESTART_DOCKERD=1 (set by scripts/test when scripts/lib/docker-up.sh started dockerd,
// which stops and starts it again the same way).
#include "serverprocess.h"

#include <QJsonArray>
#include <QTest>

using namespace buttcloud::test;

namespace {
const QString AdminPassword = QStringLiteral("correct horse battery staple");
// Stopping dockerd waits for its containers; starting it again waits for the swarm's manager.
constexpr int EngineTimeoutMs = 240000;
// After the engine is back: the job's backoff (at most a few doublings of 1 s), the pub's start.
constexpr int UpTimeoutMs = 240000;
}

class DockerDownTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void jobRetriesUntilTheEngineIsBack();

private:
    bool runDockerUp(const QString &action);
    QJsonObject createJob();

    ServerProcess m_server;
    QString m_adminToken;
    QString m_pubId;
    QString m_jobId;
    bool m_engineStopped = false;
};

void DockerDownTest::initTestCase()
{
    if (qEnvironmentVariable("BUTTCLOUD_TEST_RESTART_DOCKERD") != QLatin1String("1"))
        QSKIP("stops the shared Docker engine: set BUTTCLOUD_TEST_RESTART_DOCKERD=1 (scripts/test does when "
              "scripts/lib/docker-up.sh started dockerd) to run it");
    if (!DockerCli::available())
        QFAIL("the Docker engine does not answer: run scripts/lib/docker-up.sh (scripts/test does)");
    QVERIFY2(!qEnvironmentVariable("BUTTCLOUD_SOURCE_DIR").isEmpty(), "BUTTCLOUD_SOURCE_DIR is not set (CTest sets it)");
    QVERIFY2(m_server.start({QStringLiteral("--reconcile-interval"), QStringLiteral("2s")}), qPrintable(m_server.lastError()));
    m_adminToken = m_server.createUserAndSignIn(QStringLiteral("admin@example.org"), QStringLiteral("admin"), AdminPassword);
    QVERIFY2(!m_adminToken.isEmpty(), qPrintable(m_server.output()));
}

void DockerDownTest::cleanupTestCase()
{
    // Never leave the shared engine stopped, whatever failed.
    if (m_engineStopped)
        runDockerUp(QStringLiteral("start"));
    if (!m_pubId.isEmpty()) {
        m_server.request("DELETE", QStringLiteral("/api/v1/pubs/%1?removeData=true").arg(m_pubId), m_adminToken);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.request("GET", QStringLiteral("/api/v1/pubs/") + m_pubId, m_adminToken).status == 404, 60000);
    }
    m_server.stop();
    if (DockerCli::available())
        DockerCli::removeEverythingLabelled(m_server.runLabel());
}

bool DockerDownTest::runDockerUp(const QString &action)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral("bash"), {qEnvironmentVariable("BUTTCLOUD_SOURCE_DIR") + QStringLiteral("/scripts/lib/docker-up.sh"), action});
    if (!script.waitForStarted(5000))
        return false;
    // The test's own event loop keeps running (the server is a separate process; nothing to serve here).
    if (!QTest::qWaitFor([&] { return script.state() == QProcess::NotRunning; }, EngineTimeoutMs)) {
        script.kill();
        script.waitForFinished(5000);
        qWarning("docker-up.sh %s did not finish", qPrintable(action));
        return false;
    }
    const bool ok = script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
    if (!ok)
        qWarning("docker-up.sh %s failed: %s", qPrintable(action), script.readAll().constData());
    else
        m_engineStopped = action == QLatin1String("stop");
    return ok;
}

QJsonObject DockerDownTest::createJob()
{
    return m_server.request("GET", QStringLiteral("/api/v1/jobs/") + m_jobId, m_adminToken).body;
}

void DockerDownTest::jobRetriesUntilTheEngineIsBack()
{
    QVERIFY(runDockerUp(QStringLiteral("stop")));
    QVERIFY(!DockerCli::available());

    const HttpResult created = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs"), m_adminToken,
                                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("down-%1").arg(m_server.runLabel().right(8).toLower())}});
    QCOMPARE(created.status, 201); // accepted at once: the work is a job
    m_pubId = created.body.value(QStringLiteral("id")).toString();
    m_jobId = created.body.value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!m_jobId.isEmpty());

    // The job tries, fails for want of the engine, and is queued again rather than given up.
    QTRY_VERIFY_WITH_TIMEOUT(createJob().value(QStringLiteral("attempts")).toInt() >= 2, 60000);
    const QJsonObject waiting = createJob();
    QVERIFY2(waiting.value(QStringLiteral("state")).toString() != QLatin1String("failed"), QJsonDocument(waiting).toJson().constData());
    QVERIFY(!waiting.value(QStringLiteral("error")).toString().isEmpty());

    QVERIFY(runDockerUp(QStringLiteral("start")));
    QTRY_VERIFY_WITH_TIMEOUT(createJob().value(QStringLiteral("state")).toString() == QLatin1String("succeeded"), UpTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_server.request("GET", QStringLiteral("/api/v1/pubs/") + m_pubId, m_adminToken)
                                     .body.value(QStringLiteral("status")).toString() == QLatin1String("up"),
                             UpTimeoutMs);
    const QString services = QString::fromUtf8(DockerCli::run({QStringLiteral("service"), QStringLiteral("ls"), QStringLiteral("-q"),
                                                               QStringLiteral("--filter"), QStringLiteral("label=buttcloud.pub.id=") + m_pubId}));
    QCOMPARE(services.split(u'\n', Qt::SkipEmptyParts).size(), 1);
}

QTEST_GUILESS_MAIN(DockerDownTest)
#include "tst_dockerdown.moc"
