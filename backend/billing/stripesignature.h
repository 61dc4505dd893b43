#pragma once

#include <QByteArray>

namespace buttcloud {

// Stripe's webhook signature: the header "Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]"
// where each v1 is HMAC-SHA256 of "<t>.<raw body>" keyed with the endpoint's signing secret. Several
// v1 entries appear while a secret is being rolled; one match is enough. Other schemes (v0) are ignored.
enum class StripeSignatureCheck {
    Valid,
    Malformed, // no t, t not a number, no v1, a v1 that is not 64 hex digits, an empty secret
    Forged,    // well formed, but no v1 matches
    Stale,     // matches, but t is further than the tolerance from now (either way: a replay or a bad clock)
};

constexpr qint64 StripeSignatureToleranceSeconds = 300;

StripeSignatureCheck verifyStripeSignature(const QByteArray &header, const QByteArray &payload, const QByteArray &secret,
                                           qint64 nowSeconds,
                                           qint64 toleranceSeconds = StripeSignatureToleranceSeconds);

// The header value Stripe would send: for tests, which post their own signed events.
QByteArray stripeSignatureHeader(const QByteArray &payload, const QByteArray &secret, qint64 timestampSeconds);

}
