#include "wire/pubstatus.h"

#include <array>
#include <utility>

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

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &name)
{
    for (const auto &[candidate, candidateName] : names) {
        if (name == QLatin1String(candidateName))
            return candidate;
    }
    return std::nullopt;
}
}

QString pubStatusName(PubStatus status) { return nameOf(statusNames, status); }
std::optional<PubStatus> pubStatusFromName(const QString &name) { return valueOf(statusNames, name); }
QString pubDesiredStateName(PubDesiredState state) { return nameOf(desiredNames, state); }
std::optional<PubDesiredState> pubDesiredStateFromName(const QString &name) { return valueOf(desiredNames, name); }

}
