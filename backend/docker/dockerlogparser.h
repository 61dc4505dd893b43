#pragma once

#include "docker/dockerstreamdemuxer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace buttcloud {

// One line of a container's or service's output as Docker's logs API gives it with timestamps=1.
struct DockerLogLine
{
    qint64 atNs = 0;               // Docker's RFC 3339 timestamp, epoch nanoseconds
    bool isStandardError = false;
    QString text;                  // without the line break; invalid UTF-8 replaced by U+FFFD
    bool truncated = false;        // the line was longer than the limit and was cut
};

// Epoch nanoseconds of an RFC 3339 time with up to nine fraction digits and a Z or an offset
// ("2026-12-02T07:42:25.696687014Z"), or nullopt.
std::optional<qint64> parseDockerTimestamp(QByteArrayView text);

// Turns the multiplexed body of GET /services/{id}/logs (or /containers/{id}/logs) with
// timestamps=1 into lines: "<timestamp> <text>\n" per line on each stream. Incremental: frames and
// lines may be split anywhere across feed() calls; a line longer than maxLineBytes is cut there
// and the rest of it skipped. A line without a readable timestamp takes the previous line's time.
class DockerLogParser final
{
public:
    static constexpr qsizetype DefaultMaxLineBytes = 8 * 1024;

    explicit DockerLogParser(qsizetype maxLineBytes = DefaultMaxLineBytes);

    // False once the stream is malformed (see errorString()); lines parsed before stay available.
    bool feed(QByteArrayView data);
    // The stream ended: a last line without a line break is completed; fails inside a frame.
    bool finish();
    QList<DockerLogLine> takeLines();
    QString errorString() const;

private:
    struct Pending
    {
        QByteArray bytes;
        bool skipping = false; // cut at the limit: the rest of the line is dropped
    };

    void append(QByteArrayView payload, bool isStandardError);
    void completeLine(Pending &pending, bool isStandardError, bool cut);

    qsizetype m_maxLineBytes;
    DockerStreamDemuxer m_demuxer;
    Pending m_stdout;
    Pending m_stderr;
    qint64 m_lastAtNs = 0;
    QList<DockerLogLine> m_lines;
};

}
