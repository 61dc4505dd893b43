// The rollouts, export/import/move and backups part of the fake API, as docs/api.md ("Rollouts",
// "Export, import and move", "Backups") describes them.
#include "fakeapiserver.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace buttcloud::test {

namespace {
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

const QByteArray ArchiveType = QByteArrayLiteral("application/vnd.buttcloud.pub-archive");
// When the fake's rollouts were made, as the server writes it: milliseconds since the epoch.
constexpr qint64 RolloutEpochMs = 1764633600000;

int indexOfId(const QList<QJsonObject> &items, const QString &id)
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).value(QLatin1String("id")).toString() == id)
            return i;
    }
    return -1;
}

bool isUnfinished(const QJsonObject &rollout)
{
    const QString state = rollout.value(QLatin1String("state")).toString();
    return state == QLatin1String("running") || state == QLatin1String("paused");
}

QJsonObject withCounts(QJsonObject rollout)
{
    int updated = 0;
    for (const QJsonValue &pub : rollout.value(QLatin1String("pubs")).toArray())
        updated += pub.toObject().value(QLatin1String("state")).toString() == QLatin1String("updated") ? 1 : 0;
    rollout.insert(QStringLiteral("updatedCount"), updated);
    return rollout;
}

QHttpServerResponse archiveResponse(const QByteArray &archive, const QString &fileName)
{
    QHttpServerResponse response(ArchiveType, archive, Status::Ok);
    response.addHeader("Content-Disposition", "attachment; filename=\"" + fileName.toUtf8() + '"');
    return response;
}
}

QByteArray FakeApiServer::fakeArchive(const QString &pubName, int tarBytes)
{
    // The head line and manifest of the real format, and filler for the tar: enough for a client,
    // which only moves the bytes.
    const QByteArray manifest = QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                                          {QStringLiteral("pubName"), pubName},
                                                          {QStringLiteral("tarBytes"), tarBytes}})
                                    .toJson(QJsonDocument::Compact);
    return "BUTTCLOUD-PUB-ARCHIVE/1 " + QByteArray::number(manifest.size()) + " 0000\n" + manifest
        + QByteArray(tarBytes, 't');
}

QString FakeApiServer::addRollout(const QString &image, const QStringList &pubIds, const QString &state)
{
    const QString id = QStringLiteral("rol%1").arg(m_nextOperationsId++, 9, 10, QLatin1Char('0'));
    QJsonArray pubs;
    for (const QString &pubId : pubIds)
        pubs.append(QJsonObject{{QStringLiteral("pubId"), pubId}, {QStringLiteral("fromImage"), QStringLiteral("buttcloud/pub:16.0.1")},
                                {QStringLiteral("state"), QStringLiteral("pending")}, {QStringLiteral("message"), QString()}});
    const qint64 at = RolloutEpochMs + 60000 * m_nextOperationsId;
    m_rollouts.prepend(withCounts({{QStringLiteral("id"), id}, {QStringLiteral("image"), image},
                                   {QStringLiteral("batchSize"), 1}, {QStringLiteral("pauseSeconds"), 0},
                                   {QStringLiteral("state"), state}, {QStringLiteral("pubs"), pubs},
                                   {QStringLiteral("failedPubId"), QString()}, {QStringLiteral("message"), QString()},
                                   {QStringLiteral("createdBy"), QStringLiteral("user00000001")},
                                   {QStringLiteral("createdAt"), at}, {QStringLiteral("updatedAt"), at}}));
    return id;
}

QJsonObject FakeApiServer::rollout(const QString &rolloutId) const
{
    const int index = indexOfId(m_rollouts, rolloutId);
    return index < 0 ? QJsonObject{} : m_rollouts.at(index);
}

QJsonObject FakeApiServer::lastRolloutBody() const { return m_lastRolloutBody; }

