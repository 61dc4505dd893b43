#include "swarm/pubobservation.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace buttcloud;

class TestDockerPubObservation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTimestamps_data();
    void parsesTimestamps();
    void runningTaskIsUp();
    void scaledDownWithRunningTaskIsStopping();
    void scaledDownWithoutTasksIsDown();
    void failedTaskWaitingForRestartIsFailed();
    void startingTaskIsStarting();
    void serviceWithoutTasksIsStarting();
    void newestTaskDecides();
    void ignoresTasksOfOtherServices();
    void stripsImageDigest();
    void rejectsMalformedReplies_data();
    void rejectsMalformedReplies();
    void readsSpecFigures();
    void readsNetworksAndUpdateStatus();
    void readsNodes();
    void rejectsMalformedNodes_data();
    void rejectsMalformedNodes();

private:
    static QJsonArray recorded(const QString &name);
    static std::optional<ObservedPub> single(const QJsonArray &services, const QJsonArray &tasks,
                                             const QJsonArray &nodes = recorded(QStringLiteral("nodes")));
};

namespace {

const QString RecordedServiceId = QStringLiteral("nz1m9bi3n0o82e5s42sr6ltu6");

// A copy of value with the member at path (dot-separated) replaced, or removed when replacement is undefined.
QJsonValue with(const QJsonValue &value, const QString &path, const QJsonValue &replacement)
{
    const qsizetype dot = path.indexOf(u'.');
    const QString key = dot < 0 ? path : path.first(dot);
    QJsonObject object = value.toObject();
    if (dot >= 0)
        object.insert(key, with(object.value(key), path.sliced(dot + 1), replacement));
    else if (replacement.isUndefined())
        object.remove(key);
    else
        object.insert(key, replacement);
    return object;
}

QJsonObject task(const QString &state, const QString &createdAt, const QString &desiredState = QStringLiteral("running"))
{
    return QJsonObject{
        {QStringLiteral("ID"), QStringLiteral("task-") + createdAt},
        {QStringLiteral("ServiceID"), RecordedServiceId},
        {QStringLiteral("NodeID"), QStringLiteral("2f9h6ryi0g4n96r0946nn3rxb")},
        {QStringLiteral("CreatedAt"), createdAt},
        {QStringLiteral("DesiredState"), desiredState},
        {QStringLiteral("Status"), QJsonObject{{QStringLiteral("State"), state},
                                               {QStringLiteral("Timestamp"), createdAt},
                                               {QStringLiteral("Message"), state},
                                               {QStringLiteral("Err"), state == QLatin1String("failed")
                                                    ? QStringLiteral("task: non-zero exit (1)") : QString()}}},
    };
}

}

QJsonArray TestDockerPubObservation::recorded(const QString &name)
{
    QFile file(QStringLiteral(BUTTCLOUD_DOCKER_TEST_DATA "/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    // A single service is recorded from GET /services/{id}; the list endpoint returns the same objects.
    return document.isArray() ? document.array() : QJsonArray{document.object()};
}

std::optional<ObservedPub> TestDockerPubObservation::single(const QJsonArray &services, const QJsonArray &tasks,
                                                            const QJsonArray &nodes)
{
    const auto result = observePubs(services, tasks, nodes);
    if (const auto *error = std::get_if<RuntimeError>(&result)) {
        qWarning().noquote() << error->message;
        return std::nullopt;
    }
    const auto pubs = std::get<QList<ObservedPub>>(result);
    return pubs.size() == 1 ? std::optional(pubs.first()) : std::nullopt;
}

void TestDockerPubObservation::parsesTimestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("nanoseconds");
    QTest::newRow("nanoseconds") << QStringLiteral("2026-11-24T19:01:01.426919063Z") << true << qint64(1795546861) << 426919063;
    QTest::newRow("trimmed fraction") << QStringLiteral("2026-11-24T19:01:01.5Z") << true << qint64(1795546861) << 500000000;
    QTest::newRow("no fraction") << QStringLiteral("2026-11-24T19:01:01Z") << true << qint64(1795546861) << 0;
    QTest::newRow("offset") << QStringLiteral("2026-11-24T20:01:01.1+01:00") << true << qint64(1795546861) << 100000000;
    QTest::newRow("zero time") << QStringLiteral("0001-01-01T00:00:00Z") << true << qint64(-62135596800) << 0;
    QTest::newRow("empty") << QString() << false << qint64(0) << 0;
    QTest::newRow("ten fraction digits") << QStringLiteral("2026-11-24T19:01:01.1234567890Z") << false << qint64(0) << 0;
    QTest::newRow("no zone") << QStringLiteral("2026-11-24T19:01:01") << false << qint64(0) << 0;
    QTest::newRow("month 13") << QStringLiteral("2026-13-24T19:01:01Z") << false << qint64(0) << 0;
}

void TestDockerPubObservation::parsesTimestamps()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto parsed = parseDockerTimestamp(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QTEST(parsed->seconds, "seconds");
        QTEST(parsed->nanoseconds, "nanoseconds");
    }
    // Fractions compare as numbers, not as text: .5 is later than .45.
    QVERIFY(*parseDockerTimestamp(QStringLiteral("2026-01-01T00:00:00.5Z"))
            > *parseDockerTimestamp(QStringLiteral("2026-01-01T00:00:00.45Z")));
}

