#include "models/billingservice.h"

#include "models/jsonfields.h"
#include "models/session.h"
#include "models/typedreply.h"
#include "wire/currency.h"
#include "wire/enumnames.h"
#include "wire/errorcodes.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QRegularExpression>

namespace buttcloud {

namespace {
class BillingText
{
    Q_DECLARE_TR_FUNCTIONS(buttcloud::BillingService)
};

constexpr auto ModeNames = std::to_array<std::pair<BillingMode, const char *>>({
    {BillingMode::Off, "off"}, {BillingMode::Offline, "offline"}, {BillingMode::Stripe, "stripe"}});

constexpr auto StatusNames = std::to_array<std::pair<SubscriptionStatus, const char *>>({
    {SubscriptionStatus::Trialing, "trialing"}, {SubscriptionStatus::Active, "active"},
    {SubscriptionStatus::PastDue, "past_due"},  {SubscriptionStatus::Suspended, "suspended"},
    {SubscriptionStatus::Canceled, "canceled"},
});

constexpr auto InvoiceStatusNames = std::to_array<std::pair<InvoiceStatus, const char *>>({
    {InvoiceStatus::Open, "open"}, {InvoiceStatus::Paid, "paid"}, {InvoiceStatus::Failed, "failed"}, {InvoiceStatus::Void, "void"}});

// An amount and its currency as siblings in one object ("amount", "currency"); the amount must be
// a whole number of minor units and the currency an ISO code.
std::optional<Money> moneyFields(const QJsonObject &json, const char *amountKey)
{
    const std::optional<qint64> amount = integerField(json, amountKey);
    const QString currency = stringField(json, "currency");
    if (!amount || !isCurrencyCode(currency))
        return std::nullopt;
    return Money{*amount, currency.toLower()};
}

bool isValidInterval(const QString &interval)
{
    return interval == QLatin1String("month") || interval == QLatin1String("year");
}

int countField(const QJsonObject &json, const char *key)
{
    return int(std::clamp<qint64>(integerField(json, key).value_or(0), 0, 1000000000));
}

// A time that may be null; a present but malformed one breaks the contract.
bool optionalTimeField(const QJsonObject &json, const char *key, QDateTime &time)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isNull() || value.isUndefined())
        return true;
    time = timeField(json, key);
    return time.isValid();
}

// Only a web page may be opened from a server's answer, never a file or another program.
bool isPayPage(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https")
            || (url.scheme() == QLatin1String("http") && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost"))));
}

Result<PastDueSubscription> parsePastDue(const QJsonObject &json, const QUrl &serverUrl)
{
    PastDueSubscription row;
    row.pubId = stringField(json, "pubId");
    row.pubName = stringField(json, "pubName");
    row.ownerId = stringField(json, "ownerId");
    row.ownerEmail = stringField(json, "ownerEmail");
    row.planName = stringField(json, "planName");
    const std::optional<SubscriptionStatus> status = enumFromName(StatusNames, stringField(json, "status"));
    const std::optional<Money> due = moneyFields(json, "amountDue");
    if (!isValidId(row.pubId) || !status || !due || !optionalTimeField(json, "graceUntil", row.graceUntil))
        return invalidReplyError(serverUrl, 200);
    row.status = *status;
    row.amountDue = *due;
    return row;
}

Result<RevenueMonth> parseRevenueMonth(const QJsonObject &json, const QUrl &serverUrl)
{
    static const QRegularExpression month(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])$"));
    RevenueMonth row;
    row.month = stringField(json, "month");
    const std::optional<Money> amount = moneyFields(json, "amount");
    if (!month.match(row.month).hasMatch() || !amount)
        return invalidReplyError(serverUrl, 200);
    row.amount = *amount;
    row.invoices = countField(json, "invoices");
    return row;
}

