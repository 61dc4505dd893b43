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

RoutePolicy RoutePolicy::adminChange(bool ownedResource)
{
    RoutePolicy policy = change(ownedResource);
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
    // A customer may not learn whether another customer's resource exists, even on a route above
    // their role: ownership is judged first, on the resource (the route-level check defers to it).
    const bool ownershipFirst = policy.ownedResource && !seesEverything(caller);
    if (ownershipFirst && resourceOwnerId && *resourceOwnerId != caller.id)
        throw ApiError::notFound();
    if (int(caller.role) < int(policy.leastRole) && !(ownershipFirst && !resourceOwnerId))
        throw ApiError::forbidden();
    if (policy.action == RoutePolicy::Action::Change && caller.role == Role::Support)
        throw ApiError::forbidden(QStringLiteral("support staff may read but not change"));
    if (policy.ownedResource && resourceOwnerId && !seesEverything(caller) && *resourceOwnerId != caller.id)
        throw ApiError::notFound();
}

}
