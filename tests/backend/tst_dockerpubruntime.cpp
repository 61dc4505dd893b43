#include "docker/dockerengine.h"
#include "dockerfakeengine.h"
#include "swarm/dockerpubruntime.h"
#include "swarm/pubservicespec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace buttcloud;
using buttcloud::test::FakeDockerEngine;
using namespace std::chrono_literals;

// DockerPubRuntime against a scripted engine: which requests it makes, and how it treats refusals,
// foreign objects and replies of the wrong shape. The real swarm is in tst_dockerswarm.
class TestDockerPubRuntime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void deployCreatesMissingService();
    void taskOnAnUnreachableHubSaysSo();
    void deployUpdatesExistingService();
    void deployKeepsOrRaisesTheForceUpdateCounter();
    void deployLeavesForeignServiceAlone();
    void deployRejectsInvalidSpecWithoutAskingDocker();
    void deployReportsRefusal();
    void scaleChangesOnlyReplicas();
    void scaleOfMissingServiceIsNotFound();
    void scaleRejectsBadVersion();
    void removeDeletesServiceThenVolumeWhenFree();
    void removeGivesUpOnVolumeStillInUse();
    void removeOfAbsentPubSucceeds();
    void removeKeepsDataWhenNotAsked();
    void observeAsksForManagedServicesOnly();
    void observeReportsMalformedReplies();
    void observeReportsUnavailableEngine();

private:
    std::optional<RuntimeError> wait(std::function<void(PubRuntime::Done)> call);
    static QJsonObject existingService(const QMap<QString, QString> &labels, qint64 version = 42);
    static PubServiceSpec spec();

    const QMap<QString, QString> m_managed{{QStringLiteral("buttcloud.instance"), QStringLiteral("i1")}};
    std::unique_ptr<FakeDockerEngine> m_fake;
    std::unique_ptr<DockerEngine> m_engine;
    std::unique_ptr<DockerPubRuntime> m_runtime;
};

namespace {
const QString ServicePath = QStringLiteral("/services/buttcloud-pub-p1");
const QString VolumePath = QStringLiteral("/volumes/buttcloud-pub-p1-data");
const QByteArray Ok = FakeDockerEngine::reply(200, "{\"Warnings\":null}");
const QByteArray NoContent = FakeDockerEngine::reply(204, {});

QMap<QString, QString> ownLabels()
{
    return {{QStringLiteral("buttcloud.pub.id"), QStringLiteral("p1")}, {QStringLiteral("buttcloud.instance"), QStringLiteral("i1")}};
}

QString messageOf(const std::optional<RuntimeError> &error)
{
    return error ? error->message : QString();
}

QJsonObject toJson(const QMap<QString, QString> &labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}
}

void TestDockerPubRuntime::init()
{
    m_fake = std::make_unique<FakeDockerEngine>();
    QVERIFY(m_fake->start());
    m_engine = std::make_unique<DockerEngine>(m_fake->endpoint());
    m_engine->setRequestTimeout(2s);
    m_runtime = std::make_unique<DockerPubRuntime>(m_engine.get(), m_managed);
    m_runtime->setVolumeReleaseTimeout(1200ms);
}

void TestDockerPubRuntime::cleanup()
{
    m_runtime.reset();
    m_engine.reset();
    m_fake.reset();
}

