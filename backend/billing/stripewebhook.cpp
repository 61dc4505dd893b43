#include "billing/stripewebhook.h"

#include "billing/stripereplies.h"
#include "billing/stripesignature.h"
#include "core/logging.h"
#include "core/random.h"
#include "http/apierror.h"
#include "mail/mailer.h"
#include "store/billingrepository.h"
#include "store/database.h"
#include "store/userrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace buttcloud {

namespace {

// The status after a payment problem: past due with a grace period that starts at the first failure.
void markPastDue(SubscriptionRecord &subscription, qint64 now, std::chrono::milliseconds grace)
{
    // A comped pub owes nothing: whatever the provider still tries to charge does not matter.
    if (subscription.comped || subscription.status == QLatin1String("past_due")
        || subscription.status == QLatin1String("suspended"))
        return;
    subscription.status = QStringLiteral("past_due");
    subscription.graceUntil = now + grace.count();
}
}

QString subscriptionStatusFromStripe(const QString &stripeStatus, const QString &current)
{
    if (stripeStatus == QLatin1String("trialing") || stripeStatus == QLatin1String("active"))
        return current == QLatin1String("suspended") && stripeStatus == QLatin1String("trialing") ? current : stripeStatus;
    if (stripeStatus == QLatin1String("canceled") || stripeStatus == QLatin1String("incomplete_expired"))
        return QStringLiteral("canceled");
    // past_due, unpaid, incomplete: a payment is missing.
    return current == QLatin1String("suspended") ? current : QStringLiteral("past_due");
}

StripeWebhook::StripeWebhook(const Database &database, QByteArray secret, std::chrono::milliseconds grace)
    : m_database(database)
    , m_secret(std::move(secret))
    , m_grace(grace)
    , m_clock(currentEpochMs)
{
}

void StripeWebhook::setMailer(const Mailer *mailer)
{
    m_mailer = mailer;
}

void StripeWebhook::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

StripeWebhook::Outcome StripeWebhook::handle(const QByteArray &signatureHeader, const QByteArray &body) const
{
    const qint64 now = m_clock();
    switch (verifyStripeSignature(signatureHeader, body, m_secret, now / MillisecondsPerStripeSecond)) {
    case StripeSignatureCheck::Valid:
        break;
    case StripeSignatureCheck::Malformed:
        throw ApiError::badRequest(QStringLiteral("missing or malformed Stripe-Signature header"));
    case StripeSignatureCheck::Forged:
        qCWarning(lcBilling) << "refused a webhook whose signature does not match";
        throw ApiError::badRequest(QStringLiteral("the Stripe-Signature does not match"));
    case StripeSignatureCheck::Stale:
        qCWarning(lcBilling) << "refused a webhook signed too long ago";
        throw ApiError::badRequest(QStringLiteral("the Stripe-Signature is too old"));
    }

    QJsonParseError parseError;
    const QJsonObject event = QJsonDocument::fromJson(body, &parseError).object();
    static const QRegularExpression eventId(QStringLiteral("^evt_[A-Za-z0-9_]{1,250}$"));
    static const QRegularExpression eventType(QStringLiteral("^[a-z_]+(\\.[a-z_]+){1,4}$"));
    const QString id = event.value(QLatin1String("id")).toString();
    const QString type = event.value(QLatin1String("type")).toString();
    const QJsonObject object = event.value(QLatin1String("data")).toObject().value(QLatin1String("object")).toObject();
    if (parseError.error != QJsonParseError::NoError || !eventId.match(id).hasMatch() || !eventType.match(type).hasMatch()
        || object.isEmpty())
        throw ApiError::badRequest(QStringLiteral("not a Stripe event: expected id, type and data.object"));

    Outcome outcome = Outcome::Ignored;
    m_database.transaction([&] {
        const BillingRepository billing(m_database);
        if (billing.hasProviderEvent(id)) {
            outcome = Outcome::Duplicate;
            return;
        }
        SubscriptionRecord changed;
        bool applied = false;
        if (type == QLatin1String("customer.subscription.created") || type == QLatin1String("customer.subscription.updated")
            || type == QLatin1String("customer.subscription.deleted"))
            applied = applySubscription(object, type.endsWith(QLatin1String(".deleted")), changed);
        else if (type == QLatin1String("invoice.paid") || type == QLatin1String("invoice.payment_failed"))
            applied = applyInvoice(object, type == QLatin1String("invoice.paid"), changed);

        billing.recordEvent(changed, type, id, now);
        outcome = applied ? Outcome::Applied : Outcome::Ignored;
    });
    qCInfo(lcBilling) << "webhook" << type << id << (outcome == Outcome::Applied ? "applied"
                                                     : outcome == Outcome::Duplicate ? "duplicate, ignored"
                                                                                     : "recorded, nothing to change");
    return outcome;
}

