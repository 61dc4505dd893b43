#pragma once

#include "docker/dockerlogparser.h"
#include "swarm/pubruntime.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <variant>

namespace buttcloud {

// Which of a pub's output lines to read (docs/api.md, "Logs and timeline").
struct PubLogQuery
{
    int tail = 200;       // the newest lines of the window, 1 to MaxTail
    qint64 sinceNs = 0;   // epoch ns, inclusive; 0: no lower bound
    qint64 untilNs = 0;   // epoch ns, exclusive; 0: up to now

    static constexpr int MaxTail = 5000;
};

// A live follow of one pub's output; destroying it ends it.
class PubLogFollow
{
public:
    virtual ~PubLogFollow() = default;
};

// Where a pub's stdout and stderr come from: Docker's service logs, or a test double. Asynchronous:
// every call returns at once and calls back later on the object's thread.
class PubLogSource : public QObject
{
    Q_OBJECT

public:
    using Read = std::function<void(std::variant<QList<DockerLogLine>, RuntimeError> result)>;
    using Lines = std::function<void(const QList<DockerLogLine> &lines)>;
    // nullopt: the engine ended the follow (the service went away); otherwise why it broke.
    using Ended = std::function<void(std::optional<RuntimeError> error)>;

    using QObject::QObject;
    ~PubLogSource() override = default;

    // Oldest first; notFound when the pub has no service.
    virtual void read(const QString &pubId, const PubLogQuery &query, Read done) = 0;
    // Lines written from sinceNs on (epoch ns; 0: from now), as they come. Neither callback runs once
    // the returned follow is destroyed.
    virtual std::unique_ptr<PubLogFollow> follow(const QString &pubId, qint64 sinceNs, Lines onLines, Ended ended) = 0;
};

}
