// Docker's replies for readCounters: the pub's running task and one-shot container stats.
#include "swarm/containerstats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace buttcloud;

namespace {

// One-shot stats as Docker 20.10 sends them on cgroup v1 (trimmed to what is read).
QJsonObject statsV1()
{
    return QJsonDocument::fromJson(R"({
        "read": "2026-11-24T19:51:04.667154506Z", "preread": "0001-01-01T00:00:00Z",
        "pids_stats": {"current": 12},
        "blkio_stats": {"io_service_bytes_recursive": [
            {"major": 8, "minor": 0, "op": "Read", "value": 4096},
            {"major": 8, "minor": 0, "op": "Write", "value": 8192},
            {"major": 8, "minor": 16, "op": "Read", "value": 1},
            {"major": 8, "minor": 0, "op": "Total", "value": 12289}]},
        "cpu_stats": {"cpu_usage": {"total_usage": 369247386}, "system_cpu_usage": 9007199254740993,
                      "online_cpus": 2},
        "memory_stats": {"usage": 103759872, "limit": 536870912,
                         "stats": {"inactive_file": 1, "total_inactive_file": 62324736}},
        "networks": {"eth0": {"rx_bytes": 736, "tx_bytes": 10}, "eth1": {"rx_bytes": 4, "tx_bytes": 0}}
    })").object();
}

QJsonObject withValue(QJsonObject stats, const QString &path, const QJsonValue &value)
{
    const QStringList keys = path.split('.');
    std::function<QJsonObject(QJsonObject, int)> set = [&](QJsonObject object, int depth) {
        if (depth == keys.size() - 1) {
            if (value.isUndefined())
                object.remove(keys.at(depth));
            else
                object.insert(keys.at(depth), value);
            return object;
        }
        object.insert(keys.at(depth), set(object.value(keys.at(depth)).toObject(), depth + 1));
        return object;
    };
    return set(std::move(stats), 0);
}

QJsonArray servicesWithLimit(const QJsonValue &nanoCpus)
{
    QJsonObject limits{{"MemoryBytes", 536870912}};
    if (!nanoCpus.isUndefined())
        limits.insert("NanoCPUs", nanoCpus);
    return {QJsonObject{{"ID", "svc1"},
                        {"Spec", QJsonObject{{"TaskTemplate", QJsonObject{{"Resources", QJsonObject{{"Limits", limits}}}}}}}}};
}

QJsonObject task(const QString &desired, const QString &state, const QString &container, const QString &service = "svc1")
{
    return {{"ServiceID", service}, {"NodeID", "node1"}, {"DesiredState", desired},
            {"Status", QJsonObject{{"State", state}, {"ContainerStatus", QJsonObject{{"ContainerID", container}}}}}};
}

}

class TestStatsDocker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCgroupV1Stats();
    void readsCgroupV2Stats();
    void stoppedContainerIsNotFound();
    void malformedStatsAreErrors_data();
    void malformedStatsAreErrors();
    void findsTheRunningTask();
    void noRunningTaskIsNotFound();
};

void TestStatsDocker::readsCgroupV1Stats()
{
    const auto result = countersFromContainerStats(statsV1(), 0.5);
    QVERIFY(std::holds_alternative<PubCounters>(result));
    const PubCounters counters = std::get<PubCounters>(result);
    QCOMPARE(counters.readAtMs, 1795549864667LL);
    QCOMPARE(counters.cpuTotalNs, 369247386ULL);
    QCOMPARE(counters.systemCpuNs, 9007199254740993ULL); // above 2^53: kept exact
    QCOMPARE(counters.onlineCpus, 2);
    QCOMPARE(counters.cpuLimitCores, 0.5);
    QCOMPARE(counters.memoryUsedBytes, 103759872LL - 62324736LL); // v1: total_inactive_file
    QCOMPARE(counters.memoryLimitBytes, 536870912LL);
    QCOMPARE(counters.blockReadBytes, 4097ULL);
    QCOMPARE(counters.blockWriteBytes, 8192ULL);
    QCOMPARE(counters.networkRxBytes, 740ULL);
    QCOMPARE(counters.networkTxBytes, 10ULL);
    QCOMPARE(counters.pids, 12);
}

void TestStatsDocker::readsCgroupV2Stats()
{
    QJsonObject stats = withValue(statsV1(), "memory_stats.stats", QJsonObject{{"inactive_file", 3759872}});
    stats = withValue(stats, "blkio_stats.io_service_bytes_recursive", QJsonValue::Null);
    stats.remove("networks");
    const auto result = countersFromContainerStats(stats, 0);
    QVERIFY(std::holds_alternative<PubCounters>(result));
    const PubCounters counters = std::get<PubCounters>(result);
    QCOMPARE(counters.memoryUsedBytes, 100000000LL);
    QCOMPARE(counters.blockReadBytes, 0ULL);
    QCOMPARE(counters.networkRxBytes, 0ULL);

    // More cache than usage (a race in the kernel's accounting) is never negative.
    stats = withValue(stats, "memory_stats.stats.inactive_file", 999999999);
    QCOMPARE(std::get<PubCounters>(countersFromContainerStats(stats, 0)).memoryUsedBytes, 0LL);
}

