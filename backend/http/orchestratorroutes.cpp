// The orchestrator's routes of docs/api.md: the reconcile plan (a dry run) and capacity.
#include "http/apierror.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"
#include "orchestrator/orchestrator.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>

namespace buttcloud {

namespace {
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
}

}
