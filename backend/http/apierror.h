#pragma once

#include <QString>

#include <stdexcept>

namespace buttcloud {

// What a request handler throws to refuse a request. The route wrapper turns it into the status and
// the {"error":{"code","message"}} body in one place (httpStatusFor). `code` is one of ErrorCode::*.
class ApiError : public std::runtime_error
{
public:
    ApiError(const char *code, QString message);

    const char *code() const;
    QString message() const;
    // Seconds for a Retry-After header; 0 for none.
    int retryAfterSeconds() const;

    static ApiError badRequest(const QString &message);
    static ApiError validation(const QString &field, const QString &problem);
    static ApiError unauthenticated(const QString &message = QStringLiteral("sign in first"));
    static ApiError forbidden(const QString &message = QStringLiteral("your role may not do this"));
    static ApiError notFound(const QString &message = QStringLiteral("no such resource"));
    static ApiError conflict(const QString &message);
    static ApiError engineUnavailable(const QString &message);
    static ApiError hostKeyMismatch(const QString &message);
    // 502 when connecting to a machine failed (adding a hub); 503 with ofPub: the hub running a pub
    // cannot be reached now (its commands: try again later).
    static ApiError hubUnreachable(const QString &message, bool ofPub = false);
    static ApiError cardDeclined(const QString &message);
    // 503, or 502 when the provider answered something the server cannot use (badReply).
    static ApiError paymentUnavailable(const QString &message, bool badReply = false);

    // The HTTP status of this error: httpStatusFor(code()) unless the error chose another one of
    // its code's family (payment_unavailable as 502).
    int httpStatus() const;
    static ApiError accountDisabled();
    static ApiError rateLimited(const QString &message, int retryAfterSeconds);

private:
    const char *m_code;
    QString m_message;
    int m_status = 0; // 0: httpStatusFor(m_code)
    int m_retryAfterSeconds = 0;
};

// The one mapping from error code to HTTP status.
int httpStatusFor(const char *code);

}
