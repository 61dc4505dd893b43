#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace buttcloud {

// Encodes one HTTP/1.1 request that asks the peer to close the connection after its reply. method and
// target must already be valid (a token and an origin-form target without spaces or control bytes).
QByteArray encodeHttpRequest(QByteArrayView method, QByteArrayView target, QByteArrayView host,
                             const QByteArray &body = {}, QByteArrayView contentType = {});
// The same request's head only, announcing a body of contentLength bytes the caller sends after it
// (a streamed upload).
QByteArray encodeHttpRequestHead(QByteArrayView method, QByteArrayView target, QByteArrayView host,
                                 qint64 contentLength, QByteArrayView contentType = {});

// Incremental HTTP/1.1 response parser: feed it bytes as they arrive, in pieces of any size. It reads
// the status line, the headers and a body framed by Content-Length, by chunked transfer coding or by
// the end of the connection. Anything malformed or larger than the limits fails the parse for good
// with a message; it never reads past what it was given. Pure: no I/O, no Qt event loop.
class HttpResponseParser final
{
public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 64 * 1024;       // status line, headers and trailers together
        qsizetype maxBodyBytes = 32 * 1024 * 1024;  // decoded body
    };

    HttpResponseParser();
    explicit HttpResponseParser(Limits limits);

    // Returns false once the response is malformed or too large (see errorString()). Bytes after a
    // complete response are ignored: each connection carries exactly one response.
    bool feed(QByteArrayView data);
    // The peer closed the connection: completes a body that runs until the end, fails anything cut off.
    bool finish();

    bool isComplete() const;
    bool hasFailed() const;
    // True once the status line and headers are in, even when the body is still arriving.
    bool hasHeaders() const;
    QString errorString() const;

    int statusCode() const;
    QByteArray reasonPhrase() const;
    // First value of a header, compared case-insensitively; empty when absent.
    QByteArray headerValue(QByteArrayView name) const;
    const QList<std::pair<QByteArray, QByteArray>> &headers() const;
    const QByteArray &body() const;
    // Hands over the body decoded so far and forgets it, so a long body or a long-lived stream (logs,
    // events, archives) is never held whole; maxBodyBytes still bounds the whole body.
    QByteArray takeBody();

private:
    enum class State { StatusLine, Headers, FixedBody, BodyUntilClose, ChunkSize, ChunkData, ChunkDataEnd,
                       Trailers, Complete, Failed };

    bool fail(const QString &reason);
    bool takeLine(QByteArrayView &data, QByteArray &line, qsizetype maxLength);
    bool parseStatusLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    bool startBody();
    bool parseChunkSize(const QByteArray &line);
    bool appendBody(QByteArrayView data);
    qsizetype headerBudget() const;
    qint64 bodyBytesSoFar() const;

    Limits m_limits;
    State m_state = State::StatusLine;
    QString m_error;
    QByteArray m_partialLine;
    qsizetype m_headerBytes = 0;
    int m_statusCode = 0;
    QByteArray m_reasonPhrase;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    qint64 m_remaining = 0;  // bytes left in the fixed body or the current chunk
    qint64 m_bodyTaken = 0;  // body bytes already handed over by takeBody()
};

}
