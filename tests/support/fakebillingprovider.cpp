#include "fakebillingprovider.h"

#include <QTimer>

namespace buttcloud {

FakeBillingProvider::FakeBillingProvider(QObject *parent)
    : QObject(parent)
{
}

template<typename T>
void FakeBillingProvider::answer(const QString &step, const QString &key, BillingCallback<T> done, T value)
{
    m_calls.append(step);
    m_keys.append(key);
    BillingResult<T> result = value;
    if (m_failures.contains(step))
        result = m_failures.value(step);
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

void FakeBillingProvider::createCustomer(const QString &, const QString &userId, const QString &idempotencyKey,
                                         BillingCallback<QString> done)
{
    answer<QString>(QStringLiteral("customer"), idempotencyKey, std::move(done), QStringLiteral("cus_") + userId);
}

void FakeBillingProvider::attachSource(const QString &, const QString &, const QString &idempotencyKey,
                                       BillingCallback<QString> done)
{
    answer<QString>(QStringLiteral("source"), idempotencyKey, std::move(done), QStringLiteral("card_%1").arg(++m_next));
}

void FakeBillingProvider::createPlan(const QString &, qint64, const QString &, const QString &, const QString &idempotencyKey,
                                     BillingCallback<ProviderPlanIds> done)
{
    ++m_next;
    answer<ProviderPlanIds>(QStringLiteral("plan"), idempotencyKey, std::move(done),
                            ProviderPlanIds{QStringLiteral("prod_%1").arg(m_next), QStringLiteral("plan_%1").arg(m_next)});
}

void FakeBillingProvider::createSubscription(const QString &customerId, const QString &planId, int trialDays,
                                             const QString &, const QString &idempotencyKey,
                                             BillingCallback<ProviderSubscription> done)
{
    m_lastTrialDays = QString::number(trialDays);
    ProviderSubscription subscription;
    subscription.id = QStringLiteral("sub_%1").arg(++m_next);
    subscription.customerId = customerId;
    subscription.planId = planId;
    subscription.status = trialDays > 0 ? QStringLiteral("trialing") : QStringLiteral("active");
    subscription.currentPeriodEnd = 1767225600000;
    answer<ProviderSubscription>(QStringLiteral("subscription"), idempotencyKey, std::move(done), subscription);
}

void FakeBillingProvider::cancelSubscription(const QString &subscriptionId, BillingCallback<bool> done)
{
    m_canceled.append(subscriptionId);
    answer<bool>(QStringLiteral("cancel"), QString(), std::move(done), true);
}

void FakeBillingProvider::pauseCollection(const QString &subscriptionId, bool paused, BillingCallback<bool> done)
{
    m_paused.append(subscriptionId + (paused ? QStringLiteral(":true") : QStringLiteral(":false")));
    answer<bool>(QStringLiteral("pause"), QString(), std::move(done), true);
}

void FakeBillingProvider::listInvoices(const QString &, BillingCallback<QList<ProviderInvoice>> done)
{
    answer<QList<ProviderInvoice>>(QStringLiteral("invoices"), QString(), std::move(done), {});
}

void FakeBillingProvider::failStep(const QString &step, BillingFailure failure)
{
    m_failures.insert(step, failure);
}

}
