#include "pubs/pubcustody.h"

#include "core/datadir.h"
#include "core/logging.h"
#include "core/random.h"
#include "http/apierror.h"
#include "store/database.h"
#include "store/hubrepository.h"
#include "store/jobrepository.h"
#include "store/pubrepository.h"
#include "swarm/pubarchive.h"
#include "swarm/pubruntime.h"
#include "wire/errorcodes.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>

namespace buttcloud {

namespace {

constexpr char PartialSuffix[] = ".part";
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool isArchiveId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]{12}$"));
    return pattern.match(id).hasMatch();
}

// The ssb-server version an image carries in its tag (buttcloud/pub:16.0.1), or the image itself.
QString versionOfImage(const QString &image)
{
    const qsizetype colon = image.lastIndexOf(u':');
    return colon > image.lastIndexOf(u'/') ? image.mid(colon + 1) : image;
}

}

struct PubCustody::ExportRun
{
    JobRun run;
    PubRecord pub;
    QString exportId;
    QString nodeId;
    bool wasRunning = false;
    std::unique_ptr<QFile> tar;
    QString path;                   // where the archive goes
    PubCustody::Archived archived;  // archiveTo's caller: told instead of restarting and reporting
    std::function<void(const QString &nodeId)> stopped; // pub.move's next step instead of archiving
};

PubCustody::PubCustody(const Database &database, PubController &pubs, PubRuntime *runtime, CustodySettings settings,
                       QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_pubs(pubs)
    , m_runtime(runtime)
    , m_settings(std::move(settings))
{
    makePrivateDirectory(m_settings.exportDir);
    makePrivateDirectory(m_settings.importDir);
    m_purgeTimer.setInterval(std::chrono::minutes(1));
    connect(&m_purgeTimer, &QTimer::timeout, this, &PubCustody::purgeExpired);
}

PubCustody::~PubCustody() = default;

const CustodySettings &PubCustody::settings() const { return m_settings; }

void PubCustody::registerJobHandlers(JobWorker &worker)
{
    worker.registerHandler(JobKind::PubExport, [guard = QPointer<PubCustody>(this)](JobRun run) {
        if (!guard)
            return run.fail(QStringLiteral("the server is shutting down"), true);
        guard->runExport(run);
    });
    worker.registerHandler(JobKind::PubImport, [guard = QPointer<PubCustody>(this)](JobRun run) {
        if (!guard)
            return run.fail(QStringLiteral("the server is shutting down"), true);
        guard->runImport(run);
    });
    purgeExpired();
    m_purgeTimer.start();
}

QString PubCustody::exportPath(const QString &pubId, const QString &exportId) const
{
    return QDir(m_settings.exportDir).filePath(pubId + u'-' + exportId + QLatin1String(PubArchiveSuffix));
}

void PubCustody::purgeExpired()
{
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addMSecs(-m_settings.exportExpiry.count());
    for (const QString &dir : {m_settings.exportDir, m_settings.importDir}) {
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden);
        for (const QFileInfo &file : files) {
            // An upload waits for its import job, which deletes it: only leftovers of lost jobs expire.
            const bool expired = file.lastModified().toUTC() < (dir == m_settings.importDir ? oldest.addDays(-1) : oldest);
            if (expired && QFile::remove(file.absoluteFilePath()))
                qCInfo(lcPubs).noquote() << "deleted the expired archive" << file.fileName();
        }
    }
}

JobRecord PubCustody::requestExport(const PubRecord &pub, const UserRecord &caller)
{
    if (pub.desiredState == PubDesiredState::Deleted)
        throw ApiError::conflict(QStringLiteral("the pub is being deleted"));
    JobRequest request;
    request.kind = JobKind::PubExport;
    request.pubId = pub.id;
    request.idempotencyKey = QStringLiteral("pub.export:") + pub.id;
    request.reason = QStringLiteral("requested by %1").arg(caller.email);
    request.createdBy = caller.id;
    request.maxAttempts = 3;
    const JobRecord job = JobRepository(m_database).enqueue(request);
    Q_EMIT jobQueued(job.id);
    return job;
}

std::unique_ptr<QFile> PubCustody::takeExport(const QString &pubId, const QString &exportId)
{
    purgeExpired();
    if (!isArchiveId(exportId))
        throw ApiError::notFound(QStringLiteral("no such export"));
    auto file = std::make_unique<QFile>(exportPath(pubId, exportId));
    if (!file->open(QIODevice::ReadOnly))
        throw ApiError::notFound(QStringLiteral("no such export: it expired, was downloaded already, or was never made"));
    // Open, it stays readable for this download; the disk keeps no copy of the pub's secret.
    QFile::remove(file->fileName());
    return file;
}

