#include "wire/jobstate.h"

#include "wire/enumnames.h"

namespace buttcloud {

namespace {
constexpr std::array kindNames{
    std::pair{JobKind::PubCreate, "pub.create"},         std::pair{JobKind::PubStart, "pub.start"},
    std::pair{JobKind::PubStop, "pub.stop"},             std::pair{JobKind::PubUpdate, "pub.update"},
    std::pair{JobKind::PubDelete, "pub.delete"},         std::pair{JobKind::ServiceRemove, "service.remove"},
    std::pair{JobKind::HubJoin, "hub.join"},             std::pair{JobKind::HubDrain, "hub.drain"},
    std::pair{JobKind::PubBackupAndDelete, "pub.backup_and_delete"},
    std::pair{JobKind::HubRemove, "hub.remove"},
    std::pair{JobKind::PubExport, "pub.export"},
    std::pair{JobKind::PubImport, "pub.import"},
    std::pair{JobKind::PubMove, "pub.move"},
    std::pair{JobKind::RolloutBatch, "rollout"},
};
constexpr std::array stateNames{
    std::pair{JobState::Queued, "queued"},       std::pair{JobState::Running, "running"},
    std::pair{JobState::Succeeded, "succeeded"}, std::pair{JobState::Failed, "failed"},
    std::pair{JobState::Canceled, "canceled"},
};
}

QString jobKindName(JobKind kind) { return enumName(kindNames, kind); }
std::optional<JobKind> jobKindFromName(const QString &name) { return enumFromName(kindNames, name); }
QString jobStateName(JobState state) { return enumName(stateNames, state); }
std::optional<JobState> jobStateFromName(const QString &name) { return enumFromName(stateNames, name); }
bool isFinished(JobState state) { return state != JobState::Queued && state != JobState::Running; }

}
