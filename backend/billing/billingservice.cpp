#include "billing/billingservice.h"

#include "billing/money.h"
#include "billing/stripewebhook.h"
#include "core/logging.h"
#include "core/random.h"
#include "pubs/pubnames.h"
#include "store/billingrepository.h"
#include "store/database.h"
#include "store/pubrepository.h"
#include "store/userrepository.h"
#include "wire/errorcodes.h"

#include <QDateTime>
#include <QPointer>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

namespace buttcloud {

namespace {
// Calls made after the fact (cancel, pause collection): retried with backoff, then left to the operator.
constexpr int ProviderAttempts = 5;
constexpr std::chrono::seconds ProviderRetryBase{2};
constexpr qint64 MillisecondsPerDay = 24LL * 3600 * 1000;

const QString Trialing = QStringLiteral("trialing");
const QString Active = QStringLiteral("active");
const QString PastDue = QStringLiteral("past_due");
const QString Canceled = QStringLiteral("canceled");

bool isLive(const SubscriptionRecord &subscription)
{
    return subscription.status != Canceled;
}

// A token from the provider's own page (tok_..., pm_..., src_...): never a card number.
bool isPaymentToken(const QString &token)
{
    static const QRegularExpression pattern(QStringLiteral("^(tok|pm|src)_[A-Za-z0-9_]{1,200}$"));
    return pattern.match(token).hasMatch();
}

// The end of the first period: the trial, else one interval from now (calendar months and years).
qint64 firstPeriodEnd(const PlanRecord &plan, qint64 now)
{
    if (plan.trialDays > 0)
        return now + plan.trialDays * MillisecondsPerDay;
    return periodEndAfter(now, plan.interval);
}

QJsonObject byAdmin(const UserRecord &admin)
{
    return QJsonObject{{QStringLiteral("by"), admin.id}, {QStringLiteral("byEmail"), admin.email}};
}
}

InvoiceRecord openOfflineInvoice(const SubscriptionRecord &subscription, const PlanRecord &plan, const QString &note,
                                 qint64 now)
{
    InvoiceRecord invoice;
    invoice.id = generateId();
    invoice.userId = subscription.userId;
    invoice.pubId = subscription.pubId;
    invoice.subscriptionId = subscription.id;
    invoice.amount = plan.amount;
    invoice.currency = plan.currency;
    invoice.status = QStringLiteral("open");
    invoice.method = QStringLiteral("offline");
    invoice.note = note;
    invoice.at = now;
    return invoice;
}

qint64 periodEndAfter(qint64 start, const QString &interval)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
    return (interval == QLatin1String("year") ? from.addYears(1) : from.addMonths(1)).toMSecsSinceEpoch();
}

ApiError billingApiError(const BillingFailure &failure)
{
    switch (failure.kind) {
    case BillingFailure::Kind::CardDeclined:
        return ApiError::cardDeclined(failure.message);
    case BillingFailure::Kind::InvalidRequest:
        return ApiError::validation(QStringLiteral("payment"), failure.message);
    case BillingFailure::Kind::BadReply:
        return ApiError::paymentUnavailable(failure.message, true);
    case BillingFailure::Kind::Unauthorized:
        qCCritical(lcBilling) << "the payment provider refused the server's secret key: check stripe-secret-key-file";
        return ApiError::paymentUnavailable(QStringLiteral("payments are unavailable; the operator has been told"));
    case BillingFailure::Kind::Unavailable:
        break;
    }
    return ApiError::paymentUnavailable(failure.message);
}

