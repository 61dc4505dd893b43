#include "models/jsonfields.h"

#include <QRegularExpression>
#include <cmath>

namespace buttcloud {

QString stringField(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

QDateTime timeField(const QJsonObject &json, const char *key)
{
    return QDateTime::fromString(stringField(json, key), Qt::ISODate);
}

std::optional<qint64> integerField(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // 2^53: the largest whole number a JSON double carries exactly.
    if (std::trunc(number) != number || std::abs(number) > 9007199254740992.0)
        return std::nullopt;
    return qint64(number);
}

std::optional<double> numberField(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]{1,64}$"));
    return pattern.match(id).hasMatch();
}

bool isValidOptionalId(const QString &id)
{
    return id.isEmpty() || isValidId(id);
}

}
