#include "store/backuprepository.h"

#include "store/database.h"

#include <algorithm>

namespace buttcloud {

namespace {

const QString Columns = QStringLiteral("id, pub_id, pub_name, owner_id, feed_id, bytes, reason, job_id, created_at, expires_at");

BackupRecord backupFrom(const QSqlQuery &query)
{
    return BackupRecord{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong(),
                        query.value(6).toString(), query.value(7).toString(), query.value(8).toLongLong(),
                        query.value(9).toLongLong()};
}

QList<BackupRecord> backupsFrom(QSqlQuery &query)
{
    QList<BackupRecord> backups;
    while (query.next())
        backups.append(backupFrom(query));
    return backups;
}

}

BackupRepository::BackupRepository(const Database &database)
    : m_database(database)
{
}

void BackupRepository::insert(const BackupRecord &backup) const
{
    m_database.exec(QStringLiteral("INSERT INTO pub_backups (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(Columns),
                    {backup.id, backup.pubId, backup.pubName, backup.ownerId, backup.feedId, backup.bytes,
                     backup.reason, backup.jobId, backup.createdAt, backup.expiresAt});
}

std::optional<BackupRecord> BackupRepository::findById(const QString &id) const
{
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT %1 FROM pub_backups WHERE id = ?").arg(Columns), {id});
    if (!query.next())
        return std::nullopt;
    return backupFrom(query);
}

std::optional<BackupRecord> BackupRepository::findByJob(const QString &jobId) const
{
    if (jobId.isEmpty())
        return std::nullopt;
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT %1 FROM pub_backups WHERE job_id = ? ORDER BY created_at DESC LIMIT 1").arg(Columns), {jobId});
    if (!query.next())
        return std::nullopt;
    return backupFrom(query);
}

QList<BackupRecord> BackupRepository::list(const QString &pubId, int limit, qint64 nowMs) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT %1 FROM pub_backups WHERE expires_at > ? AND (? = '' OR pub_id = ?)"
                       " ORDER BY created_at DESC, id DESC LIMIT ?").arg(Columns),
        {nowMs, pubId, pubId, std::clamp(limit, 1, MaxListLimit)});
    return backupsFrom(query);
}

QList<BackupRecord> BackupRepository::listExpired(qint64 nowMs) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT %1 FROM pub_backups WHERE expires_at <= ? ORDER BY expires_at").arg(Columns), {nowMs});
    return backupsFrom(query);
}

bool BackupRepository::remove(const QString &id) const
{
    return m_database.execChanging(QStringLiteral("DELETE FROM pub_backups WHERE id = ?"), {id});
}

}
