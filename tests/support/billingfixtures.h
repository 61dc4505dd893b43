#pragma once

#include "store/records.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace buttcloud {

class Database;

// Rows the billing tests start from, stored: a monthly EUR plan of 5.00, and a subscription to it.
PlanRecord insertTestPlan(const Database &database, const QString &name);
SubscriptionRecord insertTestSubscription(const Database &database, const QString &pubId, const QString &userId,
                                          const QString &planId, const QString &status,
                                          const QString &providerSubscriptionId = {});

// A Stripe event as Stripe posts it to the webhook: {"id", "object": "event", "type", "data": {"object"}}.
QByteArray stripeEventBody(const QString &id, const QString &type, const QJsonObject &object);
// Writes a Stripe secret key and the webhook signing secret into directory (owner-only files, as the
// stripe-*-file options demand) and returns buttcloudd's arguments for --billing stripe against
// apiUrl; empty when a file could not be written.
QStringList stripeServerArguments(const QString &directory, const QByteArray &webhookSecret, const QString &apiUrl);

}
