// A dockerd restart while a client streams a pub's stats: the server keeps running, the pub comes
// back up (the swarm restarts its task in a new container) and samples flow again on the same
// stream. Restarts the shared engine, so it runs only with BUTTCLOUD_TEST_RESTART_DOCKERD=1 (set by
// scripts/test when scripts/lib/docker-up.sh started the engine, which restarts it the same way).
#include "serverprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace buttcloud::test;

namespace {
const QString AdminPassword = QStringLiteral("correct horse battery staple");
constexpr int UpTimeoutMs = 120000;
constexpr int RestartTimeoutMs = 180000;
// After the restart: the swarm's new task, its health check (30 s interval), then two readings.
constexpr int RecoveryTimeoutMs = 180000;

int countOf(const QList<QJsonObject> &messages, const QString &type, qsizetype from = 0)
{
    return int(std::count_if(messages.cbegin() + from, messages.cend(), [&](const QJsonObject &message) {
        return message.value(QStringLiteral("type")).toString() == type;
    }));
}
}

class DockerRestartTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void streamSurvivesAnEngineRestart();

private:
    QString pubStatus();
    void send(const QJsonObject &message);

    ServerProcess m_server;
    QString m_adminToken;
    QString m_pubId;
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
};

void DockerRestartTest::initTestCase()
{
    if (qEnvironmentVariable("BUTTCLOUD_TEST_RESTART_DOCKERD") != QLatin1String("1"))
        QSKIP("restarts the shared Docker engine: set BUTTCLOUD_TEST_RESTART_DOCKERD=1 (scripts/test does when "
              "scripts/lib/docker-up.sh started dockerd) to run it");
    if (!DockerCli::available())
        QFAIL("the Docker engine does not answer: run scripts/lib/docker-up.sh (scripts/test does)");
    QVERIFY2(!qEnvironmentVariable("BUTTCLOUD_SOURCE_DIR").isEmpty(), "BUTTCLOUD_SOURCE_DIR is not set (CTest sets it)");
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_adminToken = m_server.createUserAndSignIn(QStringLiteral("admin@example.org"), QStringLiteral("admin"), AdminPassword);
    QVERIFY2(!m_adminToken.isEmpty(), qPrintable(m_server.output()));
    const HttpResult created = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs"), m_adminToken,
                                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("restart-%1").arg(m_server.runLabel().right(8).toLower())}});
    QCOMPARE(created.status, 201);
    m_pubId = created.body.value(QStringLiteral("id")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(pubStatus() == QLatin1String("up"), UpTimeoutMs);
}

void DockerRestartTest::cleanupTestCase()
{
    m_socket.close();
    m_server.stop();
    if (!m_server.runLabel().isEmpty() && DockerCli::available())
        DockerCli::removeEverythingLabelled(m_server.runLabel());
}

QString DockerRestartTest::pubStatus()
{
    return m_server.request("GET", QStringLiteral("/api/v1/pubs/") + m_pubId, m_adminToken)
        .body.value(QStringLiteral("status")).toString();
}

void DockerRestartTest::send(const QJsonObject &message)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void DockerRestartTest::streamSurvivesAnEngineRestart()
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    QUrl url = m_server.baseUrl();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    QSignalSpy disconnected(&m_socket, &QWebSocket::disconnected);
    m_socket.open(url);
    QVERIFY(connected.wait(5000));
    send({{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), m_adminToken}});
    QTRY_VERIFY_WITH_TIMEOUT(countOf(m_messages, QStringLiteral("ready")) == 1, 5000);
    send({{QStringLiteral("type"), QStringLiteral("subscribe")}, {QStringLiteral("topic"), QStringLiteral("pub.stats")},
          {QStringLiteral("pubId"), m_pubId}});
    QTRY_VERIFY_WITH_TIMEOUT(countOf(m_messages, QStringLiteral("stats")) >= 2, 10000);
    const QString containerBefore = QString::fromUtf8(DockerCli::run({QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                                                      QStringLiteral("label=com.docker.swarm.service.name=buttcloud-pub-") + m_pubId})).trimmed();

    // The restart runs while the test keeps serving its socket.
    QProcess restart;
    restart.setProcessChannelMode(QProcess::MergedChannels);
    restart.start(QStringLiteral("bash"), {qEnvironmentVariable("BUTTCLOUD_SOURCE_DIR") + QStringLiteral("/scripts/lib/docker-up.sh"),
                                          QStringLiteral("restart")});
    QVERIFY(restart.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(restart.state() == QProcess::NotRunning, RestartTimeoutMs);
    QVERIFY2(restart.exitStatus() == QProcess::NormalExit && restart.exitCode() == 0, restart.readAll().constData());
    const qsizetype afterRestart = m_messages.size();
    QVERIFY2(m_server.isRunning(), qPrintable(m_server.output().right(4000)));

    // The engine is back: the pub runs again (a new container), and its samples reach the same stream.
    QTRY_VERIFY_WITH_TIMEOUT(pubStatus() == QLatin1String("up"), RecoveryTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(countOf(m_messages, QStringLiteral("stats"), afterRestart) >= 2, RecoveryTimeoutMs);
    const QString containerAfter = QString::fromUtf8(DockerCli::run({QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                                                     QStringLiteral("label=com.docker.swarm.service.name=buttcloud-pub-") + m_pubId})).trimmed();
    QVERIFY2(containerAfter != containerBefore, "the swarm was expected to run the pub in a new container");
    QCOMPARE(disconnected.count(), 0);
    QVERIFY(m_server.isRunning());
    const HttpResult health = m_server.request("GET", QStringLiteral("/healthz"));
    QCOMPARE(health.body.value(QStringLiteral("engine")).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(DockerRestartTest)
#include "tst_dockerrestart.moc"
