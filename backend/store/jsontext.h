#pragma once

#include <QJsonObject>
#include <QString>

namespace buttcloud {

// JSON objects stored in TEXT columns: compact on the way in; anything unreadable reads as {}.
QString toJsonText(const QJsonObject &object);
QJsonObject fromJsonText(const QString &text);

}