void PubCustody::runExport(const JobRun &run)
{
    const std::optional<PubRecord> pub = PubRepository(m_database).findById(run.job().pubId);
    if (!pub)
        return run.fail(QStringLiteral("the pub no longer exists"), false);
    if (pub->desiredState == PubDesiredState::Deleted)
        return run.fail(QStringLiteral("the pub is being deleted"), false);
    const QString exportId = generateId();
    auto state = std::make_shared<ExportRun>(ExportRun{run, *pub, exportId, {}, pub->desiredState == PubDesiredState::Running, {},
                                                       exportPath(pub->id, exportId), {}, {}});
    run.progress(QStringLiteral("stopping the pub"));
    stopForExport(state);
}

void PubCustody::stopForExport(const std::shared_ptr<ExportRun> &state)
{
    QPointer<PubCustody> guard(this);
    m_runtime->observe([guard, state](std::variant<QList<ObservedPub>, RuntimeError> observed) {
        if (!guard)
            return;
        if (const auto *error = std::get_if<RuntimeError>(&observed))
            return guard->restartAfterExport(state, error->message);
        for (const ObservedPub &service : std::get<QList<ObservedPub>>(observed)) {
            if (service.pubId == state->pub.id)
                state->nodeId = service.nodeId;
        }
        guard->m_runtime->scale(state->pub.id, 0, [guard, state](std::optional<RuntimeError> error) {
            if (!guard)
                return;
            // No service (never deployed, or removed): the volume alone is exported.
            if (error && !error->notFound)
                return guard->restartAfterExport(state, error->message);
            guard->waitUntilStopped(state, int(guard->m_settings.stopTimeout / guard->m_settings.pollInterval));
        });
    });
}

void PubCustody::waitUntilStopped(const std::shared_ptr<ExportRun> &state, int pollsLeft)
{
    QPointer<PubCustody> guard(this);
    m_runtime->observe([guard, state, pollsLeft](std::variant<QList<ObservedPub>, RuntimeError> observed) {
        if (!guard)
            return;
        if (const auto *error = std::get_if<RuntimeError>(&observed))
            return guard->restartAfterExport(state, error->message);
        bool running = false;
        for (const ObservedPub &service : std::get<QList<ObservedPub>>(observed)) {
            if (service.pubId == state->pub.id) {
                running = !service.containerId.isEmpty();
                if (!service.nodeId.isEmpty())
                    state->nodeId = service.nodeId;
            }
        }
        if (!running) {
            // A stopped pub has no task to say where its volume is: a pinned pub's is on its hub.
            if (state->nodeId.isEmpty() && !state->pub.hubId.isEmpty()) {
                if (const std::optional<HubRecord> hub = HubRepository(guard->m_database).findById(state->pub.hubId))
                    state->nodeId = hub->nodeId;
            }
            return state->stopped ? state->stopped(state->nodeId) : guard->archiveVolume(state);
        }
        if (pollsLeft <= 0)
            return guard->restartAfterExport(state, QStringLiteral("the pub did not stop in time"));
        QTimer::singleShot(guard->m_settings.pollInterval, guard, [guard, state, pollsLeft] {
            if (guard)
                guard->waitUntilStopped(state, pollsLeft - 1);
        });
    });
}