BillingService::BillingService(const Database &database, PubController &pubs, BillingConfig::Mode mode, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_pubs(pubs)
    , m_mode(mode)
    , m_clock(currentEpochMs)
{
}

BillingConfig::Mode BillingService::mode() const
{
    return m_mode;
}

void BillingService::setProvider(BillingProvider *provider)
{
    m_provider = provider;
}

void BillingService::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

PlanRecord BillingService::subscribablePlan(const QString &planId) const
{
    if (planId.isEmpty())
        throw ApiError::validation(QStringLiteral("planId"), QStringLiteral("is required: choose a plan"));
    const std::optional<PlanRecord> plan = BillingRepository(m_database).findPlan(planId);
    if (!plan)
        throw ApiError::validation(QStringLiteral("planId"), QStringLiteral("no such plan"));
    if (!plan->active)
        throw ApiError::validation(QStringLiteral("planId"), QStringLiteral("the plan takes no new subscribers"));
    return *plan;
}

UserRecord BillingService::ownerOf(const QString &userId) const
{
    const std::optional<UserRecord> owner = UserRepository(m_database).findById(userId);
    if (!owner)
        throw ApiError::notFound(QStringLiteral("the pub's owner no longer exists"));
    return *owner;
}

void BillingService::createPub(const UserRecord &caller, const QString &name, const QString &planId,
                               const QString &paymentToken, Done done)
{
    // Everything that can be refused is checked before the provider charges anyone.
    if (const std::optional<QString> problem = checkPubName(name))
        throw ApiError::validation(QStringLiteral("name"), *problem);
    if (PubRepository(m_database).nameTaken(name))
        throw ApiError::conflict(QStringLiteral("name: a pub with this name exists"));
    const PlanRecord plan = subscribablePlan(planId);
    const QString pubId = generateId();
    agree(caller, plan, paymentToken, pubId,
          [this, caller, name, plan, pubId, done = std::move(done)](std::variant<Agreement, ApiError> agreed) {
              if (const ApiError *error = std::get_if<ApiError>(&agreed))
                  return done(*error);
              finish(std::get<Agreement>(agreed), [&](const Agreement &agreement) {
                  Subscribed result;
                  result.created = m_pubs.create(caller.id, name, &caller, pubId, [&](const PubRecord &pub) {
                      result.subscription = storeSubscription(pub, plan, agreement, caller);
                  });
                  return result;
              }, done);
          });
}

void BillingService::subscribe(const UserRecord &caller, const PubRecord &pub, const QString &planId,
                               const QString &paymentToken, Done done)
{
    if (m_mode == BillingConfig::Mode::Off)
        throw ApiError::conflict(QStringLiteral("billing is off on this server: every pub is allowed"));
    if (pub.desiredState == PubDesiredState::Deleted)
        throw ApiError::conflict(QStringLiteral("the pub is being deleted"));
    const std::optional<SubscriptionRecord> existing = BillingRepository(m_database).findSubscriptionByPub(pub.id);
    if (existing && isLive(*existing))
        throw ApiError::conflict(QStringLiteral("the pub has a subscription (%1)").arg(existing->status));
    const PlanRecord plan = subscribablePlan(planId);
    const UserRecord owner = ownerOf(pub.ownerId);
    agree(owner, plan, paymentToken, pub.id,
          [this, caller, pub, plan, done = std::move(done)](std::variant<Agreement, ApiError> agreed) {
              if (const ApiError *error = std::get_if<ApiError>(&agreed))
                  return done(*error);
              finish(std::get<Agreement>(agreed), [&](const Agreement &agreement) {
                  Subscribed result;
                  m_database.transaction([&] {
                      // Checked again: another request may have subscribed it meanwhile.
                      const std::optional<SubscriptionRecord> now = BillingRepository(m_database).findSubscriptionByPub(pub.id);
                      if (now && isLive(*now))
                          throw ApiError::conflict(QStringLiteral("the pub was subscribed meanwhile"));
                      if (!PubRepository(m_database).findById(pub.id))
                          throw ApiError::notFound(QStringLiteral("the pub was deleted meanwhile"));
                      result.subscription = storeSubscription(pub, plan, agreement, caller);
                  });
                  return result;
              }, done);
          });
}

void BillingService::agree(const UserRecord &owner, const PlanRecord &plan, const QString &paymentToken,
                           const QString &pubId, std::function<void(std::variant<Agreement, ApiError>)> then)
{
    if (!paymentToken.isEmpty() && !isPaymentToken(paymentToken))
        throw ApiError::validation(QStringLiteral("paymentToken"),
                                   QStringLiteral("must be a token from the payment page (tok_...), never card details"));
    const bool needsPayment = plan.amount > 0 && plan.trialDays == 0;
    const qint64 now = m_clock();
    // Free plans, and every plan offline: nothing to ask anyone.
    if (plan.amount == 0 || m_mode != BillingConfig::Mode::Stripe) {
        Agreement agreement;
        agreement.status = plan.trialDays > 0 ? Trialing : Active;
        agreement.currentPeriodEnd = firstPeriodEnd(plan, now);
        agreement.openInvoice = needsPayment;
        return then(agreement);
    }
    if (needsPayment && paymentToken.isEmpty())
        throw ApiError::validation(QStringLiteral("paymentToken"), QStringLiteral("is required for this plan"));
    if (!m_provider)
        throw ApiError::paymentUnavailable(QStringLiteral("no payment provider is configured"));
    agreeWithProvider(owner, plan, paymentToken, pubId, std::move(then));
}

void BillingService::agreeWithProvider(const UserRecord &owner, const PlanRecord &plan, const QString &paymentToken,
                                       const QString &pubId, std::function<void(std::variant<Agreement, ApiError>)> then)
{
    // Steps in order, each answering on this thread; any failure ends the chain with its error.
    // Keys: the plan's and the customer's are stable (a retry or a concurrent request reuses what the
    // first one made); the card's and the subscription's belong to this request.
    const QString requestKey = generateId();
    const QPointer<BillingService> guard(this);
    auto fail = [then](const BillingFailure &failure) { then(billingApiError(failure)); };

    auto subscribeCustomer = [this, guard, plan, pubId, requestKey, then, fail](const QString &customerId,
                                                                               const QString &providerPlanId) {
        m_provider->createSubscription(
            customerId, providerPlanId, plan.trialDays, pubId, QStringLiteral("subscription:") + requestKey,
            [guard, customerId, then, fail](BillingResult<ProviderSubscription> made) {
                if (!guard)
                    return;
                if (const BillingFailure *failure = std::get_if<BillingFailure>(&made))
                    return fail(*failure);
                const ProviderSubscription &subscription = std::get<ProviderSubscription>(made);
                Agreement agreement;
                agreement.status = subscriptionStatusFromStripe(subscription.status, QString());
                agreement.currentPeriodEnd = subscription.currentPeriodEnd;
                agreement.providerSubscriptionId = subscription.id;
                agreement.providerCustomerId = customerId;
                if (agreement.status != Trialing && agreement.status != Active) {
                    // Made but not paid (error_if_incomplete should prevent it): undo, and say why.
                    guard->cancelAtProvider(subscription.id, QString());
                    return then(ApiError::cardDeclined(QStringLiteral("the first payment did not go through")));
                }
                then(agreement);
            });
    };
    auto withCustomer = [this, guard, owner, paymentToken, requestKey, fail, subscribeCustomer](const QString &providerPlanId) {
        auto attachThenSubscribe = [this, guard, paymentToken, requestKey, fail, subscribeCustomer,
                                    providerPlanId](const QString &customerId) {
            if (paymentToken.isEmpty())
                return subscribeCustomer(customerId, providerPlanId);
            m_provider->attachSource(customerId, paymentToken, QStringLiteral("source:") + requestKey,
                                     [guard, customerId, providerPlanId, fail, subscribeCustomer](BillingResult<QString> card) {
                                         if (!guard)
                                             return;
                                         if (const BillingFailure *failure = std::get_if<BillingFailure>(&card))
                                             return fail(*failure);
                                         subscribeCustomer(customerId, providerPlanId);
                                     });
        };
        const QString known = BillingRepository(m_database).providerCustomerId(owner.id);
        if (!known.isEmpty())
            return attachThenSubscribe(known);
        m_provider->createCustomer(owner.email, owner.id, QStringLiteral("customer:") + owner.id,
                                   [guard, fail, attachThenSubscribe](BillingResult<QString> customer) {
                                       if (!guard)
                                           return;
                                       if (const BillingFailure *failure = std::get_if<BillingFailure>(&customer))
                                           return fail(*failure);
                                       attachThenSubscribe(std::get<QString>(customer));
                                   });
    };
    if (!plan.providerPlanId.isEmpty())
        return withCustomer(plan.providerPlanId);
    m_provider->createPlan(plan.name, plan.amount, plan.currency, plan.interval, QStringLiteral("plan:") + plan.id,
                           [this, guard, planId = plan.id, fail, withCustomer](BillingResult<ProviderPlanIds> made) {
                               if (!guard)
                                   return;
                               if (const BillingFailure *failure = std::get_if<BillingFailure>(&made))
                                   return fail(*failure);
                               const ProviderPlanIds &ids = std::get<ProviderPlanIds>(made);
                               // Kept at once: the plan exists at the provider whatever happens next.
                               const BillingRepository billing(m_database);
                               m_database.transaction([&] {
                                   std::optional<PlanRecord> stored = billing.findPlan(planId);
                                   if (stored && stored->providerPlanId.isEmpty()) {
                                       stored->providerProductId = ids.productId;
                                       stored->providerPlanId = ids.planId;
                                       stored->updatedAt = currentEpochMs();
                                       billing.updatePlan(*stored);
                                   }
                               });
                               withCustomer(ids.planId);
                           });
}

void BillingService::finish(const Agreement &agreement, const Store &store, const Done &done)
{
    try {
        done(store(agreement));
        return;
    } catch (const ApiError &error) {
        if (!agreement.providerSubscriptionId.isEmpty())
            cancelAtProvider(agreement.providerSubscriptionId, QString());
        done(error);
    } catch (const std::exception &error) {
        qCCritical(lcBilling) << "cannot store a subscription:" << error.what();
        if (!agreement.providerSubscriptionId.isEmpty())
            cancelAtProvider(agreement.providerSubscriptionId, QString());
        done(ApiError(ErrorCode::Internal, QStringLiteral("internal error; the server log has details")));
    }
}

SubscriptionRecord BillingService::storeSubscription(const PubRecord &pub, const PlanRecord &plan,
                                                     const Agreement &agreement, const UserRecord &caller) const
{
    const BillingRepository billing(m_database);
    const qint64 now = m_clock();
    const std::optional<SubscriptionRecord> previous = billing.findSubscriptionByPub(pub.id);
    SubscriptionRecord subscription;
    subscription.id = previous ? previous->id : generateId();
    subscription.pubId = pub.id;
    subscription.userId = pub.ownerId;
    subscription.planId = plan.id;
    subscription.status = agreement.status;
    subscription.currentPeriodEnd = agreement.currentPeriodEnd;
    subscription.providerSubscriptionId = agreement.providerSubscriptionId;
    subscription.providerCustomerId = agreement.providerCustomerId;
    subscription.createdAt = previous ? previous->createdAt : now;
    subscription.updatedAt = now;
    if (previous)
        billing.updateSubscription(subscription); // a canceled one, replaced
    else
        billing.insertSubscription(subscription);
    if (!agreement.providerCustomerId.isEmpty())
        billing.rememberCustomer(pub.ownerId, agreement.providerCustomerId);
    billing.recordEvent(subscription, QStringLiteral("billing.subscribed"), QString(), now,
                        QJsonObject{{QStringLiteral("planId"), plan.id}, {QStringLiteral("by"), caller.id}});
    if (agreement.openInvoice) {
        billing.insertInvoice(openOfflineInvoice(subscription, plan, QStringLiteral("first period of %1").arg(plan.name), now));
    }
    return subscription;
}

void BillingService::cancelAtProvider(const QString &providerSubscriptionId, const QString &pubId)
{
    // The operator must cancel it by hand if this never succeeds; its metadata names the pub.
    const QString what = QStringLiteral("cancel subscription %1 (pub %2)")
                             .arg(providerSubscriptionId, pubId.isEmpty() ? QStringLiteral("never stored") : pubId);
    tellProvider(what, [this, providerSubscriptionId](BillingCallback<bool> done) {
        m_provider->cancelSubscription(providerSubscriptionId, std::move(done));
    }, 1);
}

void BillingService::tellProvider(const QString &what, const ProviderCall &call, int attempt)
{
    if (!m_provider)
        return;
    qCInfo(lcBilling).noquote() << "payment provider:" << what << "attempt" << attempt;
    const QPointer<BillingService> guard(this);
    call([guard, what, call, attempt](BillingResult<bool> result) {
        if (!guard || std::holds_alternative<bool>(result))
            return;
        if (attempt >= ProviderAttempts) {
            qCCritical(lcBilling).noquote() << "payment provider: could not" << what << "; do it at the provider by hand:"
                                            << std::get<BillingFailure>(result).message;
            return;
        }
        QTimer::singleShot(ProviderRetryBase * (1 << (attempt - 1)), guard, [guard, what, call, attempt] {
            if (guard)
                guard->tellProvider(what, call, attempt + 1);
        });
    });
}

SubscriptionRecord BillingService::applyOverride(const UserRecord &admin, const QString &pubId,
                                                 const SubscriptionOverride &change)
{
    if (m_mode == BillingConfig::Mode::Off)
        throw ApiError::conflict(QStringLiteral("billing is off on this server"));
    const BillingRepository billing(m_database);
    SubscriptionRecord subscription;
    QString cancelId;
    bool pauseChanged = false;
    m_database.transaction([&] {
        std::optional<SubscriptionRecord> found = billing.findSubscriptionByPub(pubId);
        if (!found)
            throw ApiError::notFound(QStringLiteral("the pub has no subscription"));
        subscription = *found;
        const qint64 now = m_clock();
        if (change.graceUntil) {
            if (subscription.status != PastDue)
                throw ApiError::conflict(QStringLiteral("graceUntil: only a past_due subscription has a grace period"));
            if (*change.graceUntil <= now)
                throw ApiError::validation(QStringLiteral("graceUntil"), QStringLiteral("must be in the future"));
            subscription.graceUntil = *change.graceUntil;
            subscription.updatedAt = now;
            billing.updateSubscription(subscription);
            QJsonObject detail = byAdmin(admin);
            detail.insert(QStringLiteral("graceUntil"),
                          QDateTime::fromMSecsSinceEpoch(*change.graceUntil, Qt::UTC).toString(Qt::ISODateWithMs));
            billing.recordEvent(subscription, QStringLiteral("billing.grace_extended"), QString(), now, detail);
        }
        if (change.comped && *change.comped != subscription.comped) {
            if (subscription.status == Canceled)
                throw ApiError::conflict(QStringLiteral("comped: the subscription is canceled"));
            subscription.comped = *change.comped;
            pauseChanged = true;
            if (subscription.comped) {
                // Owes nothing from now on: active, its grace and any suspension over.
                subscription.status = Active;
                subscription.graceUntil = 0;
            }
            subscription.updatedAt = now;
            billing.updateSubscription(subscription);
            billing.recordEvent(subscription, subscription.comped ? QStringLiteral("billing.comped") : QStringLiteral("billing.uncomped"),
                                QString(), now, byAdmin(admin));
        }
        if (change.cancel && subscription.status != Canceled) {
            subscription.status = Canceled;
            subscription.graceUntil = 0;
            subscription.comped = false;
            subscription.canceledAt = now;
            subscription.updatedAt = now;
            billing.updateSubscription(subscription);
            billing.recordEvent(subscription, QStringLiteral("billing.canceled"), QString(), now, byAdmin(admin));
            cancelId = subscription.providerSubscriptionId;
        }
    });
    // The provider stops charging too; its customer.subscription.deleted webhook then changes nothing.
    if (!cancelId.isEmpty())
        cancelAtProvider(cancelId, pubId);
    // A comped pub is never charged: the provider's collection is paused (its invoices void) while comped.
    if (pauseChanged && !subscription.providerSubscriptionId.isEmpty() && !change.cancel) {
        const QString id = subscription.providerSubscriptionId;
        const bool paused = subscription.comped;
        tellProvider(QStringLiteral("%1 collection of subscription %2 (pub %3)")
                         .arg(paused ? QStringLiteral("pause") : QStringLiteral("resume"), id, pubId),
                     [this, id, paused](BillingCallback<bool> done) { m_provider->pauseCollection(id, paused, std::move(done)); }, 1);
    }
    return subscription;
}

InvoiceRecord BillingService::recordPayment(const UserRecord &admin, const QString &pubId, const OfflinePayment &payment)
{
    if (m_mode == BillingConfig::Mode::Stripe)
        throw ApiError::conflict(QStringLiteral("with billing through Stripe, payments come from Stripe"));
    if (m_mode == BillingConfig::Mode::Off)
        throw ApiError::conflict(QStringLiteral("billing is off on this server"));
    const BillingRepository billing(m_database);
    InvoiceRecord invoice;
    m_database.transaction([&] {
        std::optional<SubscriptionRecord> subscription = billing.findSubscriptionByPub(pubId);
        if (!subscription)
            throw ApiError::notFound(QStringLiteral("the pub has no subscription"));
        if (subscription->status == Canceled)
            throw ApiError::conflict(QStringLiteral("the subscription is canceled: subscribe the pub again"));
        const qint64 now = m_clock();
        invoice.id = generateId();
        invoice.userId = subscription->userId;
        invoice.pubId = pubId;
        invoice.subscriptionId = subscription->id;
        invoice.amount = payment.amount;
        invoice.currency = payment.currency;
        invoice.status = QStringLiteral("paid");
        invoice.method = QStringLiteral("offline");
        invoice.note = payment.note;
        invoice.at = now;
        // The payment settles what was owed: open invoices are void, the payment is the paid one.
        billing.voidOpenInvoices(subscription->id);
        billing.insertInvoice(invoice);
        subscription->status = Active;
        subscription->graceUntil = 0;
        subscription->updatedAt = now;
        billing.updateSubscription(*subscription);
        QJsonObject detail = byAdmin(admin);
        detail.insert(QStringLiteral("amount"), payment.amount);
        detail.insert(QStringLiteral("currency"), payment.currency);
        billing.recordEvent(*subscription, QStringLiteral("billing.payment_recorded"), QString(), now, detail);
    });
    qCInfo(lcBilling) << "recorded an offline payment of" << formatMoney(payment.amount, payment.currency) << "for pub" << pubId;
    return invoice;
}

}
