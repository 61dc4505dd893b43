#include "docker/dockerlogparser.h"

#include <QDateTime>
#include <QRegularExpression>

namespace buttcloud {

namespace {
// The longest timestamp Docker writes plus an offset: "2026-12-02T07:42:25.696687014+01:00".
constexpr qsizetype MaxTimestampBytes = 40;
}

std::optional<qint64> parseDockerTimestamp(QByteArrayView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})$"));
    if (text.size() > MaxTimestampBytes)
        return std::nullopt;
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(text));
    if (!match.hasMatch())
        return std::nullopt;
    const QDateTime seconds = QDateTime::fromString(match.captured(1) + match.captured(3), Qt::ISODate);
    if (!seconds.isValid())
        return std::nullopt;
    const qint64 nanos = match.captured(2).leftJustified(9, QLatin1Char('0')).toLongLong();
    return seconds.toSecsSinceEpoch() * 1000000000LL + nanos;
}

DockerLogParser::DockerLogParser(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
    , m_demuxer([this](QByteArrayView payload, bool isStandardError) { append(payload, isStandardError); })
{
}

bool DockerLogParser::feed(QByteArrayView data)
{
    return m_demuxer.feed(data);
}

bool DockerLogParser::finish()
{
    if (!m_demuxer.finish())
        return false;
    if (!m_stdout.bytes.isEmpty())
        completeLine(m_stdout, false, false);
    if (!m_stderr.bytes.isEmpty())
        completeLine(m_stderr, true, false);
    return true;
}

QList<DockerLogLine> DockerLogParser::takeLines()
{
    return std::exchange(m_lines, {});
}

QString DockerLogParser::errorString() const
{
    return m_demuxer.errorString();
}

void DockerLogParser::append(QByteArrayView payload, bool isStandardError)
{
    Pending &pending = isStandardError ? m_stderr : m_stdout;
    while (!payload.isEmpty()) {
        const qsizetype newline = payload.indexOf('\n');
        const QByteArrayView part = newline < 0 ? payload : payload.first(newline);
        payload = newline < 0 ? QByteArrayView() : payload.sliced(newline + 1);
        // The timestamp and its space do not count against the line's limit.
        const qsizetype room = m_maxLineBytes + MaxTimestampBytes + 1 - pending.bytes.size();
        if (!pending.skipping) {
            pending.bytes.append(part.first(std::min(room, part.size())));
            if (part.size() > room) {
                // Cut now: the line is shown (marked) and its rest skipped, never buffered.
                completeLine(pending, isStandardError, true);
                pending.skipping = true;
            }
        }
        if (newline >= 0) {
            if (!pending.skipping)
                completeLine(pending, isStandardError, false);
            pending = Pending();
        }
    }
}

void DockerLogParser::completeLine(Pending &pending, bool isStandardError, bool cut)
{
    QByteArrayView line(pending.bytes);
    const qsizetype space = line.indexOf(' ');
    const std::optional<qint64> at = space > 0 ? parseDockerTimestamp(line.first(space)) : std::nullopt;
    if (at) {
        m_lastAtNs = *at;
        line = line.sliced(space + 1);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    DockerLogLine parsed;
    parsed.atNs = m_lastAtNs;
    parsed.isStandardError = isStandardError;
    parsed.truncated = cut || line.size() > m_maxLineBytes;
    // Cut at the limit, then decoded: a multi-byte sequence cut in half becomes one U+FFFD.
    parsed.text = QString::fromUtf8(line.first(std::min(line.size(), m_maxLineBytes)));
    m_lines.append(std::move(parsed));
    pending.bytes.clear();
}

}
