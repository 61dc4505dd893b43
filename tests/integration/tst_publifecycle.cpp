// The first slice end to end: a real buttcloudd drives a real swarm running the real pub image.
#include "serverprocess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace buttcloud::test;

namespace {
const QString AdminPassword = QStringLiteral("correct horse battery staple");
constexpr int UpTimeoutMs = 120000;
}

class PubLifecycleTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createStopStartDelete();
    void customersSeeOnlyTheirOwnPubs();
    void serviceRemovedBehindTheServersBackComesBack();

private:
    QJsonObject waitForPub(const QString &id, const QString &status, int timeoutMs = UpTimeoutMs);
    QString createPub(const QString &name);

    ServerProcess m_server;
    QString m_adminToken;
};

void PubLifecycleTest::initTestCase()
{
    if (!DockerCli::available())
        QFAIL("the Docker engine does not answer: run scripts/lib/docker-up.sh (scripts/test does)");
    const QString image = qEnvironmentVariable("BUTTCLOUD_PUB_IMAGE");
    QVERIFY2(!image.isEmpty(), "BUTTCLOUD_PUB_IMAGE is not set (CTest sets it)");
    int exitCode = -1;
    DockerCli::run({QStringLiteral("image"), QStringLiteral("inspect"), image}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(QStringLiteral("the pub image %1 is missing: run packaging/pub-image/build.sh "
                                                      "(scripts/test does)").arg(image)));
    // A short reconcile period: a service removed behind the server's back comes back within it.
    QVERIFY2(m_server.start({QStringLiteral("--reconcile-interval"), QStringLiteral("3s")}), qPrintable(m_server.lastError()));
    m_adminToken = m_server.createUserAndSignIn(QStringLiteral("admin@example.org"), QStringLiteral("admin"), AdminPassword);
    QVERIFY2(!m_adminToken.isEmpty(), qPrintable(m_server.output()));
}

void PubLifecycleTest::cleanupTestCase()
{
    m_server.stop();
    DockerCli::removeEverythingLabelled(m_server.runLabel());
    int exitCode = -1;
    const QByteArray left = DockerCli::run({QStringLiteral("service"), QStringLiteral("ls"), QStringLiteral("-q"),
                                            QStringLiteral("--filter"), QStringLiteral("label=buttcloud.test=") + m_server.runLabel()},
                                           &exitCode);
    QVERIFY2(left.trimmed().isEmpty(), "services of this run were left behind");
}

QJsonObject PubLifecycleTest::waitForPub(const QString &id, const QString &status, int timeoutMs)
{
    QJsonObject pub;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const HttpResult result = m_server.request("GET", QStringLiteral("/api/v1/pubs/") + id, m_adminToken);
        pub = result.body;
        if (status == QLatin1String("gone") ? result.status == 404 : pub.value(QStringLiteral("status")).toString() == status)
            return pub;
        QTest::qWait(500);
    }
    qWarning("pub %s never reached %s; last seen: %s\nserver output:\n%s", qPrintable(id), qPrintable(status),
             QJsonDocument(pub).toJson().constData(), qPrintable(m_server.output().right(4000)));
    return {};
}

QString PubLifecycleTest::createPub(const QString &name)
{
    const HttpResult created = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs"), m_adminToken,
                                                    QJsonObject{{QStringLiteral("name"), name}});
    if (created.status != 201) {
        qWarning("create failed: %d %s", created.status, created.raw.constData());
        return {};
    }
    return created.body.value(QStringLiteral("id")).toString();
}

