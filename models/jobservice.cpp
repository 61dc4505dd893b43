#include "models/jobservice.h"

#include "models/jsonfields.h"
#include "models/session.h"
#include "models/typedreply.h"
#include "wire/errorcodes.h"

#include <QCoreApplication>
#include <QUrl>

namespace buttcloud {

namespace {
class JobServiceText
{
    Q_DECLARE_TR_FUNCTIONS(buttcloud::JobService)
};

QString jobPath(const QString &jobId, const char *suffix)
{
    return QStringLiteral("/api/v1/jobs/") + QString::fromLatin1(QUrl::toPercentEncoding(jobId))
        + QString::fromLatin1(suffix);
}

Result<ReconcileDifference> parseDifference(const QJsonObject &json, const QUrl &serverUrl)
{
    ReconcileDifference difference;
    difference.kind = stringField(json, "kind");
    difference.pubId = stringField(json, "pubId");
    difference.hubId = stringField(json, "hubId");
    difference.serviceId = stringField(json, "serviceId");
    difference.detail = stringField(json, "detail");
    // Either the job it would queue ("job"), or the pub's job already queued or running ("jobId").
    difference.jobKind = stringField(json.value(QLatin1String("job")).toObject(), "kind");
    difference.jobId = stringField(json, "jobId");
    if (difference.kind.isEmpty() || !isValidOptionalId(difference.pubId) || !isValidOptionalId(difference.hubId)
        || !isValidOptionalId(difference.jobId))
        return invalidReplyError(serverUrl, 200);
    return difference;
}
}

QString reconcileDifferenceLabel(const QString &kind)
{
    if (kind == QLatin1String("service_missing"))
        return JobServiceText::tr("Service missing");
    if (kind == QLatin1String("replicas"))
        return JobServiceText::tr("Should run or stop");
    if (kind == QLatin1String("spec_drift"))
        return JobServiceText::tr("Spec drift");
    if (kind == QLatin1String("orphan_service"))
        return JobServiceText::tr("Orphaned service");
    if (kind == QLatin1String("hub_lost"))
        return JobServiceText::tr("Hub lost");
    return kind;
}

Result<ReconcilePlan> parseReconcilePlan(const QJsonObject &json, const QUrl &serverUrl)
{
    Result<QList<ReconcileDifference>> differences =
        parseArrayField<ReconcileDifference>(json, "differences", serverUrl, parseDifference);
    if (!differences.ok())
        return differences.error();
    return ReconcilePlan{timeField(json, "checkedAt"), differences.value()};
}

JobService::JobService(Session *session)
    : m_session(session)
{
}

void JobService::list(const JobFilter &filter, QObject *context, Handler<QList<Job>> handler)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/jobs");
    const auto addIfSet = [&request](const char *name, const QString &value) {
        if (!value.isEmpty())
            request.query.addQueryItem(QString::fromLatin1(name), value);
    };
    addIfSet("state", filter.state);
    addIfSet("kind", filter.kind);
    addIfSet("pubId", filter.pubId);
    addIfSet("hubId", filter.hubId);
    if (filter.before.isValid())
        addIfSet("before", filter.before.toUTC().toString(Qt::ISODateWithMs));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(filter.limit, 1, 1000)));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseJobList));
}

void JobService::retry(const QString &jobId, QObject *context, Handler<Job> handler)
{
    ApiRequest request;
    request.method = "POST";
    request.path = jobPath(jobId, "/retry");
    // 409: the job is not failed or canceled (any more); say so in words.
    handler = explainError(std::move(handler), ErrorCode::Conflict,
                           JobServiceText::tr("Only failed or canceled jobs can be retried."));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseJob));
}

void JobService::cancel(const QString &jobId, QObject *context, Handler<Job> handler)
{
    ApiRequest request;
    request.method = "POST";
    request.path = jobPath(jobId, "/cancel");
    handler = explainError(std::move(handler), ErrorCode::Conflict, JobServiceText::tr("The job has already finished."));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseJob));
}

void JobService::reconcilePlan(QObject *context, Handler<ReconcilePlan> handler)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/reconcile/plan");
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseReconcilePlan));
}

}
