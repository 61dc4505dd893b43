// The orchestrator's routes of docs/api.md: the reconcile plan (a dry run) and capacity.
#include "http/apierror.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"
#include "orchestrator/orchestrator.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QUrlQuery>

namespace buttcloud {

namespace {
constexpr int MaxExtraPubs = 100000;

QJsonObject differenceJson(const ReconcileDifference &difference)
{
    QJsonObject json{
        {QStringLiteral("kind"), difference.kind},
        {QStringLiteral("pubId"), difference.pubId},
        {QStringLiteral("hubId"), difference.hubId},
        {QStringLiteral("serviceId"), difference.serviceId},
        {QStringLiteral("detail"), difference.detail},
        {QStringLiteral("job"), difference.job ? QJsonValue(QJsonObject{{QStringLiteral("kind"), jobKindName(difference.job->kind)},
                                                                        {QStringLiteral("pubId"), difference.job->pubId}})
                                               : QJsonValue::Null},
    };
    if (!difference.existingJobId.isEmpty())
        json.insert(QStringLiteral("jobId"), difference.existingJobId);
    return json;
}

QJsonObject moneyJson(qint64 amount, const QString &currency)
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), currency}};
}

QJsonObject capacityJson(const CapacityReport &report, const CapacitySettings &settings, int extraPubs)
{
    QJsonArray hubs;
    for (const HubCapacity &hub : report.hubs) {
        hubs.append(QJsonObject{
            {QStringLiteral("id"), hub.hub.id}, {QStringLiteral("name"), hub.hub.name},
            {QStringLiteral("state"), hub.hub.state}, {QStringLiteral("memoryBytes"), hub.hub.memoryBytes},
            {QStringLiteral("reservedBytes"), hub.reservedBytes}, {QStringLiteral("freeBytes"), hub.freeBytes},
            {QStringLiteral("pubs"), hub.pubs}, {QStringLiteral("pubSlots"), hub.pubSlots},
            {QStringLiteral("observedPubSlots"), hub.observedPubSlots}});
    }
    return {
        {QStringLiteral("pubMemoryBytes"), settings.pubMemoryBytes},
        {QStringLiteral("hubMemoryBytes"), settings.hubMemoryBytes},
        {QStringLiteral("hubPrice"), moneyJson(settings.hubPriceMonth, settings.currency)},
        {QStringLiteral("hubs"), hubs},
        {QStringLiteral("totals"), QJsonObject{
             {QStringLiteral("hubs"), report.hubsTakingPubs}, {QStringLiteral("pubs"), report.pubs},
             {QStringLiteral("memoryBytes"), report.memoryBytes}, {QStringLiteral("reservedBytes"), report.reservedBytes},
             {QStringLiteral("freeBytes"), report.freeBytes}, {QStringLiteral("utilisation"), report.utilisation},
             {QStringLiteral("costPerPub"), moneyJson(report.costPerPub, settings.currency)}}},
        {QStringLiteral("observed"), QJsonObject{
             {QStringLiteral("pubMemoryP95Bytes"), report.observedPubMemoryBytes},
             {QStringLiteral("headroom"), settings.headroom},
             {QStringLiteral("pubsPerHub"), report.observedPubsPerHub},
             {QStringLiteral("costPerPub"), moneyJson(report.observedCostPerPub, settings.currency)}}},
        {QStringLiteral("plan"), QJsonObject{
             {QStringLiteral("action"), report.action}, {QStringLiteral("hubsNeeded"), report.hubsNeeded},
             {QStringLiteral("hubsToAdd"), report.hubsToAdd},
             {QStringLiteral("hubsToRemove"), QJsonArray::fromStringList(report.hubsToRemove)},
             {QStringLiteral("reason"), report.reason}}},
        {QStringLiteral("whatIf"), QJsonObject{
             {QStringLiteral("extraPubs"), extraPubs}, {QStringLiteral("hubsNeeded"), report.whatIfHubsNeeded},
             {QStringLiteral("hubsToAdd"), report.whatIfHubsToAdd}}},
    };
}
}

void ApiServer::registerOrchestratorRoutes()
{
    Orchestrator *orchestrator = m_services.orchestrator;
    if (!orchestrator)
        return;

    addRoute(QStringLiteral("/api/v1/reconcile/plan"), Method::Get, RoutePolicy::staffRead(), [orchestrator](const RequestContext &) {
        const ReconcilePlan plan = orchestrator->plan();
        if (plan.checkedAt == 0)
            throw ApiError::engineUnavailable(QStringLiteral("the swarm has not been observed yet"));
        QJsonArray differences;
        for (const ReconcileDifference &difference : plan.differences)
            differences.append(differenceJson(difference));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("checkedAt"), isoTime(plan.checkedAt)},
                                               {QStringLiteral("differences"), differences}});
    });

    addRoute(QStringLiteral("/api/v1/capacity"), Method::Get, RoutePolicy::staffRead(), [orchestrator](const RequestContext &context) {
        int extraPubs = 0;
        const QUrlQuery query = context.request().query();
        if (query.hasQueryItem(QStringLiteral("extraPubs"))) {
            bool ok = false;
            extraPubs = query.queryItemValue(QStringLiteral("extraPubs")).toInt(&ok);
            if (!ok || extraPubs < 0 || extraPubs > MaxExtraPubs)
                throw ApiError::validation(QStringLiteral("extraPubs"), QStringLiteral("must be 0 to %1").arg(MaxExtraPubs));
        }
        return QHttpServerResponse(capacityJson(orchestrator->capacity(extraPubs), orchestrator->capacitySettings(), extraPubs));
    });
}

}
