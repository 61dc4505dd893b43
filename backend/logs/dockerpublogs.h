#pragma once

#include "logs/publogsource.h"

#include <QMap>

namespace buttcloud {

class DockerEngine;

// A pub's output from Docker's service logs (GET /services/{id}/logs with timestamps), demultiplexed
// into lines. Goes to the swarm manager's engine: it gathers the logs of the service's tasks on
// every node, hubs over SSH included, so no per-node routing is needed. Only services carrying the
// pub's and this server's labels are read.
class DockerPubLogs final : public PubLogSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerPubLogs)

public:
    // How much one read may take from Docker before it is cut off (the answer holds at most
    // MaxTail lines of at most DockerLogParser::DefaultMaxLineBytes each anyway).
    static constexpr qsizetype MaxReadBytes = 32 * 1024 * 1024;
    // A window with `until` but no `since` starts this long before `until` (service logs cannot be
    // asked for lines before a time, only after one).
    static constexpr qint64 DefaultWindowNs = 3600LL * 1000000000LL;

    DockerPubLogs(DockerEngine *engine, QMap<QString, QString> managedLabels, QObject *parent = nullptr);
    ~DockerPubLogs() override;

    void read(const QString &pubId, const PubLogQuery &query, Read done) override;
    std::unique_ptr<PubLogFollow> follow(const QString &pubId, qint64 sinceNs, Lines onLines, Ended ended) override;

private:
    // Calls found with the id of the pub's service, or failed (notFound when there is none).
    void findService(const QString &pubId, std::function<void(const QString &serviceId)> found,
                     std::function<void(const RuntimeError &error)> failed);

    DockerEngine *m_engine;
    QMap<QString, QString> m_managedLabels;
};

// The logs query string for Docker: both streams, timestamps, and since as "seconds.nanoseconds".
QString dockerLogsQuery(qint64 sinceNs, int tail, bool follow);

}
