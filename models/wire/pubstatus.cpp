#include "wire/pubstatus.h"

#include "wire/enumnames.h"

namespace buttcloud {

namespace {
constexpr std::array statusNames{
    std::pair{PubStatus::None, "none"},         std::pair{PubStatus::Starting, "starting"},
    std::pair{PubStatus::Up, "up"},             std::pair{PubStatus::Stopping, "stopping"},
    std::pair{PubStatus::Down, "down"},         std::pair{PubStatus::Failed, "failed"},
    std::pair{PubStatus::Removing, "removing"},
};
constexpr std::array desiredNames{
    std::pair{PubDesiredState::Running, "running"},
    std::pair{PubDesiredState::Stopped, "stopped"},
    std::pair{PubDesiredState::Deleted, "deleted"},
};
}

QString pubStatusName(PubStatus status) { return enumName(statusNames, status); }
std::optional<PubStatus> pubStatusFromName(const QString &name) { return enumFromName(statusNames, name); }
QString pubDesiredStateName(PubDesiredState state) { return enumName(desiredNames, state); }
std::optional<PubDesiredState> pubDesiredStateFromName(const QString &name) { return enumFromName(desiredNames, name); }

}
