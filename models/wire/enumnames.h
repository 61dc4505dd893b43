#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace buttcloud {

// Enum <-> wire name tables, shared by the wire enums so each keeps one table and no lookup code.
template<typename Enum, std::size_t N>
QString enumName(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const std::array<std::pair<Enum, const char *>, N> &names, const QString &name)
{
    for (const auto &[candidate, candidateName] : names) {
        if (name == QLatin1String(candidateName))
            return candidate;
    }
    return std::nullopt;
}

}
