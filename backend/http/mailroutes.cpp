// The mail routes of docs/api.md: admins read the outbox and queue a failed mail again.
#include "http/apierror.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"
#include "store/database.h"
#include "store/mailoutboxrepository.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace buttcloud {

namespace {
constexpr int OutboxListDefault = 100;
constexpr int OutboxListMax = 1000;

// Bodies stay out: they hold one-time links. Subject and addresses are what an operator needs.
QJsonObject outboxMailJson(const OutboxMailRecord &mail)
{
    return {
        {QStringLiteral("id"), mail.id},
        {QStringLiteral("messageId"), mail.messageId},
        {QStringLiteral("kind"), mail.kind},
        {QStringLiteral("to"), mail.recipient},
        {QStringLiteral("from"), mail.sender},
        {QStringLiteral("subject"), mail.subject},
        {QStringLiteral("language"), mail.language},
        {QStringLiteral("state"), mail.state},
        {QStringLiteral("attempts"), mail.attempts},
        {QStringLiteral("nextAttemptAt"), mail.state == QLatin1String("queued") ? QJsonValue(isoTime(mail.nextAttemptAt)) : QJsonValue()},
        {QStringLiteral("lastError"), mail.lastError},
        {QStringLiteral("createdAt"), isoTime(mail.createdAt)},
        {QStringLiteral("sentAt"), mail.sentAt ? QJsonValue(isoTime(mail.sentAt)) : QJsonValue()},
    };
}
}

void ApiServer::registerMailRoutes()
{
    const Database &database = m_services.database;

    addRoute(QStringLiteral("/api/v1/mail/outbox"), Method::Get, RoutePolicy::adminRead(), [&database](const RequestContext &context) {
        const QUrlQuery query = context.request().query();
        const QString state = query.queryItemValue(QStringLiteral("state"));
        static const QStringList states{QString(), QStringLiteral("queued"), QStringLiteral("sending"),
                                        QStringLiteral("sent"), QStringLiteral("failed")};
        if (!states.contains(state))
            throw ApiError::validation(QStringLiteral("state"), QStringLiteral("must be queued, sending, sent or failed"));
        int limit = OutboxListDefault;
        if (query.hasQueryItem(QStringLiteral("limit"))) {
            bool ok = false;
            limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 1 || limit > OutboxListMax)
                throw ApiError::validation(QStringLiteral("limit"), QStringLiteral("must be 1 to %1").arg(OutboxListMax));
        }
        QJsonArray mails;
        for (const OutboxMailRecord &mail : MailOutboxRepository(database).list(state, limit))
            mails.append(outboxMailJson(mail));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("mails"), mails}});
    });

    addRoute(QStringLiteral("/api/v1/mail/outbox/<arg>/retry"), Method::Post, RoutePolicy::adminChange(), [&database](const RequestContext &context) {
        const MailOutboxRepository outbox(database);
        if (!outbox.findById(context.pathId()))
            throw ApiError::notFound(QStringLiteral("no such mail"));
        if (!outbox.requeue(context.pathId(), currentEpochMs()))
            throw ApiError::conflict(QStringLiteral("only a queued or failed mail can be retried"));
        return QHttpServerResponse(outboxMailJson(*outbox.findById(context.pathId())), QHttpServerResponse::StatusCode::Accepted);
    });
}

}
