#pragma once

#include <QString>
#include <optional>

namespace buttcloud {

// Who a user is to the server. Ordered by reach: a higher role may do all a lower one may read.
enum class Role { Customer, Support, Admin };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

}