// Draws the status icon's shape: the shape tells the statuses apart without their colours.
void drawStatusShape(QPainter &painter, SubscriptionStatus status, qreal size)
{
    QPen pen(Qt::white, size / 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal c = size / 2;
    switch (status) {
    case SubscriptionStatus::Active: {
        QPainterPath tick;
        tick.moveTo(size * 0.28, c);
        tick.lineTo(size * 0.44, size * 0.68);
        tick.lineTo(size * 0.74, size * 0.32);
        painter.drawPath(tick);
        break;
    }
    case SubscriptionStatus::Trialing:
        painter.drawLine(QPointF(c, c), QPointF(c, size * 0.25));
        painter.drawLine(QPointF(c, c), QPointF(size * 0.72, c));
        break;
    case SubscriptionStatus::PastDue:
        painter.drawLine(QPointF(c, size * 0.22), QPointF(c, size * 0.58));
        painter.drawPoint(QPointF(c, size * 0.76));
        break;
    case SubscriptionStatus::Suspended:
        painter.drawLine(QPointF(size * 0.38, size * 0.28), QPointF(size * 0.38, size * 0.72));
        painter.drawLine(QPointF(size * 0.62, size * 0.28), QPointF(size * 0.62, size * 0.72));
        break;
    case SubscriptionStatus::Canceled:
        painter.drawLine(QPointF(size * 0.3, size * 0.3), QPointF(size * 0.7, size * 0.7));
        painter.drawLine(QPointF(size * 0.7, size * 0.3), QPointF(size * 0.3, size * 0.7));
        break;
    }
}
}

bool Plan::startsWithoutPayment() const
{
    return trialDays > 0 || price.amount == 0;
}

QList<Plan> PlanCatalog::activePlans() const
{
    QList<Plan> active;
    for (const Plan &plan : plans) {
        if (plan.active)
            active.append(plan);
    }
    return active;
}

QStringList BillingSummary::revenueCurrencies() const
{
    QStringList currencies;
    for (const RevenueMonth &month : revenue) {
        if (!currencies.contains(month.amount.currency))
            currencies.append(month.amount.currency);
    }
    return currencies;
}

QString subscriptionStatusLabel(SubscriptionStatus status)
{
    switch (status) {
    case SubscriptionStatus::Trialing: return BillingText::tr("Free trial");
    case SubscriptionStatus::Active: return BillingText::tr("Paid up");
    case SubscriptionStatus::PastDue: return BillingText::tr("Payment overdue");
    case SubscriptionStatus::Suspended: return BillingText::tr("Suspended");
    case SubscriptionStatus::Canceled: return BillingText::tr("Canceled");
    }
    return {};
}

QString subscriptionStatusExplanation(const Subscription &subscription)
{
    const QLocale locale;
    const auto date = [&locale](const QDateTime &time) { return locale.toString(time.toLocalTime(), QLocale::LongFormat); };
    if (subscription.comped)
        return BillingText::tr("This pub is free of charge (granted by the operator).");
    switch (subscription.status) {
    case SubscriptionStatus::Trialing:
        return subscription.currentPeriodEnd.isValid()
            ? BillingText::tr("The free trial ends on %1; the first payment is due then.").arg(date(subscription.currentPeriodEnd))
            : BillingText::tr("The pub is in its free trial.");
    case SubscriptionStatus::Active:
        return subscription.currentPeriodEnd.isValid()
            ? BillingText::tr("Paid up. The next payment is due on %1.").arg(date(subscription.currentPeriodEnd))
            : BillingText::tr("Paid up.");
    case SubscriptionStatus::PastDue:
        return subscription.graceUntil.isValid()
            ? BillingText::tr("A payment failed. The pub keeps running until %1; pay before then to keep it up.")
                  .arg(date(subscription.graceUntil))
            : BillingText::tr("A payment failed. Pay soon to keep the pub running.");
    case SubscriptionStatus::Suspended:
        return BillingText::tr("The pub is stopped because a payment is overdue. Its data is kept; paying starts it again.");
    case SubscriptionStatus::Canceled:
        return BillingText::tr("The subscription has ended. Subscribe again to keep using the pub.");
    }
    return {};
}

