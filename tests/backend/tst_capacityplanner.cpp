#include "orchestrator/capacityplanner.h"

#include <QTest>

using namespace buttcloud;

// The pure capacity planner: reservations per hub, the observed-size alternative, and the plan.
class TestCapacityPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reservationsPerHub();
    void observedSizeFitsMore();
    void scalesUpUnderTheMinimum();
    void unplacedPubsNeedSlots();
    void scalesDownAnEmptyHubOnlyWithMargin();
    void drainingHubsTakeNoPubs();
    void whatIfMorePubs();
    void noHubsAtAll();
    void percentile();
};

namespace {
constexpr qint64 GiB = qint64(1) << 30;

CapacitySettings settings()
{
    CapacitySettings s;
    s.pubMemoryBytes = GiB;
    s.hubMemoryBytes = 15 * GiB;
    s.hubPriceMonth = 4000;
    s.minFreePubs = 2;
    s.headroom = 0.25;
    return s;
}

CapacityHub hub(const QString &id, qint64 memory = 15 * GiB, bool takesPubs = true)
{
    return CapacityHub{id, id, takesPubs ? QStringLiteral("ready") : QStringLiteral("draining"), memory, takesPubs};
}

QList<CapacityPub> pubsOn(const QString &hubId, int count, qint64 p95 = 0)
{
    return QList<CapacityPub>(count, CapacityPub{hubId, GiB, p95});
}
}

void TestCapacityPlanner::reservationsPerHub()
{
    CapacityInput input;
    input.hubs = {hub("h1")};
    input.pubs = pubsOn("h1", 3);
    const CapacityReport report = planCapacity(input, settings());
    QCOMPARE(report.hubs.size(), 1);
    QCOMPARE(report.hubs[0].pubs, 3);
    QCOMPARE(report.hubs[0].reservedBytes, 3 * GiB);
    QCOMPARE(report.hubs[0].freeBytes, 12 * GiB);
    QCOMPARE(report.hubs[0].pubSlots, 12);
    QCOMPARE(report.pubs, 3);
    QCOMPARE(report.utilisation, 0.2);
    QCOMPARE(report.costPerPub, qint64(1333));
    QCOMPARE(report.action, QStringLiteral("none"));
    QCOMPARE(report.hubsNeeded, 1);
    // Nothing observed yet: the observed size is the reservation.
    QCOMPARE(report.observedPubMemoryBytes, qint64(0));
    QCOMPARE(report.observedPubsPerHub, 15);
}

void TestCapacityPlanner::observedSizeFitsMore()
{
    CapacityInput input;
    input.hubs = {hub("h1")};
    input.pubs = pubsOn("h1", 2, 100 << 20) + pubsOn("h1", 1, 160 << 20); // the largest p95 counts
    const CapacityReport report = planCapacity(input, settings());
    QCOMPARE(report.observedPubMemoryBytes, qint64(160) << 20);
    QCOMPARE(report.observedPerPubBytes, qint64(200) << 20);
    QCOMPARE(report.observedPubsPerHub, 76);             // 15 GiB / 200 MiB
    QCOMPARE(report.hubs[0].observedPubSlots, 73);       // minus the 3 there
    QCOMPARE(report.observedCostPerPub, qint64(53));     // 4000 / 76
}

void TestCapacityPlanner::scalesUpUnderTheMinimum()
{
    CapacityInput input;
    input.hubs = {hub("h1")};
    input.pubs = pubsOn("h1", 14);
    const CapacityReport report = planCapacity(input, settings());
    QCOMPARE(report.hubs[0].pubSlots, 1);
    QCOMPARE(report.action, QStringLiteral("scale_up"));
    QCOMPARE(report.hubsToAdd, 1);
    QCOMPARE(report.hubsNeeded, 2);
    QVERIFY(report.reason.contains("1 free"));
}

