#include "http/jsonrequest.h"

#include "http/apierror.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace buttcloud {

JsonRequest::JsonRequest(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError::badRequest(QStringLiteral("the body is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        throw ApiError::badRequest(QStringLiteral("the body must be a JSON object"));
    m_object = document.object();
}

QString JsonRequest::requiredString(const char *field, int maxLength) const
{
    const QString name = QLatin1String(field);
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        throw ApiError::validation(name, QStringLiteral("is required"));
    if (!value.isString())
        throw ApiError::badRequest(QStringLiteral("%1: must be a string").arg(name));
    const QString text = value.toString();
    if (text.isEmpty())
        throw ApiError::validation(name, QStringLiteral("must not be empty"));
    if (text.size() > maxLength)
        throw ApiError::validation(name, QStringLiteral("must be at most %1 characters").arg(maxLength));
    return text;
}

std::optional<QString> JsonRequest::optionalString(const char *field, int maxLength) const
{
    const QString name = QLatin1String(field);
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString())
        throw ApiError::badRequest(QStringLiteral("%1: must be a string").arg(name));
    if (value.toString().size() > maxLength)
        throw ApiError::validation(name, QStringLiteral("must be at most %1 characters").arg(maxLength));
    return value.toString();
}

std::optional<bool> JsonRequest::optionalBool(const char *field) const
{
    const QString name = QLatin1String(field);
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool())
        throw ApiError::badRequest(QStringLiteral("%1: must be true or false").arg(name));
    return value.toBool();
}

QJsonValue JsonRequest::value(const char *field) const
{
    return m_object.value(QLatin1String(field));
}

}
