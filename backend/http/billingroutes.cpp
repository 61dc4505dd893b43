// The billing routes of docs/api.md: plans, subscriptions, payments, the summary, and Stripe's webhook.
#include "billing/billingservice.h"
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
#include <QDateTime>
#include <QTimeZone>
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
constexpr int PlanIdMaxLength = 64;
constexpr int PaymentTokenMaxLength = 255;
constexpr int PaymentNoteMaxLength = 1000;
constexpr int SummaryMonthsDefault = 12;
constexpr int SummaryMonthsMax = 120;

QString billingModeName(const BillingService *billing)
{
    const BillingConfig::Mode mode = billing ? billing->mode() : BillingConfig::Mode::Off;
    return mode == BillingConfig::Mode::Stripe    ? QStringLiteral("stripe")
         : mode == BillingConfig::Mode::Offline ? QStringLiteral("offline")
                                                : QStringLiteral("off");
}

BillingService &requireBilling(BillingService *billing)
{
    if (!billing)
        throw ApiError::conflict(QStringLiteral("billing is off on this server"));
    return *billing;
}

// An ISO 8601 time with a zone (2026-12-09T10:00:00Z), as epoch milliseconds; 422 otherwise.
qint64 isoTimeField(const JsonRequest &body, const char *field)
{
    const QString text = body.requiredString(field, 64);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        throw ApiError::validation(QLatin1String(field), QStringLiteral("must be an ISO 8601 time with a zone, e.g. 2026-12-09T10:00:00Z"));
    return time.toMSecsSinceEpoch();
}

// Paid invoices per calendar month (UTC) and currency, newest month first.
QJsonArray revenueJson(const BillingRepository &billing, int months, qint64 now)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(1 - months);
    const qint64 since = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    struct Total
    {
        qint64 amount = 0;
        int invoices = 0;
    };
    QMap<QPair<QString, QString>, Total> totals; // (month, currency)
    for (const InvoiceRecord &invoice : billing.listPaidSince(since)) {
        const QString month = QDateTime::fromMSecsSinceEpoch(invoice.at, Qt::UTC).toString(QStringLiteral("yyyy-MM"));
        Total &total = totals[{month, invoice.currency}];
        total.amount += invoice.amount;
        ++total.invoices;
    }
    QJsonArray revenue;
    for (auto it = totals.constEnd(); it != totals.constBegin();) {
        --it;
        revenue.append(QJsonObject{{QStringLiteral("month"), it.key().first},
                                   {QStringLiteral("currency"), it.key().second},
                                   {QStringLiteral("amount"), it.value().amount},
                                   {QStringLiteral("invoices"), it.value().invoices}});
    }
    return revenue;
}

QJsonArray pastDueJson(const BillingRepository &billing)
{
    QJsonArray owing;
    for (const OwingSubscription &entry : billing.listOwing()) {
        owing.append(QJsonObject{{QStringLiteral("pubId"), entry.pubId},
                                 {QStringLiteral("pubName"), entry.pubName},
                                 {QStringLiteral("ownerId"), entry.ownerId},
                                 {QStringLiteral("ownerEmail"), entry.ownerEmail},
                                 {QStringLiteral("status"), entry.status},
                                 {QStringLiteral("graceUntil"), entry.graceUntil ? QJsonValue(isoTime(entry.graceUntil)) : QJsonValue()},
                                 {QStringLiteral("planName"), entry.planName},
                                 {QStringLiteral("amountDue"), entry.amountDue},
                                 {QStringLiteral("currency"), entry.currency}});
    }
    return owing;
}

QJsonObject countsJson(const BillingRepository &billing)
{
    const QMap<QString, int> counts = billing.countByStatus();
    QJsonObject json;
    for (const char *status : {"trialing", "active", "past_due", "suspended", "canceled", "comped"})
        json.insert(QLatin1String(status), counts.value(QLatin1String(status)));
    return json;
}

