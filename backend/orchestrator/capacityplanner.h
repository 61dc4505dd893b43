#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace buttcloud {

// The capacity figures of docs/api.md ("Capacity"), from configuration.
struct CapacitySettings
{
    qint64 pubMemoryBytes = qint64(1) << 30;   // what each pub reserves by its plan
    qint64 hubMemoryBytes = qint64(15) << 30;  // the size of a hub to add
    qint64 hubPriceMonth = 4000;               // minor units of currency
    QString currency = QStringLiteral("usd");
    int minFreePubs = 2;
    double headroom = 0.25;                    // added to the observed per-pub memory
};

struct CapacityHub
{
    QString id;
    QString name;
    QString state;          // ready, draining, ...
    qint64 memoryBytes = 0;
    bool takesPubs = true;  // ready and not draining
};

struct CapacityPub
{
    QString hubId;          // empty while not placed
    qint64 reservationBytes = 0;
    qint64 memoryP95Bytes = 0; // 0 until observed
};

struct CapacityInput
{
    QList<CapacityHub> hubs;
    QList<CapacityPub> pubs; // the pubs that should run
    int extraPubs = 0;
};

struct HubCapacity
{
    CapacityHub hub;
    qint64 reservedBytes = 0;
    qint64 freeBytes = 0;
    int pubs = 0;
    int pubSlots = 0;
    int observedPubSlots = 0;
};

struct CapacityReport
{
    QList<HubCapacity> hubs;
    int hubsTakingPubs = 0;
    int pubs = 0;
    qint64 memoryBytes = 0;
    qint64 reservedBytes = 0;
    qint64 freeBytes = 0;
    double utilisation = 0;
    qint64 costPerPub = 0;             // minor units, 0 without pubs
    qint64 observedPubMemoryBytes = 0; // the largest pub's p95, 0 when none observed yet
    qint64 observedPerPubBytes = 0;    // that plus headroom (the reservation until observed)
    int observedPubsPerHub = 0;
    qint64 observedCostPerPub = 0;
    QString action;                    // none, scale_up, scale_down
    int hubsNeeded = 0;
    int hubsToAdd = 0;
    QStringList hubsToRemove;
    QString reason;
    int whatIfHubsNeeded = 0;
    int whatIfHubsToAdd = 0;
};

// Pure: reservation-based capacity per hub, the observed-size alternative, and the plan (scale up when
// free slots fall under the minimum, scale down an empty hub when the rest keep the margin).
CapacityReport planCapacity(const CapacityInput &input, const CapacitySettings &settings);

// The 95th percentile (nearest rank) of values; 0 for none.
double percentile95(QList<double> values);

}
