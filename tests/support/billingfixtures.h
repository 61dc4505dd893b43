#pragma once

#include "store/records.h"

#include <QByteArray>
#include <QJsonObject>

namespace buttcloud {

class Database;

// Rows the billing tests start from, stored: a monthly EUR plan of 5.00, and a subscription to it.
PlanRecord insertTestPlan(const Database &database, const QString &name);
SubscriptionRecord insertTestSubscription(const Database &database, const QString &pubId, const QString &userId,
                                          const QString &planId, const QString &status,
                                          const QString &providerSubscriptionId = {});

// A Stripe event as Stripe posts it to the webhook: {"id", "object": "event", "type", "data": {"object"}}.
QByteArray stripeEventBody(const QString &id, const QString &type, const QJsonObject &object);
// Writes a secret file readable by its owner only, as the stripe-*-file options demand.
bool writePrivateFile(const QString &path, const QByteArray &content);

}
