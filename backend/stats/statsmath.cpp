#include "stats/statsmath.h"

namespace buttcloud {

namespace {

double perSecond(quint64 before, quint64 after, double seconds)
{
    return double(after - before) / seconds;
}

}

std::optional<StatsSample> computeSample(const PubCounters &previous, const PubCounters &current)
{
    const bool countersReset = current.cpuTotalNs < previous.cpuTotalNs || current.systemCpuNs < previous.systemCpuNs
        || current.networkRxBytes < previous.networkRxBytes || current.networkTxBytes < previous.networkTxBytes
        || current.blockReadBytes < previous.blockReadBytes || current.blockWriteBytes < previous.blockWriteBytes;
    if (current.readAtMs <= previous.readAtMs || countersReset)
        return std::nullopt;

    const double wallSeconds = double(current.readAtMs - previous.readAtMs) / 1000.0;
    const double cpuNs = double(current.cpuTotalNs - previous.cpuTotalNs);
    const double systemNs = double(current.systemCpuNs - previous.systemCpuNs);

    StatsSample sample;
    sample.atMs = current.readAtMs;
    if (systemNs > 0 && current.onlineCpus > 0)
        sample.cpuPercent = cpuNs / systemNs * current.onlineCpus * 100.0;
    else
        sample.cpuPercent = cpuNs / (wallSeconds * 1e9) * 100.0;
    const double cores = current.cpuLimitCores > 0 ? current.cpuLimitCores : double(current.onlineCpus);
    sample.cpuPercentOfLimit = cores > 0 ? sample.cpuPercent / cores : 0;
    sample.memoryBytes = current.memoryUsedBytes;
    sample.memoryLimitBytes = current.memoryLimitBytes;
    sample.networkRxBytesPerSecond = perSecond(previous.networkRxBytes, current.networkRxBytes, wallSeconds);
    sample.networkTxBytesPerSecond = perSecond(previous.networkTxBytes, current.networkTxBytes, wallSeconds);
    sample.blockReadBytesPerSecond = perSecond(previous.blockReadBytes, current.blockReadBytes, wallSeconds);
    sample.blockWriteBytesPerSecond = perSecond(previous.blockWriteBytes, current.blockWriteBytes, wallSeconds);
    sample.pids = current.pids;
    return sample;
}

}