// 0 (not set) as null, other times as ISO text.
QJsonValue optionalTime(qint64 epochMs)
{
    return epochMs ? QJsonValue(isoTime(epochMs)) : QJsonValue();
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

QJsonObject subscriptionJson(const Database &database, const SubscriptionRecord &subscription)
{
    const BillingRepository billing(database);
    QJsonArray timeline;
    for (const BillingEventRecord &event : billing.listEvents(subscription.pubId, TimelineLength)) {
        timeline.append(QJsonObject{{QStringLiteral("kind"), event.kind},
                                    {QStringLiteral("detail"), event.detail},
                                    {QStringLiteral("at"), isoTime(event.at)}});
    }
    const std::optional<PlanRecord> plan = billing.findPlan(subscription.planId);
    const QString payUrl = billing.payUrl(subscription.id);
    return {
        {QStringLiteral("id"), subscription.id},
        {QStringLiteral("pubId"), subscription.pubId},
        {QStringLiteral("planId"), subscription.planId},
        {QStringLiteral("planName"), plan ? plan->name : QString()},
        {QStringLiteral("amount"), plan ? plan->amount : 0},
        {QStringLiteral("currency"), plan ? plan->currency : QString()},
        {QStringLiteral("interval"), plan ? plan->interval : QString()},
        {QStringLiteral("status"), subscription.status},
        {QStringLiteral("comped"), subscription.comped},
        {QStringLiteral("currentPeriodEnd"), optionalTime(subscription.currentPeriodEnd)},
        {QStringLiteral("graceUntil"), optionalTime(subscription.graceUntil)},
        {QStringLiteral("payUrl"), payUrl.isEmpty() ? QJsonValue() : QJsonValue(payUrl)},
        {QStringLiteral("createdAt"), isoTime(subscription.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(subscription.updatedAt)},
        {QStringLiteral("events"), timeline},
    };
}

void ApiServer::registerBillingRoutes()
{
    const Database &database = m_services.database;
    const StripeWebhook *webhook = m_services.stripeWebhook;
    BillingService *billingService = m_services.billing;

    addRoute(QStringLiteral("/api/v1/plans"), Method::Get, RoutePolicy::read(), [&database, billingService](const RequestContext &context) {
        // Customers choose among active plans; staff see retired ones too. The mode tells the client
        // whether there is any billing to show.
        QJsonArray plans;
        for (const PlanRecord &plan : BillingRepository(database).listPlans(seesEverything(context.caller())))
            plans.append(planJson(plan));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("billing"), billingModeName(billingService)},
                                               {QStringLiteral("plans"), plans}});
    });

    addRoute(QStringLiteral("/api/v1/pubs/<arg>/subscription"), Method::Get, RoutePolicy::read(true),
             [&database](const RequestContext &context) {
                 const PubRecord pub = loadAuthorizedPub(database, context);
                 const std::optional<SubscriptionRecord> subscription = BillingRepository(database).findSubscriptionByPub(pub.id);
                 if (!subscription)
                     throw ApiError::notFound(QStringLiteral("the pub has no subscription"));
                 return QHttpServerResponse(subscriptionJson(database, *subscription));
             });

    addAsyncRoute(QStringLiteral("/api/v1/pubs/<arg>/subscription"), RoutePolicy::change(true),
                  [&database, billingService](const RequestContext &context, Reply reply) {
                      const PubRecord pub = loadAuthorizedPub(database, context);
                      const JsonRequest body = context.json();
                      const QString planId = body.requiredString("planId", PlanIdMaxLength);
                      const QString token = body.value("paymentToken").isUndefined()
                                              ? QString()
                                              : body.requiredString("paymentToken", PaymentTokenMaxLength);
                      requireBilling(billingService).subscribe(context.caller(), pub, planId, token,
                                                 [&database, reply](std::variant<Subscribed, ApiError> result) {
                                                     if (const ApiError *error = std::get_if<ApiError>(&result))
                                                         return reply(errorResponse(*error));
                                                     reply(QHttpServerResponse(subscriptionJson(database, std::get<Subscribed>(result).subscription),
                                                                               QHttpServerResponse::StatusCode::Created));
                                                 });
                  });

    addRoute(QStringLiteral("/api/v1/pubs/<arg>/subscription"), Method::Patch, RoutePolicy::adminChange(),
             [&database, billingService](const RequestContext &context) {
                 const PubRecord pub = loadAuthorizedPub(database, context);
                 const JsonRequest body = context.json();
                 SubscriptionOverride change;
                 if (!body.value("graceUntil").isUndefined())
                     change.graceUntil = isoTimeField(body, "graceUntil");
                 change.comped = boolField(body, "comped");
                 if (!body.value("status").isUndefined()) {
                     if (body.requiredString("status", 16) != QLatin1String("canceled"))
                         throw ApiError::validation(QStringLiteral("status"), QStringLiteral("only canceled may be set"));
                     change.cancel = true;
                 }
                 if (!change.graceUntil && !change.comped && !change.cancel)
                     throw ApiError::validation(QStringLiteral("body"), QStringLiteral("give graceUntil, comped or status"));
                 const SubscriptionRecord changed = requireBilling(billingService).applyOverride(context.caller(), pub.id, change);
                 return QHttpServerResponse(subscriptionJson(database, changed));
             });

    addRoute(QStringLiteral("/api/v1/pubs/<arg>/payments"), Method::Post, RoutePolicy::adminChange(),
             [&database, billingService](const RequestContext &context) {
                 const PubRecord pub = loadAuthorizedPub(database, context);
                 const JsonRequest body = context.json();
                 OfflinePayment payment;
                 payment.amount = integerField(body, "amount", 1, PlanAmountMax).value_or(0);
                 if (payment.amount == 0)
                     throw ApiError::validation(QStringLiteral("amount"), QStringLiteral("is required (minor units, e.g. 500 for 5.00)"));
                 payment.currency = body.requiredString("currency", 3).toLower();
                 if (!isCurrencyCode(payment.currency))
                     throw ApiError::validation(QStringLiteral("currency"), QStringLiteral("must be a three-letter ISO 4217 code such as eur"));
                 if (!body.value("note").isUndefined())
                     payment.note = body.requiredString("note", PaymentNoteMaxLength);
                 const InvoiceRecord invoice = requireBilling(billingService).recordPayment(context.caller(), pub.id, payment);
                 return QHttpServerResponse(invoiceJson(invoice), QHttpServerResponse::StatusCode::Created);
             });

    addRoute(QStringLiteral("/api/v1/billing/summary"), Method::Get, RoutePolicy::staffRead(), [&database](const RequestContext &context) {
        const QString monthsText = context.request().query().queryItemValue(QStringLiteral("months"));
        bool valid = true;
        const int months = monthsText.isEmpty() ? SummaryMonthsDefault : monthsText.toInt(&valid);
        if (!valid || months < 1 || months > SummaryMonthsMax)
            throw ApiError::validation(QStringLiteral("months"), QStringLiteral("must be a whole number from 1 to %1").arg(SummaryMonthsMax));
        const BillingRepository billing(database);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("revenue"), revenueJson(billing, months, currentEpochMs())},
                                               {QStringLiteral("pastDue"), pastDueJson(billing)},
                                               {QStringLiteral("counts"), countsJson(billing)}});
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