std::optional<RuntimeError> TestDockerPubRuntime::wait(std::function<void(PubRuntime::Done)> call)
{
    std::optional<std::optional<RuntimeError>> result;
    call([&](std::optional<RuntimeError> error) { result = std::move(error); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return RuntimeError{QStringLiteral("no answer")};
    return *result;
}

QJsonObject TestDockerPubRuntime::existingService(const QMap<QString, QString> &labels, qint64 version)
{
    QJsonObject serviceSpec = buildPubServiceSpec(spec(), {});
    serviceSpec.insert(QStringLiteral("Labels"), toJson(labels));
    return QJsonObject{{QStringLiteral("ID"), QStringLiteral("s1")},
                       {QStringLiteral("Version"), QJsonObject{{QStringLiteral("Index"), version}}},
                       {QStringLiteral("Spec"), serviceSpec}};
}

PubServiceSpec TestDockerPubRuntime::spec()
{
    PubServiceSpec spec;
    spec.pubId = QStringLiteral("p1");
    spec.image = QStringLiteral("buttcloud/pub:16.0.1");
    spec.publishedPort = 18008;
    spec.memoryLimitBytes = 256 * 1024 * 1024;
    spec.externalHost = QStringLiteral("127.0.0.1");
    return spec;
}

void TestDockerPubRuntime::deployCreatesMissingService()
{
    m_fake->route("GET", ServicePath, {FakeDockerEngine::error(404, QStringLiteral("service p1 not found"))});
    m_fake->route("POST", QStringLiteral("/services/create"),
                  {FakeDockerEngine::json(201, QJsonDocument(QJsonObject{{QStringLiteral("ID"), QStringLiteral("s1")}}))});
    const auto error = wait([&](auto done) { m_runtime->deploy(spec(), done); });
    QVERIFY2(!error, qPrintable(messageOf(error)));

    const auto created = m_fake->requestsTo("POST", QStringLiteral("/services/create"));
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().json().object(), buildPubServiceSpec(spec(), m_managed));
}

void TestDockerPubRuntime::deployUpdatesExistingService()
{
    m_fake->route("GET", ServicePath, {FakeDockerEngine::json(200, QJsonDocument(existingService(ownLabels(), 42)))});
    m_fake->route("POST", QStringLiteral("/services/s1/update"), {Ok});
    const auto error = wait([&](auto done) { m_runtime->deploy(spec(), done); });
    QVERIFY2(!error, qPrintable(messageOf(error)));

    const auto updates = m_fake->requestsTo("POST", QStringLiteral("/services/s1/update"));
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates.first().query.queryItemValue(QStringLiteral("version")), QStringLiteral("42"));
    QCOMPARE(updates.first().json().object(), buildPubServiceSpec(spec(), m_managed));
    QVERIFY(m_fake->requestsTo("POST", QStringLiteral("/services/create")).isEmpty());
}

void TestDockerPubRuntime::deployKeepsOrRaisesTheForceUpdateCounter()
{
    QJsonObject service = existingService(ownLabels(), 42);
    QJsonObject serviceSpec = service.value(QLatin1String("Spec")).toObject();
    QJsonObject task = serviceSpec.value(QLatin1String("TaskTemplate")).toObject();
    task.insert(QStringLiteral("ForceUpdate"), 3);
    serviceSpec.insert(QStringLiteral("TaskTemplate"), task);
    service.insert(QStringLiteral("Spec"), serviceSpec);
    m_fake->route("GET", ServicePath, {FakeDockerEngine::json(200, QJsonDocument(service)),
                                       FakeDockerEngine::json(200, QJsonDocument(service))});
    m_fake->route("POST", QStringLiteral("/services/s1/update"), {Ok, Ok});

    QVERIFY(!wait([&](auto done) { m_runtime->deploy(spec(), done); }));
    PubServiceSpec rescheduled = spec();
    rescheduled.forceRedeploy = true;
    QVERIFY(!wait([&](auto done) { m_runtime->deploy(rescheduled, done); }));

    const auto updates = m_fake->requestsTo("POST", QStringLiteral("/services/s1/update"));
    QCOMPARE(updates.size(), 2);
    const auto counterOf = [](const FakeDockerEngine::Request &request) {
        return request.json().object().value(QLatin1String("TaskTemplate")).toObject().value(QLatin1String("ForceUpdate")).toInteger();
    };
    QCOMPARE(counterOf(updates.at(0)), 3); // an ordinary update does not replace the task for the counter
    QCOMPARE(counterOf(updates.at(1)), 4); // a reschedule makes Swarm place the task again
}

void TestDockerPubRuntime::deployLeavesForeignServiceAlone()
{
    QMap<QString, QString> foreign = ownLabels();
    foreign.insert(QStringLiteral("buttcloud.instance"), QStringLiteral("another-server"));
    m_fake->route("GET", ServicePath, {FakeDockerEngine::json(200, QJsonDocument(existingService(foreign)))});
    const auto error = wait([&](auto done) { m_runtime->deploy(spec(), done); });
    QVERIFY(error);
    QVERIFY(!error->notFound);
    QCOMPARE(m_fake->requests().size(), 1);

    const auto removeError = wait([&](auto done) { m_runtime->remove(QStringLiteral("p1"), true, done); });
    QVERIFY(removeError);
    QVERIFY(m_fake->requestsTo("DELETE", ServicePath).isEmpty());
}

