// The command relay's routes and the audit log (docs/api.md, "Commands"). Checks run synchronously in
// the route wrapper; a command that passes them answers when it has run.
#include "commands/commandrelay.h"
#include "http/apierror.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"
#include "http/queryparameters.h"
#include "store/auditrepository.h"
#include "wire/errorcodes.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <cstring>
#include <memory>

namespace buttcloud {

namespace {
constexpr int CommandNameMaxLength = 64;
constexpr int NodeNameMaxLength = 255;
constexpr int DefaultAuditLimit = 100;

QStringList pubIdList(const QJsonValue &value)
{
    if (!value.isArray())
        throw ApiError::badRequest(QStringLiteral("pubIds: must be an array of pub ids"));
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        throw ApiError::validation(QStringLiteral("pubIds"), QStringLiteral("must not be empty"));
    if (array.size() > CommandRelay::MaxBulkPubs)
        throw ApiError::validation(QStringLiteral("pubIds"), QStringLiteral("at most %1 pubs at once").arg(CommandRelay::MaxBulkPubs));
    QStringList ids;
    for (const QJsonValue &id : array) {
        if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 64)
            throw ApiError::validation(QStringLiteral("pubIds"), QStringLiteral("must hold pub ids"));
        ids.append(id.toString());
    }
    return ids;
}

// A run that failed, as its answer: a pub's hub that cannot be reached now is 503 (try again), not 502.
ApiError commandRunError(const CommandRun &run)
{
    if (std::strcmp(run.errorCode, ErrorCode::HubUnreachable) == 0)
        return ApiError::hubUnreachable(run.errorMessage, true);
    return ApiError(run.errorCode, run.errorMessage);
}

QJsonObject bulkItemJson(const BulkItem &item)
{
    QJsonObject json{{QStringLiteral("pubId"), item.pubId}};
    if (item.run && !item.errorCode) {
        const QJsonObject run = commandRunJson(*item.run);
        for (const char *key : {"id", "exitCode", "output", "errorOutput", "result", "timedOut", "startedAt", "finishedAt"})
            json.insert(QLatin1String(key), run.value(QLatin1String(key)));
        json.insert(QStringLiteral("error"), QJsonValue::Null);
    } else {
        json.insert(QStringLiteral("exitCode"), QJsonValue::Null);
        json.insert(QStringLiteral("output"), QString());
        json.insert(QStringLiteral("result"), QJsonValue::Null);
        json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QLatin1String(item.errorCode)},
                                                         {QStringLiteral("message"), item.errorMessage}});
    }
    return json;
}

QJsonObject auditEntryJson(const AuditEntry &entry)
{
    const QJsonDocument arguments = QJsonDocument::fromJson(entry.argumentsJson);
    QJsonObject json{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("at"), isoTime(entry.at)},
        {QStringLiteral("userId"), entry.userId},
        {QStringLiteral("userEmail"), entry.userEmail},
        {QStringLiteral("pubId"), entry.pubId},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("command"), entry.command},
        {QStringLiteral("arguments"), arguments.isObject() ? QJsonValue(arguments.object())
                                      : arguments.isArray() ? QJsonValue(arguments.array()) : QJsonValue::Null},
        {QStringLiteral("exitCode"), entry.exitCode ? QJsonValue(*entry.exitCode) : QJsonValue::Null},
    };
    if (!entry.error.isEmpty())
        json.insert(QStringLiteral("error"), entry.error);
    return json;
}
}

void ApiServer::registerCommandRoutes()
{
    CommandRelay *relay = m_services.commands;
    if (!relay)
        return;
    const Database &database = m_services.database;

    addRoute(QStringLiteral("/api/v1/commands"), Method::Get, RoutePolicy::read(), [relay](const RequestContext &context) {
        QJsonArray commands;
        for (const CommandSpec &command : relay->commandsFor(context.caller()))
            commands.append(commandJson(command));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("commands"), commands}});
    });

    // Whether the caller may run this command on this pub is the relay's check (the command's policy).
    addAsyncRoute(QStringLiteral("/api/v1/pubs/<arg>/commands"), RoutePolicy::read(true), [relay](const RequestContext &context, Reply reply) {
        const JsonRequest body = context.json();
        const QString command = body.requiredString("command", CommandNameMaxLength);
        const PreparedCommand prepared = relay->prepare(context.caller(), context.pathId(), command, body.value("arguments"));
        relay->run(context.caller(), prepared, [reply = std::move(reply)](CommandRun run) {
            reply(run.errorCode ? errorResponse(commandRunError(run)) : QHttpServerResponse(commandRunJson(run)));
        });
    });

    addAsyncRoute(QStringLiteral("/api/v1/commands/run"), RoutePolicy::read(), [relay](const RequestContext &context, Reply reply) {
        const JsonRequest body = context.json();
        const QString command = body.requiredString("command", CommandNameMaxLength);
        const QJsonValue pubIds = body.value("pubIds");
        const QJsonValue node = body.value("node");
        if (pubIds.isUndefined() == node.isUndefined())
            throw ApiError::validation(QStringLiteral("pubIds"), QStringLiteral("give either pubIds or node"));
        QStringList ids;
        QString nodeName;
        if (!pubIds.isUndefined()) {
            ids = pubIdList(pubIds);
        } else {
            nodeName = body.requiredString("node", NodeNameMaxLength);
        }
        relay->runOnMany(context.caller(), command, body.value("arguments"), ids, nodeName, [reply = std::move(reply)](QList<BulkItem> items) {
            QJsonArray results;
            for (const BulkItem &item : items)
                results.append(bulkItemJson(item));
            reply(QHttpServerResponse(QJsonObject{{QStringLiteral("results"), results}}));
        });
    });

    addRoute(QStringLiteral("/api/v1/audit"), Method::Get, RoutePolicy::staffRead(), [&database](const RequestContext &context) {
        const QUrlQuery query = context.request().query();
        const int limit = limitParameter(query, DefaultAuditLimit, AuditRepository::MaxListLimit);
        const qint64 beforeMs = beforeParameter(query);
        const QString pubId = query.queryItemValue(QStringLiteral("pubId"), QUrl::FullyDecoded).left(64);
        QJsonArray entries;
        for (const AuditEntry &entry : AuditRepository(database).list(limit, beforeMs, pubId))
            entries.append(auditEntryJson(entry));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("entries"), entries}});
    });
}

}
