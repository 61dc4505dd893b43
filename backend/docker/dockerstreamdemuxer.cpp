#include "docker/dockerstreamdemuxer.h"

#include <QtEndian>

#include <algorithm>

namespace buttcloud {

DockerStreamDemuxer::DockerStreamDemuxer(qsizetype maxOutputBytes)
    : m_maxOutputBytes(maxOutputBytes)
{
}

DockerStreamDemuxer::DockerStreamDemuxer(PayloadHandler onPayload)
    : m_maxOutputBytes(0)
    , m_onPayload(std::move(onPayload))
{
}

bool DockerStreamDemuxer::feed(QByteArrayView data)
{
    while (!data.isEmpty() && !hasFailed()) {
        if (m_remaining == 0) {
            const qsizetype take = std::min(HeaderSize - m_header.size(), data.size());
            m_header.append(data.first(take));
            data = data.sliced(take);
            if (m_header.size() == HeaderSize && !parseHeader())
                return false;
            continue;
        }
        const qsizetype take = qsizetype(std::min<qint64>(m_remaining, data.size()));
        if (m_onPayload) {
            m_remaining -= quint32(take);
            const QByteArrayView piece = data.first(take);
            data = data.sliced(take);
            m_onPayload(piece, m_stream == Stream::StdErr);
            continue;
        }
        if (m_stdout.size() + m_stderr.size() + take > m_maxOutputBytes)
            return fail(QStringLiteral("the command wrote more than %1 bytes").arg(m_maxOutputBytes));
        // Docker's own demultiplexer writes stdin frames to stdout; so do we.
        (m_stream == Stream::StdErr ? m_stderr : m_stdout).append(data.first(take));
        data = data.sliced(take);
        m_remaining -= quint32(take);
    }
    return !hasFailed();
}

bool DockerStreamDemuxer::finish()
{
    if (hasFailed())
        return false;
    if (m_remaining != 0 || !m_header.isEmpty())
        return fail(QStringLiteral("the output stream ended inside a frame"));
    return true;
}

bool DockerStreamDemuxer::hasFailed() const { return !m_error.isEmpty(); }
QString DockerStreamDemuxer::errorString() const { return m_error; }
const QByteArray &DockerStreamDemuxer::standardOutput() const { return m_stdout; }
const QByteArray &DockerStreamDemuxer::standardError() const { return m_stderr; }

bool DockerStreamDemuxer::fail(const QString &reason)
{
    m_error = reason;
    return false;
}

bool DockerStreamDemuxer::parseHeader()
{
    const auto type = static_cast<quint8>(m_header[0]);
    if (type > quint8(Stream::StdErr) || m_header[1] != 0 || m_header[2] != 0 || m_header[3] != 0)
        return fail(QStringLiteral("malformed output frame header"));
    m_stream = Stream(type);
    m_remaining = qFromBigEndian<quint32>(m_header.constData() + 4);
    // An empty frame is legal and simply carries nothing; the header is consumed either way.
    m_header.clear();
    return true;
}

}
