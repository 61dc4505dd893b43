#pragma once

#include "store/backuprepository.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <variant>

class QFile;

namespace buttcloud {

class Database;
class JobRun;
class PubCustody;
struct PubRecord;

struct BackupSettings
{
    QString dir; // private (0700): the archives, one 0600 file per backup
    std::chrono::milliseconds retention{std::chrono::hours(90 * 24)};
};

// Backups of pubs' data volumes (docs/api.md, "Removal after cancellation"): a verified ButtCloud pub
// archive in a private directory, recorded in pub_backups, kept until it expires (backup-retention)
// or an admin deletes it. Unlike an export, downloading a backup does not delete it. Archives hold
// the pub's secret: never logged. Lives on the thread of its custody.
class PubBackups final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubBackups)

public:
    using Recorded = std::function<void(const BackupRecord &backup)>;
    using Done = std::function<void(const std::variant<BackupRecord, QString> &result)>;

    PubBackups(const Database &database, PubCustody &custody, BackupSettings settings, QObject *parent = nullptr);
    ~PubBackups() override;

    // Purges now, then hourly.
    void start();
    const BackupSettings &settings() const;
    // Tests move time; epoch milliseconds.
    void setClock(std::function<qint64()> clock);

    // Archives the pub's volume (PubCustody::archiveTo: the pub is stopped first and stays stopped),
    // reads the written archive back and verifies it completely as an import would, then records it,
    // alsoRecord running in the same transaction. done gets the backup, or what went wrong (no file
    // and no row are left then). run reports progress; the backup remembers its job.
    void backUp(const JobRun &run, const PubRecord &pub, const QString &reason, Recorded alsoRecord, Done done);
    // The backup a job made, when its archive is still there: a retried job does not make another.
    std::optional<BackupRecord> madeBy(const QString &jobId) const;
    // Newest first, expired ones left out; every pub's when pubId is empty.
    QList<BackupRecord> list(const QString &pubId, int limit) const;
    // The backup and its archive, open for reading; it stays on disk. 404 unknown or expired.
    std::pair<BackupRecord, std::unique_ptr<QFile>> open(const QString &id) const;
    // Deletes the backup and its archive; 404 when unknown.
    void remove(const QString &id) const;
    // Deletes expired backups, and archives no backup names (a crash between writing and recording)
    // once a day old. Returns how many backups went.
    int purgeExpired() const;

private:
    QString archivePath(const QString &id) const;

    const Database &m_database;
    PubCustody &m_custody;
    BackupSettings m_settings;
    std::function<qint64()> m_clock;
    QTimer m_purgeTimer;
};

}