void FakeApiServer::setRolloutPubState(const QString &rolloutId, const QString &pubId, const QString &state,
                                       const QString &message)
{
    const int index = indexOfId(m_rollouts, rolloutId);
    if (index < 0)
        return;
    QJsonObject rollout = m_rollouts.at(index);
    QJsonArray pubs = rollout.value(QLatin1String("pubs")).toArray();
    for (int i = 0; i < pubs.size(); ++i) {
        QJsonObject pub = pubs.at(i).toObject();
        if (pub.value(QLatin1String("pubId")).toString() == pubId) {
            pub.insert(QStringLiteral("state"), state);
            pub.insert(QStringLiteral("message"), message);
            pubs.replace(i, pub);
        }
    }
    rollout.insert(QStringLiteral("pubs"), pubs);
    m_rollouts[index] = withCounts(rollout);
    // The rollout's own job tells the stream, as on the real server.
    QString jobId = m_rolloutJobs.value(rolloutId);
    if (jobId.isEmpty()) {
        jobId = addJob(QStringLiteral("rollout"), QStringLiteral("running"));
        m_rolloutJobs.insert(rolloutId, jobId);
        m_jobs[0].insert(QStringLiteral("payload"), QJsonObject{{QStringLiteral("rolloutId"), rolloutId}});
    }
    setJobState(jobId, QStringLiteral("running"), QStringLiteral("%1 updated").arg(pubId));
}

void FakeApiServer::finishExport(const QString &pubId, const QByteArray &archive, bool succeeded)
{
    const QString jobId = m_exportJobs.value(pubId);
    const int index = indexOfId(m_jobs, jobId);
    if (index < 0)
        return;
    QJsonObject &job = m_jobs[index];
    if (succeeded) {
        const QString exportId = QStringLiteral("exp%1").arg(m_nextOperationsId++, 9, 10, QLatin1Char('0'));
        m_exportArchives.insert(exportId, archive);
        job.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("exportId"), exportId},
                                                         {QStringLiteral("bytes"), archive.size()},
                                                         {QStringLiteral("expiresAt"), QStringLiteral("2026-11-24T19:00:00Z")}});
    }
    setJobState(jobId, succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed"), {},
                succeeded ? QString() : QStringLiteral("the volume could not be read"));
}

QString FakeApiServer::exportJobOf(const QString &pubId) const { return m_exportJobs.value(pubId); }
QByteArray FakeApiServer::lastImportBody() const { return m_lastImportBody; }
QString FakeApiServer::lastImportQuery() const { return m_lastImportQuery; }
QByteArray FakeApiServer::lastImportContentType() const { return m_lastImportContentType; }
QJsonObject FakeApiServer::lastMoveBody() const { return m_lastMoveBody; }

QString FakeApiServer::addBackup(const QString &pubName, const QByteArray &archive)
{
    const QString id = QStringLiteral("bak%1").arg(m_nextOperationsId++, 9, 10, QLatin1Char('0'));
    m_backups.prepend({{QStringLiteral("id"), id}, {QStringLiteral("pubId"), QStringLiteral("pub%1").arg(id.mid(3))},
                       {QStringLiteral("pubName"), pubName}, {QStringLiteral("ownerId"), QStringLiteral("user00000001")},
                       {QStringLiteral("feedId"), QStringLiteral("@%1=.ed25519").arg(pubName)},
                       {QStringLiteral("bytes"), archive.size()}, {QStringLiteral("reason"), QStringLiteral("billing.canceled")},
                       {QStringLiteral("createdAt"), nextTime()}, {QStringLiteral("expiresAt"), QStringLiteral("2027-02-22T18:00:00Z")}});
    m_backupArchives.insert(id, archive);
    return id;
}

QList<QJsonObject> FakeApiServer::backups() const { return m_backups; }

