#include "store/billingrepository.h"

#include "core/random.h"
#include "store/database.h"
#include "store/jsontext.h"

namespace buttcloud {

namespace {
const QString PlanColumns = QStringLiteral("id, name, amount, currency, billing_interval, memory_bytes, trial_days, active,"
                                           " provider_product_id, provider_plan_id, created_at, updated_at");
const QString SubscriptionColumns = QStringLiteral("id, pub_id, user_id, plan_id, status, current_period_end, grace_until,"
                                                   " provider_subscription_id, provider_customer_id, created_at, updated_at,"
                                                   " comped, canceled_at, removal_queued_at");
const QString EventColumns = QStringLiteral("id, pub_id, subscription_id, kind, detail, provider_event_id, at");
const QString InvoiceColumns = QStringLiteral("id, user_id, pub_id, subscription_id, amount, currency, status, method,"
                                              " provider_invoice_id, note, at, pay_url");

PlanRecord readPlan(const QSqlQuery &query)
{
    PlanRecord plan;
    plan.id = query.value(0).toString();
    plan.name = query.value(1).toString();
    plan.amount = query.value(2).toLongLong();
    plan.currency = query.value(3).toString();
    plan.interval = query.value(4).toString();
    plan.memoryBytes = query.value(5).toLongLong();
    plan.trialDays = query.value(6).toInt();
    plan.active = query.value(7).toBool();
    plan.providerProductId = query.value(8).toString();
    plan.providerPlanId = query.value(9).toString();
    plan.createdAt = query.value(10).toLongLong();
    plan.updatedAt = query.value(11).toLongLong();
    return plan;
}

SubscriptionRecord readSubscription(const QSqlQuery &query)
{
    SubscriptionRecord subscription;
    subscription.id = query.value(0).toString();
    subscription.pubId = query.value(1).toString();
    subscription.userId = query.value(2).toString();
    subscription.planId = query.value(3).toString();
    subscription.status = query.value(4).toString();
    subscription.currentPeriodEnd = query.value(5).toLongLong();
    subscription.graceUntil = query.value(6).toLongLong();
    subscription.providerSubscriptionId = query.value(7).toString();
    subscription.providerCustomerId = query.value(8).toString();
    subscription.createdAt = query.value(9).toLongLong();
    subscription.updatedAt = query.value(10).toLongLong();
    subscription.comped = query.value(11).toBool();
    subscription.canceledAt = query.value(12).toLongLong();
    subscription.removalQueuedAt = query.value(13).toLongLong();
    return subscription;
}

BillingEventRecord readEvent(const QSqlQuery &query)
{
    BillingEventRecord event;
    event.id = query.value(0).toString();
    event.pubId = query.value(1).toString();
    event.subscriptionId = query.value(2).toString();
    event.kind = query.value(3).toString();
    event.detail = fromJsonText(query.value(4).toString());
    event.providerEventId = query.value(5).toString();
    event.at = query.value(6).toLongLong();
    return event;
}

InvoiceRecord readInvoice(const QSqlQuery &query)
{
    InvoiceRecord invoice;
    invoice.id = query.value(0).toString();
    invoice.userId = query.value(1).toString();
    invoice.pubId = query.value(2).toString();
    invoice.subscriptionId = query.value(3).toString();
    invoice.amount = query.value(4).toLongLong();
    invoice.currency = query.value(5).toString();
    invoice.status = query.value(6).toString();
    invoice.method = query.value(7).toString();
    invoice.providerInvoiceId = query.value(8).toString();
    invoice.note = query.value(9).toString();
    invoice.at = query.value(10).toLongLong();
    invoice.payUrl = query.value(11).toString();
    return invoice;
}

template<typename Record, typename Reader>
QList<Record> readAll(QSqlQuery query, Reader read)
{
    QList<Record> records;
    while (query.next())
        records.append(read(query));
    return records;
}

// Subscriptions matching a condition on their own columns (ending in its ORDER BY).
QList<SubscriptionRecord> selectSubscriptions(const Database &database, const QString &condition,
                                              std::initializer_list<QVariant> values = {})
{
    return readAll<SubscriptionRecord>(
        database.exec(QStringLiteral("SELECT %1 FROM subscriptions WHERE %2").arg(SubscriptionColumns, condition), values),
        readSubscription);
}

template<typename Record, typename Reader>
std::optional<Record> readFirst(QSqlQuery query, Reader read)
{
    if (!query.next())
        return std::nullopt;
    return read(query);
}
}

BillingRepository::BillingRepository(const Database &database)
    : m_database(database)
{
}

void BillingRepository::insertPlan(const PlanRecord &plan) const
{
    m_database.exec(QStringLiteral("INSERT INTO plans (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(PlanColumns),
                    {plan.id, plan.name, plan.amount, plan.currency, plan.interval, plan.memoryBytes, plan.trialDays,
                     plan.active, plan.providerProductId, plan.providerPlanId, plan.createdAt, plan.updatedAt});
}

void BillingRepository::updatePlan(const PlanRecord &plan) const
{
    m_database.exec(QStringLiteral("UPDATE plans SET name = ?, amount = ?, currency = ?, billing_interval = ?,"
                                   " memory_bytes = ?, trial_days = ?, active = ?, provider_product_id = ?,"
                                   " provider_plan_id = ?, updated_at = ? WHERE id = ?"),
                    {plan.name, plan.amount, plan.currency, plan.interval, plan.memoryBytes, plan.trialDays, plan.active,
                     plan.providerProductId, plan.providerPlanId, plan.updatedAt, plan.id});
}

std::optional<PlanRecord> BillingRepository::findPlan(const QString &id) const
{
    return readFirst<PlanRecord>(m_database.exec(QStringLiteral("SELECT %1 FROM plans WHERE id = ?").arg(PlanColumns), {id}),
                                 readPlan);
}

std::optional<PlanRecord> BillingRepository::findPlanByName(const QString &name) const
{
    return readFirst<PlanRecord>(
        m_database.exec(QStringLiteral("SELECT %1 FROM plans WHERE name = ?").arg(PlanColumns), {name}), readPlan);
}

QList<PlanRecord> BillingRepository::listPlans(bool includeInactive) const
{
    return readAll<PlanRecord>(m_database.exec(QStringLiteral("SELECT %1 FROM plans WHERE active = TRUE OR ? = TRUE"
                                                              " ORDER BY amount, name")
                                                   .arg(PlanColumns),
                                               {includeInactive}),
                               readPlan);
}

QString BillingRepository::providerCustomerId(const QString &userId) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT provider_customer_id FROM billing_customers WHERE user_id = ?"), {userId});
    return query.next() ? query.value(0).toString() : QString();
}

void BillingRepository::insertCustomer(const QString &userId, const QString &providerCustomerId) const
{
    m_database.exec(QStringLiteral("INSERT INTO billing_customers (user_id, provider_customer_id, created_at)"
                                   " VALUES (?, ?, ?)"),
                    {userId, providerCustomerId, currentEpochMs()});
}

void BillingRepository::rememberCustomer(const QString &userId, const QString &providerCustomerId) const
{
    // Two subscriptions of one user made at once get the same customer (one idempotency key per
    // user): the second insert finds the row and writes nothing.
    m_database.exec(QStringLiteral("INSERT INTO billing_customers (user_id, provider_customer_id, created_at)"
                                   " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM billing_customers WHERE user_id = ?)"),
                    {userId, providerCustomerId, currentEpochMs(), userId});
}

void BillingRepository::insertSubscription(const SubscriptionRecord &subscription) const
{
    m_database.exec(QStringLiteral("INSERT INTO subscriptions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .arg(SubscriptionColumns),
                    {subscription.id, subscription.pubId, subscription.userId, subscription.planId, subscription.status,
                     subscription.currentPeriodEnd, subscription.graceUntil, subscription.providerSubscriptionId,
                     subscription.providerCustomerId, subscription.createdAt, subscription.updatedAt,
                     subscription.comped, subscription.canceledAt, subscription.removalQueuedAt});
}

void BillingRepository::updateSubscription(const SubscriptionRecord &subscription) const
{
    m_database.exec(QStringLiteral("UPDATE subscriptions SET plan_id = ?, status = ?, current_period_end = ?,"
                                   " grace_until = ?, provider_subscription_id = ?, provider_customer_id = ?,"
                                   " updated_at = ?, comped = ?, canceled_at = ?, removal_queued_at = ? WHERE id = ?"),
                    {subscription.planId, subscription.status, subscription.currentPeriodEnd, subscription.graceUntil,
                     subscription.providerSubscriptionId, subscription.providerCustomerId, subscription.updatedAt,
                     subscription.comped, subscription.canceledAt, subscription.removalQueuedAt, subscription.id});
}

std::optional<SubscriptionRecord> BillingRepository::findSubscription(const QString &id) const
{
    return readFirst<SubscriptionRecord>(
        m_database.exec(QStringLiteral("SELECT %1 FROM subscriptions WHERE id = ?").arg(SubscriptionColumns), {id}),
        readSubscription);
}

std::optional<SubscriptionRecord> BillingRepository::findSubscriptionByPub(const QString &pubId) const
{
    return readFirst<SubscriptionRecord>(
        m_database.exec(QStringLiteral("SELECT %1 FROM subscriptions WHERE pub_id = ?").arg(SubscriptionColumns), {pubId}),
        readSubscription);
}

std::optional<SubscriptionRecord> BillingRepository::findSubscriptionByProviderId(const QString &providerSubscriptionId) const
{
    if (providerSubscriptionId.isEmpty())
        return std::nullopt;
    return readFirst<SubscriptionRecord>(
        m_database.exec(QStringLiteral("SELECT %1 FROM subscriptions WHERE provider_subscription_id = ?")
                            .arg(SubscriptionColumns),
                        {providerSubscriptionId}),
        readSubscription);
}

QList<SubscriptionRecord> BillingRepository::listGraceExpired(qint64 now) const
{
    return selectSubscriptions(m_database, QStringLiteral("status = 'past_due' AND grace_until <= ? ORDER BY grace_until, id"), {now});
}

QList<SubscriptionRecord> BillingRepository::listWithStatus(const QString &status) const
{
    return selectSubscriptions(m_database, QStringLiteral("status = ? ORDER BY id"), {status});
}

QList<SubscriptionRecord> BillingRepository::listNeedingResume() const
{
    return readAll<SubscriptionRecord>(
        m_database.exec(QStringLiteral("SELECT %1 FROM subscriptions s WHERE s.status IN ('active', 'trialing') AND"
                                       " (SELECT e.kind FROM billing_events e WHERE e.pub_id = s.pub_id"
                                       " AND e.kind IN ('billing.suspended', 'billing.resumed')"
                                       " ORDER BY e.at DESC, e.id DESC LIMIT 1) = 'billing.suspended' ORDER BY s.id")
                            .arg(QStringLiteral("s.id, s.pub_id, s.user_id, s.plan_id, s.status, s.current_period_end,"
                                                " s.grace_until, s.provider_subscription_id, s.provider_customer_id,"
                                                " s.created_at, s.updated_at, s.comped, s.canceled_at,"
                                                " s.removal_queued_at"))),
        readSubscription);
}

bool BillingRepository::insertEvent(const BillingEventRecord &event) const
{
    // INSERT ... WHERE NOT EXISTS: a replayed provider event neither fails the caller's transaction
    // nor is recorded twice. (Two deliveries racing still meet the unique index; one of them fails.)
    return m_database.execChanging(
        QStringLiteral("INSERT INTO billing_events (%1) SELECT ?, ?, ?, ?, ?, ?, ?"
                       " WHERE ? = '' OR NOT EXISTS (SELECT 1 FROM billing_events WHERE provider_event_id = ?)")
            .arg(EventColumns),
        {event.id, event.pubId, event.subscriptionId, event.kind, toJsonText(event.detail), event.providerEventId,
         event.at, event.providerEventId, event.providerEventId});
}

bool BillingRepository::recordEvent(const SubscriptionRecord &subscription, const QString &kind,
                                    const QString &providerEventId, qint64 at) const
{
    return recordEvent(subscription, kind, providerEventId, at, {});
}

bool BillingRepository::recordEvent(const SubscriptionRecord &subscription, const QString &kind,
                                    const QString &providerEventId, qint64 at, const QJsonObject &detail) const
{
    BillingEventRecord event;
    event.id = generateId();
    event.pubId = subscription.pubId;
    event.subscriptionId = subscription.id;
    event.kind = kind;
    event.detail = detail;
    event.detail.insert(QStringLiteral("status"), subscription.status);
    event.providerEventId = providerEventId;
    event.at = at;
    return insertEvent(event);
}

bool BillingRepository::hasProviderEvent(const QString &providerEventId) const
{
    return m_database.exec(QStringLiteral("SELECT 1 FROM billing_events WHERE provider_event_id = ?"), {providerEventId})
        .next();
}

QList<BillingEventRecord> BillingRepository::listEvents(const QString &pubId, int limit) const
{
    return readAll<BillingEventRecord>(
        m_database.exec(QStringLiteral("SELECT %1 FROM billing_events WHERE pub_id = ? ORDER BY at DESC, id LIMIT ?")
                            .arg(EventColumns),
                        {pubId, limit}),
        readEvent);
}

bool BillingRepository::insertInvoice(const InvoiceRecord &invoice) const
{
    return m_database.execChanging(
        QStringLiteral("INSERT INTO invoices (%1) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                       " WHERE ? = '' OR NOT EXISTS (SELECT 1 FROM invoices WHERE provider_invoice_id = ?)")
            .arg(InvoiceColumns),
        {invoice.id, invoice.userId, invoice.pubId, invoice.subscriptionId, invoice.amount, invoice.currency,
         invoice.status, invoice.method, invoice.providerInvoiceId, invoice.note, invoice.at, invoice.payUrl,
         invoice.providerInvoiceId, invoice.providerInvoiceId});
}

bool BillingRepository::updateInvoiceStatus(const QString &providerInvoiceId, const QString &status) const
{
    if (providerInvoiceId.isEmpty())
        return false;
    return m_database.execChanging(QStringLiteral("UPDATE invoices SET status = ? WHERE provider_invoice_id = ?"),
                                   {status, providerInvoiceId});
}

QList<InvoiceRecord> BillingRepository::listInvoices(const QString &userId, int limit) const
{
    return readAll<InvoiceRecord>(
        m_database.exec(QStringLiteral("SELECT %1 FROM invoices WHERE ? = '' OR user_id = ? ORDER BY at DESC, id LIMIT ?")
                            .arg(InvoiceColumns),
                        {userId, userId, limit}),
        readInvoice);
}

QList<SubscriptionRecord> BillingRepository::listDueForRemoval(qint64 canceledBefore) const
{
    return selectSubscriptions(m_database, QStringLiteral("status = 'canceled' AND canceled_at > 0 AND canceled_at <= ?"
                                                     " AND removal_queued_at = 0 ORDER BY canceled_at, id"), {canceledBefore});
}

QList<SubscriptionRecord> BillingRepository::listPeriodEnded(qint64 now) const
{
    return selectSubscriptions(m_database, QStringLiteral("status IN ('active', 'trialing') AND comped = FALSE"
                                                     " AND provider_subscription_id = '' AND current_period_end > 0"
                                                     " AND current_period_end <= ? ORDER BY current_period_end, id"), {now});
}

bool BillingRepository::owes(const QString &subscriptionId) const
{
    return m_database.exec(QStringLiteral("SELECT 1 FROM invoices WHERE subscription_id = ? AND status IN ('open', 'failed')"),
                           {subscriptionId})
        .next();
}

QString BillingRepository::payUrl(const QString &subscriptionId) const
{
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT status, pay_url FROM invoices WHERE subscription_id = ?"
                                                     " ORDER BY at DESC, id DESC LIMIT 1"),
                                      {subscriptionId});
    if (!query.next())
        return {};
    const QString status = query.value(0).toString();
    return status == QLatin1String("open") || status == QLatin1String("failed") ? query.value(1).toString() : QString();
}

int BillingRepository::voidOpenInvoices(const QString &subscriptionId) const
{
    return m_database.exec(QStringLiteral("UPDATE invoices SET status = 'void' WHERE subscription_id = ?"
                                          " AND status IN ('open', 'failed')"),
                           {subscriptionId})
        .numRowsAffected();
}

QList<InvoiceRecord> BillingRepository::listPaidSince(qint64 since) const
{
    return readAll<InvoiceRecord>(
        m_database.exec(QStringLiteral("SELECT %1 FROM invoices WHERE status = 'paid' AND at >= ? ORDER BY at DESC, id")
                            .arg(InvoiceColumns),
                        {since}),
        readInvoice);
}

QList<OwingSubscription> BillingRepository::listOwing() const
{
    QSqlQuery query = m_database.exec(QStringLiteral(
        "SELECT s.pub_id, COALESCE(p.name, ''), s.user_id, COALESCE(u.email, ''), s.status, s.grace_until,"
        " COALESCE(pl.name, ''), COALESCE(pl.currency, ''),"
        " (SELECT COALESCE(SUM(i.amount), 0) FROM invoices i WHERE i.subscription_id = s.id"
        " AND i.status IN ('open', 'failed'))"
        " FROM subscriptions s LEFT JOIN pubs p ON p.id = s.pub_id LEFT JOIN users u ON u.id = s.user_id"
        " LEFT JOIN plans pl ON pl.id = s.plan_id"
        " WHERE s.status IN ('past_due', 'suspended') ORDER BY s.grace_until, s.pub_id"));
    QList<OwingSubscription> owing;
    while (query.next()) {
        owing.append(OwingSubscription{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                       query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong(),
                                       query.value(6).toString(), query.value(8).toLongLong(), query.value(7).toString()});
    }
    return owing;
}

QMap<QString, int> BillingRepository::countByStatus() const
{
    QMap<QString, int> counts;
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT status, COUNT(*) FROM subscriptions GROUP BY status"));
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    QSqlQuery comped = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM subscriptions WHERE comped = TRUE"));
    counts.insert(QStringLiteral("comped"), comped.next() ? comped.value(0).toInt() : 0);
    return counts;
}

}
