#pragma once

#include "logs/publogsource.h"

#include <QHash>
#include <QList>

namespace buttcloud {

// Pubs' output in memory: read() answers from lines() (or failWith()), follow() records each open
// follow so a test can push lines into it or end it.
class FakePubLogs final : public PubLogSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakePubLogs)

public:
    struct Follow
    {
        QString pubId;
        qint64 sinceNs = 0;
        Lines onLines;
        Ended ended;
        bool open = true;
    };

    using PubLogSource::PubLogSource;
    ~FakePubLogs() override;

    void read(const QString &pubId, const PubLogQuery &query, Read done) override;
    std::unique_ptr<PubLogFollow> follow(const QString &pubId, qint64 sinceNs, Lines onLines, Ended ended) override;

    QList<DockerLogLine> &lines(const QString &pubId);
    void failWith(std::optional<RuntimeError> error);
    QList<PubLogQuery> queries() const;
    // Every follow ever opened, in order; `open` turns false when its owner drops it.
    const QList<std::shared_ptr<Follow>> &follows() const;
    int openFollows(const QString &pubId) const;
    // Into the newest open follow of the pub.
    void push(const QString &pubId, const QList<DockerLogLine> &lines);
    void end(const QString &pubId, std::optional<RuntimeError> error = std::nullopt);

private:
    std::shared_ptr<Follow> newestOpen(const QString &pubId) const;

    QHash<QString, QList<DockerLogLine>> m_lines;
    std::optional<RuntimeError> m_failure;
    QList<PubLogQuery> m_queries;
    QList<std::shared_ptr<Follow>> m_follows;
};

// A line at the given time (epoch ms).
DockerLogLine logLine(qint64 atMs, const QString &text, bool isStandardError = false);

}