void FakeApiServer::registerCustodyRoutes()
{
    registerRolloutRoutes();

    m_server.route(QStringLiteral("/api/v1/pubs/<arg>/export"), Method::Post, [this](const QString &id, const QHttpServerRequest &request) {
        if (const QString error = authError(request); !error.isEmpty())
            return fakeErrorResponse(error);
        if (*callerRole(request) == Role::Support)
            return fakeErrorResponse(QStringLiteral("forbidden"));
        if (indexOfPub(id) < 0)
            return fakeErrorResponse(QStringLiteral("not_found"));
        const QString jobId = addJob(QStringLiteral("pub.export"), QStringLiteral("queued"), id);
        m_exportJobs.insert(id, jobId);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("job"), job(jobId)}}, Status::Accepted);
    });
    m_server.route(QStringLiteral("/api/v1/pubs/<arg>/export"), Method::Get, [this](const QString &id, const QHttpServerRequest &request) {
        if (const QString error = authError(request); !error.isEmpty())
            return fakeErrorResponse(error);
        if (!m_exportJobs.contains(id))
            return fakeErrorResponse(QStringLiteral("not_found"), QStringLiteral("never exported"));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("job"), job(m_exportJobs.value(id))}});
    });
    m_server.route(QStringLiteral("/api/v1/pubs/<arg>/export/<arg>"), Method::Get,
                   [this](const QString &id, const QString &exportId, const QHttpServerRequest &request) {
        if (const QString error = authError(request); !error.isEmpty())
            return fakeErrorResponse(error);
        if (*callerRole(request) == Role::Support)
            return fakeErrorResponse(QStringLiteral("forbidden"));
        // One download: the archive is gone once it was fetched.
        if (!m_exportArchives.contains(exportId) || indexOfPub(id) < 0)
            return fakeErrorResponse(QStringLiteral("not_found"), QStringLiteral("no such export"));
        return archiveResponse(m_exportArchives.take(exportId), m_pubs.at(indexOfPub(id)).name + QStringLiteral(".bcpub"));
    });

    m_server.route(QStringLiteral("/api/v1/pubs/import"), Method::Post, [this](const QHttpServerRequest &request) {
        if (const QString error = authError(request); !error.isEmpty())
            return fakeErrorResponse(error);
        if (*callerRole(request) == Role::Support)
            return fakeErrorResponse(QStringLiteral("forbidden"));
        m_lastImportBody = request.body();
        m_lastImportQuery = request.query().toString(QUrl::FullyDecoded);
        m_lastImportContentType = request.value("Content-Type");
        const QString name = request.query().queryItemValue(QStringLiteral("name"));
        const QString hubId = request.query().queryItemValue(QStringLiteral("hubId"));
        if (!m_lastImportBody.startsWith("BUTTCLOUD-PUB-ARCHIVE/1 "))
            return fakeErrorResponse(QStringLiteral("validation_failed"), QStringLiteral("this is not a ButtCloud pub archive"));
        if (!hubId.isEmpty() && *callerRole(request) != Role::Admin)
            return fakeErrorResponse(QStringLiteral("forbidden"));
        for (const FakePub &pub : std::as_const(m_pubs)) {
            if (pub.name == name)
                return fakeErrorResponse(QStringLiteral("conflict"), QStringLiteral("name taken"));
        }
        const QString id = addPub(name, PubStatus::Starting);
        m_pubs[indexOfPub(id)].hubId = hubId;
        QJsonObject pub = pubJson(m_pubs.at(indexOfPub(id)));
        pub.insert(QStringLiteral("job"), job(addJob(QStringLiteral("pub.import"), QStringLiteral("queued"), id)));
        return QHttpServerResponse(pub, Status::Accepted);
    });

    m_server.route(QStringLiteral("/api/v1/pubs/<arg>/move"), Method::Post, [this](const QString &id, const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return fakeErrorResponse(denied);
        const int index = indexOfPub(id);
        if (index < 0)
            return fakeErrorResponse(QStringLiteral("not_found"));
        m_lastMoveBody = bodyOf(request);
        const QString hubId = m_lastMoveBody.value(QLatin1String("hubId")).toString();
        const int hub = indexOfId(m_hubs, hubId);
        if (hub < 0 || m_hubs.at(hub).value(QLatin1String("state")).toString() != QLatin1String("ready")
            || m_pubs.at(index).hubId == hubId)
            return fakeErrorResponse(QStringLiteral("validation_failed"), QStringLiteral("hubId: not a ready hub other than the pub's"));
        QJsonObject pub = pubJson(m_pubs.at(index));
        pub.insert(QStringLiteral("job"), job(addJob(QStringLiteral("pub.move"), QStringLiteral("queued"), id)));
        return QHttpServerResponse(pub, Status::Accepted);
    });

    m_server.route(QStringLiteral("/api/v1/backups"), Method::Get, [this](const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Support); !denied.isEmpty())
            return fakeErrorResponse(denied);
        const QString pubId = request.query().queryItemValue(QStringLiteral("pubId"));
        QJsonArray backups;
        for (const QJsonObject &backup : std::as_const(m_backups)) {
            if (pubId.isEmpty() || backup.value(QLatin1String("pubId")).toString() == pubId)
                backups.append(backup);
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("backups"), backups}});
    });
    m_server.route(QStringLiteral("/api/v1/backups/<arg>"), Method::Get, [this](const QString &id, const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return fakeErrorResponse(denied);
        const int index = indexOfId(m_backups, id);
        if (index < 0)
            return fakeErrorResponse(QStringLiteral("not_found"));
        return archiveResponse(m_backupArchives.value(id),
                               m_backups.at(index).value(QLatin1String("pubName")).toString() + QStringLiteral("-backup.bcpub"));
    });
    m_server.route(QStringLiteral("/api/v1/backups/<arg>"), Method::Delete, [this](const QString &id, const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return fakeErrorResponse(denied);
        const int index = indexOfId(m_backups, id);
        if (index < 0)
            return fakeErrorResponse(QStringLiteral("not_found"));
        m_backups.removeAt(index);
        m_backupArchives.remove(id);
        return QHttpServerResponse(Status::NoContent);
    });
}