void PubCustody::archiveVolume(const std::shared_ptr<ExportRun> &state)
{
    state->run.progress(QStringLiteral("archiving the pub's data"));
    const QString archivePath = state->path;
    state->tar = std::make_unique<QFile>(archivePath + QLatin1String(PartialSuffix));
    if (!state->tar->open(QIODevice::ReadWrite | QIODevice::Truncate, OwnerOnly))
        return restartAfterExport(state, QStringLiteral("cannot write the archive: %1").arg(state->tar->errorString()));
    QPointer<PubCustody> guard(this);
    copyVolume(state->pub, state->nodeId, state->tar.get(), [guard, state, archivePath](std::variant<TarDigest, QString> digest) {
        if (!guard)
            return;
        const auto dropTar = qScopeGuard([state] {
            state->tar->remove();
            state->tar.reset();
        });
        if (const auto *problem = std::get_if<QString>(&digest))
            return guard->restartAfterExport(state, *problem);
        const TarDigest &found = std::get<TarDigest>(digest);
        PubArchiveManifest manifest;
        manifest.pubName = state->pub.name;
        manifest.feedId = found.feedId;
        manifest.ssbServerVersion = versionOfImage(state->pub.image);
        manifest.image = state->pub.image;
        manifest.createdAtMs = QDateTime::currentMSecsSinceEpoch();
        manifest.files = found.files;
        manifest.tarBytes = found.tarBytes;
        manifest.tarSha256 = found.tarSha256;
        QFile archive(archivePath);
        std::optional<QString> problem;
        if (!state->tar->seek(0) || !archive.open(QIODevice::WriteOnly | QIODevice::Truncate, OwnerOnly))
            problem = QStringLiteral("cannot write the archive");
        else
            problem = writePubArchive(archive, manifest, *state->tar);
        if (problem || !archive.flush()) {
            archive.remove();
            return guard->restartAfterExport(state, problem.value_or(QStringLiteral("cannot write the archive")));
        }
        state->run.progress(QStringLiteral("archived %1 files, %2 bytes").arg(found.files.size()).arg(archive.size()));
        qCInfo(lcPubs).noquote() << "exported pub" << state->pub.id << "as" << state->exportId << archive.size() << "bytes";
        guard->restartAfterExport(state, std::nullopt);
    });
}

void PubCustody::copyVolume(const PubRecord &pub, const QString &nodeId, QFile *tar,
                            std::function<void(std::variant<TarDigest, QString> result)> done)
{
    QPointer<PubCustody> guard(this);
    m_runtime->exportData(pub.id, nodeId, pub.image, tar, [guard, tar, done = std::move(done)](std::optional<RuntimeError> error) {
        if (!guard)
            return;
        if (error)
            return done(error->message);
        if (!tar->flush() || !tar->seek(0))
            return done(QStringLiteral("cannot read the archive back"));
        auto digest = digestPubTar(*tar, tar->size());
        if (const auto *problem = std::get_if<QString>(&digest))
            return done(QStringLiteral("the pub's data is not a pub's data: %1").arg(*problem));
        done(std::move(digest));
    });
}

void PubCustody::stopPub(const JobRun &run, const PubRecord &pub, std::function<void(const QString &nodeId)> stopped)
{
    auto state = std::make_shared<ExportRun>(ExportRun{run, pub, {}, {}, pub.desiredState == PubDesiredState::Running, {}, {}, {}, std::move(stopped)});
    stopForExport(state);
}

void PubCustody::restartAndFail(const JobRun &run, const PubRecord &pub, const QString &failure)
{
    restartAfterExport(std::make_shared<ExportRun>(ExportRun{run, pub, {}, {}, pub.desiredState == PubDesiredState::Running, {}, {}}),
                       failure);
}

void PubCustody::restartAfterExport(const std::shared_ptr<ExportRun> &state, const std::optional<QString> &failure)
{
    if (state->archived)
        return state->archived(failure);
    const auto report = [state, failure, expiry = m_settings.exportExpiry, path = exportPath(state->pub.id, state->exportId)](
                            std::optional<RuntimeError> restartError) {
        if (failure)
            return state->run.fail(*failure, true);
        if (restartError) {
            QFile::remove(path);
            return state->run.fail(QStringLiteral("archived, but the pub did not start again: %1").arg(restartError->message), true);
        }
        state->run.succeed(QJsonObject{
            {QStringLiteral("exportId"), state->exportId},
            {QStringLiteral("bytes"), QFileInfo(path).size()},
            {QStringLiteral("expiresAt"), QDateTime::currentMSecsSinceEpoch() + qint64(expiry.count())},
        });
    };
    // Started again only as its owner wants it now (a stop asked meanwhile wins).
    const std::optional<PubRecord> now = PubRepository(m_database).findById(state->pub.id);
    if (!state->wasRunning || !now || now->desiredState != PubDesiredState::Running)
        return report(std::nullopt);
    state->run.progress(QStringLiteral("starting the pub again"));
    m_runtime->scale(state->pub.id, 1, [report](std::optional<RuntimeError> error) {
        report(error && error->notFound ? std::nullopt : error);
    });
}

