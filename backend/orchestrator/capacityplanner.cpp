#include "orchestrator/capacityplanner.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace buttcloud {

namespace {
int slotsIn(qint64 freeBytes, qint64 perPub)
{
    return perPub > 0 && freeBytes > 0 ? int(freeBytes / perPub) : 0;
}

int hubsFor(int missingSlots, int slotsPerHub)
{
    if (missingSlots <= 0)
        return 0;
    return slotsPerHub > 0 ? (missingSlots + slotsPerHub - 1) / slotsPerHub : 1;
}
}

double percentile95(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(0.95 * double(values.size()))) - 1;
    std::nth_element(values.begin(), values.begin() + rank, values.end());
    return values.at(rank);
}

CapacityReport planCapacity(const CapacityInput &input, const CapacitySettings &settings)
{
    CapacityReport report;
    QHash<QString, qsizetype> hubIndex;
    for (const CapacityHub &hub : input.hubs) {
        hubIndex.insert(hub.id, report.hubs.size());
        report.hubs.append(HubCapacity{hub});
    }
    for (const CapacityPub &pub : input.pubs) {
        report.observedPubMemoryBytes = std::max(report.observedPubMemoryBytes, pub.memoryP95Bytes);
        const qint64 reservation = pub.reservationBytes > 0 ? pub.reservationBytes : settings.pubMemoryBytes;
        report.pubs += 1;
        report.reservedBytes += reservation;
        const auto index = hubIndex.constFind(pub.hubId);
        if (index == hubIndex.constEnd())
            continue; // not placed yet: reserved in the totals, on no hub
        HubCapacity &hub = report.hubs[*index];
        hub.pubs += 1;
        hub.reservedBytes += reservation;
    }
    report.observedPerPubBytes = report.observedPubMemoryBytes > 0
        ? qint64(std::ceil(double(report.observedPubMemoryBytes) * (1.0 + settings.headroom)))
        : settings.pubMemoryBytes;

    qint64 takingMemory = 0;
    qint64 takingReserved = 0;
    int freeSlots = 0;
    for (HubCapacity &hub : report.hubs) {
        hub.freeBytes = std::max<qint64>(0, hub.hub.memoryBytes - hub.reservedBytes);
        report.memoryBytes += hub.hub.memoryBytes;
        report.freeBytes += hub.freeBytes;
        if (!hub.hub.takesPubs)
            continue;
        hub.pubSlots = slotsIn(hub.freeBytes, settings.pubMemoryBytes);
        hub.observedPubSlots = slotsIn(hub.hub.memoryBytes - qint64(hub.pubs) * report.observedPerPubBytes,
                                       report.observedPerPubBytes);
        report.hubsTakingPubs += 1;
        takingMemory += hub.hub.memoryBytes;
        takingReserved += hub.reservedBytes;
        freeSlots += hub.pubSlots;
    }
    report.utilisation = takingMemory > 0 ? double(takingReserved) / double(takingMemory) : 0;
    const qint64 monthly = qint64(report.hubs.size()) * settings.hubPriceMonth;
    report.costPerPub = report.pubs > 0 ? qint64(std::llround(double(monthly) / report.pubs)) : 0;
    report.observedPubsPerHub = slotsIn(settings.hubMemoryBytes, report.observedPerPubBytes);
    report.observedCostPerPub = report.observedPubsPerHub > 0
        ? qint64(std::llround(double(settings.hubPriceMonth) / report.observedPubsPerHub)) : 0;

    // Pubs not placed yet still need a slot.
    int unplaced = 0;
    for (const CapacityPub &pub : input.pubs)
        unplaced += hubIndex.contains(pub.hubId) ? 0 : 1;
    const int slotsPerNewHub = slotsIn(settings.hubMemoryBytes, settings.pubMemoryBytes);
    const int spare = freeSlots - unplaced;

    report.action = QStringLiteral("none");
    if (spare < settings.minFreePubs) {
        report.action = QStringLiteral("scale_up");
        report.hubsToAdd = hubsFor(settings.minFreePubs - spare, slotsPerNewHub);
        report.reason = QStringLiteral("%1 free pub slots, fewer than the minimum of %2").arg(spare).arg(settings.minFreePubs);
    } else {
        // Empty hubs go, newest first, while the others keep the margin.
        int remaining = spare;
        for (auto hub = report.hubs.crbegin(); hub != report.hubs.crend(); ++hub) {
            if (!hub->hub.takesPubs || hub->pubs > 0 || report.hubsTakingPubs - report.hubsToRemove.size() <= 1)
                continue;
            if (remaining - hub->pubSlots < settings.minFreePubs)
                continue;
            remaining -= hub->pubSlots;
            report.hubsToRemove.append(hub->hub.id);
        }
        if (!report.hubsToRemove.isEmpty()) {
            report.action = QStringLiteral("scale_down");
            report.reason = QStringLiteral("%1 empty hub(s) can be drained and removed; %2 free slots remain")
                                .arg(report.hubsToRemove.size()).arg(remaining);
        } else {
            report.reason = QStringLiteral("%1 free pub slots, at least the minimum of %2").arg(spare).arg(settings.minFreePubs);
        }
    }
    report.hubsNeeded = report.hubsTakingPubs + report.hubsToAdd - int(report.hubsToRemove.size());
    report.whatIfHubsToAdd = hubsFor(settings.minFreePubs - (spare - std::max(0, input.extraPubs)), slotsPerNewHub);
    report.whatIfHubsNeeded = report.hubsTakingPubs + report.whatIfHubsToAdd;
    return report;
}

}