void TestDockerPubRuntime::deployRejectsInvalidSpecWithoutAskingDocker()
{
    PubServiceSpec invalid = spec();
    invalid.pubId = QStringLiteral("p1/../../containers");
    bool calledAtOnce = false;
    bool called = false;
    m_runtime->deploy(invalid, [&](std::optional<RuntimeError> error) {
        called = true;
        QVERIFY(error);
    });
    calledAtOnce = called;
    QVERIFY(!calledAtOnce);
    QTRY_VERIFY(called);
    QVERIFY(m_fake->requests().isEmpty());
}

void TestDockerPubRuntime::deployReportsRefusal()
{
    m_fake->route("GET", ServicePath, {FakeDockerEngine::error(404, QStringLiteral("not found"))});
    m_fake->route("POST", QStringLiteral("/services/create"),
                  {FakeDockerEngine::error(409, QStringLiteral("rpc error: code = AlreadyExists"))});
    const auto error = wait([&](auto done) { m_runtime->deploy(spec(), done); });
    QVERIFY(error);
    QVERIFY(!error->engineUnavailable);
    QVERIFY2(error->message.contains(QLatin1String("AlreadyExists")), qPrintable(messageOf(error)));
}

void TestDockerPubRuntime::scaleChangesOnlyReplicas()
{
    const QJsonObject service = existingService(ownLabels(), 7);
    m_fake->route("GET", ServicePath, {FakeDockerEngine::json(200, QJsonDocument(service))});
    m_fake->route("POST", QStringLiteral("/services/s1/update"), {Ok});
    const auto error = wait([&](auto done) { m_runtime->scale(QStringLiteral("p1"), 0, done); });
    QVERIFY2(!error, qPrintable(messageOf(error)));

    const auto updates = m_fake->requestsTo("POST", QStringLiteral("/services/s1/update"));
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates.first().query.queryItemValue(QStringLiteral("version")), QStringLiteral("7"));
    QJsonObject expected = service.value(QLatin1String("Spec")).toObject();
    expected.insert(QStringLiteral("Mode"), QJsonObject{{QStringLiteral("Replicated"), QJsonObject{{QStringLiteral("Replicas"), 0}}}});
    QCOMPARE(updates.first().json().object(), expected);
}

void TestDockerPubRuntime::scaleOfMissingServiceIsNotFound()
{
    m_fake->route("GET", ServicePath, {FakeDockerEngine::error(404, QStringLiteral("not found"))});
    const auto error = wait([&](auto done) { m_runtime->scale(QStringLiteral("p1"), 1, done); });
    QVERIFY(error);
    QVERIFY(error->notFound);

    const auto badReplicas = wait([&](auto done) { m_runtime->scale(QStringLiteral("p1"), 3, done); });
    QVERIFY(badReplicas);
}

void TestDockerPubRuntime::scaleRejectsBadVersion()
{
    QJsonObject service = existingService(ownLabels());
    service.insert(QStringLiteral("Version"), QJsonObject{{QStringLiteral("Index"), QStringLiteral("7")}});
    m_fake->route("GET", ServicePath, {FakeDockerEngine::json(200, QJsonDocument(service))});
    const auto error = wait([&](auto done) { m_runtime->scale(QStringLiteral("p1"), 1, done); });
    QVERIFY(error);
    QVERIFY(m_fake->requestsTo("POST", QStringLiteral("/services/s1/update")).isEmpty());
}

