#include "docker/httpcodec.h"

#include <utility>

#include <algorithm>
#include <cctype>
#include <utility>

namespace buttcloud {

namespace {

constexpr qsizetype MaxChunkSizeLineBytes = 1024;

bool isTokenChar(char c)
{
    static constexpr QByteArrayView separators = "()<>@,;:\\\"/[]?={} \t";
    return c > 0x20 && c < 0x7f && !separators.contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// Header values and reason phrases may hold visible bytes, spaces, tabs and obs-text, no controls.
bool isFieldText(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte == '\t' || (byte >= 0x20 && byte != 0x7f);
    });
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}

QByteArray encodeHttpRequestHead(QByteArrayView method, QByteArrayView target, QByteArrayView host,
                                 qint64 contentLength, QByteArrayView contentType)
{
    Q_ASSERT(isToken(method));
    Q_ASSERT(target.startsWith('/') && isFieldText(target) && !target.contains(' ') && !target.contains('\t'));

    QByteArray request;
    request.reserve(192 + target.size());
    request.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    request.append("Host: ").append(host).append("\r\n");
    request.append("User-Agent: buttcloud\r\n");
    request.append("Accept: application/json\r\n");
    request.append("Connection: close\r\n");
    if (contentLength > 0 || method == "POST" || method == "PUT") {
        if (!contentType.isEmpty())
            request.append("Content-Type: ").append(contentType).append("\r\n");
        request.append("Content-Length: ").append(QByteArray::number(contentLength)).append("\r\n");
    }
    request.append("\r\n");
    return request;
}

QByteArray encodeHttpRequest(QByteArrayView method, QByteArrayView target, QByteArrayView host,
                             const QByteArray &body, QByteArrayView contentType)
{
    return encodeHttpRequestHead(method, target, host, body.size(), contentType) + body;
}

HttpResponseParser::HttpResponseParser()
    : HttpResponseParser(Limits{})
{
}

HttpResponseParser::HttpResponseParser(Limits limits)
    : m_limits(limits)
{
}

bool HttpResponseParser::feed(QByteArrayView data)
{
    while (!data.isEmpty()) {
        QByteArray line;
        switch (m_state) {
        case State::Complete:
            return true;
        case State::Failed:
            return false;
        case State::StatusLine:
            if (!takeLine(data, line, headerBudget()))
                return !hasFailed();
            if (!parseStatusLine(line))
                return false;
            m_state = State::Headers;
            break;
        case State::Headers:
            if (!takeLine(data, line, headerBudget()))
                return !hasFailed();
            if (line.isEmpty()) {
                if (!startBody())
                    return false;
            } else if (!parseHeaderLine(line)) {
                return false;
            }
            break;
        case State::FixedBody:
        case State::ChunkData: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, data.size()));
            if (!appendBody(data.first(take)))
                return false;
            data = data.sliced(take);
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = m_state == State::FixedBody ? State::Complete : State::ChunkDataEnd;
            break;
        }
        case State::BodyUntilClose:
            if (!appendBody(data))
                return false;
            data = {};
            break;
        case State::ChunkSize:
            if (!takeLine(data, line, MaxChunkSizeLineBytes))
                return !hasFailed();
            if (!parseChunkSize(line))
                return false;
            break;
        case State::ChunkDataEnd:
            if (!takeLine(data, line, 2))
                return !hasFailed();
            if (!line.isEmpty())
                return fail(QStringLiteral("chunk data is longer than its declared size"));
            m_state = State::ChunkSize;
            break;
        case State::Trailers:
            if (!takeLine(data, line, headerBudget()))
                return !hasFailed();
            // Trailers carry nothing the engine client needs; they only have to be well formed.
            if (line.isEmpty())
                m_state = State::Complete;
            else if (!line.contains(':') || !isToken(QByteArrayView(line).first(line.indexOf(':'))))
                return fail(QStringLiteral("malformed trailer line"));
            break;
        }
    }
    return !hasFailed();
}

bool HttpResponseParser::finish()
{
    switch (m_state) {
    case State::Complete:
        return true;
    case State::Failed:
        return false;
    case State::BodyUntilClose:
        m_state = State::Complete;
        return true;
    case State::StatusLine:
        if (m_partialLine.isEmpty() && m_headerBytes == 0)
            return fail(QStringLiteral("the connection closed without a response"));
        [[fallthrough]];
    default:
        return fail(QStringLiteral("the connection closed in the middle of the response"));
    }
}

bool HttpResponseParser::isComplete() const { return m_state == State::Complete; }
bool HttpResponseParser::hasFailed() const { return m_state == State::Failed; }
bool HttpResponseParser::hasHeaders() const
{
    return m_state != State::StatusLine && m_state != State::Headers && m_state != State::Failed;
}
QString HttpResponseParser::errorString() const { return m_error; }
int HttpResponseParser::statusCode() const { return m_statusCode; }
QByteArray HttpResponseParser::reasonPhrase() const { return m_reasonPhrase; }
const QList<std::pair<QByteArray, QByteArray>> &HttpResponseParser::headers() const { return m_headers; }
const QByteArray &HttpResponseParser::body() const { return m_body; }
qint64 HttpResponseParser::bodyBytesSoFar() const { return m_bodyTaken + m_body.size(); }

QByteArray HttpResponseParser::takeBody()
{
    m_bodyTaken += m_body.size();
    return std::exchange(m_body, QByteArray());
}