void TestStatsDocker::stoppedContainerIsNotFound()
{
    const QJsonObject stopped = QJsonDocument::fromJson(R"({"read":"0001-01-01T00:00:00Z","pids_stats":{},
        "blkio_stats":{"io_service_bytes_recursive":null},"cpu_stats":{"cpu_usage":{"total_usage":0}},
        "memory_stats":{}})").object();
    const auto result = countersFromContainerStats(stopped, 0);
    QVERIFY(std::holds_alternative<RuntimeError>(result));
    QVERIFY(std::get<RuntimeError>(result).notFound);
}

void TestStatsDocker::malformedStatsAreErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no read time") << "read" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("read time garbage") << "read" << QJsonValue("yesterday");
    QTest::newRow("cpu text") << "cpu_stats.cpu_usage.total_usage" << QJsonValue("1");
    QTest::newRow("cpu negative") << "cpu_stats.cpu_usage.total_usage" << QJsonValue(-1);
    QTest::newRow("no online cpus") << "cpu_stats.online_cpus" << QJsonValue(0);
    QTest::newRow("system fraction") << "cpu_stats.system_cpu_usage" << QJsonValue(1.5);
    QTest::newRow("no memory usage") << "memory_stats.usage" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("memory limit text") << "memory_stats.limit" << QJsonValue("1g");
    QTest::newRow("no pids") << "pids_stats.current" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("huge pids") << "pids_stats.current" << QJsonValue(1e12);
    QTest::newRow("blkio not a list") << "blkio_stats.io_service_bytes_recursive" << QJsonValue("x");
    QTest::newRow("network not an object") << "networks" << QJsonValue(7);
    QTest::newRow("network bytes text") << "networks.eth0.rx_bytes" << QJsonValue("7");
}

void TestStatsDocker::malformedStatsAreErrors()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    const auto result = countersFromContainerStats(withValue(statsV1(), path, value), 0);
    QVERIFY(std::holds_alternative<RuntimeError>(result));
    QVERIFY(!std::get<RuntimeError>(result).notFound);
    QVERIFY(!std::get<RuntimeError>(result).message.isEmpty());
}

void TestStatsDocker::findsTheRunningTask()
{
    const QJsonArray tasks{task("shutdown", "running", "old"), task("running", "starting", "next"),
                           task("running", "running", "other", "svc2"), task("running", "running", "c0ffee")};
    auto result = findRunningPubTask("pub000000001", servicesWithLimit(1500000000), tasks);
    QVERIFY(std::holds_alternative<RunningPubTask>(result));
    QCOMPARE(std::get<RunningPubTask>(result).containerId, QString("c0ffee"));
    QCOMPARE(std::get<RunningPubTask>(result).nodeId, QString("node1"));
    QCOMPARE(std::get<RunningPubTask>(result).cpuLimitCores, 1.5);

    result = findRunningPubTask("pub000000001", servicesWithLimit(QJsonValue::Undefined), tasks);
    QCOMPARE(std::get<RunningPubTask>(result).cpuLimitCores, 0.0);
    result = findRunningPubTask("pub000000001", servicesWithLimit("two"), tasks);
    QVERIFY(std::holds_alternative<RuntimeError>(result));
    result = findRunningPubTask("pub000000001", servicesWithLimit(QJsonValue::Undefined),
                                {task("running", "running", "")});
    QVERIFY(std::holds_alternative<RuntimeError>(result));
    QVERIFY(!std::get<RuntimeError>(result).notFound);
}

void TestStatsDocker::noRunningTaskIsNotFound()
{
    auto result = findRunningPubTask("pub000000001", {}, {});
    QVERIFY(std::get<RuntimeError>(result).notFound);
    result = findRunningPubTask("pub000000001", servicesWithLimit(QJsonValue::Undefined),
                                {task("running", "preparing", "x"), task("shutdown", "failed", "y")});
    QVERIFY(std::get<RuntimeError>(result).notFound);
    result = findRunningPubTask("pub000000001", {QJsonObject{{"Spec", QJsonObject()}}}, {});
    QVERIFY(!std::get<RuntimeError>(result).notFound);
    // Two services for one pub is a swarm this server did not make: an error, not "not running".
    QJsonArray twice = servicesWithLimit(QJsonValue::Undefined);
    twice.append(twice.first());
    result = findRunningPubTask("pub000000001", twice, {task("running", "running", "c0ffee")});
    QVERIFY(!std::get<RuntimeError>(result).notFound);
}

QTEST_GUILESS_MAIN(TestStatsDocker)
#include "tst_statsdocker.moc"
