// The pub routes of docs/api.md. Handlers load, authorize, then hand over to the PubController.
#include "billing/billingservice.h"
#include "http/apierror.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"
#include "pubs/pubcontroller.h"
#include "store/pubrepository.h"
#include "wire/dnslabel.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace buttcloud {

namespace {
constexpr int PlanIdMaxLength = 64;
constexpr int PaymentTokenMaxLength = 255;
}

PubRecord loadAuthorizedPub(const Database &database, const RequestContext &context)
{
    std::optional<PubRecord> pub = PubRepository(database).findById(context.pathId());
    // The same answer as the role check gives for someone else's pub, so ids cannot be probed.
    if (!pub)
        throw ApiError::notFound();
    context.authorizeResource(pub->ownerId);
    return *pub;
}

void ApiServer::registerPubRoutes()
{
    const Database &database = m_services.database;
    PubController &pubs = m_services.pubs;

    const auto authorizedPub = [&database](const RequestContext &context) { return loadAuthorizedPub(database, context); };
    const PubWebSettings &web = pubs.webSettings();
    const auto accepted = [&web](const PubWithJob &result) {
        return QHttpServerResponse(pubJson(result.pub, result.job, web), QHttpServerResponse::StatusCode::Accepted);
    };

    addRoute(QStringLiteral("/api/v1/pubs"), Method::Get, RoutePolicy::read(), [&database, &web](const RequestContext &context) {
        const QString ownerFilter = seesEverything(context.caller()) ? QString() : context.caller().id;
        QJsonArray list;
        for (const PubRecord &pub : PubRepository(database).list(ownerFilter))
            list.append(pubJson(pub, web));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("pubs"), list}});
    });

    // Asynchronous for billing: with billing on, a pub is made only with its subscription, which may
    // need the payment provider first.
    addAsyncRoute(QStringLiteral("/api/v1/pubs"), RoutePolicy::change(), [this, &pubs, &web](const RequestContext &context, Reply reply) {
        const JsonRequest body = context.json();
        const QString name = body.requiredString("name", MaxPubNameLength);
        BillingService *billing = m_services.billing;
        if (!billing || billing->mode() == BillingConfig::Mode::Off) {
            const PubWithJob created = pubs.create(context.caller().id, name, &context.caller());
            return reply(QHttpServerResponse(pubJson(created.pub, created.job, web), QHttpServerResponse::StatusCode::Created));
        }
        const QString planId = body.requiredString("planId", PlanIdMaxLength);
        const QString token = body.value("paymentToken").isUndefined() ? QString() : body.requiredString("paymentToken", PaymentTokenMaxLength);
        billing->createPub(context.caller(), name, planId, token,
                           [&database = m_services.database, &web, reply](std::variant<Subscribed, ApiError> result) {
                               if (const ApiError *error = std::get_if<ApiError>(&result))
                                   return reply(errorResponse(*error));
                               const Subscribed &subscribed = std::get<Subscribed>(result);
                               QJsonObject json = pubJson(subscribed.created->pub, subscribed.created->job, web);
                               json.insert(QStringLiteral("subscription"), subscriptionJson(database, subscribed.subscription));
                               reply(QHttpServerResponse(json, QHttpServerResponse::StatusCode::Created));
                           });
    });

    addRoute(QStringLiteral("/api/v1/pubs/<arg>"), Method::Get, RoutePolicy::read(true), [authorizedPub, &web](const RequestContext &context) {
        return QHttpServerResponse(pubJson(authorizedPub(context), web));
    });

    addRoute(QStringLiteral("/api/v1/pubs/<arg>/start"), Method::Post, RoutePolicy::change(true),
             [&pubs, authorizedPub, accepted](const RequestContext &context) {
                 return accepted(pubs.requestStart(authorizedPub(context).id, &context.caller()));
             });

    addRoute(QStringLiteral("/api/v1/pubs/<arg>/stop"), Method::Post, RoutePolicy::change(true),
             [&pubs, authorizedPub, accepted](const RequestContext &context) {
                 return accepted(pubs.requestStop(authorizedPub(context).id, &context.caller()));
             });

    addRoute(QStringLiteral("/api/v1/pubs/<arg>"), Method::Delete, RoutePolicy::change(true),
             [&pubs, authorizedPub, accepted](const RequestContext &context) {
                 const QString removeData = context.request().query().queryItemValue(QStringLiteral("removeData"));
                 if (!removeData.isEmpty() && removeData != QLatin1String("true") && removeData != QLatin1String("false"))
                     throw ApiError::validation(QStringLiteral("removeData"), QStringLiteral("must be true or false"));
                 return accepted(pubs.requestDelete(authorizedPub(context).id, removeData == QLatin1String("true"), &context.caller()));
             });
}

}
