#include "dockerfakeengine.h"
#include "docker/dockerengine.h"
#include "fakepubruntime.h"
#include "ingress/ingresscontroller.h"
#include "pubs/pubcontroller.h"
#include "testbackend.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

using namespace buttcloud;
using namespace buttcloud::test;

// The ingress controller against a scripted Docker engine: sites go to the candidate directory, are
// checked, and only then go live and are reloaded; a failed check keeps the live sites; unchanged
// sites are not uploaded again.
class TestIngressController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checkedSitesGoLiveAndReload();
    void refusedSitesNeverGoLive();
    void foreignServiceIsLeftAlone();

private:
    void routeEngine(int checkExitCode);
    IngressController *makeController();
    QList<FakeDockerEngine::Request> archiveUploads() const;

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<FakeDockerEngine> m_fake;
    std::unique_ptr<DockerEngine> m_engine;
    std::unique_ptr<IngressController> m_controller;
};

namespace {
const QString ContainerId(64, u'c');
const QString Network = QStringLiteral("buttcloud-web-test");
const QString Service = QStringLiteral("buttcloud-ingress-test");
const QMap<QString, QString> Labels{{QStringLiteral("buttcloud.instance"), QStringLiteral("test")}};

QByteArray frame(quint8 stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = char(stream);
    qToBigEndian<quint32>(quint32(payload.size()), header.data() + 4);
    return header + payload;
}

QByteArray json(const QJsonObject &object, int status = 200)
{
    return FakeDockerEngine::json(status, QJsonDocument(object));
}

QByteArray execStream(const QByteArray &standardError)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n" + frame(2, standardError);
}

QByteArray execEnd(int exitCode)
{
    return json({{QStringLiteral("Running"), false}, {QStringLiteral("ExitCode"), exitCode}});
}
}

void TestIngressController::init()
{
    m_backend = std::make_unique<TestBackend>();
    const UserRecord owner = m_backend->addUser(QStringLiteral("owner@example.org"), Role::Customer);
    m_backend->pubs().create(owner.id, QStringLiteral("alice"));
    m_fake = std::make_unique<FakeDockerEngine>();
    QVERIFY(m_fake->start());
    m_engine = std::make_unique<DockerEngine>(m_fake->endpoint());
}

void TestIngressController::cleanup()
{
    m_controller.reset();
    m_engine.reset();
    m_fake.reset();
    m_backend.reset();
}

void TestIngressController::routeEngine(int checkExitCode)
{
    m_fake->route("GET", QStringLiteral("/networks/") + Network,
                  {json({{QStringLiteral("Driver"), QStringLiteral("overlay")},
                         {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("buttcloud.instance"), QStringLiteral("test")}}}})});
    m_fake->route("GET", QStringLiteral("/services/") + Service, {FakeDockerEngine::error(404, QStringLiteral("service not found"))});
    m_fake->route("POST", QStringLiteral("/services/create"), {json({{QStringLiteral("ID"), QStringLiteral("s1")}}, 201)});
    m_fake->route("GET", QStringLiteral("/tasks"),
                  {FakeDockerEngine::json(200, QJsonDocument(QJsonArray{QJsonObject{
                       {QStringLiteral("DesiredState"), QStringLiteral("running")},
                       {QStringLiteral("Status"), QJsonObject{{QStringLiteral("State"), QStringLiteral("running")},
                                                              {QStringLiteral("ContainerStatus"), QJsonObject{{QStringLiteral("ContainerID"), ContainerId}}}}}}}))});
    m_fake->route("PUT", QStringLiteral("/containers/%1/archive").arg(ContainerId), {FakeDockerEngine::reply(200, {})});
    m_fake->route("POST", QStringLiteral("/containers/%1/exec").arg(ContainerId),
                  {json({{QStringLiteral("Id"), QStringLiteral("check")}}, 201), json({{QStringLiteral("Id"), QStringLiteral("reload")}}, 201)});
    m_fake->route("POST", QStringLiteral("/exec/check/start"),
                  {execStream(checkExitCode == 0 ? QByteArray() : QByteArray("nginx: [emerg] unexpected \"}\"\n"))});
    m_fake->route("GET", QStringLiteral("/exec/check/json"), {execEnd(checkExitCode)});
    m_fake->route("POST", QStringLiteral("/exec/reload/start"), {execStream({})});
    m_fake->route("GET", QStringLiteral("/exec/reload/json"), {execEnd(0)});
}

IngressController *TestIngressController::makeController()
{
    IngressSettings settings;
    settings.serviceName = Service;
    settings.networkName = Network;
    settings.image = QStringLiteral("buttcloud/ingress:test");
    settings.domain = QStringLiteral("pubs.example.org");
    settings.labels = Labels;
    settings.syncInterval = std::chrono::hours(1);
    m_controller = std::make_unique<IngressController>(m_backend->database(), m_engine.get(), &m_backend->runtime(), settings);
    return m_controller.get();
}

