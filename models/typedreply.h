#pragma once

#include "models/apijob.h"

#include <QString>
#include <QUrl>
#include <functional>

namespace buttcloud {

// The path of a pub's resource, e.g. pubPath(id, "/stats"); the id is percent-encoded.
QString pubPath(const QString &pubId, const char *suffix = "");

// Adapts a typed handler to Session::send: a 2xx answer goes through parse (which checks it
// against the contract), an error is passed on as it is.
template<typename T, typename Parse>
std::function<void(const ApiResponse &)> typedReply(std::function<void(const Result<T> &)> handler,
                                                    const QUrl &serverUrl, Parse parse)
{
    return [handler = std::move(handler), serverUrl, parse](const ApiResponse &response) {
        handler(response.ok() ? parse(response.value(), serverUrl) : Result<T>(response.error()));
    };
}

}
