// The billing routes of docs/api.md. So far: Stripe's webhook.
#include "billing/stripewebhook.h"
#include "http/apierror.h"
#include "http/apiserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace buttcloud {

void ApiServer::registerBillingRoutes()
{
    const StripeWebhook *webhook = m_services.stripeWebhook;

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
