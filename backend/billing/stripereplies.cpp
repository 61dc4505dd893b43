#include "billing/stripereplies.h"

#include "billing/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace buttcloud {

namespace {
// Messages from Stripe are shown to people: keep them to one short line.
constexpr int MaxMessageLength = 300;

BillingFailure badReply(const QString &what)
{
    return BillingFailure{BillingFailure::Kind::BadReply,
                          QStringLiteral("the payment provider answered unexpectedly: %1").arg(what), QString()};
}

bool hasObjectType(const QJsonObject &reply, const char *object)
{
    return reply.value(QLatin1String("object")).toString() == QLatin1String(object);
}

// An id field: a non-empty string with the expected prefix (cus_, sub_...) and no control characters.
std::optional<QString> idField(const QJsonObject &reply, const char *field, const char *idPrefix)
{
    const QJsonValue value = reply.value(QLatin1String(field));
    // Expanded objects carry their id inside.
    const QString id = value.isObject() ? value.toObject().value(QLatin1String("id")).toString() : value.toString();
    if (id.size() <= qsizetype(qstrlen(idPrefix)) || id.size() > 255 || !id.startsWith(QLatin1String(idPrefix)))
        return std::nullopt;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')) || c.unicode() > 127)
            return std::nullopt;
    }
    return id;
}

// Stripe's integers arrive as JSON numbers; refuse fractions and anything out of range.
std::optional<qint64> integerField(const QJsonObject &reply, const char *field)
{
    const QJsonValue value = reply.value(QLatin1String(field));
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 0 || number > 9e15 || number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}

std::optional<QString> wordField(const QJsonObject &reply, const char *field)
{
    const QString word = reply.value(QLatin1String(field)).toString();
    if (word.isEmpty() || word.size() > 32)
        return std::nullopt;
    for (const QChar c : word) {
        if (!(c.isLower() || c == QLatin1Char('_')) || c.unicode() > 127)
            return std::nullopt;
    }
    return word;
}
}

