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

// Gives an error that matches (a predicate on ApiError) a message that says what it means for this
// request; other results pass unchanged.
template<typename T, typename Matches>
std::function<void(const Result<T> &)> explainErrorIf(std::function<void(const Result<T> &)> handler, Matches matches,
                                                      const QString &message)
{
    return [handler = std::move(handler), matches, message](const Result<T> &result) {
        if (result.ok() || !matches(result.error())) {
            handler(result);
            return;
        }
        ApiError explained = result.error();
        explained.message = message;
        handler(explained);
    };
}

// Gives an error with this code a message that says what it means for this request (e.g. a 409
// of "retry" means the job is not failed); other results pass unchanged.
template<typename T>
std::function<void(const Result<T> &)> explainError(std::function<void(const Result<T> &)> handler,
                                                    const char *code, const QString &message)
{
    return explainErrorIf(std::move(handler), [code](const ApiError &error) { return error.is(code); }, message);
}

}
