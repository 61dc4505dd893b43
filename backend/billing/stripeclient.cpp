#include "billing/stripeclient.h"

#include "billing/stripereplies.h"
#include "core/logging.h"
#include "core/random.h"

#include <QNetworkReply>
#include <QUrlQuery>

namespace buttcloud {

namespace {
// A path segment from an id: ids come from our own store, but a stray '/' must not change the path.
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// Turns a validated-JSON callback into one for the typed value a parser makes of it.
template<typename T, typename Parser>
BillingCallback<QJsonObject> parsed(Parser parse, BillingCallback<T> done)
{
    return [parse, done = std::move(done)](BillingResult<QJsonObject> reply) {
        if (BillingFailure *failure = std::get_if<BillingFailure>(&reply))
            return done(*failure);
        done(parse(std::get<QJsonObject>(reply)));
    };
}
}

StripeClient::StripeClient(const QUrl &apiUrl, const QString &secretKey, QObject *parent)
    : QObject(parent)
    , m_apiUrl(apiUrl)
    , m_authorization("Bearer " + secretKey.toUtf8())
{
}

void StripeClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void StripeClient::createCustomer(const QString &email, const QString &userId, const QString &idempotencyKey,
                                  BillingCallback<QString> done)
{
    post(QStringLiteral("/v1/customers"),
         {{QStringLiteral("email"), email}, {QStringLiteral("metadata[buttcloud_user]"), userId}}, idempotencyKey,
         parsed<QString>([](const QJsonObject &reply) { return stripeObjectId(reply, "customer", "cus_"); },
                         std::move(done)));
}

void StripeClient::attachSource(const QString &customerId, const QString &token, const QString &idempotencyKey,
                                BillingCallback<QString> done)
{
    post(QStringLiteral("/v1/customers/%1/sources").arg(segment(customerId)), {{QStringLiteral("source"), token}},
         idempotencyKey,
         parsed<QString>([](const QJsonObject &reply) { return stripeObjectId(reply, "card", "card_"); },
                         std::move(done)));
}

void StripeClient::createPlan(const QString &name, qint64 amount, const QString &currency, const QString &interval,
                              const QString &idempotencyKey, BillingCallback<ProviderPlanIds> done)
{
    // A product, then its plan: two requests, each with its own derived key, so a retry of the whole
    // reuses a product made by an attempt that failed half-way.
    const Fields planFields{{QStringLiteral("amount"), QString::number(amount)},
                            {QStringLiteral("currency"), currency},
                            {QStringLiteral("interval"), interval}};
    post(QStringLiteral("/v1/products"), {{QStringLiteral("name"), name}}, idempotencyKey + QStringLiteral(":product"),
         [this, planFields, idempotencyKey, done = std::move(done)](BillingResult<QJsonObject> reply) {
             if (BillingFailure *failure = std::get_if<BillingFailure>(&reply))
                 return done(*failure);
             BillingResult<QString> product = stripeObjectId(std::get<QJsonObject>(reply), "product", "prod_");
             if (BillingFailure *failure = std::get_if<BillingFailure>(&product))
                 return done(*failure);
             post(QStringLiteral("/v1/plans"), planFields + Fields{{QStringLiteral("product"), std::get<QString>(product)}}, idempotencyKey + QStringLiteral(":plan"),
                  parsed<ProviderPlanIds>(parseStripePlan, done));
         });
}

void StripeClient::createSubscription(const QString &customerId, const QString &planId, int trialDays,
                                      const QString &pubId, const QString &idempotencyKey,
                                      BillingCallback<ProviderSubscription> done)
{
    // error_if_incomplete: a declined first payment is a 402 now, not an "incomplete" subscription
    // that would have to be found and cancelled.
    Fields fields{{QStringLiteral("customer"), customerId},
                  {QStringLiteral("items[0][plan]"), planId},
                  {QStringLiteral("payment_behavior"), QStringLiteral("error_if_incomplete")},
                  {QStringLiteral("metadata[buttcloud_pub]"), pubId}};
    if (trialDays > 0)
        fields.append({QStringLiteral("trial_period_days"), QString::number(trialDays)});
    post(QStringLiteral("/v1/subscriptions"), fields, idempotencyKey,
         parsed<ProviderSubscription>(parseStripeSubscription, std::move(done)));
}

void StripeClient::cancelSubscription(const QString &subscriptionId, BillingCallback<bool> done)
{
    remove(QStringLiteral("/v1/subscriptions/%1").arg(segment(subscriptionId)),
           [done = std::move(done)](BillingResult<QJsonObject> reply) {
               if (BillingFailure *failure = std::get_if<BillingFailure>(&reply)) {
                   // Already gone: what cancelling wanted.
                   if (failure->providerCode == QLatin1String("resource_missing"))
                       return done(true);
                   return done(*failure);
               }
               BillingResult<ProviderSubscription> subscription = parseStripeSubscription(std::get<QJsonObject>(reply));
               if (BillingFailure *failure = std::get_if<BillingFailure>(&subscription))
                   return done(*failure);
               done(true);
           });
}

void StripeClient::pauseCollection(const QString &subscriptionId, bool paused, BillingCallback<bool> done)
{
    // pause_collection[behavior]=void: invoices made while paused are voided, never charged; an empty
    // pause_collection resumes. A key of its own per call: pausing again later is a new request.
    const Fields fields = paused ? Fields{{QStringLiteral("pause_collection[behavior]"), QStringLiteral("void")}}
                                 : Fields{{QStringLiteral("pause_collection"), QString()}};
    post(QStringLiteral("/v1/subscriptions/%1").arg(segment(subscriptionId)), fields,
         QStringLiteral("pause:%1:%2").arg(subscriptionId, generateId()),
         [done = std::move(done)](BillingResult<QJsonObject> reply) {
             if (BillingFailure *failure = std::get_if<BillingFailure>(&reply))
                 return done(*failure);
             BillingResult<ProviderSubscription> subscription = parseStripeSubscription(std::get<QJsonObject>(reply));
             if (BillingFailure *failure = std::get_if<BillingFailure>(&subscription))
                 return done(*failure);
             done(true);
         });
}

void StripeClient::listInvoices(const QString &customerId, BillingCallback<QList<ProviderInvoice>> done)
{
    get(QStringLiteral("/v1/invoices"), {{QStringLiteral("customer"), customerId}, {QStringLiteral("limit"), QStringLiteral("100")}},
        parsed<QList<ProviderInvoice>>(parseStripeInvoiceList, std::move(done)));
}

QNetworkRequest StripeClient::request(const QString &path, const Fields &query) const
{
    QUrl url = m_apiUrl;
    url.setPath(path);
    if (!query.isEmpty()) {
        QUrlQuery urlQuery;
        for (const auto &[key, value] : query)
            urlQuery.addQueryItem(key, value);
        url.setQuery(urlQuery);
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Stripe-Version", StripeApiVersion);
    request.setTransferTimeout(int(m_timeout.count()));
    return request;
}

void StripeClient::post(const QString &path, const Fields &fields, const QString &idempotencyKey,
                        BillingCallback<QJsonObject> done)
{
    QNetworkRequest request = this->request(path, {});
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    // Stripe answers a repeated key with the first answer: a retried POST never acts twice.
    request.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
    finish(m_network.post(request, stripeFormBody(fields)), std::move(done));
}

void StripeClient::get(const QString &path, const Fields &query, BillingCallback<QJsonObject> done)
{
    finish(m_network.get(request(path, query)), std::move(done));
}

void StripeClient::remove(const QString &path, BillingCallback<QJsonObject> done)
{
    // DELETE is idempotent at Stripe: no Idempotency-Key needed (nor accepted).
    finish(m_network.deleteResource(request(path, {})), std::move(done));
}

void StripeClient::finish(QNetworkReply *reply, BillingCallback<QJsonObject> done)
{
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Only the path and the outcome: the request carries the key, the body personal data.
        if (status == 0)
            qCWarning(lcBilling) << "Stripe did not answer" << reply->url().path() << reply->errorString();
        else if (status >= 400)
            qCInfo(lcBilling) << "Stripe answered" << status << "to" << reply->url().path();
        done(stripeReplyObject(status, reply->readAll()));
    });
}

}