QColor subscriptionStatusColor(SubscriptionStatus status)
{
    // The same hues as the pub statuses: green is fine, amber needs attention, red is stopped.
    switch (status) {
    case SubscriptionStatus::Trialing: return QColor(0x15, 0x65, 0xc0);
    case SubscriptionStatus::Active: return QColor(0x2e, 0x7d, 0x32);
    case SubscriptionStatus::PastDue: return QColor(0xb2, 0x6a, 0x00);
    case SubscriptionStatus::Suspended: return QColor(0xc6, 0x28, 0x28);
    case SubscriptionStatus::Canceled: return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

QIcon subscriptionStatusIcon(SubscriptionStatus status)
{
    constexpr int Size = 32;
    QImage image(Size, Size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(subscriptionStatusColor(status));
    painter.drawEllipse(QRectF(1, 1, Size - 2, Size - 2));
    drawStatusShape(painter, status, Size);
    painter.end();
    return QIcon(QPixmap::fromImage(image));
}

QString invoiceStatusLabel(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Open: return BillingText::tr("Open");
    case InvoiceStatus::Paid: return BillingText::tr("Paid");
    case InvoiceStatus::Failed: return BillingText::tr("Payment failed");
    case InvoiceStatus::Void: return BillingText::tr("Void");
    }
    return {};
}

QString planIntervalLabel(const QString &interval)
{
    return interval == QLatin1String("year") ? BillingText::tr("a year") : BillingText::tr("a month");
}

QString recurringPriceText(const Money &price, const QString &interval)
{
    return price.amount == 0 ? BillingText::tr("free") : BillingText::tr("%1 %2").arg(formatMoney(price), planIntervalLabel(interval));
}

QString planPriceText(const Plan &plan)
{
    const QString price = recurringPriceText(plan.price, plan.interval);
    if (plan.trialDays <= 0)
        return price;
    return BillingText::tr("%1, the first %n day(s) free", nullptr, plan.trialDays).arg(price);
}

QString paymentTokenProblem(const QString &token)
{
    static const QRegularExpression cardNumber(QStringLiteral("^[0-9 -]{12,}$"));
    static const QRegularExpression stripeToken(QStringLiteral("^(tok|pm|src)_[A-Za-z0-9_]{1,200}$"));
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty())
        return BillingText::tr("Paste the token Stripe's payment page gave you.");
    if (cardNumber.match(trimmed).hasMatch())
        return BillingText::tr("That looks like a card number. Never type a card number here: enter it on Stripe's page and paste the token it gives you.");
    if (!stripeToken.match(trimmed).hasMatch())
        return BillingText::tr("A token from Stripe starts with tok_ or pm_.");
    return {};
}

QString billingCountsText(const BillingSummary &summary)
{
    return BillingText::tr("%1 in trial · %2 paid up · %3 overdue · %4 suspended · %5 canceled · %6 free of charge")
        .arg(summary.counts.trialing)
        .arg(summary.counts.active)
        .arg(summary.counts.pastDue)
        .arg(summary.counts.suspended)
        .arg(summary.counts.canceled)
        .arg(summary.counts.comped);
}

Result<Plan> parsePlan(const QJsonObject &json, const QUrl &serverUrl)
{
    Plan plan;
    plan.id = stringField(json, "id");
    plan.name = stringField(json, "name");
    plan.interval = stringField(json, "interval");
    const std::optional<Money> price = moneyFields(json, "amount");
    const std::optional<qint64> trialDays = integerField(json, "trialDays");
    if (!isValidId(plan.id) || plan.name.isEmpty() || !price || price->amount < 0 || !isValidInterval(plan.interval)
        || (trialDays && (*trialDays < 0 || *trialDays > 365)))
        return invalidReplyError(serverUrl, 200);
    plan.price = *price;
    plan.trialDays = int(trialDays.value_or(0));
    plan.memoryBytes = std::max<qint64>(0, integerField(json, "memoryBytes").value_or(0));
    plan.active = json.value(QLatin1String("active")).toBool(true);
    return plan;
}

Result<PlanCatalog> parsePlanCatalog(const QJsonObject &json, const QUrl &serverUrl)
{
    PlanCatalog catalog;
    // A server from before billing had no "billing" field: nothing to pay for there.
    const QString mode = stringField(json, "billing");
    const std::optional<BillingMode> parsedMode = mode.isEmpty() ? BillingMode::Off : enumFromName(ModeNames, mode);
    if (!parsedMode)
        return invalidReplyError(serverUrl, 200);
    Result<QList<Plan>> plans = parseArrayField<Plan>(json, "plans", serverUrl, parsePlan);
    if (!plans.ok())
        return plans.error();
    catalog.mode = *parsedMode;
    catalog.plans = plans.value();
    return catalog;
}

Result<Subscription> parseSubscription(const QJsonObject &json, const QUrl &serverUrl)
{
    Subscription subscription;
    subscription.id = stringField(json, "id");
    subscription.pubId = stringField(json, "pubId");
    subscription.planId = stringField(json, "planId");
    subscription.planName = stringField(json, "planName");
    subscription.interval = stringField(json, "interval");
    const std::optional<SubscriptionStatus> status = enumFromName(StatusNames, stringField(json, "status"));
    const QJsonValue payUrl = json.value(QLatin1String("payUrl"));
    subscription.payUrl = QUrl(payUrl.toString(), QUrl::StrictMode);
    if (!isValidId(subscription.id) || !isValidId(subscription.pubId) || !isValidOptionalId(subscription.planId) || !status
        || !optionalTimeField(json, "currentPeriodEnd", subscription.currentPeriodEnd)
        || !optionalTimeField(json, "graceUntil", subscription.graceUntil)
        || (payUrl.isString() && !isPayPage(subscription.payUrl)))
        return invalidReplyError(serverUrl, 200);
    if (!payUrl.isString())
        subscription.payUrl.clear();
    // Price fields arrived with the subscribe routes: older answers show the plan by name only,
    // but a price that is there must be whole minor units.
    const std::optional<Money> price = moneyFields(json, "amount");
    if (json.contains(QLatin1String("amount")) && !price)
        return invalidReplyError(serverUrl, 200);
    subscription.price = price.value_or(Money{});
    subscription.status = *status;
    subscription.comped = json.value(QLatin1String("comped")).toBool();
    for (const QJsonValue &event : json.value(QLatin1String("events")).toArray()) {
        const QJsonObject object = event.toObject();
        subscription.events.append({stringField(object, "kind"), timeField(object, "at")});
    }
    return subscription;
}

Result<Invoice> parseInvoice(const QJsonObject &json, const QUrl &serverUrl)
{
    Invoice invoice;
    invoice.id = stringField(json, "id");
    invoice.userId = stringField(json, "userId");
    invoice.pubId = stringField(json, "pubId");
    invoice.method = stringField(json, "method");
    invoice.note = stringField(json, "note");
    invoice.at = timeField(json, "at");
    const std::optional<InvoiceStatus> status = enumFromName(InvoiceStatusNames, stringField(json, "status"));
    const std::optional<Money> amount = moneyFields(json, "amount");
    if (!isValidId(invoice.id) || !isValidOptionalId(invoice.pubId) || !status || !amount || !invoice.at.isValid())
        return invalidReplyError(serverUrl, 200);
    invoice.status = *status;
    invoice.amount = *amount;
    return invoice;
}

Result<QList<Invoice>> parseInvoiceList(const QJsonObject &json, const QUrl &serverUrl)
{
    return parseArrayField<Invoice>(json, "invoices", serverUrl, parseInvoice);
}

Result<BillingSummary> parseBillingSummary(const QJsonObject &json, const QUrl &serverUrl)
{
    Result<QList<RevenueMonth>> revenue = parseArrayField<RevenueMonth>(json, "revenue", serverUrl, parseRevenueMonth);
    if (!revenue.ok())
        return revenue.error();
    Result<QList<PastDueSubscription>> pastDue = parseArrayField<PastDueSubscription>(json, "pastDue", serverUrl, parsePastDue);
    if (!pastDue.ok())
        return pastDue.error();
    const QJsonValue counts = json.value(QLatin1String("counts"));
    if (!counts.isObject())
        return invalidReplyError(serverUrl, 200);
    BillingSummary summary;
    summary.revenue = revenue.value();
    summary.pastDue = pastDue.value();
    const QJsonObject countsObject = counts.toObject();
    summary.counts.trialing = countField(countsObject, "trialing");
    summary.counts.active = countField(countsObject, "active");
    summary.counts.pastDue = countField(countsObject, "past_due");
    summary.counts.suspended = countField(countsObject, "suspended");
    summary.counts.canceled = countField(countsObject, "canceled");
    summary.counts.comped = countField(countsObject, "comped");
    return summary;
}

BillingService::BillingService(Session *session)
    : m_session(session)
{
}

void BillingService::plans(QObject *context, Handler<PlanCatalog> handler)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/plans");
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parsePlanCatalog));
}