bool StripeWebhook::applySubscription(const QJsonObject &object, bool deleted, SubscriptionRecord &changed) const
{
    BillingResult<ProviderSubscription> parsed = parseStripeSubscription(object);
    if (const BillingFailure *failure = std::get_if<BillingFailure>(&parsed))
        throw ApiError::badRequest(failure->message);
    const ProviderSubscription &provider = std::get<ProviderSubscription>(parsed);
    const BillingRepository billing(m_database);
    std::optional<SubscriptionRecord> subscription = billing.findSubscriptionByProviderId(provider.id);
    if (!subscription)
        return false; // not one of ours (another system on the same Stripe account)
    const QString status = deleted ? QStringLiteral("canceled") : subscriptionStatusFromStripe(provider.status, subscription->status);
    if (status == QLatin1String("past_due"))
        markPastDue(*subscription, m_clock(), m_grace);
    else
        subscription->status = status;
    if (status == QLatin1String("canceled") && !subscription->canceledAt)
        subscription->canceledAt = m_clock(); // the pub's removal counts from here
    if (status != QLatin1String("past_due") && status != QLatin1String("suspended"))
        subscription->graceUntil = 0;
    subscription->currentPeriodEnd = provider.currentPeriodEnd;
    subscription->updatedAt = m_clock();
    billing.updateSubscription(*subscription);
    changed = *subscription;
    return true;
}

bool StripeWebhook::applyInvoice(const QJsonObject &object, bool paid, SubscriptionRecord &changed) const
{
    BillingResult<ProviderInvoice> parsed = parseStripeInvoice(object);
    if (const BillingFailure *failure = std::get_if<BillingFailure>(&parsed))
        throw ApiError::badRequest(failure->message);
    const ProviderInvoice &invoice = std::get<ProviderInvoice>(parsed);
    const BillingRepository billing(m_database);
    std::optional<SubscriptionRecord> subscription = billing.findSubscriptionByProviderId(invoice.subscriptionId);
    if (!subscription)
        return false;

    const QString invoiceStatus = paid ? QStringLiteral("paid") : QStringLiteral("failed");
    InvoiceRecord record;
    record.id = generateId();
    record.userId = subscription->userId;
    record.pubId = subscription->pubId;
    record.subscriptionId = subscription->id;
    record.amount = invoice.amount;
    record.currency = invoice.currency;
    record.status = invoiceStatus;
    record.method = QStringLiteral("stripe");
    record.providerInvoiceId = invoice.id;
    record.payUrl = invoice.payUrl;
    record.at = invoice.createdAt;
    if (!billing.insertInvoice(record))
        billing.updateInvoiceStatus(invoice.id, invoiceStatus);

    const qint64 now = m_clock();
    if (subscription->status == QLatin1String("canceled")) {
        // A late invoice of an ended subscription is recorded, but does not bring it back.
    } else if (paid) {
        // Paid: active again. A suspended pub's restart is the lifecycle check's job (it sees active).
        subscription->status = QStringLiteral("active");
        subscription->graceUntil = 0;
    } else {
        markPastDue(*subscription, now, m_grace);
        if (m_mailer && !subscription->comped) {
            if (const std::optional<UserRecord> user = UserRepository(m_database).findById(subscription->userId))
                m_mailer->queuePaymentFailed(*user, QStringLiteral("invoice %1").arg(invoice.id));
        }
    }
    subscription->updatedAt = now;
    billing.updateSubscription(*subscription);
    changed = *subscription;
    return true;
}

}
