#pragma once

#include "stats/statssample.h"
#include "swarm/pubruntime.h"

#include <optional>

namespace buttcloud {

// The sample between two readings of the same container's counters, or nullopt when there is none:
// current is not later than previous, or a cumulative counter went down (the container restarted,
// so current is a new baseline, never a negative spike).
//
// cpuPercent uses Docker's own formula, as `docker stats` shows it:
//   dCpuNs / dSystemCpuNs * onlineCpus * 100
// The system counter is read by the daemon in the same pass as the container's, so the ratio does
// not depend on when the reading reached us, unlike a wall-clock delta. Only when the system counter
// did not move (a platform without it) does it fall back to dCpuNs / dWallNs * 100 with Docker's
// read times. cpuPercentOfLimit divides by the CPU limit in cores, or by the online CPUs without one.
// Byte rates are per second of Docker's read times; memory and PIDs are the current reading's.
std::optional<StatsSample> computeSample(const PubCounters &previous, const PubCounters &current);

}
