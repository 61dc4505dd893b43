#pragma once

#include "billing/billingprovider.h"
#include "core/config.h"
#include "http/apierror.h"
#include "pubs/pubcontroller.h"
#include "store/records.h"

#include <QObject>

#include <functional>
#include <optional>
#include <variant>

namespace buttcloud {

class Database;

// What subscribing answers: the subscription as stored, with the pub (and its create job) when the
// pub was made in the same step.
struct Subscribed
{
    SubscriptionRecord subscription;
    std::optional<PubWithJob> created;
};

// An admin's changes to a subscription (PATCH .../subscription); unset fields stay as they are.
struct SubscriptionOverride
{
    std::optional<qint64> graceUntil; // epoch ms; only for past_due
    std::optional<bool> comped;
    bool cancel = false;
};

// A payment an operator recorded by hand (billing offline).
struct OfflinePayment
{
    qint64 amount = 0;
    QString currency;
    QString note;
};

// Subscribing pubs to plans, and what admins do to subscriptions. With billing stripe the provider
// is asked first (customer once per user, the plan made on first use, the card token attached, the
// subscription), every POST with an idempotency key; only then is anything stored, in one transaction
// (a new pub, its create job and its subscription together). If that store fails after the provider
// made a subscription, the provider's subscription is cancelled again (retried with backoff; the
// subscription carries the pub id in its metadata for an operator if even that fails). With billing
// offline nothing is asked: the subscription starts active with an open invoice for the first period.
// A plan that is free or has trial days needs no payment token.
class BillingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingService)

public:
    using Done = std::function<void(std::variant<Subscribed, ApiError>)>;

    BillingService(const Database &database, PubController &pubs, BillingConfig::Mode mode, QObject *parent = nullptr);

    BillingConfig::Mode mode() const;
    // The provider (Stripe's client in the server, a fake in tests); not owned. Without one, billing
    // stripe answers 503 payment_unavailable.
    void setProvider(BillingProvider *provider);
    // Tests move time; epoch milliseconds.
    void setClock(std::function<qint64()> clock);

    // POST /api/v1/pubs with billing on: validates name and plan (throws ApiError), then answers done.
    void createPub(const UserRecord &caller, const QString &name, const QString &planId, const QString &paymentToken,
                   Done done);
    // POST /api/v1/pubs/{id}/subscription: the pub must have no live subscription (409 otherwise).
    void subscribe(const UserRecord &caller, const PubRecord &pub, const QString &planId, const QString &paymentToken,
                   Done done);

    // PATCH: each change is a billing event naming the admin. Throws ApiError (404, 409, 422).
    SubscriptionRecord applyOverride(const UserRecord &admin, const QString &pubId, const SubscriptionOverride &change);
    // POST .../payments: a paid offline invoice; the subscription becomes active (the lifecycle check
    // starts a suspended pub). Throws ApiError (404 none, 409 with billing stripe or off).
    InvoiceRecord recordPayment(const UserRecord &admin, const QString &pubId, const OfflinePayment &payment);

private:
    // What the provider made (empty ids offline), before anything is stored.
    struct Agreement
    {
        QString status;
        qint64 currentPeriodEnd = 0;
        QString providerSubscriptionId;
        QString providerCustomerId;
        bool openInvoice = false; // offline: the first period is owed
    };
    using Store = std::function<Subscribed(const Agreement &agreement)>;

    PlanRecord subscribablePlan(const QString &planId) const;
    void agree(const UserRecord &owner, const PlanRecord &plan, const QString &paymentToken, const QString &pubId,
               std::function<void(std::variant<Agreement, ApiError>)> then);
    void agreeWithProvider(const UserRecord &owner, const PlanRecord &plan, const QString &paymentToken,
                           const QString &pubId, std::function<void(std::variant<Agreement, ApiError>)> then);
    // Runs store; on failure cancels what the provider made, then answers the error.
    void finish(const Agreement &agreement, const Store &store, const Done &done);
    // Writes the subscription row (new, or replacing a canceled one) with its timeline and invoice.
    SubscriptionRecord storeSubscription(const PubRecord &pub, const PlanRecord &plan, const Agreement &agreement,
                                         const UserRecord &caller) const;
    using ProviderCall = std::function<void(BillingCallback<bool> done)>;
    // Cancels a subscription at the provider (pubId empty: one that was never stored).
    void cancelAtProvider(const QString &providerSubscriptionId, const QString &pubId);
    // A call whose outcome nobody waits for: retried with backoff, logged for the operator at last.
    void tellProvider(const QString &what, const ProviderCall &call, int attempt);
    UserRecord ownerOf(const QString &userId) const;

    const Database &m_database;
    PubController &m_pubs;
    BillingConfig::Mode m_mode;
    BillingProvider *m_provider = nullptr;
    std::function<qint64()> m_clock;
};

// The one translation of a provider failure into an API error (docs/api.md, "Provider errors").
ApiError billingApiError(const BillingFailure &failure);

// An open offline invoice of the plan's price for the subscription (billing offline), not stored yet.
InvoiceRecord openOfflineInvoice(const SubscriptionRecord &subscription, const PlanRecord &plan, const QString &note,
                                 qint64 now);

// One billing interval (month or year, calendar, UTC) after start; epoch milliseconds.
qint64 periodEndAfter(qint64 start, const QString &interval);

}
