// The pub routes of docs/api.md. Handlers load, authorize, then hand over to the PubController.
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

    addRoute(QStringLiteral("/api/v1/pubs"), Method::Post, RoutePolicy::change(), [&pubs, &web](const RequestContext &context) {
        const QString name = context.json().requiredString("name", MaxPubNameLength);
        const PubWithJob created = pubs.create(context.caller().id, name, &context.caller());
        return QHttpServerResponse(pubJson(created.pub, created.job, web), QHttpServerResponse::StatusCode::Created);
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