void BillingService::subscription(const QString &pubId, QObject *context, Handler<std::optional<Subscription>> handler)
{
    ApiRequest request;
    request.path = pubPath(pubId, "/subscription");
    m_session->send(request, context, [handler = std::move(handler), serverUrl = m_session->serverUrl()](const ApiResponse &response) {
        if (!response.ok()) {
            // A pub without a subscription is a normal case here, not an error to show.
            if (response.error().is(ErrorCode::NotFound))
                handler(std::optional<Subscription>());
            else
                handler(response.error());
            return;
        }
        const Result<Subscription> parsed = parseSubscription(response.value(), serverUrl);
        handler(parsed.ok() ? Result<std::optional<Subscription>>(parsed.value()) : Result<std::optional<Subscription>>(parsed.error()));
    });
}

void BillingService::subscribe(const QString &pubId, const QString &planId, const QString &paymentToken, QObject *context,
                               Handler<Subscription> handler)
{
    ApiRequest request;
    request.method = "POST";
    request.path = pubPath(pubId, "/subscription");
    QJsonObject body{{QStringLiteral("planId"), planId}};
    if (!paymentToken.trimmed().isEmpty())
        body.insert(QStringLiteral("paymentToken"), paymentToken.trimmed());
    request.body = body;
    handler = explainError(std::move(handler), ErrorCode::Conflict, BillingText::tr("This pub already has a subscription."));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseSubscription));
}

