#pragma once

#include <QtGlobal>

namespace buttcloud {

// One computed reading of a pub's resources (docs/api.md, "Stats"): rates from two successive
// PubCounters readings.
struct StatsSample
{
    qint64 atMs = 0;
    double cpuPercent = 0;        // of one core
    double cpuPercentOfLimit = 0; // of the CPU limit, or of all the node's cores without one
    qint64 memoryBytes = 0;
    qint64 memoryLimitBytes = 0;
    double networkRxBytesPerSecond = 0;
    double networkTxBytesPerSecond = 0;
    double blockReadBytesPerSecond = 0;
    double blockWriteBytesPerSecond = 0;
    int pids = 0;
};

}
