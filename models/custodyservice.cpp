#include "models/custodyservice.h"

#include "models/jsonfields.h"
#include "models/session.h"
#include "models/typedreply.h"
#include "wire/errorcodes.h"

#include <QCoreApplication>

namespace buttcloud {

namespace {
class CustodyText
{
    Q_DECLARE_TR_FUNCTIONS(buttcloud::CustodyService)
};

const QByteArray ArchiveContentType = QByteArrayLiteral("application/vnd.buttcloud.pub-archive");

Result<Job> parseJobAnswer(const QJsonObject &json, const QUrl &serverUrl)
{
    return parseJob(json.value(QLatin1String("job")).toObject(), serverUrl);
}

Result<Done> parseNothing(const QJsonObject &, const QUrl &)
{
    return Done{};
}

QString backupPath(const QString &backupId)
{
    return QStringLiteral("/api/v1/backups/") + QString::fromLatin1(QUrl::toPercentEncoding(backupId));
}
}

Result<Backup> parseBackup(const QJsonObject &json, const QUrl &serverUrl)
{
    Backup backup;
    backup.id = stringField(json, "id");
    backup.pubId = stringField(json, "pubId");
    backup.pubName = stringField(json, "pubName");
    backup.ownerId = stringField(json, "ownerId");
    backup.feedId = stringField(json, "feedId");
    backup.reason = stringField(json, "reason");
    backup.createdAt = timeField(json, "createdAt");
    backup.expiresAt = timeField(json, "expiresAt");
    const std::optional<qint64> bytes = integerField(json, "bytes");
    if (!isValidId(backup.id) || !isValidOptionalId(backup.pubId) || !bytes || *bytes < 0)
        return invalidReplyError(serverUrl, 200);
    backup.bytes = *bytes;
    return backup;
}

Result<QList<Backup>> parseBackupList(const QJsonObject &json, const QUrl &serverUrl)
{
    return parseArrayField<Backup>(json, "backups", serverUrl, parseBackup);
}

QString backupReasonLabel(const QString &reason)
{
    if (reason == QLatin1String("billing.canceled"))
        return CustodyText::tr("Subscription canceled");
    return reason;
}

CustodyService::CustodyService(Session *session)
    : m_session(session)
{
}

void CustodyService::exportPub(const QString &pubId, QObject *context, Handler<Job> handler)
{
    ApiRequest request;
    request.method = "POST";
    request.path = pubPath(pubId, "/export");
    handler = explainError(std::move(handler), ErrorCode::Conflict,
                           CustodyText::tr("The pub is being deleted or moved; it cannot be exported now."));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseJobAnswer));
}

void CustodyService::latestExport(const QString &pubId, QObject *context, Handler<Job> handler)
{
    ApiRequest request;
    request.path = pubPath(pubId, "/export");
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseJobAnswer));
}

void CustodyService::downloadExport(const QString &pubId, const QString &exportId, const QString &filePath,
                                    QObject *context, TransferProgress progress, Handler<Done> handler)
{
    const QString path = pubPath(pubId, "/export/") + QString::fromLatin1(QUrl::toPercentEncoding(exportId));
    download(path, filePath,
             CustodyText::tr("This export can no longer be downloaded: an export is downloaded once, within an hour "
                             "of being made. Export the pub again."),
             context, std::move(progress), std::move(handler));
}

void CustodyService::importPub(const QString &filePath, const QString &name, const QString &hubId, QObject *context,
                               TransferProgress progress, Handler<Pub> handler)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/pubs/import");
    request.query.addQueryItem(QStringLiteral("name"), name);
    if (!hubId.isEmpty())
        request.query.addQueryItem(QStringLiteral("hubId"), hubId);
    request.uploadFilePath = filePath;
    request.uploadContentType = ArchiveContentType;
    request.progress = std::move(progress);
    handler = explainError(std::move(handler), ErrorCode::Conflict, CustodyText::tr("That pub name is taken."));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parsePub));
}

void CustodyService::movePub(const QString &pubId, const QString &hubId, QObject *context, Handler<Pub> handler)
{
    ApiRequest request;
    request.method = "POST";
    request.path = pubPath(pubId, "/move");
    request.body = QJsonObject{{QStringLiteral("hubId"), hubId}};
    handler = explainError(std::move(handler), ErrorCode::Conflict,
                           CustodyText::tr("The pub is being deleted, or it is already being moved, exported or "
                                           "imported; try again when that has finished."));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parsePub));
}

void CustodyService::listBackups(const QString &pubId, QObject *context, Handler<QList<Backup>> handler)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/backups");
    if (!pubId.isEmpty())
        request.query.addQueryItem(QStringLiteral("pubId"), pubId);
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseBackupList));
}

void CustodyService::downloadBackup(const QString &backupId, const QString &filePath, QObject *context,
                                    TransferProgress progress, Handler<Done> handler)
{
    download(backupPath(backupId), filePath,
             CustodyText::tr("This backup is gone: it expired or was deleted."), context, std::move(progress),
             std::move(handler));
}

void CustodyService::deleteBackup(const QString &backupId, QObject *context, Handler<Done> handler)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = backupPath(backupId);
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseNothing));
}

void CustodyService::download(const QString &path, const QString &filePath, const QString &goneMessage,
                              QObject *context, TransferProgress progress, Handler<Done> handler)
{
    ApiRequest request;
    request.path = path;
    request.downloadFilePath = filePath;
    request.progress = std::move(progress);
    handler = explainError(std::move(handler), ErrorCode::NotFound, goneMessage);
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseNothing));
}

}
