// GET /api/v1/pubs/{id}/stats (docs/api.md, "Stats"): raw samples from memory or minute history.
// GET /api/v1/server/metrics ("Server metrics"): the collector's and the stream's counters.
#include "http/apierror.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"
#include "http/queryparameters.h"
#include "stats/statscollector.h"
#include "stats/statsfields.h"
#include "stream/streamhub.h"
#include "store/database.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <stdexcept>

namespace buttcloud {

namespace {

constexpr qint64 DefaultRangeMs = 3600 * 1000;
constexpr qint64 DefaultStepSeconds = 60;
constexpr qint64 MaxPoints = 10000;
constexpr qint64 MaxStepSeconds = 7 * 24 * 3600;

qint64 parseStep(const QUrlQuery &query)
{
    if (!query.hasQueryItem(QStringLiteral("step")))
        return DefaultStepSeconds;
    static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
    const QString text = query.queryItemValue(QStringLiteral("step"), QUrl::FullyDecoded);
    const qint64 step = digits.match(text).hasMatch() ? text.toLongLong() : -1;
    if (step != 1 && (step < 60 || step % 60 != 0 || step > MaxStepSeconds))
        throw ApiError::validation(QStringLiteral("step"), QStringLiteral("must be 1 or a multiple of 60 seconds up to a week"));
    return step;
}

// Samples carry milliseconds: two samples within one second must not share a time.
QString sampleTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject statsMetricsJson(const StatsMetrics &metrics)
{
    QJsonArray pubs;
    int watched = 0;
    for (const StatsPubMetrics &pub : metrics.pubs) {
        watched += pub.watchers > 0 ? 1 : 0;
        pubs.append(QJsonObject{{QStringLiteral("pubId"), pub.pubId},
                                {QStringLiteral("watchers"), pub.watchers},
                                {QStringLiteral("intervalMs"), qint64(pub.interval.count())},
                                {QStringLiteral("readInFlight"), pub.readInFlight},
                                {QStringLiteral("readings"), qint64(pub.readings)},
                                {QStringLiteral("failedReadings"), qint64(pub.failedReadings)},
                                {QStringLiteral("samples"), qint64(pub.samples)}});
    }
    return QJsonObject{{QStringLiteral("upstreams"), int(metrics.pubs.size())},
                       {QStringLiteral("watchedUpstreams"), watched},
                       {QStringLiteral("readings"), qint64(metrics.readings)},
                       {QStringLiteral("failedReadings"), qint64(metrics.failedReadings)},
                       {QStringLiteral("samples"), qint64(metrics.samples)},
                       {QStringLiteral("pubs"), pubs}};
}

QJsonObject streamMetricsJson(const StreamMetrics &metrics)
{
    return QJsonObject{{QStringLiteral("connections"), metrics.connections},
                       {QStringLiteral("authenticatedConnections"), metrics.authenticatedConnections},
                       {QStringLiteral("statsSubscriptions"), metrics.statsSubscriptions},
                       {QStringLiteral("samplesSent"), qint64(metrics.samples.sent)},
                       {QStringLiteral("samplesDropped"), qint64(metrics.samples.dropped)},
                       {QStringLiteral("logSubscriptions"), metrics.logSubscriptions},
                       {QStringLiteral("logMessagesSent"), qint64(metrics.logMessagesSent)},
                       {QStringLiteral("slowClientsDropped"), qint64(metrics.slowClientsDropped)}};
}

}

void ApiServer::registerStatsRoutes()
{
    const Database &database = m_services.database;
    StatsCollector *stats = m_services.stats;

    addRoute(QStringLiteral("/api/v1/pubs/<arg>/stats"), Method::Get, RoutePolicy::read(true),
             [&database, stats](const RequestContext &context) {
                 if (!stats)
                     throw std::logic_error("the stats route has no collector");
                 const PubRecord pub = loadAuthorizedPub(database, context);
                 const QUrlQuery query = context.request().query();
                 const qint64 nowMs = currentEpochMs();
                 const qint64 toMs = timeParameter(query, QStringLiteral("to"), nowMs);
                 const qint64 fromMs = timeParameter(query, QStringLiteral("from"), toMs - DefaultRangeMs);
                 const qint64 step = parseStep(query);
                 if (fromMs >= toMs)
                     throw ApiError::validation(QStringLiteral("from"), QStringLiteral("must be before to"));
                 const qint64 stepMs = step * 1000;
                 if ((toMs - fromMs + stepMs - 1) / stepMs > MaxPoints) {
                     throw ApiError::validation(QStringLiteral("step"), QStringLiteral("the range holds more than %1 points "
                                                                                       "at this step; pick a larger one")
                                                                            .arg(MaxPoints));
                 }

                 QJsonArray points;
                 if (step == 1) {
                     for (const StatsSample &sample : stats->recentSamples(pub.id, fromMs, toMs)) {
                         QJsonObject point = sampleFigures(sample);
                         point.insert(QStringLiteral("t"), sampleTime(sample.atMs));
                         points.append(point);
                     }
                 } else {
                     for (const StatsAggregate &aggregate : stats->history(pub.id, fromMs, toMs, stepMs)) {
                         QJsonObject point = aggregateFigures(aggregate);
                         point.insert(QStringLiteral("t"), isoTime(aggregate.atMs));
                         points.append(point);
                     }
                 }
                 return QHttpServerResponse(QJsonObject{{QStringLiteral("pubId"), pub.id},
                                                        {QStringLiteral("step"), step},
                                                        {QStringLiteral("points"), points}});
             });

    StreamHub *stream = m_services.stream;
    addRoute(QStringLiteral("/api/v1/server/metrics"), Method::Get, RoutePolicy::adminRead(), [stats, stream](const RequestContext &) {
        QJsonObject body{{QStringLiteral("at"), isoTime(currentEpochMs())}};
        if (stats)
            body.insert(QStringLiteral("stats"), statsMetricsJson(stats->metrics()));
        if (stream)
            body.insert(QStringLiteral("stream"), streamMetricsJson(stream->metrics()));
        return QHttpServerResponse(body);
    });
}

}
