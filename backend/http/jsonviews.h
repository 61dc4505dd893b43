#pragma once

#include "pubs/pubweb.h"
#include "store/records.h"

#include <QJsonObject>

namespace buttcloud {

// The API's JSON shapes of stored records (docs/api.md). Never includes secrets.
QJsonObject userJson(const UserRecord &user);
// web gives the pub's host name and web links (pub-domain, ingress).
QJsonObject pubJson(const PubRecord &pub, const PubWebSettings &web);
// A pub with the job that carries out the latest request on it, as create/start/stop/delete answer.
QJsonObject pubJson(const PubRecord &pub, const JobRecord &job, const PubWebSettings &web);
QJsonObject jobJson(const JobRecord &job);
QString isoTime(qint64 epochMs);

}
