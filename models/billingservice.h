#pragma once

#include "models/money.h"
#include "models/result.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace buttcloud {

class Session;

// How the server's pubs are paid for (docs/api.md, "Billing"): not at all, by hand, or via Stripe.
enum class BillingMode { Off, Offline, Stripe };

struct Plan
{
    QString id;
    QString name;
    Money price;
    QString interval; // month or year
    qint64 memoryBytes = 0;
    int trialDays = 0;
    bool active = true;

    // A plan that starts without a payment: a trial or free.
    bool startsWithoutPayment() const;
};

// GET /api/v1/plans: whether billing is on, and the plans the caller may see.
struct PlanCatalog
{
    BillingMode mode = BillingMode::Off;
    QList<Plan> plans;

    QList<Plan> activePlans() const;
};

enum class SubscriptionStatus { Trialing, Active, PastDue, Suspended, Canceled };

struct BillingEvent
{
    QString kind; // e.g. invoice.payment_failed, billing.comped
    QDateTime at;
};

struct Subscription
{
    QString id;
    QString pubId;
    QString planId;
    QString planName;
    Money price;
    QString interval;
    SubscriptionStatus status = SubscriptionStatus::Active;
    bool comped = false;
    QDateTime currentPeriodEnd; // invalid when not set
    QDateTime graceUntil;       // invalid when not set
    QUrl payUrl;                // Stripe's page for the open or failed invoice; empty when nothing is owed
    QList<BillingEvent> events; // newest first
};

enum class InvoiceStatus { Open, Paid, Failed, Void };

struct Invoice
{
    QString id;
    QString userId;
    QString pubId;
    Money amount;
    InvoiceStatus status = InvoiceStatus::Open;
    QString method; // stripe or offline
    QString note;
    QDateTime at;
};

struct RevenueMonth
{
    QString month; // 2026-11 (UTC)
    Money amount;
    int invoices = 0;
};

struct PastDueSubscription
{
    QString pubId;
    QString pubName;
    QString ownerId;
    QString ownerEmail;
    SubscriptionStatus status = SubscriptionStatus::PastDue;
    QDateTime graceUntil;
    QString planName;
    Money amountDue;
};

// GET /api/v1/billing/summary: what operators watch.
struct BillingSummary
{
    QList<RevenueMonth> revenue; // newest first
    QList<PastDueSubscription> pastDue;
    struct
    {
        int trialing = 0;
        int active = 0;
        int pastDue = 0;
        int suspended = 0;
        int canceled = 0;
        int comped = 0;
    } counts;

    // The currencies of the revenue, in the order they first appear.
    QStringList revenueCurrencies() const;
};

struct NewPlan
{
    QString name;
    Money price;
    QString interval = QStringLiteral("month");
    qint64 memoryBytes = 0; // 0: the server's default
    int trialDays = 0;
};

// An admin's override (PATCH .../subscription): set what is given.
struct SubscriptionOverride
{
    std::optional<QDateTime> graceUntil;
    std::optional<bool> comped;
    bool cancel = false;
};

QString subscriptionStatusLabel(SubscriptionStatus status);
// What the status means for the customer, in a sentence.
QString subscriptionStatusExplanation(const Subscription &subscription);
// Hue for the status; the label and icon say it without colour too.
QColor subscriptionStatusColor(SubscriptionStatus status);
// A small icon whose shape differs per status (tick, clock, exclamation mark, pause, cross).
QIcon subscriptionStatusIcon(SubscriptionStatus status);
QString invoiceStatusLabel(InvoiceStatus status);
QString planIntervalLabel(const QString &interval);
// "5.00 EUR a month", or "free" for nothing
QString recurringPriceText(const Money &price, const QString &interval);
// "5.00 EUR a month, the first 14 days free"
QString planPriceText(const Plan &plan);
// A payment token from Stripe's page (tok_..., pm_...), never a card number. Empty when fine.
QString paymentTokenProblem(const QString &token);
// How many subscriptions are in each state, in one line for the operators' overview.
QString billingCountsText(const BillingSummary &summary);

Result<PlanCatalog> parsePlanCatalog(const QJsonObject &json, const QUrl &serverUrl);
Result<Plan> parsePlan(const QJsonObject &json, const QUrl &serverUrl);
Result<Subscription> parseSubscription(const QJsonObject &json, const QUrl &serverUrl);
Result<Invoice> parseInvoice(const QJsonObject &json, const QUrl &serverUrl);
Result<QList<Invoice>> parseInvoiceList(const QJsonObject &json, const QUrl &serverUrl);
Result<BillingSummary> parseBillingSummary(const QJsonObject &json, const QUrl &serverUrl);

// The billing part of the API, typed. Every call answers once through its handler, unless context
// is destroyed first.
class BillingService final
{
    Q_DISABLE_COPY_MOVE(BillingService)

public:
    template<typename T>
    using Handler = std::function<void(const Result<T> &)>;

    explicit BillingService(Session *session);

    void plans(QObject *context, Handler<PlanCatalog> handler);
    // nullopt: the pub has no subscription (the server's 404).
    void subscription(const QString &pubId, QObject *context, Handler<std::optional<Subscription>> handler);
    // paymentToken only for a paid plan with Stripe.
    void subscribe(const QString &pubId, const QString &planId, const QString &paymentToken, QObject *context,
                   Handler<Subscription> handler);
    void invoices(int limit, QObject *context, Handler<QList<Invoice>> handler);
    void summary(int months, QObject *context, Handler<BillingSummary> handler);
    void overrideSubscription(const QString &pubId, const SubscriptionOverride &change, QObject *context,
                              Handler<Subscription> handler);
    void recordPayment(const QString &pubId, const Money &amount, const QString &note, QObject *context,
                       Handler<Invoice> handler);
    void createPlan(const NewPlan &plan, QObject *context, Handler<Plan> handler);
    // Retired plans keep their subscribers but take no new ones.
    void setPlanActive(const QString &planId, bool active, QObject *context, Handler<Plan> handler);

private:
    Session *m_session;
};

}
