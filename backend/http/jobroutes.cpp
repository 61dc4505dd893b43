// The jobs routes of docs/api.md ("Jobs"): staff read the queue, admins retry and cancel.
#include "http/apierror.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"
#include "http/queryparameters.h"
#include "jobs/jobworker.h"
#include "store/jobrepository.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>

namespace buttcloud {

namespace {
constexpr int IdMaxLength = 64;
constexpr int DefaultJobLimit = 100;

template<typename Enum>
std::optional<Enum> enumParameter(const QUrlQuery &query, const QString &name,
                                  std::optional<Enum> (*fromName)(const QString &))
{
    const QString value = textParameter(query, name, IdMaxLength);
    if (value.isEmpty())
        return std::nullopt;
    const std::optional<Enum> parsed = fromName(value);
    if (!parsed)
        throw ApiError::validation(name, QStringLiteral("unknown value \"%1\"").arg(value));
    return parsed;
}

JobRecord loadJob(const Database &database, const QString &id)
{
    std::optional<JobRecord> job = JobRepository(database).findById(id);
    if (!job)
        throw ApiError::notFound(QStringLiteral("no such job"));
    return *job;
}

void checkAdminOutcome(JobRepository::AdminOutcome outcome, const char *action)
{
    switch (outcome) {
    case JobRepository::AdminOutcome::Done: return;
    case JobRepository::AdminOutcome::NotFound: throw ApiError::notFound(QStringLiteral("no such job"));
    case JobRepository::AdminOutcome::KeyBusy:
        throw ApiError::conflict(QStringLiteral("the same work is already queued or running"));
    case JobRepository::AdminOutcome::WrongState:
        throw ApiError::conflict(QString::fromLatin1(action) == QLatin1String("retry")
                                     ? QStringLiteral("only a failed or canceled job can be retried")
                                     : QStringLiteral("the job has finished"));
    }
}
}

void ApiServer::registerJobRoutes()
{
    const Database &database = m_services.database;
    JobWorker *worker = m_services.jobs;

    addRoute(QStringLiteral("/api/v1/jobs"), Method::Get, RoutePolicy::staffRead(), [&database](const RequestContext &context) {
        const QUrlQuery query = context.request().query();
        JobFilter filter;
        filter.state = enumParameter<JobState>(query, QStringLiteral("state"), jobStateFromName);
        filter.kind = enumParameter<JobKind>(query, QStringLiteral("kind"), jobKindFromName);
        filter.pubId = textParameter(query, QStringLiteral("pubId"), IdMaxLength);
        filter.hubId = textParameter(query, QStringLiteral("hubId"), IdMaxLength);
        filter.limit = limitParameter(query, DefaultJobLimit, JobRepository::MaxListLimit);
        filter.createdBefore = beforeParameter(query);
        QJsonArray jobs;
        for (const JobRecord &job : JobRepository(database).list(filter))
            jobs.append(jobJson(job));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("jobs"), jobs}});
    });

    addRoute(QStringLiteral("/api/v1/jobs/<arg>"), Method::Get, RoutePolicy::staffRead(), [&database](const RequestContext &context) {
        return QHttpServerResponse(jobJson(loadJob(database, context.pathId())));
    });

    // Retry and cancel: the same shape, each answering with the job as it is now.
    using AdminAction = JobRepository::AdminOutcome (JobRepository::*)(const QString &) const;
    // A plain pair, not a structured binding: clang before 16 cannot capture bindings (the sanitizer build).
    for (const auto &route : {std::pair{"retry", AdminAction(&JobRepository::retry)},
                              std::pair{"cancel", AdminAction(&JobRepository::cancel)}}) {
        const char *action = route.first;
        const AdminAction act = route.second;
        addRoute(QStringLiteral("/api/v1/jobs/<arg>/") + QLatin1String(action), Method::Post, RoutePolicy::adminChange(),
                 [&database, worker, action, act](const RequestContext &context) {
                     checkAdminOutcome((JobRepository(database).*act)(context.pathId()), action);
                     if (worker)
                         worker->notifyQueued(context.pathId());
                     return QHttpServerResponse(jobJson(loadJob(database, context.pathId())));
                 });
    }
}

}
