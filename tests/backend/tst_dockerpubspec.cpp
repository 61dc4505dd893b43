#include "swarm/pubservicespec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace buttcloud;

class TestDockerPubSpec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesFollowThePubId();
    void validatesPubIds_data();
    void validatesPubIds();
    void buildsServiceSpec();
    void leavesOutUnsetMemoryLimits();
    void forceRedeployRaisesTheCounter();
    void joinsTheIngressNetworkOnlyWhenGiven();
    void pubIdLabelWinsOverManagedLabels();
    void findsProblemsInSpecs_data();
    void findsProblemsInSpecs();
    void recognisesOwnLabels();
    void filtersOnManagedLabels();

private:
    static PubServiceSpec validSpec();
};

PubServiceSpec TestDockerPubSpec::validSpec()
{
    PubServiceSpec spec;
    spec.pubId = QStringLiteral("k3v9q2x7mz4a");
    spec.image = QStringLiteral("buttcloud/pub:16.0.1");
    spec.publishedPort = 18008;
    spec.memoryLimitBytes = 1024 * 1024 * 1024;
    spec.memoryReservationBytes = 128 * 1024 * 1024;
    spec.externalHost = QStringLiteral("pubs.example.org");
    spec.replicas = 1;
    return spec;
}

void TestDockerPubSpec::namesFollowThePubId()
{
    QCOMPARE(pubServiceName(QStringLiteral("abc")), QStringLiteral("buttcloud-pub-abc"));
    QCOMPARE(pubVolumeName(QStringLiteral("abc")), QStringLiteral("buttcloud-pub-abc-data"));
}

void TestDockerPubSpec::validatesPubIds_data()
{
    QTest::addColumn<QString>("pubId");
    QTest::addColumn<bool>("valid");
    QTest::newRow("api id") << QStringLiteral("k3v9q2x7mz4a") << true;
    QTest::newRow("one character") << QStringLiteral("a") << true;
    QTest::newRow("inner dash") << QStringLiteral("a-b") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << QStringLiteral("ABC") << false;
    QTest::newRow("leading dash") << QStringLiteral("-ab") << false;
    QTest::newRow("trailing dash") << QStringLiteral("ab-") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("query") << QStringLiteral("a?b=c") << false;
    QTest::newRow("too long") << QString(41, u'a') << false;
    QTest::newRow("longest") << QString(40, u'a') << true;
}

void TestDockerPubSpec::validatesPubIds()
{
    QFETCH(QString, pubId);
    QFETCH(bool, valid);
    QCOMPARE(isValidPubId(pubId), valid);
}

void TestDockerPubSpec::buildsServiceSpec()
{
    const QMap<QString, QString> managed{{QStringLiteral("buttcloud.instance"), QStringLiteral("i1")},
                                         {QStringLiteral("buttcloud.test"), QStringLiteral("run7")}};
    const QJsonObject spec = buildPubServiceSpec(validSpec(), managed);
    const QJsonObject labels{{QStringLiteral("buttcloud.pub.id"), QStringLiteral("k3v9q2x7mz4a")},
                             {QStringLiteral("buttcloud.instance"), QStringLiteral("i1")},
                             {QStringLiteral("buttcloud.test"), QStringLiteral("run7")}};

    QCOMPARE(spec.value(QLatin1String("Name")).toString(), QStringLiteral("buttcloud-pub-k3v9q2x7mz4a"));
    QCOMPARE(spec.value(QLatin1String("Labels")).toObject(), labels);

    const QJsonObject task = spec.value(QLatin1String("TaskTemplate")).toObject();
    const QJsonObject container = task.value(QLatin1String("ContainerSpec")).toObject();
    QCOMPARE(container.value(QLatin1String("Image")).toString(), QStringLiteral("buttcloud/pub:16.0.1"));
    QCOMPARE(container.value(QLatin1String("Labels")).toObject(), labels);
    QCOMPARE(container.value(QLatin1String("Init")).toBool(), true);
    QCOMPARE(container.value(QLatin1String("Env")).toArray(),
             (QJsonArray{QStringLiteral("SSB_EXTERNAL_HOST=pubs.example.org"), QStringLiteral("SSB_PORT=18008")}));

    const QJsonArray mounts = container.value(QLatin1String("Mounts")).toArray();
    QCOMPARE(mounts.size(), 1);
    const QJsonObject mount = mounts.first().toObject();
    QCOMPARE(mount.value(QLatin1String("Type")).toString(), QStringLiteral("volume"));
    QCOMPARE(mount.value(QLatin1String("Source")).toString(), QStringLiteral("buttcloud-pub-k3v9q2x7mz4a-data"));
    QCOMPARE(mount.value(QLatin1String("Target")).toString(), QStringLiteral("/home/ssb/.ssb"));
    QCOMPARE(mount.value(QLatin1String("VolumeOptions")).toObject().value(QLatin1String("Labels")).toObject(), labels);

    const QJsonObject resources = task.value(QLatin1String("Resources")).toObject();
    QCOMPARE(resources.value(QLatin1String("Limits")).toObject().value(QLatin1String("MemoryBytes")).toInteger(),
             qint64(1024) * 1024 * 1024);
    QCOMPARE(resources.value(QLatin1String("Reservations")).toObject().value(QLatin1String("MemoryBytes")).toInteger(),
             qint64(128) * 1024 * 1024);
    const QJsonObject restart = task.value(QLatin1String("RestartPolicy")).toObject();
    QCOMPARE(restart.value(QLatin1String("Condition")).toString(), QStringLiteral("any"));
    QVERIFY(restart.value(QLatin1String("Delay")).toInteger() > 0);

    QCOMPARE(spec.value(QLatin1String("Mode")).toObject(),
             (QJsonObject{{QStringLiteral("Replicated"), QJsonObject{{QStringLiteral("Replicas"), 1}}}}));
    const QJsonArray ports = spec.value(QLatin1String("EndpointSpec")).toObject().value(QLatin1String("Ports")).toArray();
    QCOMPARE(ports, (QJsonArray{QJsonObject{{QStringLiteral("Protocol"), QStringLiteral("tcp")},
                                            {QStringLiteral("TargetPort"), 18008},
                                            {QStringLiteral("PublishedPort"), 18008},
                                            {QStringLiteral("PublishMode"), QStringLiteral("host")}}}));
}

