#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace buttcloud {

class Database;

// A pub's data volume kept as a verified pub archive in <data>/backups/<id>.bcpub (docs/api.md,
// "Removal after cancellation"). Who and what it was are copied in: the pub itself is gone soon.
struct BackupRecord
{
    QString id;
    QString pubId;
    QString pubName;
    QString ownerId;
    QString feedId;
    qint64 bytes = 0;
    QString reason;     // why it was made, e.g. billing.canceled
    QString jobId;      // the job that made it, so a retry of that job finds it
    qint64 createdAt = 0;
    qint64 expiresAt = 0; // deleted then (backup-retention)
};

// The pub_backups table. Throws StoreError on database failures.
class BackupRepository final
{
public:
    static constexpr int MaxListLimit = 1000;

    explicit BackupRepository(const Database &database);

    void insert(const BackupRecord &backup) const;
    std::optional<BackupRecord> findById(const QString &id) const;
    std::optional<BackupRecord> findByJob(const QString &jobId) const;
    // Newest first, those not expired at nowMs; every pub's when pubId is empty.
    QList<BackupRecord> list(const QString &pubId, int limit, qint64 nowMs) const;
    // Expired at nowMs, oldest first.
    QList<BackupRecord> listExpired(qint64 nowMs) const;
    bool remove(const QString &id) const;

private:
    const Database &m_database;
};

}