void TestDockerPubRuntime::removeDeletesServiceThenVolumeWhenFree()
{
    const QByteArray inUse = FakeDockerEngine::error(409, QStringLiteral("remove buttcloud-pub-p1-data: volume is in use"));
    m_fake->route("GET", ServicePath, {FakeDockerEngine::json(200, QJsonDocument(existingService(ownLabels())))});
    m_fake->route("DELETE", QStringLiteral("/services/s1"), {Ok});
    m_fake->route("GET", VolumePath, {FakeDockerEngine::json(200, QJsonDocument(QJsonObject{
                                          {QStringLiteral("Name"), QStringLiteral("buttcloud-pub-p1-data")},
                                          {QStringLiteral("Labels"), toJson(ownLabels())}}))});
    m_fake->route("DELETE", VolumePath, {inUse, inUse, NoContent});
    const auto error = wait([&](auto done) { m_runtime->remove(QStringLiteral("p1"), true, done); });
    QVERIFY2(!error, qPrintable(messageOf(error)));
    QCOMPARE(m_fake->requestsTo("DELETE", QStringLiteral("/services/s1")).size(), 1);
    QCOMPARE(m_fake->requestsTo("DELETE", VolumePath).size(), 3);
}

void TestDockerPubRuntime::removeGivesUpOnVolumeStillInUse()
{
    m_fake->route("GET", ServicePath, {FakeDockerEngine::error(404, QStringLiteral("not found"))});
    m_fake->route("GET", VolumePath, {FakeDockerEngine::json(200, QJsonDocument(QJsonObject{
                                          {QStringLiteral("Labels"), toJson(ownLabels())}}))});
    m_fake->route("DELETE", VolumePath, {FakeDockerEngine::error(409, QStringLiteral("volume is in use"))});
    const auto error = wait([&](auto done) { m_runtime->remove(QStringLiteral("p1"), true, done); });
    QVERIFY(error);
    QVERIFY2(error->message.contains(QLatin1String("in use")), qPrintable(messageOf(error)));
    QVERIFY(m_fake->requestsTo("DELETE", VolumePath).size() >= 2);
}

void TestDockerPubRuntime::removeOfAbsentPubSucceeds()
{
    m_fake->route("GET", ServicePath, {FakeDockerEngine::error(404, QStringLiteral("not found"))});
    m_fake->route("GET", VolumePath, {FakeDockerEngine::error(404, QStringLiteral("no such volume"))});
    const auto error = wait([&](auto done) { m_runtime->remove(QStringLiteral("p1"), true, done); });
    QVERIFY2(!error, qPrintable(messageOf(error)));
    QVERIFY(m_fake->requestsTo("DELETE", VolumePath).isEmpty());
}

void TestDockerPubRuntime::removeKeepsDataWhenNotAsked()
{
    m_fake->route("GET", ServicePath, {FakeDockerEngine::json(200, QJsonDocument(existingService(ownLabels())))});
    // The service vanished between inspect and delete: that is what remove wanted anyway.
    m_fake->route("DELETE", QStringLiteral("/services/s1"), {FakeDockerEngine::error(404, QStringLiteral("not found"))});
    const auto error = wait([&](auto done) { m_runtime->remove(QStringLiteral("p1"), false, done); });
    QVERIFY2(!error, qPrintable(messageOf(error)));
    QVERIFY(m_fake->requestsTo("GET", VolumePath).isEmpty());
    QVERIFY(m_fake->requestsTo("DELETE", VolumePath).isEmpty());
}

