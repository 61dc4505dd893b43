#pragma once

#include "store/records.h"

#include <QList>
#include <QMap>

#include <optional>

namespace buttcloud {

class Database;

// A subscription that owes money (past_due or suspended), with what the billing summary shows of it.
struct OwingSubscription
{
    QString pubId;
    QString pubName;
    QString ownerId;
    QString ownerEmail;
    QString status;
    qint64 graceUntil = 0;
    QString planName;
    qint64 amountDue = 0; // its open and failed invoices, minor units of currency
    QString currency;     // the plan's
};

// Plans, billing customers, subscriptions, the billing timeline and invoices. Throws StoreError on
// database failures; callers wrap a change and its events in one Database::transaction.
class BillingRepository final
{
public:
    explicit BillingRepository(const Database &database);

    void insertPlan(const PlanRecord &plan) const;
    // Writes every column but id and created_at.
    void updatePlan(const PlanRecord &plan) const;
    std::optional<PlanRecord> findPlan(const QString &id) const;
    std::optional<PlanRecord> findPlanByName(const QString &name) const;
    // Cheapest first; inactive ones too when asked.
    QList<PlanRecord> listPlans(bool includeInactive) const;

    // The provider's customer id of a user, empty when none yet.
    QString providerCustomerId(const QString &userId) const;
    void insertCustomer(const QString &userId, const QString &providerCustomerId) const;
    // insertCustomer unless the user has one already (then nothing is written).
    void rememberCustomer(const QString &userId, const QString &providerCustomerId) const;

    void insertSubscription(const SubscriptionRecord &subscription) const;
    // Writes every column but id, pub, user and created_at.
    void updateSubscription(const SubscriptionRecord &subscription) const;
    std::optional<SubscriptionRecord> findSubscription(const QString &id) const;
    std::optional<SubscriptionRecord> findSubscriptionByPub(const QString &pubId) const;
    std::optional<SubscriptionRecord> findSubscriptionByProviderId(const QString &providerSubscriptionId) const;
    // past_due ones whose grace ended before now (the lifecycle check suspends them).
    QList<SubscriptionRecord> listGraceExpired(qint64 now) const;
    QList<SubscriptionRecord> listWithStatus(const QString &status) const;
    // Paid again (active or trialing) while the pub's latest lifecycle event is still
    // billing.suspended: the lifecycle check starts these pubs.
    QList<SubscriptionRecord> listNeedingResume() const;
    // Active or trialing, not comped, without a provider subscription (billing offline), whose period
    // ended at or before now.
    QList<SubscriptionRecord> listPeriodEnded(qint64 now) const;
    // Whether the subscription has an invoice still open or failed.
    bool owes(const QString &subscriptionId) const;
    // Canceled at or before canceledBefore and their pub's removal not queued yet.
    QList<SubscriptionRecord> listDueForRemoval(qint64 canceledBefore) const;
    // Past due or suspended, oldest grace first.
    QList<OwingSubscription> listOwing() const;
    // Subscriptions per status, and "comped" for the comped ones.
    QMap<QString, int> countByStatus() const;

    // False (and nothing written) when the provider event id was recorded before: a replayed webhook.
    bool insertEvent(const BillingEventRecord &event) const;
    // insertEvent for a subscription's pub, with its status as the detail (empty ids for none).
    bool recordEvent(const SubscriptionRecord &subscription, const QString &kind, const QString &providerEventId,
                     qint64 at) const;
    // The same with more detail (who did it, why); "status" is always the subscription's.
    bool recordEvent(const SubscriptionRecord &subscription, const QString &kind, const QString &providerEventId,
                     qint64 at, const QJsonObject &detail) const;
    bool hasProviderEvent(const QString &providerEventId) const;
    // Newest first.
    QList<BillingEventRecord> listEvents(const QString &pubId, int limit) const;

    // False (and nothing written) when the provider invoice id was recorded before.
    bool insertInvoice(const InvoiceRecord &invoice) const;
    bool updateInvoiceStatus(const QString &providerInvoiceId, const QString &status) const;
    // Newest first; every user's when userId is empty.
    QList<InvoiceRecord> listInvoices(const QString &userId, int limit) const;
    // The pay link of the subscription's latest invoice when that one is open or failed, else empty.
    QString payUrl(const QString &subscriptionId) const;
    // Open and failed invoices of a subscription become void (settled by a payment recorded by hand).
    int voidOpenInvoices(const QString &subscriptionId) const;
    // Paid invoices at or after since (epoch ms), newest first.
    QList<InvoiceRecord> listPaidSince(qint64 since) const;

private:
    const Database &m_database;
};

}
