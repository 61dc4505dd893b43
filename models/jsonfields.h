#pragma once

#include "models/apierror.h"
#include "models/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace buttcloud {

// Small readers shared by the reply parsers: each checks one field against the contract.
QString stringField(const QJsonObject &json, const char *key);
// Missing or malformed times stay invalid: callers decide whether the time is required.
QDateTime timeField(const QJsonObject &json, const char *key);
// A whole number, or nothing when the field is missing, null, fractional or not a number.
std::optional<qint64> integerField(const QJsonObject &json, const char *key);
std::optional<double> numberField(const QJsonObject &json, const char *key);
// Ids are 1-64 lowercase letters and digits (docs/api.md: 12 today).
bool isValidId(const QString &id);
// An optional id: empty or valid.
bool isValidOptionalId(const QString &id);

// The array `key` of json parsed entry by entry; one bad entry fails the whole answer.
template<typename T, typename Parse>
Result<QList<T>> parseArrayField(const QJsonObject &json, const char *key, const QUrl &serverUrl, Parse parseOne)
{
    const QJsonValue array = json.value(QLatin1String(key));
    if (!array.isArray())
        return invalidReplyError(serverUrl, 200);
    QList<T> items;
    for (const QJsonValue &entry : array.toArray()) {
        if (!entry.isObject())
            return invalidReplyError(serverUrl, 200);
        Result<T> item = parseOne(entry.toObject(), serverUrl);
        if (!item.ok())
            return item.error();
        items.append(item.value());
    }
    return items;
}

}
