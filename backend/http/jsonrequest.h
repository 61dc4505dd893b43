#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace buttcloud {

// A request body that must be a JSON object. Throws ApiError: 400 bad_request when the body is not
// JSON, not an object, or a field has the wrong type; 422 validation_failed naming the field when it
// is missing, empty or too long.
class JsonRequest final
{
public:
    explicit JsonRequest(const QByteArray &body);

    QString requiredString(const char *field, int maxLength) const;
    // nullopt when absent; 400 when not a string, 422 when longer than maxLength.
    std::optional<QString> optionalString(const char *field, int maxLength) const;
    // nullopt when absent; 400 when not a boolean.
    std::optional<bool> optionalBool(const char *field) const;
    // The field as sent (undefined when absent), for callers that check its shape themselves.
    QJsonValue value(const char *field) const;

private:
    QJsonObject m_object;
};

}