PubWithJob PubCustody::import(const QByteArray &archive, const QString &name, const UserRecord &owner, const QString &hubId)
{
    if (archive.size() > m_settings.importMaxBytes)
        throw ApiError(ErrorCode::PayloadTooLarge, QStringLiteral("the archive is over %1 bytes").arg(m_settings.importMaxBytes));
    const QString uploadPath = QDir(m_settings.importDir).filePath(generateId() + QLatin1String(PubArchiveSuffix));
    QFile upload(uploadPath);
    if (!upload.open(QIODevice::ReadWrite | QIODevice::NewOnly, OwnerOnly) || upload.write(archive) != archive.size()
        || !upload.seek(0)) {
        upload.remove();
        throw std::runtime_error("cannot store the uploaded archive");
    }
    auto removeUpload = qScopeGuard([&upload] { upload.remove(); });
    const auto verified = verifyPubArchive(upload);
    if (const auto *problem = std::get_if<QString>(&verified))
        throw ApiError::validation(QStringLiteral("archive"), *problem);
    const VerifiedPubArchive &found = std::get<VerifiedPubArchive>(verified);
    upload.close();
    const QJsonObject payload{
        {QStringLiteral("archive"), QFileInfo(uploadPath).fileName()},
        {QStringLiteral("tarOffset"), found.tarOffset},
        {QStringLiteral("tarBytes"), found.manifest.tarBytes},
        {QStringLiteral("feedId"), found.manifest.feedId},
    };
    QString pinTo = hubId;
    if (pinTo.isEmpty()) {
        if (const std::optional<HubRecord> local = HubRepository(m_database).findLocal())
            pinTo = local->id;
    }
    PubWithJob created = m_pubs.create(owner.id, name, &owner, generateId(), [this, &pinTo](const PubRecord &pub) {
        if (!pinTo.isEmpty())
            PubRepository(m_database).setHubId(pub.id, pinTo);
    }, JobKind::PubImport, payload);
    removeUpload.dismiss();
    qCInfo(lcPubs).noquote() << "importing pub" << created.pub.id << "with feed" << found.manifest.feedId;
    return created;
}

void PubCustody::runImport(const JobRun &run)
{
    const QJsonObject payload = run.job().payload;
    const QString fileName = payload.value(QLatin1String("archive")).toString();
    const QString path = QDir(m_settings.importDir).filePath(fileName);
    const std::optional<PubRecord> pub = PubRepository(m_database).findById(run.job().pubId);
    if (!pub || pub->desiredState == PubDesiredState::Deleted) {
        QFile::remove(path);
        return run.succeed(QJsonObject{{QStringLiteral("skipped"), QStringLiteral("the pub no longer exists")}});
    }
    // The archive goes once its data is in the volume: a retry of the deploy finds no archive and
    // only deploys.
    if (fileName.isEmpty() || !QFile::exists(path))
        return m_pubs.runJob(run);
    auto archive = std::make_shared<QFile>(path);
    if (!archive->open(QIODevice::ReadOnly) || !archive->seek(qint64(payload.value(QLatin1String("tarOffset")).toDouble())))
        return run.fail(QStringLiteral("cannot read the uploaded archive"), true);
    run.progress(QStringLiteral("restoring the pub's data"));
    const std::optional<HubRecord> hub = pub->hubId.isEmpty() ? std::nullopt : HubRepository(m_database).findById(pub->hubId);
    QPointer<PubCustody> guard(this);
    m_runtime->importData(pub->id, hub ? hub->nodeId : QString(), pub->image, archive.get(),
                          qint64(payload.value(QLatin1String("tarBytes")).toDouble()),
                          [guard, run, archive, pubId = pub->id](std::optional<RuntimeError> error) {
        if (!guard)
            return;
        archive->close();
        if (error && error->engineUnavailable)
            return run.fail(error->message, true);
        archive->remove();
        if (error) {
            // A pub without its identity must not start with a new one: it goes.
            try {
                guard->m_pubs.requestDelete(pubId, true);
            } catch (const std::exception &failure) {
                qCWarning(lcPubs) << "cannot delete pub" << pubId << "after its import failed:" << failure.what();
            }
            return run.fail(QStringLiteral("restoring the pub's data failed: %1").arg(error->message), false);
        }
        guard->m_pubs.runJob(run);
    });
}

void PubCustody::archiveTo(const JobRun &run, const PubRecord &pub, const QString &path, Archived done)
{
    auto state = std::make_shared<ExportRun>(ExportRun{run, pub, generateId(), {}, false, {}, path, std::move(done)});
    run.progress(QStringLiteral("stopping the pub"));
    stopForExport(state);
}

}
