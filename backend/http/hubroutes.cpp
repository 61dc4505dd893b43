// The hub routes of docs/api.md: admins and support read, admins change; HubController does the work.
#include "http/apierror.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"
#include "hubs/hubcontroller.h"
#include "store/database.h"
#include "store/hubrepository.h"
#include "wire/dnslabel.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace buttcloud {

namespace {

constexpr int MaxHostLength = 253;
constexpr int MaxUserLength = 32;
constexpr int MaxFingerprintLength = 100;

HubController &requireHubs(HubController *hubs)
{
    if (!hubs)
        throw ApiError::engineUnavailable(QStringLiteral("this server manages no hubs (it runs without a Docker engine)"));
    return *hubs;
}

// "port": optional, 22 when absent, else a whole number (range checked by the service).
int portField(const JsonRequest &json)
{
    const QJsonValue port = json.value("port");
    if (port.isUndefined())
        return 22;
    if (!port.isDouble() || port.toDouble() != double(port.toInteger()))
        throw ApiError::validation(QStringLiteral("port"), QStringLiteral("must be a whole number"));
    return int(std::clamp<qint64>(port.toInteger(), -1, 65536));
}

QString optionalString(const JsonRequest &json, const char *field, int maxLength)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        throw ApiError::badRequest(QStringLiteral("%1 must be a string").arg(QLatin1String(field)));
    if (value.toString().size() > maxLength)
        throw ApiError::validation(QLatin1String(field), QStringLiteral("is too long"));
    return value.toString();
}

}

void ApiServer::registerHubRoutes()
{
    const Database &database = m_services.database;
    // Read at request time: the hub service is attached after the API is built (setHubs).
    HubController *const *hubs = &m_services.hubs;
    const auto view = [hubs](const HubRecord &hub, const std::optional<JobRecord> &job = std::nullopt) {
        return hubJson(hub, *hubs ? (*hubs)->pubsOn(hub) : 0, job);
    };
    // Drain and remove are checked now and done by a job (docs/api.md, Hubs): 202 with the hub and it.
    const auto queued = [&database, hubs, view](const RequestContext &context, JobKind kind) {
        HubController &controller = requireHubs(*hubs);
        kind == JobKind::HubDrain ? controller.checkDrainable(context.pathId()) : controller.checkRemovable(context.pathId());
        const JobRecord job = controller.queueJob(kind, context.pathId(),
                                                  QStringLiteral("requested by %1").arg(context.caller().email),
                                                  context.caller().id);
        const std::optional<HubRecord> hub = HubRepository(database).findById(context.pathId());
        if (!hub)
            throw ApiError::notFound(QStringLiteral("no such hub"));
        return QHttpServerResponse(view(*hub, job), QHttpServerResponse::StatusCode::Accepted);
    };

    addRoute(QStringLiteral("/api/v1/hubs"), Method::Get, RoutePolicy::staffRead(), [&database, view](const RequestContext &) {
        QJsonArray list;
        for (const HubRecord &hub : HubRepository(database).list())
            list.append(view(hub));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("hubs"), list}});
    });

    addRoute(QStringLiteral("/api/v1/hubs/<arg>"), Method::Get, RoutePolicy::staffRead(), [&database, view](const RequestContext &context) {
        const std::optional<HubRecord> hub = HubRepository(database).findById(context.pathId());
        if (!hub)
            throw ApiError::notFound(QStringLiteral("no such hub"));
        return QHttpServerResponse(view(*hub));
    });

    addAsyncRoute(QStringLiteral("/api/v1/hubs/probe"), RoutePolicy::adminChange(), [hubs](const RequestContext &context, Reply reply) {
        const JsonRequest json = context.json();
        const QString host = json.requiredString("host", MaxHostLength);
        requireHubs(*hubs).probe(host, portField(json), [reply](std::variant<HostKeyProbe, ApiError> result) {
            if (const auto *error = std::get_if<ApiError>(&result))
                return reply(errorResponse(error->code(), error->message()));
            const HostKeyProbe &probe = std::get<HostKeyProbe>(result);
            reply(QHttpServerResponse(QJsonObject{{QStringLiteral("hostKeyType"), probe.key.type},
                                                  {QStringLiteral("hostKeyFingerprint"), probe.key.fingerprint()},
                                                  {QStringLiteral("knownHost"), probe.knownHost}}));
        });
    });

    addAsyncRoute(QStringLiteral("/api/v1/hubs"), RoutePolicy::adminChange(), [hubs, view](const RequestContext &context, Reply reply) {
        const JsonRequest json = context.json();
        NewHubRequest request;
        request.name = json.requiredString("name", MaxHubNameLength);
        request.host = json.requiredString("host", MaxHostLength);
        request.port = portField(json);
        request.user = json.requiredString("user", MaxUserLength);
        request.privateKey = json.requiredString("privateKey", int(MaxPrivateKeyBytes)).toUtf8();
        request.hostKeyFingerprint = optionalString(json, "hostKeyFingerprint", MaxFingerprintLength);
        HubController &controller = requireHubs(*hubs);
        controller.add(std::move(request), [reply, view, &controller](std::variant<HubRecord, ApiError> result) {
            if (const auto *error = std::get_if<ApiError>(&result))
                return reply(errorResponse(error->code(), error->message()));
            const HubRecord &hub = std::get<HubRecord>(result);
            reply(QHttpServerResponse(view(hub, controller.unfinishedJob(JobKind::HubJoin, hub.id)),
                                      QHttpServerResponse::StatusCode::Accepted));
        });
    });

    addRoute(QStringLiteral("/api/v1/hubs/<arg>/drain"), Method::Post, RoutePolicy::adminChange(), [queued](const RequestContext &context) {
        return queued(context, JobKind::HubDrain);
    });

    addRoute(QStringLiteral("/api/v1/hubs/<arg>"), Method::Delete, RoutePolicy::adminChange(), [queued](const RequestContext &context) {
        return queued(context, JobKind::HubRemove);
    });
}

}
