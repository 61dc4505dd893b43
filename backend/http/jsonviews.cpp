#include "http/jsonviews.h"

#include <QDateTime>

namespace buttcloud {

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODate);
}

QString isoTimeMs(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject logLineJson(const DockerLogLine &line)
{
    QJsonObject json{{QStringLiteral("at"), isoTimeMs(line.atNs / 1000000)},
                     {QStringLiteral("stream"), line.isStandardError ? QStringLiteral("stderr") : QStringLiteral("stdout")},
                     {QStringLiteral("text"), line.text}};
    if (line.truncated)
        json.insert(QStringLiteral("truncated"), true);
    return json;
}

QJsonObject userJson(const UserRecord &user)
{
    return {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("name"), user.name},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("role"), roleName(user.role)},
        {QStringLiteral("emailVerified"), user.emailVerified},
        {QStringLiteral("language"), user.language},
        {QStringLiteral("createdAt"), isoTime(user.createdAt)},
        {QStringLiteral("disabled"), user.disabled},
        {QStringLiteral("lastSignInAt"), user.lastSignInAt == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(isoTime(user.lastSignInAt))},
    };
}

QJsonObject pubJson(const PubRecord &pub, const PubWebSettings &web)
{
    QJsonObject json{
        {QStringLiteral("id"), pub.id},
        {QStringLiteral("ownerId"), pub.ownerId},
        {QStringLiteral("name"), pub.name},
        {QStringLiteral("status"), pubStatusName(pub.status)},
        {QStringLiteral("desiredState"), pubDesiredStateName(pub.desiredState)},
        {QStringLiteral("statusMessage"), pub.statusMessage},
        {QStringLiteral("image"), pub.image},
        {QStringLiteral("node"), pub.node},
        {QStringLiteral("hubId"), pub.hubId},
        {QStringLiteral("host"), pub.host},
        {QStringLiteral("port"), int(pub.port)},
        {QStringLiteral("address"), QStringLiteral("%1:%2").arg(pub.host).arg(pub.port)},
        {QStringLiteral("createdAt"), isoTime(pub.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(pub.updatedAt)},
    };
    const QJsonObject webFields = pubWebFields(pub.name, web);
    for (auto it = webFields.constBegin(); it != webFields.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonObject pubJson(const PubRecord &pub, const JobRecord &job, const PubWebSettings &web)
{
    QJsonObject json = pubJson(pub, web);
    json.insert(QStringLiteral("job"), jobJson(job));
    return json;
}

QJsonObject jobJson(const JobRecord &job)
{
    return {
        {QStringLiteral("id"), job.id},
        {QStringLiteral("kind"), jobKindName(job.kind)},
        {QStringLiteral("state"), jobStateName(job.state)},
        {QStringLiteral("pubId"), job.pubId},
        {QStringLiteral("hubId"), job.hubId},
        {QStringLiteral("reason"), job.reason},
        {QStringLiteral("progress"), job.progress},
        {QStringLiteral("error"), job.error},
        {QStringLiteral("result"), job.result},
        {QStringLiteral("attempts"), job.attempts},
        {QStringLiteral("maxAttempts"), job.maxAttempts},
        {QStringLiteral("runAfter"), isoTime(job.runAfter)},
        {QStringLiteral("cancelRequested"), job.cancelRequested},
        {QStringLiteral("createdAt"), isoTime(job.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(job.updatedAt)},
        {QStringLiteral("finishedAt"), job.finishedAt > 0 ? QJsonValue(isoTime(job.finishedAt)) : QJsonValue::Null},
    };
}

QJsonObject hubJson(const HubRecord &hub, int pubs, const std::optional<JobRecord> &job)
{
    QJsonObject json{
        {QStringLiteral("id"), hub.id},
        {QStringLiteral("name"), hub.name},
        {QStringLiteral("provider"), hub.provider},
        {QStringLiteral("host"), hub.host},
        {QStringLiteral("port"), int(hub.port)},
        {QStringLiteral("user"), hub.sshUser},
        {QStringLiteral("hostKeyFingerprint"), hub.hostKeyFingerprint},
        {QStringLiteral("state"), hub.state},
        {QStringLiteral("nodeId"), hub.nodeId},
        {QStringLiteral("dockerVersion"), hub.dockerVersion},
        {QStringLiteral("memoryBytes"), hub.memoryBytes},
        {QStringLiteral("cpus"), hub.cpus},
        {QStringLiteral("pubs"), pubs},
        {QStringLiteral("message"), hub.message},
        {QStringLiteral("createdAt"), isoTime(hub.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(hub.updatedAt)},
    };
    if (job)
        json.insert(QStringLiteral("job"), jobJson(*job));
    return json;
}

}