void TestDockerPubObservation::runningTaskIsUp()
{
    const auto pub = single(recorded(QStringLiteral("service-up")), recorded(QStringLiteral("tasks-up")));
    QVERIFY(pub);
    QCOMPARE(pub->status, PubStatus::Up);
    QCOMPARE(pub->pubId, QStringLiteral("rec1"));
    QCOMPARE(pub->serviceId, RecordedServiceId);
    QCOMPARE(pub->node, QStringLiteral("hub-1"));
    QVERIFY(pub->containerId.startsWith(QLatin1String("1151c669f00e")));
    QCOMPARE(pub->image, QStringLiteral("buttcloud-test/sleeper:record"));
    QCOMPARE(pub->replicas, 1);
    QCOMPARE(pub->nodeId, QStringLiteral("2f9h6ryi0g4n96r0946nn3rxb"));
}

void TestDockerPubObservation::scaledDownWithRunningTaskIsStopping()
{
    const auto pub = single(recorded(QStringLiteral("service-down")), recorded(QStringLiteral("tasks-stopping")));
    QVERIFY(pub);
    QCOMPARE(pub->status, PubStatus::Stopping);
    QCOMPARE(pub->replicas, 0);
}

void TestDockerPubObservation::scaledDownWithoutTasksIsDown()
{
    const auto pub = single(recorded(QStringLiteral("service-down")), {});
    QVERIFY(pub);
    QCOMPARE(pub->status, PubStatus::Down);
    QVERIFY(pub->node.isEmpty());
    QVERIFY(pub->containerId.isEmpty());

    // Tasks that ended do not keep it from being down.
    const auto shutDown = single(recorded(QStringLiteral("service-down")),
                                 {task(QStringLiteral("shutdown"), QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("shutdown")),
                                  task(QStringLiteral("failed"), QStringLiteral("2026-01-01T00:00:01Z"), QStringLiteral("shutdown"))});
    QVERIFY(shutDown);
    QCOMPARE(shutDown->status, PubStatus::Down);
}

void TestDockerPubObservation::failedTaskWaitingForRestartIsFailed()
{
    // Recorded while the replacement task waited out the restart delay in "ready".
    const auto pub = single(recorded(QStringLiteral("service-failing")), recorded(QStringLiteral("tasks-failing")));
    QVERIFY(pub);
    QCOMPARE(pub->status, PubStatus::Failed);
    QCOMPARE(pub->message, QStringLiteral("task: non-zero exit (1)"));
    QCOMPARE(pub->node, QStringLiteral("hub-1"));
}

void TestDockerPubObservation::startingTaskIsStarting()
{
    const auto pub = single(recorded(QStringLiteral("service-failing")),
                            recorded(QStringLiteral("tasks-failing"))
                                + task(QStringLiteral("starting"), QStringLiteral("2030-01-01T00:00:00Z")));
    QVERIFY(pub);
    QCOMPARE(pub->status, PubStatus::Starting);
    QCOMPARE(pub->message, QStringLiteral("starting"));
}

void TestDockerPubObservation::serviceWithoutTasksIsStarting()
{
    const auto pub = single(recorded(QStringLiteral("service-up")), {});
    QVERIFY(pub);
    QCOMPARE(pub->status, PubStatus::Starting);
}

