#pragma once

#include <QString>

#include <optional>

namespace buttcloud {

// A pub name is a DNS label: 1-32 of a-z, 0-9 and '-', not starting or ending with '-'.
// Returns what is wrong, for people, or nullopt when the name is fine.
std::optional<QString> checkPubName(const QString &name);

}
