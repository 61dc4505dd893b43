#include "pubs/pubbackups.h"

#include "core/datadir.h"
#include "core/logging.h"
#include "core/random.h"
#include "http/apierror.h"
#include "jobs/jobworker.h"
#include "pubs/pubcustody.h"
#include "store/database.h"
#include "swarm/pubarchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>

namespace buttcloud {

namespace {

constexpr qint64 LeftoverAgeMs = 24LL * 3600 * 1000;

bool isBackupId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]{12}$"));
    return pattern.match(id).hasMatch();
}

}

PubBackups::PubBackups(const Database &database, PubCustody &custody, BackupSettings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_custody(custody)
    , m_settings(std::move(settings))
    , m_clock(currentEpochMs)
{
    makePrivateDirectory(m_settings.dir);
    m_purgeTimer.setInterval(std::chrono::hours(1));
    connect(&m_purgeTimer, &QTimer::timeout, this, [this] {
        try {
            purgeExpired();
        } catch (const std::exception &error) {
            qCWarning(lcPubs) << "purging expired backups failed:" << error.what();
        }
    });
}

PubBackups::~PubBackups() = default;

void PubBackups::start()
{
    purgeExpired();
    m_purgeTimer.start();
}

const BackupSettings &PubBackups::settings() const { return m_settings; }

void PubBackups::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

QString PubBackups::archivePath(const QString &id) const
{
    return QDir(m_settings.dir).filePath(id + QLatin1String(PubArchiveSuffix));
}

void PubBackups::backUp(const JobRun &run, const PubRecord &pub, const QString &reason, Recorded alsoRecord, Done done)
{
    const QString id = generateId();
    const QString path = archivePath(id);
    QPointer<PubBackups> guard(this);
    m_custody.archiveTo(run, pub, path, [guard, run, pub, reason, id, path, alsoRecord = std::move(alsoRecord),
                                         done = std::move(done)](const std::optional<QString> &failure) {
        if (!guard || failure) {
            QFile::remove(path);
            return done(failure.value_or(QStringLiteral("the server is shutting down")));
        }
        // Read back from the disk and checked as an import checks it: only an archive that restores counts.
        QFile archive(path);
        if (!archive.open(QIODevice::ReadOnly)) {
            archive.remove();
            return done(QStringLiteral("cannot read the backup back"));
        }
        const auto verified = verifyPubArchive(archive);
        if (const auto *problem = std::get_if<QString>(&verified)) {
            archive.remove();
            return done(QStringLiteral("the backup does not verify: %1").arg(*problem));
        }
        const qint64 now = guard->m_clock();
        const BackupRecord backup{id, pub.id, pub.name, pub.ownerId, std::get<VerifiedPubArchive>(verified).manifest.feedId,
                                  archive.size(), reason, run.job().id, now, now + qint64(guard->m_settings.retention.count())};
        try {
            guard->m_database.transaction([&] {
                BackupRepository(guard->m_database).insert(backup);
                if (alsoRecord)
                    alsoRecord(backup);
            });
        } catch (const std::exception &error) {
            archive.remove();
            return done(QStringLiteral("cannot record the backup: %1").arg(QString::fromUtf8(error.what())));
        }
        run.progress(QStringLiteral("backed up: %1 bytes").arg(backup.bytes));
        qCInfo(lcPubs).noquote() << "backed up pub" << pub.id << "as backup" << id << backup.bytes << "bytes";
        done(backup);
    });
}

std::optional<BackupRecord> PubBackups::madeBy(const QString &jobId) const
{
    std::optional<BackupRecord> backup = BackupRepository(m_database).findByJob(jobId);
    if (backup && !QFile::exists(archivePath(backup->id)))
        return std::nullopt;
    return backup;
}

QList<BackupRecord> PubBackups::list(const QString &pubId, int limit) const
{
    return BackupRepository(m_database).list(pubId, limit, m_clock());
}

std::pair<BackupRecord, std::unique_ptr<QFile>> PubBackups::open(const QString &id) const
{
    const std::optional<BackupRecord> backup = isBackupId(id) ? BackupRepository(m_database).findById(id) : std::nullopt;
    if (!backup || backup->expiresAt <= m_clock())
        throw ApiError::notFound(QStringLiteral("no such backup: it expired, was deleted, or was never made"));
    auto file = std::make_unique<QFile>(archivePath(id));
    if (!file->open(QIODevice::ReadOnly)) {
        // Made by another server sharing the database, or lost from the disk.
        qCWarning(lcPubs).noquote() << "backup" << id << "has no archive on this server";
        throw ApiError::notFound(QStringLiteral("the backup's archive is not on this server"));
    }
    return {*backup, std::move(file)};
}

void PubBackups::remove(const QString &id) const
{
    if (!isBackupId(id) || !BackupRepository(m_database).remove(id))
        throw ApiError::notFound(QStringLiteral("no such backup"));
    QFile::remove(archivePath(id));
    qCInfo(lcPubs).noquote() << "deleted backup" << id;
}

int PubBackups::purgeExpired() const
{
    const qint64 now = m_clock();
    const BackupRepository backups(m_database);
    int purged = 0;
    for (const BackupRecord &backup : backups.listExpired(now)) {
        // The file first: a row left by a failure here is expired, so never listed, and goes next time.
        QFile::remove(archivePath(backup.id));
        if (backups.remove(backup.id))
            ++purged;
    }
    const QFileInfoList files = QDir(m_settings.dir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        const QString id = file.fileName().section(u'.', 0, 0);
        const bool old = file.lastModified().toMSecsSinceEpoch() < now - LeftoverAgeMs;
        if (old && !backups.findById(id) && QFile::remove(file.absoluteFilePath()))
            qCInfo(lcPubs).noquote() << "deleted the leftover archive" << file.fileName();
    }
    if (purged)
        qCInfo(lcPubs) << "deleted" << purged << "expired backups";
    return purged;
}

}