void TestDockerPubObservation::newestTaskDecides()
{
    const QJsonArray services = recorded(QStringLiteral("service-up"));
    // Listed oldest last and newest by a finer fraction: order in the reply must not matter.
    const auto failedLast = single(services, {task(QStringLiteral("failed"), QStringLiteral("2026-01-01T00:00:00.5Z")),
                                              task(QStringLiteral("complete"), QStringLiteral("2026-01-01T00:00:00.45Z"))});
    QVERIFY(failedLast);
    QCOMPARE(failedLast->status, PubStatus::Failed);

    const auto replaced = single(services, {task(QStringLiteral("failed"), QStringLiteral("2026-01-01T00:00:00.45Z")),
                                            task(QStringLiteral("pending"), QStringLiteral("2026-01-01T00:00:00.5Z"))});
    QVERIFY(replaced);
    QCOMPARE(replaced->status, PubStatus::Starting);

    const auto rejected = single(services, {task(QStringLiteral("rejected"), QStringLiteral("2026-01-02T00:00:00Z"))});
    QVERIFY(rejected);
    QCOMPARE(rejected->status, PubStatus::Failed);
}

void TestDockerPubObservation::ignoresTasksOfOtherServices()
{
    QJsonArray tasks = recorded(QStringLiteral("tasks-up"));
    tasks[0] = with(tasks[0], QStringLiteral("ServiceID"), QStringLiteral("someone-elses"));
    const auto pub = single(recorded(QStringLiteral("service-up")), tasks);
    QVERIFY(pub);
    QCOMPARE(pub->status, PubStatus::Starting);

    const auto none = observePubs({}, recorded(QStringLiteral("tasks-up")), recorded(QStringLiteral("nodes")));
    QVERIFY(std::get<QList<ObservedPub>>(none).isEmpty());
}

void TestDockerPubObservation::stripsImageDigest()
{
    QJsonArray services = recorded(QStringLiteral("service-up"));
    services[0] = with(services[0], QStringLiteral("Spec.TaskTemplate.ContainerSpec.Image"),
                       QStringLiteral("buttcloud/pub:16.0.1@sha256:0123456789abcdef"));
    const auto pub = single(services, recorded(QStringLiteral("tasks-up")));
    QVERIFY(pub);
    QCOMPARE(pub->image, QStringLiteral("buttcloud/pub:16.0.1"));
}

void TestDockerPubObservation::rejectsMalformedReplies_data()
{
    QTest::addColumn<QJsonArray>("services");
    QTest::addColumn<QJsonArray>("tasks");
    QTest::addColumn<QJsonArray>("nodes");

    const QJsonArray services = recorded(QStringLiteral("service-up"));
    const QJsonArray tasks = recorded(QStringLiteral("tasks-up"));
    const QJsonArray nodes = recorded(QStringLiteral("nodes"));
    const auto serviceWith = [&](const QString &path, const QJsonValue &value) { return QJsonArray{with(services[0], path, value)}; };
    const auto taskWith = [&](const QString &path, const QJsonValue &value) { return QJsonArray{with(tasks[0], path, value)}; };

    QTest::newRow("service not an object") << QJsonArray{QStringLiteral("s1")} << tasks << nodes;
    QTest::newRow("service without ID") << serviceWith(QStringLiteral("ID"), QJsonValue::Undefined) << tasks << nodes;
    QTest::newRow("service without spec") << serviceWith(QStringLiteral("Spec"), QJsonValue::Undefined) << tasks << nodes;
    QTest::newRow("service without labels") << serviceWith(QStringLiteral("Spec.Labels"), QJsonValue::Null) << tasks << nodes;
    QJsonObject badLabels = services[0].toObject().value(QLatin1String("Spec")).toObject().value(QLatin1String("Labels")).toObject();
    badLabels.insert(QStringLiteral("buttcloud.pub.id"), QStringLiteral("../x"));
    QTest::newRow("service with a bad pub id") << serviceWith(QStringLiteral("Spec.Labels"), badLabels) << tasks << nodes;
    QTest::newRow("global service") << serviceWith(QStringLiteral("Spec.Mode"), QJsonObject{{QStringLiteral("Global"), QJsonObject()}})
                                    << tasks << nodes;
    QTest::newRow("replicas as text") << serviceWith(QStringLiteral("Spec.Mode.Replicated.Replicas"), QStringLiteral("1"))
                                      << tasks << nodes;
    QTest::newRow("fractional replicas") << serviceWith(QStringLiteral("Spec.Mode.Replicated.Replicas"), 0.5) << tasks << nodes;
    QTest::newRow("image as number") << serviceWith(QStringLiteral("Spec.TaskTemplate.ContainerSpec.Image"), 7) << tasks << nodes;
    QTest::newRow("task not an object") << services << QJsonArray{1} << nodes;
    QTest::newRow("task without state") << services << taskWith(QStringLiteral("Status.State"), QJsonValue::Undefined) << nodes;
    QTest::newRow("task without status") << services << taskWith(QStringLiteral("Status"), QJsonValue::Undefined) << nodes;
    QTest::newRow("task without service") << services << taskWith(QStringLiteral("ServiceID"), QJsonValue::Undefined) << nodes;
    QTest::newRow("task with bad time") << services << taskWith(QStringLiteral("CreatedAt"), QStringLiteral("yesterday")) << nodes;
    QTest::newRow("task with numeric node") << services << taskWith(QStringLiteral("NodeID"), 3) << nodes;
    QTest::newRow("task with numeric error") << services << taskWith(QStringLiteral("Status.Err"), 3) << nodes;
    QTest::newRow("node without ID") << services << tasks << QJsonArray{with(nodes[0], QStringLiteral("ID"), QJsonValue::Undefined)};
}