QByteArray HttpResponseParser::headerValue(QByteArrayView name) const
{
    for (const auto &[headerName, value] : m_headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResponseParser::fail(const QString &reason)
{
    m_state = State::Failed;
    m_error = reason;
    m_partialLine.clear();
    return false;
}

// Moves bytes up to and including the next LF from data into the pending line. Returns true with the
// line (without CRLF) once it is whole; false when more input is needed or the line is invalid.
bool HttpResponseParser::takeLine(QByteArrayView &data, QByteArray &line, qsizetype maxLength)
{
    const qsizetype newline = data.indexOf('\n');
    const qsizetype take = newline < 0 ? data.size() : newline + 1;
    if (m_partialLine.size() + take > maxLength + 2) {
        return fail(m_state == State::ChunkSize || m_state == State::ChunkDataEnd
                        ? QStringLiteral("malformed chunk framing")
                        : QStringLiteral("the response headers are larger than %1 bytes").arg(m_limits.maxHeaderBytes));
    }
    m_partialLine.append(data.first(take));
    data = data.sliced(take);
    if (newline < 0)
        return false;

    if (!m_partialLine.endsWith("\r\n"))
        return fail(QStringLiteral("a line does not end with CRLF"));
    m_partialLine.chop(2);
    if (m_partialLine.contains('\r') || m_partialLine.contains('\n'))
        return fail(QStringLiteral("a line contains a stray CR or LF"));
    if (m_state == State::StatusLine || m_state == State::Headers || m_state == State::Trailers)
        m_headerBytes += m_partialLine.size() + 2;
    line = std::exchange(m_partialLine, {});
    return true;
}

qsizetype HttpResponseParser::headerBudget() const
{
    return std::max<qsizetype>(0, m_limits.maxHeaderBytes - m_headerBytes);
}

bool HttpResponseParser::parseStatusLine(const QByteArray &line)
{
    // HTTP/1.x SP 3DIGIT SP reason; some servers leave out the space when the reason is empty.
    if (!line.startsWith("HTTP/1.") || line.size() < 12 || (line[7] != '0' && line[7] != '1') || line[8] != ' ')
        return fail(QStringLiteral("malformed status line"));
    const QByteArrayView code = QByteArrayView(line).sliced(9, 3);
    if (!isDigits(code) || code[0] == '0' || (line.size() > 12 && line[12] != ' '))
        return fail(QStringLiteral("malformed status code"));
    m_statusCode = code.toInt();
    m_reasonPhrase = line.size() > 13 ? line.sliced(13) : QByteArray();
    if (!isFieldText(m_reasonPhrase))
        return fail(QStringLiteral("malformed reason phrase"));
    if (m_statusCode < 200)
        return fail(QStringLiteral("unexpected informational response %1").arg(m_statusCode));
    return true;
}

bool HttpResponseParser::parseHeaderLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(QStringLiteral("malformed header line"));
    const QByteArray name = line.first(colon);
    if (!isToken(name))  // also rejects obsolete line folding, which starts with a space
        return fail(QStringLiteral("malformed header name"));
    const QByteArray value = line.sliced(colon + 1).trimmed();
    if (!isFieldText(value))
        return fail(QStringLiteral("malformed header value"));
    m_headers.append({name, value});
    return true;
}

bool HttpResponseParser::startBody()
{
    QList<QByteArray> lengths;
    QList<QByteArray> codings;
    for (const auto &[name, value] : m_headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            lengths.append(value);
        else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            codings.append(value);
    }

    const bool noBody = m_statusCode == 204 || m_statusCode == 304;
    if (!codings.isEmpty()) {
        // Both framings at once is how responses get smuggled: refuse rather than pick one.
        if (!lengths.isEmpty())
            return fail(QStringLiteral("both Content-Length and Transfer-Encoding are present"));
        if (codings.size() != 1 || codings.first().compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(QStringLiteral("unsupported transfer coding"));
        m_state = noBody ? State::Complete : State::ChunkSize;
        return true;
    }
    if (!lengths.isEmpty()) {
        for (const QByteArray &length : lengths) {
            if (length != lengths.first())
                return fail(QStringLiteral("conflicting Content-Length headers"));
        }
        if (!isDigits(lengths.first()) || lengths.first().size() > 18)
            return fail(QStringLiteral("malformed Content-Length"));
        m_remaining = lengths.first().toLongLong();
        if (m_remaining > m_limits.maxBodyBytes)
            return fail(QStringLiteral("the response body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
        m_state = noBody || m_remaining == 0 ? State::Complete : State::FixedBody;
        return true;
    }
    m_state = noBody ? State::Complete : State::BodyUntilClose;
    return true;
}

bool HttpResponseParser::parseChunkSize(const QByteArray &line)
{
    const qsizetype extension = line.indexOf(';');
    const QByteArray size = (extension < 0 ? line : line.first(extension)).trimmed();
    const bool hexDigits = !size.isEmpty() && size.size() <= 15
        && std::all_of(size.begin(), size.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
    bool ok = false;
    const qint64 length = hexDigits ? size.toLongLong(&ok, 16) : -1;
    if (!ok || length < 0)
        return fail(QStringLiteral("malformed chunk size"));
    if (length > m_limits.maxBodyBytes - bodyBytesSoFar())
        return fail(QStringLiteral("the response body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
    m_remaining = length;
    m_state = length == 0 ? State::Trailers : State::ChunkData;
    return true;
}

bool HttpResponseParser::appendBody(QByteArrayView data)
{
    if (data.size() > m_limits.maxBodyBytes - bodyBytesSoFar())
        return fail(QStringLiteral("the response body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
    m_body.append(data);
    return true;
}

}
