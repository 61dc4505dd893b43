#pragma once

#include "models/apitypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace buttcloud {

class Session;

// A pub's archive kept by the server when its subscription ended (docs/api.md, "Backups").
struct Backup
{
    QString id;
    QString pubId;
    QString pubName;
    QString ownerId;
    QString feedId;
    qint64 bytes = 0;
    QString reason;
    QDateTime createdAt;
    QDateTime expiresAt;

    bool operator==(const Backup &other) const = default;
};

Result<Backup> parseBackup(const QJsonObject &json, const QUrl &serverUrl);
Result<QList<Backup>> parseBackupList(const QJsonObject &json, const QUrl &serverUrl);
// "Subscription canceled" for billing.canceled, the wire name otherwise.
QString backupReasonLabel(const QString &reason);

// Bytes moved so far and the total (-1 when unknown).
using TransferProgress = std::function<void(qint64 done, qint64 total)>;

// A pub's identity leaving or entering the server (docs/api.md, "Export, import and move") and
// the backups of canceled pubs. Archives travel between the server and a file on disk, streamed:
// never held in memory whole. Every call answers once through its handler, unless context is
// destroyed first.
class CustodyService final
{
    Q_DISABLE_COPY_MOVE(CustodyService)

public:
    template<typename T>
    using Handler = std::function<void(const Result<T> &)>;

    explicit CustodyService(Session *session);

    // Queues the export; the job's exportId, once it succeeded, names the archive to download.
    void exportPub(const QString &pubId, QObject *context, Handler<Job> handler);
    // The pub's latest export job (how an owner, who cannot list jobs, learns how it went).
    void latestExport(const QString &pubId, QObject *context, Handler<Job> handler);
    // Saves the archive to filePath (0600). The server lets it be downloaded once: a second try
    // says so.
    void downloadExport(const QString &pubId, const QString &exportId, const QString &filePath, QObject *context,
                        TransferProgress progress, Handler<Done> handler);
    // A new pub named name from the archive at filePath; hubId (admins) pins it to that hub.
    void importPub(const QString &filePath, const QString &name, const QString &hubId, QObject *context,
                   TransferProgress progress, Handler<Pub> handler);
    // Admins: moves the pub with its identity and data to another hub.
    void movePub(const QString &pubId, const QString &hubId, QObject *context, Handler<Pub> handler);

    // Admins and support: newest first; pubId empty lists every pub's.
    void listBackups(const QString &pubId, QObject *context, Handler<QList<Backup>> handler);
    // Admins: the backup's archive to filePath (0600); the backup stays on the server.
    void downloadBackup(const QString &backupId, const QString &filePath, QObject *context, TransferProgress progress,
                        Handler<Done> handler);
    void deleteBackup(const QString &backupId, QObject *context, Handler<Done> handler);

private:
    void download(const QString &path, const QString &filePath, const QString &goneMessage, QObject *context,
                  TransferProgress progress, Handler<Done> handler);

    Session *m_session;
};

}
