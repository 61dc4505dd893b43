#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <functional>

namespace buttcloud {

class Database;
class Mailer;
struct SubscriptionRecord;

// Stripe's webhook events (POST /api/v1/billing/stripe/webhook). Each is verified (stripesignature.h),
// then applied once: its event id goes into billing_events in the same transaction as the change, so
// a replay finds it and changes nothing. Handled: customer.subscription.created/updated/deleted,
// invoice.paid, invoice.payment_failed; other types are recorded and otherwise ignored.
class StripeWebhook final
{
public:
    enum class Outcome { Applied, Duplicate, Ignored };

    StripeWebhook(const Database &database, QByteArray secret, std::chrono::milliseconds grace);

    // Throws ApiError (400 bad_request) for a forged, stale or malformed request, having changed nothing.
    Outcome handle(const QByteArray &signatureHeader, const QByteArray &body) const;

    // Optional: payment failures are mailed to the subscriber, queued in the event's transaction.
    void setMailer(const Mailer *mailer);
    // Tests move time; epoch milliseconds.
    void setClock(std::function<qint64()> clock);

private:
    bool applySubscription(const QJsonObject &object, bool deleted, SubscriptionRecord &changed) const;
    bool applyInvoice(const QJsonObject &object, bool paid, SubscriptionRecord &changed) const;

    const Database &m_database;
    QByteArray m_secret;
    std::chrono::milliseconds m_grace;
    const Mailer *m_mailer = nullptr;
    std::function<qint64()> m_clock;
};

// Stripe's subscription status as ours: trialing, active, past_due (also unpaid, incomplete) or
// canceled (also incomplete_expired). A pub we suspended stays suspended until it is paid.
QString subscriptionStatusFromStripe(const QString &stripeStatus, const QString &current);

}
