#pragma once

#include <QString>
#include <QUrlQuery>

namespace buttcloud {

// Query parameters list routes share. Each throws ApiError 422 naming the parameter.
// `limit`: 1 to maximum, fallback when absent.
int limitParameter(const QUrlQuery &query, int fallback, int maximum);
// `before`: an ISO-8601 time as epoch ms, 0 when absent.
qint64 beforeParameter(const QUrlQuery &query);
// An ISO-8601 time with a zone (Z or an offset) as epoch ms, fallbackMs when absent.
qint64 timeParameter(const QUrlQuery &query, const QString &name, qint64 fallbackMs);
// A text parameter of at most maxLength characters, empty when absent.
QString textParameter(const QUrlQuery &query, const QString &name, int maxLength);

}