void BillingService::invoices(int limit, QObject *context, Handler<QList<Invoice>> handler)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/invoices");
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, 1000)));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseInvoiceList));
}

void BillingService::summary(int months, QObject *context, Handler<BillingSummary> handler)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/billing/summary");
    request.query.addQueryItem(QStringLiteral("months"), QString::number(std::clamp(months, 1, 120)));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseBillingSummary));
}

void BillingService::overrideSubscription(const QString &pubId, const SubscriptionOverride &change, QObject *context,
                                          Handler<Subscription> handler)
{
    QJsonObject body;
    if (change.graceUntil)
        body.insert(QStringLiteral("graceUntil"), change.graceUntil->toUTC().toString(Qt::ISODate));
    if (change.comped)
        body.insert(QStringLiteral("comped"), *change.comped);
    if (change.cancel)
        body.insert(QStringLiteral("status"), QStringLiteral("canceled"));
    ApiRequest request;
    request.method = "PATCH";
    request.path = pubPath(pubId, "/subscription");
    request.body = body;
    // A grace end is refused for a subscription that is not overdue (409) or a time not ahead (422).
    if (change.graceUntil) {
        handler = explainErrorIf(std::move(handler),
                                 [](const ApiError &error) { return error.is(ErrorCode::Conflict) || error.isValidationOf("graceUntil"); },
                                 BillingText::tr("Only an overdue subscription's grace period can be extended, and only into the future."));
    }
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseSubscription));
}

void BillingService::recordPayment(const QString &pubId, const Money &amount, const QString &note, QObject *context,
                                   Handler<Invoice> handler)
{
    ApiRequest request;
    request.method = "POST";
    request.path = pubPath(pubId, "/payments");
    request.body = QJsonObject{{QStringLiteral("amount"), amount.amount},
                               {QStringLiteral("currency"), amount.currency.toLower()},
                               {QStringLiteral("note"), note}};
    handler = explainError(std::move(handler), ErrorCode::Conflict,
                           BillingText::tr("A payment can be recorded by hand only when the server bills offline (with Stripe, "
                                           "payments come from Stripe) and for a subscription that is not canceled."));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseInvoice));
}

void BillingService::createPlan(const NewPlan &plan, QObject *context, Handler<Plan> handler)
{
    QJsonObject body{{QStringLiteral("name"), plan.name},
                     {QStringLiteral("amount"), plan.price.amount},
                     {QStringLiteral("currency"), plan.price.currency.toLower()},
                     {QStringLiteral("interval"), plan.interval},
                     {QStringLiteral("trialDays"), plan.trialDays}};
    if (plan.memoryBytes > 0)
        body.insert(QStringLiteral("memoryBytes"), plan.memoryBytes);
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/plans");
    request.body = body;
    handler = explainError(std::move(handler), ErrorCode::Conflict, BillingText::tr("A plan with that name exists already."));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parsePlan));
}

void BillingService::setPlanActive(const QString &planId, bool active, QObject *context, Handler<Plan> handler)
{
    ApiRequest request;
    request.method = "PATCH";
    request.path = QStringLiteral("/api/v1/plans/") + QString::fromLatin1(QUrl::toPercentEncoding(planId));
    request.body = QJsonObject{{QStringLiteral("active"), active}};
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parsePlan));
}

}