void TestDockerPubRuntime::observeAsksForManagedServicesOnly()
{
    QJsonObject service = existingService(ownLabels());
    // The service names its network by id; the server's networks give the name.
    QJsonObject serviceSpec = service.value(QLatin1String("Spec")).toObject();
    QJsonObject taskTemplate = serviceSpec.value(QLatin1String("TaskTemplate")).toObject();
    taskTemplate.insert(QStringLiteral("Networks"), QJsonArray{QJsonObject{{QStringLiteral("Target"), QStringLiteral("n1")}}});
    serviceSpec.insert(QStringLiteral("TaskTemplate"), taskTemplate);
    service.insert(QStringLiteral("Spec"), serviceSpec);
    m_fake->route("GET", QStringLiteral("/services"), {FakeDockerEngine::json(200, QJsonDocument(QJsonArray{service}))});
    m_fake->route("GET", QStringLiteral("/tasks"), {FakeDockerEngine::json(200, QJsonDocument(QJsonArray{}))});
    m_fake->route("GET", QStringLiteral("/nodes"), {FakeDockerEngine::json(200, QJsonDocument(QJsonArray{}))});
    m_fake->route("GET", QStringLiteral("/networks"),
                  {FakeDockerEngine::json(200, QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("Id"), QStringLiteral("n1")},
                                                                                    {QStringLiteral("Name"), QStringLiteral("buttcloud-web-i1")}}}))});
    std::optional<std::variant<QList<ObservedPub>, RuntimeError>> result;
    m_runtime->observe([&](auto observed) { result = observed; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(std::holds_alternative<QList<ObservedPub>>(*result));
    const auto pubs = std::get<QList<ObservedPub>>(*result);
    QCOMPARE(pubs.size(), 1);
    QCOMPARE(pubs.first().pubId, QStringLiteral("p1"));
    QCOMPARE(pubs.first().status, PubStatus::Starting);
    QCOMPARE(pubs.first().networks, QStringList{QStringLiteral("buttcloud-web-i1")});

    const auto filtersOf = [&](const QString &path) {
        return QJsonDocument::fromJson(m_fake->requestsTo("GET", path).first().query
                                           .queryItemValue(QStringLiteral("filters"), QUrl::FullyDecoded).toUtf8()).object();
    };
    QCOMPARE(filtersOf(QStringLiteral("/services")),
             (QJsonObject{{QStringLiteral("label"), QJsonObject{{QStringLiteral("buttcloud.pub.id"), true},
                                                                {QStringLiteral("buttcloud.instance=i1"), true}}}}));
    QCOMPARE(filtersOf(QStringLiteral("/tasks")),
             (QJsonObject{{QStringLiteral("service"), QJsonObject{{QStringLiteral("s1"), true}}}}));
    QCOMPARE(filtersOf(QStringLiteral("/networks")),
             (QJsonObject{{QStringLiteral("label"), QJsonObject{{QStringLiteral("buttcloud.instance=i1"), true}}}}));
}

void TestDockerPubRuntime::observeReportsMalformedReplies()
{
    m_fake->route("GET", QStringLiteral("/services"),
                  {FakeDockerEngine::json(200, QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("ID"), QStringLiteral("s1")}}}))});
    m_fake->route("GET", QStringLiteral("/tasks"), {FakeDockerEngine::json(200, QJsonDocument(QJsonArray{}))});
    m_fake->route("GET", QStringLiteral("/nodes"), {FakeDockerEngine::reply(200, "{}")});
    m_fake->route("GET", QStringLiteral("/networks"), {FakeDockerEngine::json(200, QJsonDocument(QJsonArray{}))});
    std::optional<std::variant<QList<ObservedPub>, RuntimeError>> result;
    m_runtime->observe([&](auto observed) { result = observed; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(std::holds_alternative<RuntimeError>(*result));
    QVERIFY(!std::get<RuntimeError>(*result).engineUnavailable);

    m_fake->route("GET", QStringLiteral("/nodes"), {FakeDockerEngine::json(200, QJsonDocument(QJsonArray{}))});
    result.reset();
    m_runtime->observe([&](auto observed) { result = observed; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(std::holds_alternative<RuntimeError>(*result));
}

void TestDockerPubRuntime::observeReportsUnavailableEngine()
{
    m_fake.reset();  // the socket disappears with it
    std::optional<std::variant<QList<ObservedPub>, RuntimeError>> result;
    m_runtime->observe([&](auto observed) { result = observed; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(std::holds_alternative<RuntimeError>(*result));
    QVERIFY(std::get<RuntimeError>(*result).engineUnavailable);
}

void TestDockerPubRuntime::taskOnAnUnreachableHubSaysSo()
{
    // No engine reaches the task's node now (its hub's SSH link is down): commands answer hub_unreachable.
    const NodeEngineResolver away = [](const QString &) -> DockerEngine * { return nullptr; };
    const auto engine = engineForTask(away, nullptr, "pub1", RunningPubTask{"c1", "node-2", 0});
    const auto *error = std::get_if<RuntimeError>(&engine);
    QVERIFY(error);
    QVERIFY(error->hubUnreachable);
    QVERIFY(error->engineUnavailable);
    QVERIFY(error->message.contains("node-2"));
}

QTEST_GUILESS_MAIN(TestDockerPubRuntime)
#include "tst_dockerpubruntime.moc"
