#pragma once

#include "store/records.h"

#include <QList>

#include <optional>

namespace buttcloud {

class Database;

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

    // False (and nothing written) when the provider event id was recorded before: a replayed webhook.
    bool insertEvent(const BillingEventRecord &event) const;
    // insertEvent for a subscription's pub, with its status as the detail (empty ids for none).
    bool recordEvent(const SubscriptionRecord &subscription, const QString &kind, const QString &providerEventId,
                     qint64 at) const;
    bool hasProviderEvent(const QString &providerEventId) const;
    // Newest first.
    QList<BillingEventRecord> listEvents(const QString &pubId, int limit) const;

    // False (and nothing written) when the provider invoice id was recorded before.
    bool insertInvoice(const InvoiceRecord &invoice) const;
    bool updateInvoiceStatus(const QString &providerInvoiceId, const QString &status) const;
    // Newest first; every user's when userId is empty.
    QList<InvoiceRecord> listInvoices(const QString &userId, int limit) const;

private:
    const Database &m_database;
};

}
