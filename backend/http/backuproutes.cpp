// The backup routes of docs/api.md ("Removal after cancellation").
#include "http/apierror.h"
#include "http/apiserver.h"
#include "http/jsonviews.h"
#include "http/queryparameters.h"
#include "pubs/pubbackups.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace buttcloud {

namespace {

PubBackups &requireBackups(PubBackups *backups)
{
    if (!backups)
        throw ApiError::engineUnavailable(QStringLiteral("backups are not available on this server"));
    return *backups;
}

QJsonObject backupJson(const BackupRecord &backup)
{
    return QJsonObject{
        {QStringLiteral("id"), backup.id},
        {QStringLiteral("pubId"), backup.pubId},
        {QStringLiteral("pubName"), backup.pubName},
        {QStringLiteral("ownerId"), backup.ownerId},
        {QStringLiteral("feedId"), backup.feedId},
        {QStringLiteral("bytes"), backup.bytes},
        {QStringLiteral("reason"), backup.reason},
        {QStringLiteral("createdAt"), isoTime(backup.createdAt)},
        {QStringLiteral("expiresAt"), isoTime(backup.expiresAt)},
    };
}

}

void ApiServer::registerBackupRoutes()
{
    // Support may see that backups exist (to answer customers), not download them: they hold the secret.
    addRoute(QStringLiteral("/api/v1/backups"), Method::Get, RoutePolicy::staffRead(), [this](const RequestContext &context) {
        const QUrlQuery query(context.request().url());
        const int limit = limitParameter(query, 100, BackupRepository::MaxListLimit);
        const QString pubId = textParameter(query, QStringLiteral("pubId"), 64);
        QJsonArray backups;
        for (const BackupRecord &backup : requireBackups(m_services.backups).list(pubId, limit))
            backups.append(backupJson(backup));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("backups"), backups}});
    });

    addDownloadRoute(QStringLiteral("/api/v1/backups/<arg>"), RoutePolicy::adminRead(),
                     [this](const RequestContext &context, const QString &) {
                         auto [backup, file] = requireBackups(m_services.backups).open(context.pathId());
                         Download download;
                         download.body = std::move(file);
                         download.contentType = "application/vnd.buttcloud.pub-archive";
                         download.fileName = backup.pubName.toUtf8() + "-backup.bcpub";
                         return download;
                     });

    addRoute(QStringLiteral("/api/v1/backups/<arg>"), Method::Delete, RoutePolicy::adminChange(),
             [this](const RequestContext &context) {
                 requireBackups(m_services.backups).remove(context.pathId());
                 return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
             });
}

}
