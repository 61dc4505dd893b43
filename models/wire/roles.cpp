#include "wire/roles.h"

namespace buttcloud {

QString roleName(Role role)
{
    switch (role) {
    case Role::Customer: return QStringLiteral("customer");
    case Role::Support: return QStringLiteral("support");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Customer, Role::Support, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

}
