// The rollout routes of docs/api.md ("Rollouts"): admins upgrade the fleet's pub image.
#include "http/apierror.h"
#include "http/apiserver.h"
#include "rollouts/rolloutcontroller.h"
#include "store/rolloutrepository.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

namespace buttcloud {

namespace {

constexpr int ImageMaxLength = 255;
constexpr int ListedRollouts = 50;

RolloutController &requireRollouts(RolloutController *rollouts)
{
    if (!rollouts)
        throw ApiError::engineUnavailable(QStringLiteral("rollouts are not available on this server"));
    return *rollouts;
}

// A whole number from the body, or fallback when absent; 422 naming the field otherwise.
qint64 wholeNumber(const JsonRequest &json, const char *field, qint64 fallback)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != double(qint64(number)))
        throw ApiError::validation(QString::fromLatin1(field), QStringLiteral("expected a whole number"));
    return qint64(number);
}

QStringList pubIdList(const JsonRequest &json)
{
    const QJsonValue value = json.value("pubIds");
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        throw ApiError::validation(QStringLiteral("pubIds"), QStringLiteral("expected a list of pub ids"));
    QStringList ids;
    for (const QJsonValue &id : value.toArray()) {
        if (!id.isString())
            throw ApiError::validation(QStringLiteral("pubIds"), QStringLiteral("expected a list of pub ids"));
        ids.append(id.toString());
    }
    if (ids.isEmpty())
        throw ApiError::validation(QStringLiteral("pubIds"), QStringLiteral("leave it out to roll out to every pub"));
    return ids;
}

}

void ApiServer::registerRolloutRoutes()
{
    const Database &database = m_services.database;

    addRoute(QStringLiteral("/api/v1/rollouts"), Method::Post, RoutePolicy::adminChange(), [this](const RequestContext &context) {
        RolloutController &rollouts = requireRollouts(m_services.rollouts);
        const JsonRequest json = context.json();
        const QString image = json.requiredString("image", ImageMaxLength);
        const qint64 batchSize = wholeNumber(json, "batchSize", -1);
        if (batchSize < 1)
            throw ApiError::validation(QStringLiteral("batchSize"), QStringLiteral("expected a whole number of at least 1"));
        const qint64 pauseSeconds = wholeNumber(json, "pause", 0);
        const RolloutRecord rollout = rollouts.start(image, int(std::min<qint64>(batchSize, 1'000'000)),
                                                     std::min<qint64>(pauseSeconds, 1'000'000) * 1000, pubIdList(json),
                                                     context.caller());
        return QHttpServerResponse(rollout.toJson(), QHttpServerResponse::StatusCode::Created);
    });

    addRoute(QStringLiteral("/api/v1/rollouts"), Method::Get, RoutePolicy::staffRead(), [&database](const RequestContext &) {
        QJsonArray list;
        for (const RolloutRecord &rollout : RolloutRepository(database).list(ListedRollouts))
            list.append(rollout.toJson());
        return QHttpServerResponse(QJsonObject{{QStringLiteral("rollouts"), list}});
    });

    addRoute(QStringLiteral("/api/v1/rollouts/<arg>"), Method::Get, RoutePolicy::staffRead(), [&database](const RequestContext &context) {
        const std::optional<RolloutRecord> rollout = RolloutRepository(database).findById(context.pathId());
        if (!rollout)
            throw ApiError::notFound(QStringLiteral("no such rollout"));
        return QHttpServerResponse(rollout->toJson());
    });

    addRoute(QStringLiteral("/api/v1/rollouts/<arg>/pause"), Method::Post, RoutePolicy::adminChange(), [this](const RequestContext &context) {
        return QHttpServerResponse(requireRollouts(m_services.rollouts).pause(context.pathId()).toJson());
    });
    addRoute(QStringLiteral("/api/v1/rollouts/<arg>/resume"), Method::Post, RoutePolicy::adminChange(), [this](const RequestContext &context) {
        return QHttpServerResponse(requireRollouts(m_services.rollouts).resume(context.pathId(), context.caller()).toJson());
    });
    addRoute(QStringLiteral("/api/v1/rollouts/<arg>/stop"), Method::Post, RoutePolicy::adminChange(), [this](const RequestContext &context) {
        return QHttpServerResponse(requireRollouts(m_services.rollouts).stop(context.pathId()).toJson());
    });
}

}