QByteArray stripeFormBody(const QList<QPair<QString, QString>> &fields)
{
    // Every byte but the unreserved ones percent-encoded ('+', '&', '=' and brackets included):
    // QUrlQuery would leave '+' alone, which form decoding reads as a space.
    QByteArrayList pairs;
    for (const auto &[key, value] : fields)
        pairs.append(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    return pairs.join('&');
}

BillingResult<QString> stripeObjectId(const QJsonObject &reply, const char *object, const char *idPrefix)
{
    if (!hasObjectType(reply, object))
        return badReply(QStringLiteral("expected a %1").arg(QLatin1String(object)));
    const std::optional<QString> id = idField(reply, "id", idPrefix);
    if (!id)
        return badReply(QStringLiteral("a %1 without a valid id").arg(QLatin1String(object)));
    return *id;
}

BillingResult<ProviderPlanIds> parseStripePlan(const QJsonObject &reply)
{
    BillingResult<QString> id = stripeObjectId(reply, "plan", "");
    if (BillingFailure *failure = std::get_if<BillingFailure>(&id))
        return *failure;
    const std::optional<QString> product = idField(reply, "product", "prod_");
    if (!product)
        return badReply(QStringLiteral("a plan without a product"));
    return ProviderPlanIds{*product, std::get<QString>(id)};
}

BillingResult<ProviderSubscription> parseStripeSubscription(const QJsonObject &reply)
{
    BillingResult<QString> id = stripeObjectId(reply, "subscription", "sub_");
    if (BillingFailure *failure = std::get_if<BillingFailure>(&id))
        return *failure;
    ProviderSubscription subscription;
    subscription.id = std::get<QString>(id);
    const std::optional<QString> customer = idField(reply, "customer", "cus_");
    const std::optional<QString> status = wordField(reply, "status");
    const std::optional<qint64> periodEnd = integerField(reply, "current_period_end");
    if (!customer || !status || !periodEnd)
        return badReply(QStringLiteral("a subscription without customer, status or current_period_end"));
    subscription.customerId = *customer;
    subscription.status = *status;
    subscription.currentPeriodEnd = *periodEnd * MillisecondsPerStripeSecond;
    // One plan per subscription: "plan" at the top (2020-08-27), else the first item's.
    QJsonObject plan = reply.value(QLatin1String("plan")).toObject();
    if (plan.isEmpty()) {
        const QJsonArray items = reply.value(QLatin1String("items")).toObject().value(QLatin1String("data")).toArray();
        plan = items.first().toObject().value(QLatin1String("plan")).toObject();
    }
    const std::optional<QString> planId = idField(plan, "id", "");
    if (!planId)
        return badReply(QStringLiteral("a subscription without a plan"));
    subscription.planId = *planId;
    return subscription;
}

BillingResult<ProviderInvoice> parseStripeInvoice(const QJsonObject &reply)
{
    BillingResult<QString> id = stripeObjectId(reply, "invoice", "in_");
    if (BillingFailure *failure = std::get_if<BillingFailure>(&id))
        return *failure;
    ProviderInvoice invoice;
    invoice.id = std::get<QString>(id);
    const std::optional<QString> customer = idField(reply, "customer", "cus_");
    const std::optional<qint64> amount = integerField(reply, "amount_due");
    const std::optional<qint64> created = integerField(reply, "created");
    const std::optional<QString> status = wordField(reply, "status");
    invoice.currency = reply.value(QLatin1String("currency")).toString();
    if (!customer || !amount || !created || !status || !isCurrencyCode(invoice.currency))
        return badReply(QStringLiteral("an invoice without customer, amount_due, currency, status or created"));
    invoice.customerId = *customer;
    invoice.amount = *amount;
    invoice.createdAt = *created * MillisecondsPerStripeSecond;
    invoice.status = *status;
    invoice.currency = invoice.currency.toLower();
    // Where the customer pays: only an absolute https (or, for emulators, http) URL is passed on.
    const QUrl payUrl(reply.value(QLatin1String("hosted_invoice_url")).toString(), QUrl::StrictMode);
    if (payUrl.isValid() && !payUrl.host().isEmpty() && payUrl.userInfo().isEmpty()
        && (payUrl.scheme() == QLatin1String("https") || payUrl.scheme() == QLatin1String("http"))
        && payUrl.toString().size() <= 1000)
        invoice.payUrl = payUrl.toString(QUrl::FullyEncoded);
    // One-off invoices have no subscription; a present one must be valid.
    if (!reply.value(QLatin1String("subscription")).isNull()) {
        const std::optional<QString> subscription = idField(reply, "subscription", "sub_");
        if (!subscription)
            return badReply(QStringLiteral("an invoice with an invalid subscription"));
        invoice.subscriptionId = *subscription;
    }
    return invoice;
}

BillingResult<QList<ProviderInvoice>> parseStripeInvoiceList(const QJsonObject &reply)
{
    if (!hasObjectType(reply, "list") || !reply.value(QLatin1String("data")).isArray())
        return badReply(QStringLiteral("expected a list"));
    QList<ProviderInvoice> invoices;
    for (const QJsonValue &entry : reply.value(QLatin1String("data")).toArray()) {
        BillingResult<ProviderInvoice> invoice = parseStripeInvoice(entry.toObject());
        if (BillingFailure *failure = std::get_if<BillingFailure>(&invoice))
            return *failure;
        invoices.append(std::get<ProviderInvoice>(invoice));
    }
    return invoices;
}

BillingFailure stripeFailure(int httpStatus, const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const QString type = error.value(QLatin1String("type")).toString();
    BillingFailure failure;
    failure.providerCode = error.value(QLatin1String("code")).toString().left(64);
    failure.message = error.value(QLatin1String("message")).toString().simplified().left(MaxMessageLength);
    if (httpStatus == 0 || httpStatus == 429 || httpStatus >= 500) {
        failure.kind = BillingFailure::Kind::Unavailable;
        failure.message = QStringLiteral("the payment provider is unavailable; try again later");
    } else if (httpStatus == 401 || httpStatus == 403) {
        failure.kind = BillingFailure::Kind::Unauthorized;
        // Stripe's message here may quote part of the key.
        failure.message = QStringLiteral("the payment provider refused the server's key");
    } else if (httpStatus == 402 || type == QLatin1String("card_error")) {
        failure.kind = BillingFailure::Kind::CardDeclined;
        if (failure.message.isEmpty())
            failure.message = QStringLiteral("the card was declined");
    } else if (error.isEmpty()) {
        return badReply(QStringLiteral("status %1 without an error").arg(httpStatus));
    } else {
        failure.kind = BillingFailure::Kind::InvalidRequest;
        if (failure.message.isEmpty())
            failure.message = QStringLiteral("the payment provider refused the request");
    }
    return failure;
}

BillingResult<QJsonObject> stripeReplyObject(int httpStatus, const QByteArray &body)
{
    if (httpStatus < 200 || httpStatus >= 300)
        return stripeFailure(httpStatus, body);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return badReply(QStringLiteral("not a JSON object"));
    return document.object();
}

}