void TestDockerPubObservation::rejectsMalformedReplies()
{
    QFETCH(QJsonArray, services);
    QFETCH(QJsonArray, tasks);
    QFETCH(QJsonArray, nodes);
    const auto result = observePubs(services, tasks, nodes);
    QVERIFY(std::holds_alternative<RuntimeError>(result));
    const RuntimeError error = std::get<RuntimeError>(result);
    QVERIFY(error.message.startsWith(QLatin1String("Docker sent")));
    QVERIFY(!error.engineUnavailable);
}

void TestDockerPubObservation::readsSpecFigures()
{
    QJsonValue service = recorded(QStringLiteral("service-up"))[0];
    service = with(service, QStringLiteral("Spec.TaskTemplate.Resources"),
                   QJsonObject{{"Limits", QJsonObject{{"MemoryBytes", 1073741824.0}}},
                               {"Reservations", QJsonObject{{"MemoryBytes", 536870912.0}}}});
    service = with(service, QStringLiteral("Spec.EndpointSpec"),
                   QJsonObject{{"Ports", QJsonArray{QJsonObject{{"PublishedPort", 20001}, {"TargetPort", 20001}}}}});
    const auto pub = single(QJsonArray{service}, recorded(QStringLiteral("tasks-up")));
    QVERIFY(pub);
    QCOMPARE(pub->memoryLimitBytes, qint64(1073741824));
    QCOMPARE(pub->memoryReservationBytes, qint64(536870912));
    QCOMPARE(pub->publishedPort, 20001);

    const QJsonValue badPort = with(service, QStringLiteral("Spec.EndpointSpec"),
                                    QJsonObject{{"Ports", QJsonArray{QJsonObject{{"PublishedPort", 70000}}}}});
    QVERIFY(!single(QJsonArray{badPort}, recorded(QStringLiteral("tasks-up"))));
}

