#pragma once

#include "store/records.h"

#include <QJsonObject>

namespace buttcloud {

// The API's JSON shapes of stored records (docs/api.md). Never includes secrets.
QJsonObject userJson(const UserRecord &user);
QJsonObject pubJson(const PubRecord &pub);
QString isoTime(qint64 epochMs);

}
