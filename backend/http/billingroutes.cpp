// The billing routes of docs/api.md: plans, and Stripe's webhook.
#include "billing/money.h"
#include "billing/stripewebhook.h"
#include "core/random.h"
#include "http/apierror.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"
#include "http/queryparameters.h"
#include "store/billingrepository.h"
#include "store/database.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace buttcloud {

namespace {
constexpr int PlanNameMaxLength = 100;
constexpr qint64 PlanAmountMax = 100'000'000; // minor units: a million euros a month is a typo
constexpr int TrialDaysMax = 365;
// A pub's memory on a plan: as the pub-memory-* options allow, 6 MiB to 1 TiB.
constexpr qint64 PlanMemoryMin = qint64(6) << 20;
constexpr qint64 PlanMemoryMax = qint64(1) << 40;
constexpr int TimelineLength = 50;
constexpr int InvoiceListDefault = 100;
constexpr int InvoiceListMax = 1000;

// 0 (not set) as null, other times as ISO text.
QJsonValue optionalTime(qint64 epochMs)
{
    return epochMs ? QJsonValue(isoTime(epochMs)) : QJsonValue();
}

QJsonObject subscriptionJson(const SubscriptionRecord &subscription, const QList<BillingEventRecord> &events)
{
    QJsonArray timeline;
    for (const BillingEventRecord &event : events) {
        timeline.append(QJsonObject{{QStringLiteral("kind"), event.kind},
                                    {QStringLiteral("detail"), event.detail},
                                    {QStringLiteral("at"), isoTime(event.at)}});
    }
    return {
        {QStringLiteral("id"), subscription.id},
        {QStringLiteral("pubId"), subscription.pubId},
        {QStringLiteral("planId"), subscription.planId},
        {QStringLiteral("status"), subscription.status},
        {QStringLiteral("currentPeriodEnd"), optionalTime(subscription.currentPeriodEnd)},
        {QStringLiteral("graceUntil"), optionalTime(subscription.graceUntil)},
        {QStringLiteral("createdAt"), isoTime(subscription.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(subscription.updatedAt)},
        {QStringLiteral("events"), timeline},
    };
}

QJsonObject invoiceJson(const InvoiceRecord &invoice)
{
    return {
        {QStringLiteral("id"), invoice.id},
        {QStringLiteral("userId"), invoice.userId},
        {QStringLiteral("pubId"), invoice.pubId},
        {QStringLiteral("amount"), invoice.amount},
        {QStringLiteral("currency"), invoice.currency},
        {QStringLiteral("status"), invoice.status},
        {QStringLiteral("method"), invoice.method},
        {QStringLiteral("note"), invoice.note},
        {QStringLiteral("at"), isoTime(invoice.at)},
    };
}

QJsonObject planJson(const PlanRecord &plan)
{
    return {
        {QStringLiteral("id"), plan.id},
        {QStringLiteral("name"), plan.name},
        {QStringLiteral("amount"), plan.amount},
        {QStringLiteral("currency"), plan.currency},
        {QStringLiteral("interval"), plan.interval},
        {QStringLiteral("memoryBytes"), plan.memoryBytes},
        {QStringLiteral("trialDays"), plan.trialDays},
        {QStringLiteral("active"), plan.active},
        {QStringLiteral("createdAt"), isoTime(plan.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(plan.updatedAt)},
    };
}

// A whole number field in [minimum, maximum]: 400 for another type, 422 out of range. JSON numbers
// are doubles: anything with a fraction (4.99 for an amount) is refused, never rounded.
std::optional<qint64> integerField(const JsonRequest &body, const char *field, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined())
        return std::nullopt;
    const QString name = QLatin1String(field);
    if (!value.isDouble())
        throw ApiError::badRequest(QStringLiteral("%1: must be a number").arg(name));
    const double number = value.toDouble();
    if (number != double(qint64(number)) || number < double(minimum) || number > double(maximum))
        throw ApiError::validation(name, QStringLiteral("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
    return qint64(number);
}

std::optional<bool> boolField(const JsonRequest &body, const char *field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool())
        throw ApiError::badRequest(QStringLiteral("%1: must be true or false").arg(QLatin1String(field)));
    return value.toBool();
}

// The fields a plan may change after it exists (amount, currency and interval may not: invoices and
// the provider's plan refer to them); a name taken by another plan is a conflict.
void applyPlanChanges(const BillingRepository &billing, const JsonRequest &body, PlanRecord &plan)
{
    if (!body.value("name").isUndefined()) {
        plan.name = body.requiredString("name", PlanNameMaxLength).trimmed();
        const std::optional<PlanRecord> named = billing.findPlanByName(plan.name);
        if (named && named->id != plan.id)
            throw ApiError::conflict(QStringLiteral("a plan named %1 exists").arg(plan.name));
    }
    if (const std::optional<qint64> memory = integerField(body, "memoryBytes", PlanMemoryMin, PlanMemoryMax))
        plan.memoryBytes = *memory;
    if (const std::optional<qint64> trialDays = integerField(body, "trialDays", 0, TrialDaysMax))
        plan.trialDays = int(*trialDays);
    if (const std::optional<bool> active = boolField(body, "active"))
        plan.active = *active;
}
}

void ApiServer::registerBillingRoutes()
{
    const Database &database = m_services.database;
    const StripeWebhook *webhook = m_services.stripeWebhook;

    addRoute(QStringLiteral("/api/v1/plans"), Method::Get, RoutePolicy::read(), [&database](const RequestContext &context) {
        // Customers choose among active plans; staff see retired ones too.
        QJsonArray plans;
        for (const PlanRecord &plan : BillingRepository(database).listPlans(seesEverything(context.caller())))
            plans.append(planJson(plan));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("plans"), plans}});
    });

    addRoute(QStringLiteral("/api/v1/pubs/<arg>/subscription"), Method::Get, RoutePolicy::read(true),
             [&database](const RequestContext &context) {
                 const PubRecord pub = loadAuthorizedPub(database, context);
                 const BillingRepository billing(database);
                 const std::optional<SubscriptionRecord> subscription = billing.findSubscriptionByPub(pub.id);
                 if (!subscription)
                     throw ApiError::notFound(QStringLiteral("the pub has no subscription"));
                 return QHttpServerResponse(subscriptionJson(*subscription, billing.listEvents(pub.id, TimelineLength)));
             });

    addRoute(QStringLiteral("/api/v1/invoices"), Method::Get, RoutePolicy::read(), [&database](const RequestContext &context) {
        // Customers see their own; support and admins everyone's.
        const QString userId = seesEverything(context.caller()) ? QString() : context.caller().id;
        const int limit = limitParameter(context.request().query(), InvoiceListDefault, InvoiceListMax);
        QJsonArray invoices;
        for (const InvoiceRecord &invoice : BillingRepository(database).listInvoices(userId, limit))
            invoices.append(invoiceJson(invoice));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("invoices"), invoices}});
    });

    addRoute(QStringLiteral("/api/v1/plans"), Method::Post, RoutePolicy::adminChange(), [&database](const RequestContext &context) {
        const JsonRequest body = context.json();
        PlanRecord plan;
        plan.id = generateId();
        plan.amount = integerField(body, "amount", 0, PlanAmountMax).value_or(-1);
        if (plan.amount < 0)
            throw ApiError::validation(QStringLiteral("amount"), QStringLiteral("is required (minor units, e.g. 500 for 5.00)"));
        plan.currency = body.requiredString("currency", 3).toLower();
        if (!isCurrencyCode(plan.currency))
            throw ApiError::validation(QStringLiteral("currency"), QStringLiteral("must be a three-letter ISO 4217 code such as eur"));
        plan.interval = body.requiredString("interval", 5);
        if (plan.interval != QLatin1String("month") && plan.interval != QLatin1String("year"))
            throw ApiError::validation(QStringLiteral("interval"), QStringLiteral("must be month or year"));
        if (body.value("name").isUndefined())
            throw ApiError::validation(QStringLiteral("name"), QStringLiteral("is required"));
        const BillingRepository billing(database);
        database.transaction([&] {
            applyPlanChanges(billing, body, plan);
            plan.createdAt = plan.updatedAt = currentEpochMs();
            billing.insertPlan(plan);
        });
        return QHttpServerResponse(planJson(plan), QHttpServerResponse::StatusCode::Created);
    });

    addRoute(QStringLiteral("/api/v1/plans/<arg>"), Method::Patch, RoutePolicy::adminChange(), [&database](const RequestContext &context) {
        const JsonRequest body = context.json();
        for (const char *fixed : {"amount", "currency", "interval"}) {
            if (!body.value(fixed).isUndefined())
                throw ApiError::validation(QLatin1String(fixed), QStringLiteral("cannot change: create a new plan and retire this one"));
        }
        const BillingRepository billing(database);
        PlanRecord plan;
        database.transaction([&] {
            std::optional<PlanRecord> found = billing.findPlan(context.pathId());
            if (!found)
                throw ApiError::notFound(QStringLiteral("no such plan"));
            plan = *found;
            applyPlanChanges(billing, body, plan);
            plan.updatedAt = currentEpochMs();
            billing.updatePlan(plan);
        });
        return QHttpServerResponse(planJson(plan));
    });

    // Public: Stripe signs instead of signing in. The raw body is what the signature covers.
    addRoute(QStringLiteral("/api/v1/billing/stripe/webhook"), Method::Post, RoutePolicy::publicRoute(),
             [webhook](const RequestContext &context) {
                 if (!webhook)
                     throw ApiError::notFound(QStringLiteral("billing through Stripe is not configured (--billing stripe)"));
                 const QHttpServerRequest &request = context.request();
                 QByteArray signature;
                 for (const auto &[name, value] : request.headers()) {
                     if (name.compare("Stripe-Signature", Qt::CaseInsensitive) == 0)
                         signature = value;
                 }
                 const StripeWebhook::Outcome outcome = webhook->handle(signature, request.body());
                 return QHttpServerResponse(QJsonObject{
                     {QStringLiteral("received"), true},
                     {QStringLiteral("duplicate"), outcome == StripeWebhook::Outcome::Duplicate},
                 });
             });
}

}