void PubLifecycleTest::createStopStartDelete()
{
    const QString name = QStringLiteral("lifecycle-") + m_server.runLabel().left(6);
    const QString id = createPub(name);
    QVERIFY(!id.isEmpty());

    const QJsonObject up = waitForPub(id, QStringLiteral("up"));
    QCOMPARE(up.value(QStringLiteral("status")).toString(), QStringLiteral("up"));
    QCOMPARE(up.value(QStringLiteral("desiredState")).toString(), QStringLiteral("running"));
    QVERIFY(!up.value(QStringLiteral("node")).toString().isEmpty());
    const int port = up.value(QStringLiteral("port")).toInt();
    QVERIFY(port >= m_server.pubPortBase() && port < m_server.pubPortBase() + 20);

    // The service is what the API promised: named, labelled, limited, with a volume and a port.
    int exitCode = -1;
    const QJsonArray inspected = QJsonDocument::fromJson(DockerCli::run(
        {QStringLiteral("service"), QStringLiteral("inspect"), QStringLiteral("buttcloud-pub-") + id}, &exitCode)).array();
    QCOMPARE(exitCode, 0);
    const QJsonObject spec = inspected.at(0).toObject().value(QStringLiteral("Spec")).toObject();
    QCOMPARE(spec.value(QStringLiteral("Labels")).toObject().value(QStringLiteral("buttcloud.pub.id")).toString(), id);
    const QJsonObject resources = spec.value(QStringLiteral("TaskTemplate")).toObject().value(QStringLiteral("Resources")).toObject();
    QCOMPARE(resources.value(QStringLiteral("Limits")).toObject().value(QStringLiteral("MemoryBytes")).toInteger(), 512LL << 20);
    QCOMPARE(resources.value(QStringLiteral("Reservations")).toObject().value(QStringLiteral("MemoryBytes")).toInteger(), 64LL << 20);
    const QJsonArray mounts = spec.value(QStringLiteral("TaskTemplate")).toObject().value(QStringLiteral("ContainerSpec"))
                                  .toObject().value(QStringLiteral("Mounts")).toArray();
    QCOMPARE(mounts.at(0).toObject().value(QStringLiteral("Source")).toString(), QStringLiteral("buttcloud-pub-%1-data").arg(id));

    // A real ssb-server answers inside the task with its feed id.
    const QString container = DockerCli::pubContainer(id);
    QVERIFY(!container.isEmpty());
    const QString feedId = DockerCli::pubFeedId(id);
    QVERIFY2(!feedId.isEmpty(), "ssb-server whoami never answered with a feed id");

    // Stop scales to 0 and keeps the data; the status follows the task, not the request.
    HttpResult stop = m_server.request("POST", QStringLiteral("/api/v1/pubs/%1/stop").arg(id), m_adminToken);
    QCOMPARE(stop.status, 202);
    QCOMPARE(stop.body.value(QStringLiteral("desiredState")).toString(), QStringLiteral("stopped"));
    QCOMPARE(waitForPub(id, QStringLiteral("down"), 60000).value(QStringLiteral("status")).toString(), QStringLiteral("down"));
    QVERIFY(DockerCli::pubContainer(id).isEmpty());
    DockerCli::run({QStringLiteral("volume"), QStringLiteral("inspect"), QStringLiteral("buttcloud-pub-%1-data").arg(id)}, &exitCode);
    QCOMPARE(exitCode, 0);

    // Start brings the same identity back from the volume.
    HttpResult start = m_server.request("POST", QStringLiteral("/api/v1/pubs/%1/start").arg(id), m_adminToken);
    QCOMPARE(start.status, 202);
    QCOMPARE(waitForPub(id, QStringLiteral("up")).value(QStringLiteral("status")).toString(), QStringLiteral("up"));
    const QString restarted = DockerCli::pubContainer(id);
    QCOMPARE(DockerCli::pubFeedId(id), feedId);

    // Delete with its data: the pub, the service and the volume are gone.
    HttpResult removed = m_server.request("DELETE", QStringLiteral("/api/v1/pubs/%1?removeData=true").arg(id), m_adminToken);
    QCOMPARE(removed.status, 202);
    QVERIFY(!waitForPub(id, QStringLiteral("gone"), 60000).contains(QStringLiteral("status")));
    DockerCli::run({QStringLiteral("service"), QStringLiteral("inspect"), QStringLiteral("buttcloud-pub-") + id}, &exitCode);
    QVERIFY(exitCode != 0);
    QTRY_VERIFY_WITH_TIMEOUT((DockerCli::run({QStringLiteral("volume"), QStringLiteral("inspect"),
                                              QStringLiteral("buttcloud-pub-%1-data").arg(id)}, &exitCode),
                              exitCode != 0),
                             30000);
}

