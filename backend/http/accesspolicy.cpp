#include "http/accesspolicy.h"

#include "http/apierror.h"

namespace buttcloud {

RoutePolicy RoutePolicy::publicRoute()
{
    RoutePolicy policy;
    policy.isPublic = true;
    return policy;
}

RoutePolicy RoutePolicy::read(bool ownedResource)
{
    RoutePolicy policy;
    policy.ownedResource = ownedResource;
    return policy;
}

RoutePolicy RoutePolicy::change(bool ownedResource)
{
    RoutePolicy policy;
    policy.action = Action::Change;
    policy.ownedResource = ownedResource;
    return policy;
}

RoutePolicy RoutePolicy::staffRead()
{
    RoutePolicy policy = read();
    policy.leastRole = Role::Support;
    return policy;
}

RoutePolicy RoutePolicy::adminChange()
{
    RoutePolicy policy = change();
    policy.leastRole = Role::Admin;
    return policy;
}

RoutePolicy RoutePolicy::adminRead()
{
    RoutePolicy policy = read();
    policy.leastRole = Role::Admin;
    return policy;
}

RoutePolicy RoutePolicy::ownAccount()
{
    // A read as far as roles go: support may not change customers' things, but their own password yes.
    return read();
}

bool seesEverything(const UserRecord &caller)
{
    return caller.role == Role::Support || caller.role == Role::Admin;
}

void checkAccess(const RoutePolicy &policy, const UserRecord &caller, const std::optional<QString> &resourceOwnerId)
{
    if (policy.isPublic)
        return;
    if (int(caller.role) < int(policy.leastRole))
        throw ApiError::forbidden();
    if (policy.action == RoutePolicy::Action::Change && caller.role == Role::Support)
        throw ApiError::forbidden(QStringLiteral("support staff may read but not change"));
    if (policy.ownedResource && resourceOwnerId && !seesEverything(caller) && *resourceOwnerId != caller.id)
        throw ApiError::notFound();
}

}
