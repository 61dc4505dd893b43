#pragma once

#include "wire/pubstatus.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>
#include <variant>

class QIODevice;

namespace buttcloud {

// Everything the swarm needs to run one pub as a service. Pure data: the runtime turns it into
// a Docker Swarm service spec.
struct PubServiceSpec
{
    QString pubId;
    QString image;                 // e.g. buttcloud/pub:16.0.1
    quint16 publishedPort = 0;     // host port published for 8008 (mode=host)
    qint64 memoryLimitBytes = 0;
    qint64 memoryReservationBytes = 0;
    QString externalHost;          // host name invites carry
    QString network;               // overlay network shared with the hub ingress; empty: none
    int replicas = 1;              // 1 runs it, 0 stops it (data kept)
    // Replace the running task even when nothing else changed, so that Swarm places it anew (its hub
    // was lost or drained). Becomes a new TaskTemplate.ForceUpdate value.
    bool forceRedeploy = false;
    // The swarm node the pub is pinned to (its hub's, where its data volume is): the service's
    // placement constraint node.id==<nodeId>. Empty: swarm places it anywhere.
    QString nodeId;
};

// What the swarm really does with one pub's service, read from the service and its tasks.
struct ObservedPub
{
    QString pubId;
    QString serviceId;
    PubStatus status = PubStatus::None;
    QString message;      // the task's error or state message, for people
    QString node;         // host name of the node running the task, empty when none
    QString containerId;  // of the running task, empty when none
    QString image;
    int replicas = 0;     // the service's desired replica count
    QString nodeId;       // swarm id of the node of the task described, empty when none
    qint64 memoryLimitBytes = 0;       // as the service's spec says, 0 for none
    qint64 memoryReservationBytes = 0;
    quint16 publishedPort = 0;
    QStringList networks; // names of the networks the spec joins (ids for networks not this server's), sorted
    // The service's rolling update as swarm reports it (UpdateStatus): its state (updating,
    // completed, paused, rollback_started, rollback_paused, rollback_completed; empty when the service
    // was never updated), when it started and swarm's message.
    QString updateState;
    QString updateStartedAt;
    QString updateMessage;
    QString placementNodeId; // the node.id==<id> constraint of the service's spec, empty when none
};

// One machine of the swarm, from GET /nodes.
struct ObservedNode
{
    QString id;
    QString hostname;
    QString state;        // ready, down, unknown, disconnected
    QString availability; // active, pause, drain
    qint64 memoryBytes = 0;
    int cpus = 0;

    bool takesPubs() const { return state == QLatin1String("ready") && availability == QLatin1String("active"); }
};

struct RuntimeError
{
    QString message;             // for people; never contains secrets
    bool engineUnavailable = false; // Docker did not answer at all (503), as opposed to refusing (4xx/5xx)
    bool notFound = false;       // the service or volume does not exist
    bool hubUnreachable = false; // with engineUnavailable: the hub of the pub's node cannot be reached now
};

// Cumulative resource counters of a pub's running container at one instant, as Docker reports them.
// Rates (CPU %, bytes per second) come from the difference between two readings, so a one-shot
// read every 15 s and a read every second are treated alike.
struct PubCounters
{
    qint64 readAtMs = 0;            // when Docker read them (its "read" field), epoch ms
    quint64 cpuTotalNs = 0;         // cpu_stats.cpu_usage.total_usage
    quint64 systemCpuNs = 0;        // cpu_stats.system_cpu_usage
    int onlineCpus = 0;             // cpu_stats.online_cpus
    double cpuLimitCores = 0;       // the service's CPU limit in cores, 0 when none
    qint64 memoryUsedBytes = 0;     // usage minus inactive file cache, as `docker stats` shows
    qint64 memoryLimitBytes = 0;
    quint64 networkRxBytes = 0;     // summed over interfaces
    quint64 networkTxBytes = 0;
    quint64 blockReadBytes = 0;     // blkio io_service_bytes_recursive Read, summed
    quint64 blockWriteBytes = 0;
    int pids = 0;
};

// What a command run in a pub's container gave back.
struct ExecOutcome
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    bool timedOut = false;
};

// The swarm as the pub controller sees it. Asynchronous: every call returns at once and calls back
// exactly once on the object's thread. The Docker implementation lives in backend/swarm; tests use
// an in-memory fake.
class PubRuntime : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(std::optional<RuntimeError> error)>;
    using Observed = std::function<void(std::variant<QList<ObservedPub>, RuntimeError> result)>;
    using NodesObserved = std::function<void(std::variant<QList<ObservedNode>, RuntimeError> result)>;
    using CountersRead = std::function<void(std::variant<PubCounters, RuntimeError> result)>;
    using OutputChunk = std::function<void(const QByteArray &chunk, bool isStandardError)>;
    using Executed = std::function<void(std::variant<ExecOutcome, RuntimeError> result)>;

    using QObject::QObject;
    ~PubRuntime() override = default;

    // Creates the pub's service, or updates it to match spec when it exists.
    virtual void deploy(const PubServiceSpec &spec, Done done) = 0;
    // Scales an existing service; notFound when there is none.
    virtual void scale(const QString &pubId, int replicas, Done done) = 0;
    // Removes the service (absent is fine) and, when asked, the pub's data volume.
    virtual void remove(const QString &pubId, bool removeData, Done done) = 0;
    // Every pub service this server manages (filtered by its labels), with the real task state.
    virtual void observe(Observed done) = 0;
    // Every node of the swarm with its state, availability and size.
    virtual void observeNodes(NodesObserved done) = 0;
    // One reading of the pub's running container's counters (Docker's one-shot stats, no streaming);
    // notFound when no task of the pub runs. Works for a pub on any node the runtime reaches.
    virtual void readCounters(const QString &pubId, CountersRead done) = 0;
    // Runs argv (never through a shell, no TTY) in the pub's running container, as the image's user.
    // onOutput gets output as it arrives; done gets the whole of it, or an error. After timeout the
    // runtime stops waiting and reports timedOut.
    virtual void exec(const QString &pubId, const QStringList &argv, std::chrono::milliseconds timeout,
                      OutputChunk onOutput, Executed done) = 0;
    // The feed id the pub answers `ssb-server whoami` with; empty when it does not answer with one
    // (not running, still starting, or failing).
    void askFeedId(const QString &pubId, std::function<void(const QString &feedId)> done);

    // The pub's data volume as a tar stream (identity, gossip, blobs, store; see VolumeArchive), read
    // on node nodeId (the node its task ran on; empty on a single-node swarm) with a helper container
    // of image. Stop the pub first for a consistent copy. destination must outlive the call.
    // The default refuses: a runtime without volumes has nothing to export.
    virtual void exportData(const QString &pubId, const QString &nodeId, const QString &image,
                            QIODevice *destination, Done done);
    // Creates the pub's data volume on node nodeId from size bytes of such a tar read from source,
    // before the pub's service exists; fails creating nothing when the pub has a volume there.
    virtual void importData(const QString &pubId, const QString &nodeId, const QString &image,
                            QIODevice *source, qint64 size, Done done);
    // Deletes the pub's data volume on node nodeId (absent is fine), once no container holds it;
    // the service is left alone (pub.move: the volume a pub left behind). The default refuses.
    virtual void removeData(const QString &pubId, const QString &nodeId, Done done);
};

}
