#pragma once

#include "models/result.h"
#include "wire/jobstate.h"

#include <QDateTime>
#include <QString>
#include <QUrl>
#include <optional>

class QJsonObject;

namespace buttcloud {

// A durable job on the server (docs/api.md, "Jobs").
struct Job
{
    QString id;
    QString kind; // pub.create, hub.join, ...: shown, and kept when this client does not know it
    JobState state = JobState::Queued;
    QString pubId;
    QString hubId;
    QString reason;
    QString progress;
    QString error;
    int attempts = 0;
    int maxAttempts = 0;
    bool cancelRequested = false;
    QDateTime runAfter;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime finishedAt;
    QString exportId;  // a finished pub.export's result: the archive to download
    QString rolloutId; // a rollout job's payload: the rollout it carries out

    bool isFinished() const;
    bool operator==(const Job &other) const = default;
};

// For people: "Queued", "Creating a pub", ...
QString jobStateLabel(JobState state);
QString jobKindLabel(const QString &kind);
// The kinds of docs/api.md, in the order a filter offers them.
QStringList knownJobKinds();
// One line for a status bar: "Creating a pub: creating service (running, attempt 1 of 8)".
QString jobSummary(const Job &job);

Result<Job> parseJob(const QJsonObject &json, const QUrl &serverUrl);
Result<QList<Job>> parseJobList(const QJsonObject &json, const QUrl &serverUrl);

}
