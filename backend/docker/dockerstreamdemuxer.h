#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace buttcloud {

// Splits Docker's multiplexed attach/exec stream (used when no TTY is allocated) into stdout and
// stderr. Each frame is an 8-byte header (stream type, three zero bytes, big-endian payload length)
// followed by the payload. Incremental like HttpResponseParser: frames may arrive split anywhere.
class DockerStreamDemuxer final
{
public:
    // Pieces of one stream's payload, in order; a frame may come in several pieces.
    using PayloadHandler = std::function<void(QByteArrayView payload, bool isStandardError)>;

    explicit DockerStreamDemuxer(qsizetype maxOutputBytes = 4 * 1024 * 1024);
    // Hands payload over as it is decoded instead of collecting it (a followed log has no end, so
    // no output limit applies; standardOutput() and standardError() stay empty).
    explicit DockerStreamDemuxer(PayloadHandler onPayload);

    // Returns false once the stream is malformed or the output exceeds the limit (see errorString()).
    bool feed(QByteArrayView data);
    // The stream ended: fails when it stopped inside a frame.
    bool finish();

    bool hasFailed() const;
    QString errorString() const;
    const QByteArray &standardOutput() const;
    const QByteArray &standardError() const;

private:
    enum class Stream : quint8 { StdIn = 0, StdOut = 1, StdErr = 2 };
    static constexpr qsizetype HeaderSize = 8;

    bool fail(const QString &reason);
    bool parseHeader();

    qsizetype m_maxOutputBytes;
    PayloadHandler m_onPayload;
    QByteArray m_header;
    Stream m_stream = Stream::StdOut;
    quint32 m_remaining = 0;  // payload bytes left in the current frame
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_error;
};

}