void TestCapacityPlanner::unplacedPubsNeedSlots()
{
    CapacityInput input;
    input.hubs = {hub("h1")};
    input.pubs = pubsOn("h1", 10) + pubsOn(QString(), 4);
    const CapacityReport report = planCapacity(input, settings());
    QCOMPARE(report.pubs, 14);
    QCOMPARE(report.hubs[0].pubs, 10);
    QCOMPARE(report.reservedBytes, 14 * GiB);
    QCOMPARE(report.action, QStringLiteral("scale_up")); // 5 slots, 4 taken by pubs on their way
}

void TestCapacityPlanner::scalesDownAnEmptyHubOnlyWithMargin()
{
    CapacityInput input;
    input.hubs = {hub("h1"), hub("h2"), hub("h3")};
    input.pubs = pubsOn("h1", 5);
    CapacityReport report = planCapacity(input, settings());
    QCOMPARE(report.action, QStringLiteral("scale_down"));
    QCOMPARE(report.hubsToRemove, QStringList({"h3", "h2"})); // h1 keeps 10 free slots
    QCOMPARE(report.hubsNeeded, 1);

    input.pubs = pubsOn("h1", 14);
    report = planCapacity(input, settings());
    QCOMPARE(report.hubsToRemove, QStringList{"h3"}); // h2's 15 slots are the margin now
    input.pubs = pubsOn("h1", 15) + pubsOn("h2", 14);
    QCOMPARE(planCapacity(input, settings()).action, QStringLiteral("none")); // h3 holds the only margin

    // The last hub is never removed.
    input.hubs = {hub("h1")};
    input.pubs = {};
    QCOMPARE(planCapacity(input, settings()).action, QStringLiteral("none"));
}

void TestCapacityPlanner::drainingHubsTakeNoPubs()
{
    CapacityInput input;
    input.hubs = {hub("h1"), hub("h2", 15 * GiB, false)};
    input.pubs = pubsOn("h1", 3) + pubsOn("h2", 1);
    const CapacityReport report = planCapacity(input, settings());
    QCOMPARE(report.hubsTakingPubs, 1);
    QCOMPARE(report.hubs[1].pubSlots, 0);
    QCOMPARE(report.utilisation, 0.2); // over hubs that take pubs
    QCOMPARE(report.memoryBytes, 30 * GiB);
}

void TestCapacityPlanner::whatIfMorePubs()
{
    CapacityInput input;
    input.hubs = {hub("h1")};
    input.pubs = pubsOn("h1", 3);
    input.extraPubs = 40;
    const CapacityReport report = planCapacity(input, settings());
    QCOMPARE(report.action, QStringLiteral("none"));
    QCOMPARE(report.whatIfHubsToAdd, 2);   // 12 free - 40 = -28, +2 margin: 30 slots = 2 hubs of 15
    QCOMPARE(report.whatIfHubsNeeded, 3);
    input.extraPubs = 10;
    QCOMPARE(planCapacity(input, settings()).whatIfHubsToAdd, 0);
}

void TestCapacityPlanner::noHubsAtAll()
{
    CapacityInput input;
    input.pubs = pubsOn(QString(), 1);
    const CapacityReport report = planCapacity(input, settings());
    QCOMPARE(report.utilisation, 0.0);
    QCOMPARE(report.action, QStringLiteral("scale_up"));
    QCOMPARE(report.hubsToAdd, 1);
    QCOMPARE(planCapacity(CapacityInput{}, settings()).costPerPub, qint64(0));
}

void TestCapacityPlanner::percentile()
{
    QCOMPARE(percentile95({}), 0.0);
    QCOMPARE(percentile95({7}), 7.0);
    QList<double> hundred;
    for (int i = 100; i >= 1; --i)
        hundred.append(i);
    QCOMPARE(percentile95(hundred), 95.0);
    QCOMPARE(percentile95({1, 2, 3, 1000}), 1000.0);
}

QTEST_GUILESS_MAIN(TestCapacityPlanner)
#include "tst_capacityplanner.moc"
