#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>
#include <functional>
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

    // Transfers of files too large to hold in memory (pub archives). The body is streamed from
    // uploadFilePath, sent as uploadContentType, instead of `body`.
    QString uploadFilePath;
    QByteArray uploadContentType;
    // A 2xx answer's body is streamed to this file (created 0600, in place only once complete)
    // instead of being read as JSON; error answers are read as usual.
    QString downloadFilePath;
    // Bytes sent or received so far and the total (-1 unknown), as a transfer goes on.
    std::function<void(qint64 done, qint64 total)> progress;

    bool isTransfer() const { return !uploadFilePath.isEmpty() || !downloadFilePath.isEmpty(); }
};

}