void TestDockerPubSpec::forceRedeployRaisesTheCounter()
{
    const auto counterOf = [](const QJsonObject &built) {
        return built.value(QLatin1String("TaskTemplate")).toObject().value(QLatin1String("ForceUpdate")).toInteger(-1);
    };
    PubServiceSpec spec = validSpec();
    QCOMPARE(counterOf(buildPubServiceSpec(spec, {})), 0);
    QCOMPARE(counterOf(buildPubServiceSpec(spec, {}, 5)), 5);
    spec.forceRedeploy = true;
    QCOMPARE(counterOf(buildPubServiceSpec(spec, {})), 1);
    QCOMPARE(counterOf(buildPubServiceSpec(spec, {}, 5)), 6);
    QCOMPARE(forceUpdateOf(buildPubServiceSpec(spec, {}, 5)), 6);
    QCOMPARE(forceUpdateOf(QJsonObject{}), 0);
    QCOMPARE(forceUpdateOf(QJsonObject{{QStringLiteral("TaskTemplate"), QJsonObject{{QStringLiteral("ForceUpdate"), "x"}}}}), 0);
    QCOMPARE(forceUpdateOf(QJsonObject{{QStringLiteral("TaskTemplate"), QJsonObject{{QStringLiteral("ForceUpdate"), -2}}}}), 0);
}

void TestDockerPubSpec::joinsTheIngressNetworkOnlyWhenGiven()
{
    PubServiceSpec spec = validSpec();
    QVERIFY(!buildPubServiceSpec(spec, {}).value(QLatin1String("TaskTemplate")).toObject().contains(QLatin1String("Networks")));
    spec.network = QStringLiteral("buttcloud-web-abc");
    const QJsonObject task = buildPubServiceSpec(spec, {}).value(QLatin1String("TaskTemplate")).toObject();
    QCOMPARE(task.value(QLatin1String("Networks")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("Target"), QStringLiteral("buttcloud-web-abc")}}}));
    // The web views are reached over the network, never published on the host.
    QCOMPARE(buildPubServiceSpec(spec, {}).value(QLatin1String("EndpointSpec")).toObject().value(QLatin1String("Ports")).toArray().size(), 1);
}

void TestDockerPubSpec::leavesOutUnsetMemoryLimits()
{
    PubServiceSpec spec = validSpec();
    spec.memoryLimitBytes = 0;
    spec.memoryReservationBytes = 0;
    spec.replicas = 0;
    const QJsonObject built = buildPubServiceSpec(spec, {});
    const QJsonObject resources = built.value(QLatin1String("TaskTemplate")).toObject().value(QLatin1String("Resources")).toObject();
    QVERIFY(resources.value(QLatin1String("Limits")).toObject().isEmpty());
    QVERIFY(resources.value(QLatin1String("Reservations")).toObject().isEmpty());
    QCOMPARE(built.value(QLatin1String("Mode")).toObject().value(QLatin1String("Replicated")).toObject()
                 .value(QLatin1String("Replicas")).toInt(-1), 0);
}

