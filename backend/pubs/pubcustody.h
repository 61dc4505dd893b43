#pragma once

#include "jobs/jobworker.h"
#include "pubs/pubcontroller.h"
#include "store/records.h"
#include "swarm/pubarchive.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QFile;

namespace buttcloud {

class Database;
class PubRuntime;

struct CustodySettings
{
    QString exportDir;  // private (0700): finished archives wait here for their one download
    QString importDir;  // private (0700): uploaded archives wait here for their import job
    std::chrono::milliseconds exportExpiry{std::chrono::hours(1)};
    qint64 importMaxBytes = qint64(1) << 30;
    std::chrono::milliseconds stopTimeout{60000};   // how long a stopping pub may take to let go of its volume
    std::chrono::milliseconds pollInterval{1000};
};

// Identity custody (docs/api.md, "Export, import and move"): a pub's identity and data leave the
// server only as a verified ButtCloud pub archive (swarm/pubarchive.h), made by a pub.export job and
// downloaded once by its owner or an admin; an uploaded archive is checked completely before a pub is
// made of it by a pub.import job. Archives hold the pub's secret: they live only in private
// directories with mode 0600, are never logged, and are deleted after their download, their import
// or their expiry. Lives on the thread of its runtime.
class PubCustody final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubCustody)

public:
    PubCustody(const Database &database, PubController &pubs, PubRuntime *runtime, CustodySettings settings,
               QObject *parent = nullptr);
    ~PubCustody() override;

    // Registers pub.export and pub.import; also starts the expiry sweep.
    void registerJobHandlers(JobWorker &worker);
    const CustodySettings &settings() const;

    // Queues the pub's export (409 while it is being deleted). The job's result names the exportId.
    JobRecord requestExport(const PubRecord &pub, const UserRecord &caller);
    // The export's archive, opened and already gone from the disk: it can be downloaded once. 404 when
    // there is none (never made, downloaded, expired).
    std::unique_ptr<QFile> takeExport(const QString &pubId, const QString &exportId);
    // Checks archive completely (422 with what is wrong: corrupted, truncated, not an archive), then
    // creates a pub named name owned by owner, with the archive's identity, and queues its pub.import.
    // The data is restored on hubId's node (checked by the caller), or the local hub's when empty, and
    // the pub pinned there: its identity is in that node's volume only.
    PubWithJob import(const QByteArray &archive, const QString &name, const UserRecord &owner, const QString &hubId = {});

    // Deletes exports and uploads older than the expiry (uploads of finished imports included).
    void purgeExpired();

    // For a backup before a removal: stops the pub's service (scaled to 0, waited for until its task
    // is gone), writes its data volume as a pub archive to path (0600, in a private directory) with
    // the export's steps, and never starts it again. done gets what went wrong (no file left), or
    // nothing. run reports progress.
    using Archived = std::function<void(const std::optional<QString> &failure)>;
    void archiveTo(const JobRun &run, const PubRecord &pub, const QString &path, Archived done);
    // The export's steps, for pub.move (pubs/pubmove.h). Stops the pub and waits until no task holds
    // its volume; stopped gets the node holding it (its task's, else its pinned hub's; empty when
    // unknown). On a failure the pub is started again as its owner wants it and run fails
    // (restartAndFail).
    void stopPub(const JobRun &run, const PubRecord &pub, std::function<void(const QString &nodeId)> stopped);
    // The pub's volume on nodeId as a checked tar written to tar (open read-write), with its digest
    // (feed id, files, sha256), or what is wrong.
    void copyVolume(const PubRecord &pub, const QString &nodeId, QFile *tar,
                    std::function<void(std::variant<TarDigest, QString> result)> done);
    // Starts the pub again (where its service is) when its owner wants it running, then fails run.
    void restartAndFail(const JobRun &run, const PubRecord &pub, const QString &failure);

Q_SIGNALS:
    void jobQueued(const QString &jobId);

private:
    struct ExportRun;
    void runExport(const JobRun &run);
    void runImport(const JobRun &run);
    // Export steps, each calling the next.
    void stopForExport(const std::shared_ptr<ExportRun> &state);
    void waitUntilStopped(const std::shared_ptr<ExportRun> &state, int pollsLeft);
    void archiveVolume(const std::shared_ptr<ExportRun> &state);
    void restartAfterExport(const std::shared_ptr<ExportRun> &state, const std::optional<QString> &failure);
    QString exportPath(const QString &pubId, const QString &exportId) const;

    const Database &m_database;
    PubController &m_pubs;
    PubRuntime *m_runtime;
    CustodySettings m_settings;
    QTimer m_purgeTimer;
};

}
