// The export, import and move routes of docs/api.md ("Export, import and move").
#include "http/apierror.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"
#include "pubs/pubcustody.h"
#include "pubs/pubmove.h"
#include "store/jobrepository.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QUrlQuery>

namespace buttcloud {

namespace {

PubCustody &requireCustody(PubCustody *custody)
{
    if (!custody)
        throw ApiError::engineUnavailable(QStringLiteral("export and import are not available on this server"));
    return *custody;
}

}

void ApiServer::registerCustodyRoutes()
{
    const Database &database = m_services.database;

    // Owners and admins; support may not (the archive holds the pub's secret): change, not read.
    addRoute(QStringLiteral("/api/v1/pubs/<arg>/export"), Method::Post, RoutePolicy::change(true),
             [this, &database](const RequestContext &context) {
                 PubCustody &custody = requireCustody(m_services.custody);
                 const JobRecord job = custody.requestExport(loadAuthorizedPub(database, context), context.caller());
                 return QHttpServerResponse(QJsonObject{{QStringLiteral("job"), jobJson(job)}},
                                            QHttpServerResponse::StatusCode::Accepted);
             });

    // The pub's latest export job: how its owner, who does not see the jobs list, learns the exportId.
    addRoute(QStringLiteral("/api/v1/pubs/<arg>/export"), Method::Get, RoutePolicy::read(true),
             [&database](const RequestContext &context) {
                 JobFilter filter;
                 filter.kind = JobKind::PubExport;
                 filter.pubId = loadAuthorizedPub(database, context).id;
                 filter.limit = 1;
                 const QList<JobRecord> jobs = JobRepository(database).list(filter);
                 if (jobs.isEmpty())
                     throw ApiError::notFound(QStringLiteral("the pub was never exported"));
                 return QHttpServerResponse(QJsonObject{{QStringLiteral("job"), jobJson(jobs.first())}});
             });

    addDownloadRoute(QStringLiteral("/api/v1/pubs/<arg>/export/<arg>"), RoutePolicy::change(true),
                     [this, &database](const RequestContext &context, const QString &exportId) {
                         PubCustody &custody = requireCustody(m_services.custody);
                         const PubRecord pub = loadAuthorizedPub(database, context);
                         Download download;
                         download.body = custody.takeExport(pub.id, exportId);
                         download.contentType = "application/vnd.buttcloud.pub-archive";
                         download.fileName = pub.name.toUtf8() + ".bcpub";
                         return download;
                     });

    // Admins only; a customer learns nothing of another customer's pub (404) and may not move their own (403).
    addRoute(QStringLiteral("/api/v1/pubs/<arg>/move"), Method::Post, RoutePolicy::adminChange(true),
             [this, &database](const RequestContext &context) {
                 if (!m_services.move)
                     throw ApiError::engineUnavailable(QStringLiteral("moving pubs is not available on this server"));
                 const PubRecord pub = loadAuthorizedPub(database, context);
                 const QString hubId = context.json().requiredString("hubId", 64);
                 const PubWithJob moved = m_services.move->requestMove(pub.id, hubId, context.caller());
                 return QHttpServerResponse(pubJson(moved.pub, moved.job, m_services.pubs.webSettings()),
                                            QHttpServerResponse::StatusCode::Accepted);
             });

    // The body is the archive itself, not JSON; its limit is the import's own.
    const qsizetype importLimit = m_services.custody ? qsizetype(m_services.custody->settings().importMaxBytes)
                                                     : MaxBodyBytes;
    addRoute(QStringLiteral("/api/v1/pubs/import"), Method::Post, RoutePolicy::change(),
             [this, &database, &web = m_services.pubs.webSettings()](const RequestContext &context) {
                 PubCustody &custody = requireCustody(m_services.custody);
                 const QString name = QUrlQuery(context.request().url()).queryItemValue(QStringLiteral("name"));
                 if (name.isEmpty())
                     throw ApiError::validation(QStringLiteral("name"), QStringLiteral("the query parameter name is required"));
                 if (context.request().body().isEmpty())
                     throw ApiError::validation(QStringLiteral("archive"), QStringLiteral("the body must be a pub archive"));
                 // Admins choose the hub; a customer's import goes where the server puts it.
                 const QString hubId = QUrlQuery(context.request().url()).queryItemValue(QStringLiteral("hubId"));
                 if (!hubId.isEmpty()) {
                     if (context.caller().role != Role::Admin)
                         throw ApiError::forbidden(QStringLiteral("only admins choose the hub of an import"));
                     requireReadyHub(database, hubId);
                 }
                 const PubWithJob created = custody.import(context.request().body(), name, context.caller(), hubId);
                 return QHttpServerResponse(pubJson(created.pub, created.job, web), QHttpServerResponse::StatusCode::Accepted);
             }, importLimit);
}

}
