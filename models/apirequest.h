#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace buttcloud {

// One call to the REST API, relative to the server URL. Session fills in the bearer token.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;                    // e.g. "/api/v1/pubs"; ids in it must be percent-encoded already
    QUrlQuery query;
    std::optional<QJsonObject> body; // sent as JSON when set
    QString bearerToken;
};

}