void TestDockerPubObservation::readsNetworksAndUpdateStatus()
{
    const QJsonValue plain = recorded(QStringLiteral("service-up"))[0];
    const auto before = single(QJsonArray{plain}, recorded(QStringLiteral("tasks-up")));
    QVERIFY(before);
    QVERIFY(before->networks.isEmpty());
    QVERIFY(before->updateState.isEmpty());

    // Swarm names a service's networks by id: the server's networks give their names; others stay ids.
    QJsonValue service = with(plain, QStringLiteral("Spec.TaskTemplate.Networks"),
                              QJsonArray{QJsonObject{{"Target", "n2"}}, QJsonObject{{"Target", "n1"}}});
    service = with(service, QStringLiteral("UpdateStatus"),
                   QJsonObject{{"State", "rollback_started"}, {"StartedAt", "2026-12-02T10:00:00.5Z"},
                               {"Message", "update paused due to failure or early termination of task x"}});
    const QJsonArray networks{QJsonObject{{"Id", "n1"}, {"Name", "buttcloud-web-i1"}, {"Driver", "overlay"}}};
    const auto result = observePubs(QJsonArray{service}, recorded(QStringLiteral("tasks-up")), recorded(QStringLiteral("nodes")), networks);
    QVERIFY(std::holds_alternative<QList<ObservedPub>>(result));
    const ObservedPub pub = std::get<QList<ObservedPub>>(result).value(0);
    QCOMPARE(pub.networks, (QStringList{"buttcloud-web-i1", "n2"}));
    QCOMPARE(pub.updateState, QStringLiteral("rollback_started"));
    QCOMPARE(pub.updateStartedAt, QStringLiteral("2026-12-02T10:00:00.5Z"));
    QVERIFY(pub.updateMessage.startsWith(QLatin1String("update paused")));

    // Malformed: a network without its target, a network list entry without an id.
    QVERIFY(std::holds_alternative<RuntimeError>(observePubs(
        QJsonArray{with(plain, QStringLiteral("Spec.TaskTemplate.Networks"), QJsonArray{QJsonObject{{"Aliases", QJsonArray{}}}})},
        recorded(QStringLiteral("tasks-up")), recorded(QStringLiteral("nodes")))));
    QVERIFY(std::holds_alternative<RuntimeError>(observePubs(QJsonArray{plain}, recorded(QStringLiteral("tasks-up")),
                                                             recorded(QStringLiteral("nodes")), QJsonArray{QJsonObject{{"Name", "x"}}})));
    QVERIFY(std::holds_alternative<RuntimeError>(observePubs(QJsonArray{with(plain, QStringLiteral("UpdateStatus.State"), 3)},
                                                             recorded(QStringLiteral("tasks-up")), recorded(QStringLiteral("nodes")))));
}

void TestDockerPubObservation::readsNodes()
{
    const auto result = observeNodes(recorded(QStringLiteral("nodes")));
    QVERIFY(std::holds_alternative<QList<ObservedNode>>(result));
    const QList<ObservedNode> nodes = std::get<QList<ObservedNode>>(result);
    QCOMPARE(nodes.size(), 1);
    QCOMPARE(nodes[0].id, QStringLiteral("2f9h6ryi0g4n96r0946nn3rxb"));
    QCOMPARE(nodes[0].hostname, QStringLiteral("hub-1"));
    QCOMPARE(nodes[0].state, QStringLiteral("ready"));
    QCOMPARE(nodes[0].availability, QStringLiteral("active"));
    QCOMPARE(nodes[0].memoryBytes, qint64(25276510208));
    QCOMPARE(nodes[0].cpus, 2);
    QVERIFY(nodes[0].takesPubs());
}

void TestDockerPubObservation::rejectsMalformedNodes_data()
{
    QTest::addColumn<QJsonArray>("nodes");
    const QJsonValue node = recorded(QStringLiteral("nodes"))[0];
    QTest::newRow("not an object") << QJsonArray{1};
    QTest::newRow("no ID") << QJsonArray{with(node, QStringLiteral("ID"), QJsonValue::Undefined)};
    QTest::newRow("empty ID") << QJsonArray{with(node, QStringLiteral("ID"), QString())};
    QTest::newRow("no state") << QJsonArray{with(node, QStringLiteral("Status.State"), QJsonValue::Undefined)};
    QTest::newRow("no availability") << QJsonArray{with(node, QStringLiteral("Spec.Availability"), 3)};
    QTest::newRow("negative memory") << QJsonArray{with(node, QStringLiteral("Description.Resources.MemoryBytes"), -1)};
    QTest::newRow("memory as text") << QJsonArray{with(node, QStringLiteral("Description.Resources.MemoryBytes"), QStringLiteral("1g"))};
}

void TestDockerPubObservation::rejectsMalformedNodes()
{
    QFETCH(QJsonArray, nodes);
    const auto result = observeNodes(nodes);
    QVERIFY(std::holds_alternative<RuntimeError>(result));
    QVERIFY(std::get<RuntimeError>(result).message.startsWith(QLatin1String("Docker sent")));
}

QTEST_GUILESS_MAIN(TestDockerPubObservation)
#include "tst_dockerpubobservation.moc"
