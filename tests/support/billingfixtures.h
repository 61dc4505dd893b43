#pragma once

#include "store/records.h"

namespace buttcloud {

class Database;

// Rows the billing tests start from, stored: a monthly EUR plan of 5.00, and a subscription to it.
PlanRecord insertTestPlan(const Database &database, const QString &name);
SubscriptionRecord insertTestSubscription(const Database &database, const QString &pubId, const QString &userId,
                                          const QString &planId, const QString &status,
                                          const QString &providerSubscriptionId = {});

}
