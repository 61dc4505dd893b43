#pragma once

#include "billing/billingprovider.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace buttcloud {

// A payment provider in memory for route tests. Answers on the next event loop turn, as a real one
// would; a step can be made to fail; every call is recorded ("customer", "source", "plan",
// "subscription", "cancel") with its idempotency key.
class FakeBillingProvider final : public QObject, public BillingProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeBillingProvider)

public:
    explicit FakeBillingProvider(QObject *parent = nullptr);

    void createCustomer(const QString &email, const QString &userId, const QString &idempotencyKey,
                        BillingCallback<QString> done) override;
    void attachSource(const QString &customerId, const QString &token, const QString &idempotencyKey,
                      BillingCallback<QString> done) override;
    void createPlan(const QString &name, qint64 amount, const QString &currency, const QString &interval,
                    const QString &idempotencyKey, BillingCallback<ProviderPlanIds> done) override;
    void createSubscription(const QString &customerId, const QString &planId, int trialDays, const QString &pubId,
                            const QString &idempotencyKey, BillingCallback<ProviderSubscription> done) override;
    void cancelSubscription(const QString &subscriptionId, BillingCallback<bool> done) override;
    void pauseCollection(const QString &subscriptionId, bool paused, BillingCallback<bool> done) override;
    void listInvoices(const QString &customerId, BillingCallback<QList<ProviderInvoice>> done) override;

    // The step ("customer", "source", ...) answers this failure from now on.
    void failStep(const QString &step, BillingFailure failure);
    QStringList calls() const { return m_calls; }           // step names, in order
    QStringList keys() const { return m_keys; }             // their idempotency keys ("" for cancel)
    QStringList canceled() const { return m_canceled; }     // subscription ids
    QStringList paused() const { return m_paused; }         // "<id>:true" / "<id>:false", in order
    QString lastTrialDays() const { return m_lastTrialDays; }

private:
    template<typename T>
    void answer(const QString &step, const QString &key, BillingCallback<T> done, T value);

    QHash<QString, BillingFailure> m_failures;
    QStringList m_calls;
    QStringList m_keys;
    QStringList m_canceled;
    QStringList m_paused;
    QString m_lastTrialDays;
    int m_next = 0;
};

}
