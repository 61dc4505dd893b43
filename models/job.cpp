#include "models/job.h"

#include "models/jsonfields.h"

#include <QCoreApplication>

namespace buttcloud {

namespace {
class JobText
{
    Q_DECLARE_TR_FUNCTIONS(buttcloud::Job)
};

}

bool Job::isFinished() const
{
    return buttcloud::isFinished(state);
}

QString jobStateLabel(JobState state)
{
    switch (state) {
    case JobState::Queued: return JobText::tr("Queued");
    case JobState::Running: return JobText::tr("Running");
    case JobState::Succeeded: return JobText::tr("Succeeded");
    case JobState::Failed: return JobText::tr("Failed");
    case JobState::Canceled: return JobText::tr("Canceled");
    }
    return {};
}

QStringList knownJobKinds()
{
    return {QStringLiteral("pub.create"), QStringLiteral("pub.start"),      QStringLiteral("pub.stop"),
            QStringLiteral("pub.update"), QStringLiteral("pub.delete"),     QStringLiteral("service.remove"),
            QStringLiteral("hub.join"),   QStringLiteral("hub.drain"),      QStringLiteral("hub.remove"),
            QStringLiteral("pub.backup_and_delete"),
            QStringLiteral("pub.export"), QStringLiteral("pub.import"),     QStringLiteral("pub.move"),
            QStringLiteral("rollout")};
}

QString jobKindLabel(const QString &kind)
{
    if (kind == QLatin1String("pub.create"))
        return JobText::tr("Create pub");
    if (kind == QLatin1String("pub.start"))
        return JobText::tr("Start pub");
    if (kind == QLatin1String("pub.stop"))
        return JobText::tr("Stop pub");
    if (kind == QLatin1String("pub.update"))
        return JobText::tr("Update pub");
    if (kind == QLatin1String("pub.delete"))
        return JobText::tr("Delete pub");
    if (kind == QLatin1String("service.remove"))
        return JobText::tr("Remove orphaned service");
    if (kind == QLatin1String("hub.join"))
        return JobText::tr("Join hub");
    if (kind == QLatin1String("hub.drain"))
        return JobText::tr("Drain hub");
    if (kind == QLatin1String("hub.remove"))
        return JobText::tr("Remove hub");
    if (kind == QLatin1String("pub.backup_and_delete"))
        return JobText::tr("Remove canceled pub (data kept)");
    if (kind == QLatin1String("pub.export"))
        return JobText::tr("Export pub");
    if (kind == QLatin1String("pub.move"))
        return JobText::tr("Move pub");
    if (kind == QLatin1String("pub.import"))
        return JobText::tr("Import pub");
    if (kind == QLatin1String("rollout"))
        return JobText::tr("Roll out image");
    return kind; // a kind newer than this client: its name is still better than nothing
}

QString jobSummary(const Job &job)
{
    const QString what = jobKindLabel(job.kind);
    const QString state = jobStateLabel(job.state).toLower();
    if (job.state == JobState::Failed && !job.error.isEmpty())
        return JobText::tr("%1: failed: %2").arg(what, job.error);
    if (job.isFinished() || job.progress.isEmpty())
        return JobText::tr("%1: %2").arg(what, state);
    return JobText::tr("%1: %2 (%3, attempt %4 of %5)")
        .arg(what, job.progress, state, QString::number(job.attempts), QString::number(job.maxAttempts));
}

Result<Job> parseJob(const QJsonObject &json, const QUrl &serverUrl)
{
    Job job;
    job.id = stringField(json, "id");
    job.kind = stringField(json, "kind");
    job.pubId = stringField(json, "pubId");
    job.hubId = stringField(json, "hubId");
    const std::optional<JobState> state = jobStateFromName(stringField(json, "state"));
    const std::optional<qint64> attempts = integerField(json, "attempts");
    const std::optional<qint64> maxAttempts = integerField(json, "maxAttempts");
    if (!isValidId(job.id) || job.kind.isEmpty() || !state || !isValidOptionalId(job.pubId)
        || !isValidOptionalId(job.hubId) || (attempts && *attempts < 0) || (maxAttempts && *maxAttempts < 0))
        return invalidReplyError(serverUrl, 200);
    job.state = *state;
    job.reason = stringField(json, "reason");
    job.progress = stringField(json, "progress");
    job.error = stringField(json, "error");
    job.attempts = int(std::min<qint64>(attempts.value_or(0), 1000000));
    job.maxAttempts = int(std::min<qint64>(maxAttempts.value_or(0), 1000000));
    job.cancelRequested = json.value(QLatin1String("cancelRequested")).toBool();
    job.runAfter = timeField(json, "runAfter");
    job.createdAt = timeField(json, "createdAt");
    job.updatedAt = timeField(json, "updatedAt");
    job.finishedAt = timeField(json, "finishedAt");
    // Ids a client follows from a job: the export to download, the rollout to show.
    job.exportId = stringField(json.value(QLatin1String("result")).toObject(), "exportId");
    job.rolloutId = stringField(json.value(QLatin1String("payload")).toObject(), "rolloutId");
    if (!isValidOptionalId(job.exportId) || !isValidOptionalId(job.rolloutId))
        return invalidReplyError(serverUrl, 200);
    return job;
}

Result<QList<Job>> parseJobList(const QJsonObject &json, const QUrl &serverUrl)
{
    return parseArrayField<Job>(json, "jobs", serverUrl, parseJob);
}

}
