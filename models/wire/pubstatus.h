#pragma once

#include <QString>
#include <optional>

namespace buttcloud {

// What a pub's service really does, read from its swarm task; the founding proposal's up/down/none
// plus the transitions between them.
enum class PubStatus {
    None,      // no service exists (not created yet, or removed)
    Starting,  // service exists, its task is being scheduled, pulled or started
    Up,        // its task runs
    Stopping,  // scaled to 0, a task still shuts down
    Down,      // scaled to 0 and no task runs
    Failed,    // the task failed or was rejected; see the pub's status message
    Removing,  // deletion requested, the service is being removed
};

// What the owner asked for; the server makes the swarm follow it.
enum class PubDesiredState { Running, Stopped, Deleted };

QString pubStatusName(PubStatus status);
std::optional<PubStatus> pubStatusFromName(const QString &name);
QString pubDesiredStateName(PubDesiredState state);
std::optional<PubDesiredState> pubDesiredStateFromName(const QString &name);

}
