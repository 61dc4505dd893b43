#pragma once

#include "billing/billingprovider.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace buttcloud {

// The Stripe API version every request pins (Stripe-Version header); the one place it is named.
// stripe-stateful-mock 0.0.16, the test peer, emulates this version.
inline constexpr const char *StripeApiVersion = "2020-08-27";

// Stripe gives times as Unix seconds; ButtCloud keeps milliseconds.
inline constexpr qint64 MillisecondsPerStripeSecond = 1000;

// Stripe's request bodies: application/x-www-form-urlencoded, nested keys as items[0][plan].
QByteArray stripeFormBody(const QList<QPair<QString, QString>> &fields);

// Validators of Stripe's replies: each takes the parsed JSON object and gives the typed value, or a
// BadReply failure naming what was missing. Nothing outside billing/ reads Stripe's JSON.
BillingResult<QString> stripeObjectId(const QJsonObject &reply, const char *object, const char *idPrefix);
BillingResult<ProviderPlanIds> parseStripePlan(const QJsonObject &reply);
BillingResult<ProviderSubscription> parseStripeSubscription(const QJsonObject &reply);
BillingResult<ProviderInvoice> parseStripeInvoice(const QJsonObject &reply);
BillingResult<QList<ProviderInvoice>> parseStripeInvoiceList(const QJsonObject &reply);

// A reply body with status >= 400 (or none at all, status 0) as a failure: declined cards, refused
// requests, a refused key, outages. The message is Stripe's when it has one, never the key.
BillingFailure stripeFailure(int httpStatus, const QByteArray &body);

// Parses a reply body: the JSON object of a 2xx answer, or the failure it means.
BillingResult<QJsonObject> stripeReplyObject(int httpStatus, const QByteArray &body);

}
