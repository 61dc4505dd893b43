#pragma once

#include <QString>
#include <optional>

namespace buttcloud {

// What a durable job does (docs/api.md, "Jobs").
enum class JobKind {
    PubCreate,
    PubStart,
    PubStop,
    PubUpdate,     // spec drift: image, limits, port; also makes the swarm place the pub again
    PubDelete,
    ServiceRemove, // a service with this server's labels and no pub
    HubJoin,
    HubDrain,
    HubRemove,
    PubBackupAndDelete, // billing: a canceled subscription's pub, its volume backed up, then pub.delete (data kept)
    PubExport,     // stop, archive the data volume, start again (docs/api.md, "Export, import and move")
    PubImport,     // a new pub's data volume from an archive, then its service
    PubMove,       // export, import onto another hub, switch
    RolloutBatch,  // one rollout's progress: updates its pubs batch by batch (docs/api.md, "Rollouts")
};

// Where a job is in its life. Queued and running are unfinished; the others are final (failed and
// canceled jobs may be queued again by an admin).
enum class JobState { Queued, Running, Succeeded, Failed, Canceled };

QString jobKindName(JobKind kind);
std::optional<JobKind> jobKindFromName(const QString &name);
QString jobStateName(JobState state);
std::optional<JobState> jobStateFromName(const QString &name);
bool isFinished(JobState state);

}
