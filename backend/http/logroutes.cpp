// GET /api/v1/pubs/{id}/logs and /timeline (docs/api.md, "Logs and timeline").
#include "http/apierror.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"
#include "http/queryparameters.h"
#include "logs/publogsource.h"
#include "store/database.h"
#include "timeline/pubtimeline.h"
#include "wire/errorcodes.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

namespace buttcloud {

namespace {
constexpr int DefaultTail = 200;
constexpr int DefaultTimelineLimit = 100;
constexpr int MaxTimelineLimit = 1000;

int tailParameter(const QUrlQuery &query)
{
    if (!query.hasQueryItem(QStringLiteral("tail")))
        return DefaultTail;
    bool ok = false;
    const int tail = query.queryItemValue(QStringLiteral("tail")).toInt(&ok);
    if (!ok || tail < 1 || tail > PubLogQuery::MaxTail)
        throw ApiError::validation(QStringLiteral("tail"), QStringLiteral("must be 1 to %1").arg(PubLogQuery::MaxTail));
    return tail;
}

QJsonObject timelineEntryJson(const TimelineEntry &entry)
{
    QJsonObject json{{QStringLiteral("id"), entry.source + u':' + entry.id},
                     {QStringLiteral("at"), isoTimeMs(entry.at)},
                     {QStringLiteral("source"), entry.source},
                     {QStringLiteral("kind"), entry.kind},
                     {QStringLiteral("summary"), entry.summary},
                     {QStringLiteral("detail"), entry.detail}};
    if (!entry.actor.isEmpty())
        json.insert(QStringLiteral("actor"), entry.actor);
    return json;
}
}

void ApiServer::registerLogRoutes()
{
    const Database &database = m_services.database;

    addAsyncRoute(QStringLiteral("/api/v1/pubs/<arg>/logs"), RoutePolicy::read(true),
                  [this, &database](const RequestContext &context, Reply reply) {
                      const PubRecord pub = loadAuthorizedPub(database, context);
                      const QUrlQuery query = context.request().query();
                      PubLogQuery logQuery;
                      logQuery.tail = tailParameter(query);
                      const qint64 sinceMs = timeParameter(query, QStringLiteral("since"), 0);
                      const qint64 untilMs = timeParameter(query, QStringLiteral("until"), 0);
                      if (sinceMs > 0 && untilMs > 0 && sinceMs >= untilMs)
                          throw ApiError::validation(QStringLiteral("since"), QStringLiteral("must be before until"));
                      logQuery.sinceNs = sinceMs * 1000000LL;
                      logQuery.untilNs = untilMs * 1000000LL;
                      PubLogSource *logs = m_services.logs;
                      if (!logs)
                          throw ApiError::engineUnavailable(QStringLiteral("pub logs are not available on this server"));
                      logs->read(pub.id, logQuery, [reply = std::move(reply)](std::variant<QList<DockerLogLine>, RuntimeError> result) {
                          if (const auto *error = std::get_if<RuntimeError>(&result)) {
                              // No service: a pub that is not deployed (yet) has no output.
                              if (error->notFound)
                                  return reply(QHttpServerResponse(QJsonObject{{QStringLiteral("lines"), QJsonArray()}}));
                              return reply(errorResponse(ErrorCode::EngineUnavailable, error->message));
                          }
                          QJsonArray lines;
                          for (const DockerLogLine &line : std::get<QList<DockerLogLine>>(result))
                              lines.append(logLineJson(line));
                          reply(QHttpServerResponse(QJsonObject{{QStringLiteral("lines"), lines}}));
                      });
                  },
                  Method::Get);

    addRoute(QStringLiteral("/api/v1/pubs/<arg>/timeline"), Method::Get, RoutePolicy::read(true),
             [&database](const RequestContext &context) {
                 const PubRecord pub = loadAuthorizedPub(database, context);
                 const QUrlQuery query = context.request().query();
                 const int limit = limitParameter(query, DefaultTimelineLimit, MaxTimelineLimit);
                 const qint64 beforeMs = beforeParameter(query);
                 QJsonArray entries;
                 for (const TimelineEntry &entry : pubTimeline(database, pub, context.caller(), limit, beforeMs))
                     entries.append(timelineEntryJson(entry));
                 return QHttpServerResponse(QJsonObject{{QStringLiteral("entries"), entries}});
             });
}

}
