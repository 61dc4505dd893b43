#include "http/queryparameters.h"

#include "http/apierror.h"

#include <QDateTime>
#include <QRegularExpression>

namespace buttcloud {

int limitParameter(const QUrlQuery &query, int fallback, int maximum)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return fallback;
    bool ok = false;
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > maximum)
        throw ApiError::validation(QStringLiteral("limit"), QStringLiteral("must be 1 to %1").arg(maximum));
    return limit;
}

qint64 beforeParameter(const QUrlQuery &query)
{
    if (!query.hasQueryItem(QStringLiteral("before")))
        return 0;
    const QDateTime before = QDateTime::fromString(query.queryItemValue(QStringLiteral("before"), QUrl::FullyDecoded), Qt::ISODateWithMs);
    if (!before.isValid())
        throw ApiError::validation(QStringLiteral("before"), QStringLiteral("must be an ISO-8601 time"));
    return before.toMSecsSinceEpoch();
}

qint64 timeParameter(const QUrlQuery &query, const QString &name, qint64 fallbackMs)
{
    if (!query.hasQueryItem(name))
        return fallbackMs;
    // A time without a zone would depend on the server's.
    static const QRegularExpression zoned(QStringLiteral("(Z|[+-]\\d{2}:\\d{2})$"));
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || !zoned.match(text).hasMatch())
        throw ApiError::validation(name, QStringLiteral("must be an ISO-8601 time with a zone, e.g. 2026-11-24T18:00:00Z"));
    return time.toMSecsSinceEpoch();
}

QString textParameter(const QUrlQuery &query, const QString &name, int maxLength)
{
    const QString value = query.queryItemValue(name, QUrl::FullyDecoded);
    if (value.size() > maxLength)
        throw ApiError::validation(name, QStringLiteral("at most %1 characters").arg(maxLength));
    return value;
}

}