void FakeApiServer::registerRolloutRoutes()
{
    m_server.route(QStringLiteral("/api/v1/rollouts"), Method::Get, [this](const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Support); !denied.isEmpty())
            return fakeErrorResponse(denied);
        QJsonArray rollouts;
        for (const QJsonObject &rollout : std::as_const(m_rollouts))
            rollouts.append(rollout);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("rollouts"), rollouts}});
    });
    m_server.route(QStringLiteral("/api/v1/rollouts/<arg>"), Method::Get, [this](const QString &id, const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Support); !denied.isEmpty())
            return fakeErrorResponse(denied);
        const int index = indexOfId(m_rollouts, id);
        return index < 0 ? fakeErrorResponse(QStringLiteral("not_found")) : QHttpServerResponse(m_rollouts.at(index));
    });
    m_server.route(QStringLiteral("/api/v1/rollouts"), Method::Post, [this](const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return fakeErrorResponse(denied);
        m_lastRolloutBody = bodyOf(request);
        const QString image = m_lastRolloutBody.value(QLatin1String("image")).toString();
        const int batchSize = m_lastRolloutBody.value(QLatin1String("batchSize")).toInt();
        static const QRegularExpression imagePattern(
            QStringLiteral("^[a-z0-9][a-z0-9._/-]{0,200}(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$"));
        if (!imagePattern.match(image).hasMatch() || batchSize < 1 || batchSize > 1000)
            return fakeErrorResponse(QStringLiteral("validation_failed"), QStringLiteral("image or batchSize"));
        for (const QJsonObject &rollout : std::as_const(m_rollouts)) {
            if (isUnfinished(rollout))
                return fakeErrorResponse(QStringLiteral("conflict"), QStringLiteral("another rollout is unfinished"));
        }
        QStringList pubIds;
        if (m_lastRolloutBody.contains(QLatin1String("pubIds"))) {
            for (const QJsonValue &pubId : m_lastRolloutBody.value(QLatin1String("pubIds")).toArray())
                pubIds.append(pubId.toString());
        } else {
            for (const FakePub &pub : std::as_const(m_pubs))
                pubIds.append(pub.id);
        }
        const QString id = addRollout(image, pubIds, QStringLiteral("running"));
        m_rollouts[0].insert(QStringLiteral("batchSize"), batchSize);
        m_rollouts[0].insert(QStringLiteral("pauseSeconds"), m_lastRolloutBody.value(QLatin1String("pause")).toInt());
        return QHttpServerResponse(m_rollouts.first(), Status::Created);
    });
    const auto act = [this](const QString &id, const QHttpServerRequest &request, const QStringList &from, const QString &to) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return fakeErrorResponse(denied);
        const int index = indexOfId(m_rollouts, id);
        if (index < 0)
            return fakeErrorResponse(QStringLiteral("not_found"));
        if (!from.contains(m_rollouts.at(index).value(QLatin1String("state")).toString()))
            return fakeErrorResponse(QStringLiteral("conflict"), QStringLiteral("wrong state"));
        m_rollouts[index].insert(QStringLiteral("state"), to);
        return QHttpServerResponse(m_rollouts.at(index));
    };
    m_server.route(QStringLiteral("/api/v1/rollouts/<arg>/pause"), Method::Post, [act](const QString &id, const QHttpServerRequest &request) {
        return act(id, request, {QStringLiteral("running")}, QStringLiteral("paused"));
    });
    m_server.route(QStringLiteral("/api/v1/rollouts/<arg>/resume"), Method::Post, [act](const QString &id, const QHttpServerRequest &request) {
        return act(id, request, {QStringLiteral("paused")}, QStringLiteral("running"));
    });
    m_server.route(QStringLiteral("/api/v1/rollouts/<arg>/stop"), Method::Post, [act](const QString &id, const QHttpServerRequest &request) {
        return act(id, request, {QStringLiteral("running"), QStringLiteral("paused")}, QStringLiteral("stopped"));
    });
}

}
