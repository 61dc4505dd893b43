#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <variant>

namespace buttcloud {

// Why a provider call failed, for the one error mapper (billing routes turn it into an ApiError).
struct BillingFailure
{
    enum class Kind {
        CardDeclined,   // the card or token was refused: the customer must use another one (402)
        InvalidRequest, // the provider refused what we sent (a bug or a stale id): 422
        Unavailable,    // no answer, a 5xx or a rate limit: try again later (503)
        BadReply,       // an answer that does not have the shape we rely on (502)
        Unauthorized,   // the secret key was refused: an operator problem (503, logged)
    };
    Kind kind = Kind::Unavailable;
    QString message;      // for people; never contains the secret key
    QString providerCode; // the provider's own code (card_declined, resource_missing), may be empty
};

template<typename T>
using BillingResult = std::variant<T, BillingFailure>;

template<typename T>
using BillingCallback = std::function<void(BillingResult<T>)>;

struct ProviderPlanIds
{
    QString productId;
    QString planId;
};

struct ProviderSubscription
{
    QString id;
    QString customerId;
    QString planId;
    QString status;             // the provider's: trialing, active, past_due, unpaid, canceled, incomplete...
    qint64 currentPeriodEnd = 0; // epoch milliseconds
};

struct ProviderInvoice
{
    QString id;
    QString customerId;
    QString subscriptionId;
    qint64 amount = 0; // amount_due, minor units
    QString currency;
    QString status;    // draft, open, paid, uncollectible, void
    QString payUrl;    // the provider's hosted page where it can be paid; empty when it gave none
    qint64 createdAt = 0;
};

// What the server asks of a payment provider. Calls answer once, on the caller's thread, through the
// callback; every reply was validated before it gets there. idempotencyKey makes a retried call safe:
// the provider answers a repeated key with the first answer instead of acting twice.
class BillingProvider
{
public:
    virtual ~BillingProvider() = default;

    virtual void createCustomer(const QString &email, const QString &userId, const QString &idempotencyKey,
                                BillingCallback<QString> done) = 0;
    // A card token from the provider's client library (tok_...) becomes the customer's default source.
    virtual void attachSource(const QString &customerId, const QString &token, const QString &idempotencyKey,
                              BillingCallback<QString> done) = 0;
    virtual void createPlan(const QString &name, qint64 amount, const QString &currency, const QString &interval,
                            const QString &idempotencyKey, BillingCallback<ProviderPlanIds> done) = 0;
    // Refuses (CardDeclined) rather than leaving an unpaid subscription behind when the first payment
    // fails. pubId is recorded with the provider, so an operator can tell whose it is.
    virtual void createSubscription(const QString &customerId, const QString &planId, int trialDays,
                                    const QString &pubId, const QString &idempotencyKey,
                                    BillingCallback<ProviderSubscription> done) = 0;
    // Ends a subscription at once; cancelling one that is already canceled succeeds.
    virtual void cancelSubscription(const QString &subscriptionId, BillingCallback<bool> done) = 0;
    // Pauses (or resumes) charging a subscription: while paused its invoices are voided (comped pubs).
    virtual void pauseCollection(const QString &subscriptionId, bool paused, BillingCallback<bool> done) = 0;
    virtual void listInvoices(const QString &customerId, BillingCallback<QList<ProviderInvoice>> done) = 0;
};

}
