#pragma once

#include "store/records.h"

#include <optional>

namespace buttcloud {

// What a route needs from its caller. Declared once per route; checked by checkAccess only.
struct RoutePolicy
{
    enum class Action { Read, Change };

    bool isPublic = false;
    Role leastRole = Role::Customer;
    Action action = Action::Read;
    bool ownedResource = false; // customers may only reach resources they own

    static RoutePolicy publicRoute();
    static RoutePolicy read(bool ownedResource = false);
    static RoutePolicy change(bool ownedResource = false);
    static RoutePolicy staffRead();    // support and admin read
    // Only admins change. With ownedResource, a customer gets 404 for others' resources (judged on
    // the resource first) and 403 for their own.
    static RoutePolicy adminChange(bool ownedResource = false);
    static RoutePolicy adminRead();    // only admins read
    static RoutePolicy ownAccount();   // any signed-in user, on their own account (support included)
};

// The one role check. Without resourceOwnerId it checks the route (role level; support changes
// nothing: 403); with it, the loaded resource (another customer's resource is 404, so its existence
// does not leak). Throws ApiError.
void checkAccess(const RoutePolicy &policy, const UserRecord &caller, const std::optional<QString> &resourceOwnerId);

// Whether the caller sees every user's resources (support and admin) or only their own.
bool seesEverything(const UserRecord &caller);

}