QList<FakeDockerEngine::Request> TestIngressController::archiveUploads() const
{
    return m_fake->requestsTo("PUT", QStringLiteral("/containers/%1/archive").arg(ContainerId));
}

void TestIngressController::checkedSitesGoLiveAndReload()
{
    routeEngine(0);
    IngressController *controller = makeController();
    QSignalSpy synced(controller, &IngressController::synced);
    controller->start();
    QTRY_COMPARE(synced.size(), 1);
    QVERIFY2(synced.first().at(0).toBool(), qPrintable(synced.first().at(1).toString()));

    // The service was created with the network and the published port, as this server's.
    const QJsonObject spec = m_fake->requestsTo("POST", QStringLiteral("/services/create")).first().json().object();
    QCOMPARE(spec.value(QLatin1String("Name")).toString(), Service);
    QCOMPARE(spec.value(QLatin1String("Labels")).toObject().value(QLatin1String("buttcloud.instance")).toString(), QStringLiteral("test"));

    // Candidate first, checked, then live and a reload.
    const QList<FakeDockerEngine::Request> uploads = archiveUploads();
    QCOMPARE(uploads.size(), 2);
    QCOMPARE(uploads.at(0).query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded), QStringLiteral("/etc/nginx/buttcloud"));
    QVERIFY(uploads.at(0).body.contains("candidate/sites.conf"));
    QVERIFY(uploads.at(0).body.contains("server_name alice.pubs.example.org;"));
    QVERIFY(uploads.at(1).body.contains("live/sites.conf"));
    QVERIFY(uploads.at(1).headerLines.join('\n').toLower().contains("content-type: application/x-tar"));
    const QList<FakeDockerEngine::Request> execs = m_fake->requestsTo("POST", QStringLiteral("/containers/%1/exec").arg(ContainerId));
    QCOMPARE(execs.size(), 2);
    QCOMPARE(execs.at(0).json().object().value(QLatin1String("Cmd")).toArray(),
             (QJsonArray{"nginx", "-e", "stderr", "-t", "-q", "-c", "/etc/nginx/candidate.conf"}));
    QCOMPARE(execs.at(1).json().object().value(QLatin1String("Cmd")).toArray(), (QJsonArray{"nginx", "-e", "stderr", "-s", "reload"}));

    // Nothing changed: no upload, no reload.
    controller->scheduleSync();
    QTRY_COMPARE(synced.size(), 2);
    QVERIFY(synced.last().at(0).toBool());
    QCOMPARE(archiveUploads().size(), 2);
}

void TestIngressController::refusedSitesNeverGoLive()
{
    routeEngine(1);
    IngressController *controller = makeController();
    QSignalSpy synced(controller, &IngressController::synced);
    controller->start();
    QTRY_VERIFY(!synced.isEmpty());
    QVERIFY(!synced.first().at(0).toBool());
    QVERIFY2(synced.first().at(1).toString().contains(QLatin1String("unexpected")), qPrintable(synced.first().at(1).toString()));
    // Only the candidate was uploaded; the live sites and nginx were left alone.
    QCOMPARE(archiveUploads().size(), 1);
    QVERIFY(archiveUploads().first().body.contains("candidate/sites.conf"));
    QCOMPARE(m_fake->requestsTo("POST", QStringLiteral("/exec/reload/start")).size(), 0);
}

void TestIngressController::foreignServiceIsLeftAlone()
{
    routeEngine(0);
    // A service of that name without this server's labels.
    m_fake->route("GET", QStringLiteral("/services/") + Service,
                  {json({{QStringLiteral("ID"), QStringLiteral("s9")}, {QStringLiteral("Version"), QJsonObject{{QStringLiteral("Index"), 3}}},
                         {QStringLiteral("Spec"), QJsonObject{{QStringLiteral("Labels"), QJsonObject{}}}}})});
    IngressController *controller = makeController();
    QSignalSpy synced(controller, &IngressController::synced);
    controller->start();
    QTRY_VERIFY(!synced.isEmpty());
    QVERIFY(!synced.first().at(0).toBool());
    QVERIFY(synced.first().at(1).toString().contains(QLatin1String("not this server's")));
    QCOMPARE(m_fake->requestsTo("POST", QStringLiteral("/services/s9/update")).size(), 0);
    QCOMPARE(archiveUploads().size(), 0);
}

QTEST_GUILESS_MAIN(TestIngressController)
#include "tst_ingresscontroller.moc"