void TestDockerPubSpec::pubIdLabelWinsOverManagedLabels()
{
    const QJsonObject spec = buildPubServiceSpec(validSpec(), {{QStringLiteral("buttcloud.pub.id"), QStringLiteral("other")}});
    QCOMPARE(spec.value(QLatin1String("Labels")).toObject().value(QLatin1String("buttcloud.pub.id")).toString(),
             QStringLiteral("k3v9q2x7mz4a"));
}

void TestDockerPubSpec::findsProblemsInSpecs_data()
{
    QTest::addColumn<PubServiceSpec>("spec");
    QTest::addColumn<bool>("valid");
    QTest::newRow("valid") << validSpec() << true;
    PubServiceSpec spec = validSpec();
    spec.pubId = QStringLiteral("../etc");
    QTest::newRow("bad id") << spec << false;
    spec = validSpec();
    spec.image.clear();
    QTest::newRow("no image") << spec << false;
    spec.image = QStringLiteral("buttcloud/pub:16.0.1 --privileged");
    QTest::newRow("image with space") << spec << false;
    spec = validSpec();
    spec.publishedPort = 0;
    QTest::newRow("no port") << spec << false;
    spec = validSpec();
    spec.replicas = 2;
    QTest::newRow("two replicas") << spec << false;
    spec.replicas = -1;
    QTest::newRow("negative replicas") << spec << false;
    spec = validSpec();
    spec.memoryReservationBytes = spec.memoryLimitBytes + 1;
    QTest::newRow("reservation over limit") << spec << false;
    spec = validSpec();
    spec.memoryLimitBytes = -1;
    QTest::newRow("negative limit") << spec << false;
    spec = validSpec();
    spec.externalHost.clear();
    QTest::newRow("no external host") << spec << false;
    spec.externalHost = QStringLiteral("a\nSSB_PORT=1");
    QTest::newRow("external host with newline") << spec << false;
    spec = validSpec();
    spec.network = QStringLiteral("buttcloud-web-abc");
    QTest::newRow("network") << spec << true;
    spec.network = QStringLiteral("web net");
    QTest::newRow("network with a space") << spec << false;
    spec.network = QStringLiteral("-web");
    QTest::newRow("network starting with a hyphen") << spec << false;
}

void TestDockerPubSpec::findsProblemsInSpecs()
{
    QFETCH(PubServiceSpec, spec);
    QFETCH(bool, valid);
    QCOMPARE(!pubServiceSpecProblem(spec).has_value(), valid);
}

void TestDockerPubSpec::recognisesOwnLabels()
{
    const QMap<QString, QString> managed{{QStringLiteral("buttcloud.instance"), QStringLiteral("i1")}};
    const QJsonObject own{{QStringLiteral("buttcloud.pub.id"), QStringLiteral("p1")},
                          {QStringLiteral("buttcloud.instance"), QStringLiteral("i1")},
                          {QStringLiteral("com.example.extra"), QStringLiteral("x")}};
    QVERIFY(carriesPubLabels(own, QStringLiteral("p1"), managed));
    QVERIFY(!carriesPubLabels(own, QStringLiteral("p2"), managed));
    QVERIFY(!carriesPubLabels(own, QStringLiteral("p1"), {{QStringLiteral("buttcloud.instance"), QStringLiteral("i2")}}));
    QVERIFY(!carriesPubLabels(QJsonObject{{QStringLiteral("buttcloud.pub.id"), QStringLiteral("p1")}}, QStringLiteral("p1"), managed));
    QVERIFY(!carriesPubLabels(QJsonObject{{QStringLiteral("buttcloud.pub.id"), 1}}, QStringLiteral("1"), {}));
}

void TestDockerPubSpec::filtersOnManagedLabels()
{
    const QStringList filters = managedPubFilters({{QStringLiteral("buttcloud.instance"), QStringLiteral("i1")},
                                                   {QStringLiteral("team"), QStringLiteral("a=b")}});
    QCOMPARE(filters, (QStringList{QStringLiteral("buttcloud.pub.id"), QStringLiteral("buttcloud.instance=i1"),
                                   QStringLiteral("team=a=b")}));
}

QTEST_GUILESS_MAIN(TestDockerPubSpec)
#include "tst_dockerpubspec.moc"
