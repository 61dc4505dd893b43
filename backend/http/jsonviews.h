#pragma once

#include "docker/dockerlogparser.h"
#include "pubs/pubweb.h"
#include "store/records.h"

#include <QJsonObject>

#include <optional>

namespace buttcloud {

// The API's JSON shapes of stored records (docs/api.md). Never includes secrets.
QJsonObject userJson(const UserRecord &user);
// web gives the pub's host name and web links (pub-domain, ingress).
QJsonObject pubJson(const PubRecord &pub, const PubWebSettings &web);
// A pub with the job that carries out the latest request on it, as create/start/stop/delete answer.
QJsonObject pubJson(const PubRecord &pub, const JobRecord &job, const PubWebSettings &web);
QJsonObject jobJson(const JobRecord &job);
// A hub with the number of pub tasks on its node, and the job acting on it when there is one.
QJsonObject hubJson(const HubRecord &hub, int pubs, const std::optional<JobRecord> &job = std::nullopt);
QString isoTime(qint64 epochMs);
// With milliseconds, for entries that may share a second (log lines, timeline entries).
QString isoTimeMs(qint64 epochMs);
// A pub's output line: {"at", "stream": "stdout"|"stderr", "text"} and "truncated": true when cut.
QJsonObject logLineJson(const DockerLogLine &line);

}