void PubLifecycleTest::customersSeeOnlyTheirOwnPubs()
{
    const QString adminPub = createPub(QStringLiteral("owned-") + m_server.runLabel().left(6));
    QVERIFY(!adminPub.isEmpty());
    const HttpResult signup = m_server.requestJson("POST", QStringLiteral("/api/v1/auth/signup"), {},
                                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Carol")},
                                                               {QStringLiteral("email"), QStringLiteral("carol@example.org")},
                                                               {QStringLiteral("password"), QStringLiteral("carol's long password")}});
    QCOMPARE(signup.status, 201);
    QCOMPARE(signup.body.value(QStringLiteral("role")).toString(), QStringLiteral("customer"));
    const HttpResult login = m_server.requestJson("POST", QStringLiteral("/api/v1/auth/login"), {},
                                                  QJsonObject{{QStringLiteral("email"), QStringLiteral("carol@example.org")},
                                                              {QStringLiteral("password"), QStringLiteral("carol's long password")}});
    QCOMPARE(login.status, 200);
    const QString carol = login.body.value(QStringLiteral("accessToken")).toString();

    const HttpResult list = m_server.request("GET", QStringLiteral("/api/v1/pubs"), carol);
    QCOMPARE(list.status, 200);
    QVERIFY(list.body.value(QStringLiteral("pubs")).toArray().isEmpty());
    for (const QByteArray method : {QByteArrayLiteral("GET"), QByteArrayLiteral("DELETE")}) {
        const HttpResult other = m_server.request(method, QStringLiteral("/api/v1/pubs/") + adminPub, carol);
        QCOMPARE(other.status, 404);
        QCOMPARE(other.errorCode(), QStringLiteral("not_found"));
    }
    const HttpResult stop = m_server.request("POST", QStringLiteral("/api/v1/pubs/%1/stop").arg(adminPub), carol);
    QCOMPARE(stop.status, 404);
    // Nothing changed for the owner.
    QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/pubs/") + adminPub, m_adminToken)
                 .body.value(QStringLiteral("desiredState")).toString(),
             QStringLiteral("running"));
    QCOMPARE(m_server.request("DELETE", QStringLiteral("/api/v1/pubs/%1?removeData=true").arg(adminPub), m_adminToken).status, 202);
}

void PubLifecycleTest::serviceRemovedBehindTheServersBackComesBack()
{
    const QString id = createPub(QStringLiteral("phoenix-") + m_server.runLabel().left(6));
    QVERIFY(!id.isEmpty());
    QVERIFY(!waitForPub(id, QStringLiteral("up")).isEmpty());
    int exitCode = -1;
    DockerCli::run({QStringLiteral("service"), QStringLiteral("rm"), QStringLiteral("buttcloud-pub-") + id}, &exitCode);
    QCOMPARE(exitCode, 0);
    // The server notices the service is missing and deploys it again.
    QTRY_VERIFY_WITH_TIMEOUT((DockerCli::run({QStringLiteral("service"), QStringLiteral("inspect"),
                                              QStringLiteral("buttcloud-pub-") + id}, &exitCode),
                              exitCode == 0),
                             30000);
    QVERIFY(!waitForPub(id, QStringLiteral("up")).isEmpty());
    QCOMPARE(m_server.request("DELETE", QStringLiteral("/api/v1/pubs/%1?removeData=true").arg(id), m_adminToken).status, 202);
    QVERIFY(!waitForPub(id, QStringLiteral("gone"), 60000).contains(QStringLiteral("status")));
}

QTEST_GUILESS_MAIN(PubLifecycleTest)
#include "tst_publifecycle.moc"
