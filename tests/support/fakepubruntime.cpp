#include "fakepubruntime.h"

#include "ingress/tararchive.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QTimer>

namespace buttcloud {

FakePubRuntime::FakePubRuntime(QObject *parent)
    : PubRuntime(parent)
    , m_nodes{ObservedNode{QStringLiteral("node-1"), QStringLiteral("node-1"), QStringLiteral("ready"),
                           QStringLiteral("active"), qint64(16) << 30, 4}}
{
}

FakePubRuntime::~FakePubRuntime() = default;

std::optional<RuntimeError> FakePubRuntime::takeFailure(const QString &operation)
{
    if (m_unavailable)
        return RuntimeError{QStringLiteral("cannot connect to the Docker daemon"), true, false};
    if (m_failures.contains(operation))
        return RuntimeError{m_failures.take(operation), false, false};
    if (m_hubFailures.remove(operation))
        return RuntimeError{QStringLiteral("the hub running the pub cannot be reached now"), true, false, true};
    return std::nullopt;
}

void FakePubRuntime::reply(std::function<void()> answer)
{
    if (m_holdReplies) {
        m_heldReplies.append(std::move(answer));
        return;
    }
    QTimer::singleShot(0, this, std::move(answer));
}

void FakePubRuntime::deploy(const PubServiceSpec &spec, Done done)
{
    m_calls.append({QStringLiteral("deploy"), spec.pubId, spec.replicas, false});
    std::optional<RuntimeError> error = takeFailure(QStringLiteral("deploy"));
    if (!error) {
        ObservedPub &service = m_services[spec.pubId];
        service.pubId = spec.pubId;
        service.serviceId = QStringLiteral("svc-") + spec.pubId;
        service.image = spec.image;
        service.replicas = spec.replicas;
        service.status = spec.replicas > 0 ? PubStatus::Starting : PubStatus::Down;
        service.memoryLimitBytes = spec.memoryLimitBytes;
        service.memoryReservationBytes = spec.memoryReservationBytes;
        service.publishedPort = spec.publishedPort;
        service.networks = spec.network.isEmpty() ? QStringList() : QStringList{spec.network};
        service.nodeId = spec.replicas > 0 ? (spec.nodeId.isEmpty() ? QStringLiteral("node-1") : spec.nodeId) : QString();
        service.placementNodeId = spec.nodeId;
        m_specs.insert(spec.pubId, spec);
    }
    reply([done = std::move(done), error] { done(error); });
}

void FakePubRuntime::scale(const QString &pubId, int replicas, Done done)
{
    m_calls.append({QStringLiteral("scale"), pubId, replicas, false});
    std::optional<RuntimeError> error = takeFailure(QStringLiteral("scale"));
    if (!error && !m_services.contains(pubId))
        error = RuntimeError{QStringLiteral("service not found"), false, true};
    if (!error) {
        m_services[pubId].replicas = replicas;
        m_services[pubId].status = replicas > 0 ? PubStatus::Starting : PubStatus::Down;
        m_services[pubId].node.clear();
    }
    reply([done = std::move(done), error] { done(error); });
}

void FakePubRuntime::remove(const QString &pubId, bool removeData, Done done)
{
    m_calls.append({QStringLiteral("remove"), pubId, 0, removeData});
    const std::optional<RuntimeError> error = takeFailure(QStringLiteral("remove"));
    if (!error) {
        m_services.remove(pubId);
        m_specs.remove(pubId);
    }
    reply([done = std::move(done), error] { done(error); });
}

void FakePubRuntime::observe(Observed done)
{
    m_calls.append({QStringLiteral("observe"), QString(), 0, false});
    const std::optional<RuntimeError> error = takeFailure(QStringLiteral("observe"));
    const QList<ObservedPub> services = m_services.values();
    reply([done = std::move(done), error, services] {
        if (error)
            done(*error);
        else
            done(services);
    });
}

void FakePubRuntime::observeNodes(NodesObserved done)
{
    m_calls.append({QStringLiteral("observeNodes"), QString(), 0, false});
    const std::optional<RuntimeError> error = takeFailure(QStringLiteral("observeNodes"));
    const QList<ObservedNode> nodes = m_nodes;
    reply([done = std::move(done), error, nodes] {
        if (error)
            done(*error);
        else
            done(nodes);
    });
}

void FakePubRuntime::setNodes(const QList<ObservedNode> &nodes)
{
    m_nodes = nodes;
}

void FakePubRuntime::setServiceNode(const QString &pubId, const QString &nodeId)
{
    m_services[pubId].nodeId = nodeId;
}

void FakePubRuntime::addForeignService(const QString &pubId)
{
    ObservedPub &service = m_services[pubId];
    service.pubId = pubId;
    service.serviceId = QStringLiteral("svc-") + pubId;
    service.replicas = 1;
    service.status = PubStatus::Up;
}

void FakePubRuntime::readCounters(const QString &pubId, CountersRead done)
{
    m_calls.append({QStringLiteral("readCounters"), pubId, 0, false});
    std::optional<RuntimeError> error = takeFailure(QStringLiteral("readCounters"));
    if (!error && !m_counters.contains(pubId))
        error = RuntimeError{QStringLiteral("no task of pub %1 runs").arg(pubId), false, true};
    const PubCounters counters = m_counters.value(pubId);
    reply([done = std::move(done), error, counters] {
        if (error)
            done(*error);
        else
            done(counters);
    });
}

void FakePubRuntime::exec(const QString &pubId, const QStringList &argv, std::chrono::milliseconds,
                          OutputChunk onOutput, Executed done)
{
    m_calls.append({QStringLiteral("exec"), pubId, 0, false});
    m_execCalls[pubId].append(argv);
    const std::optional<RuntimeError> error = takeFailure(QStringLiteral("exec"));
    ExecOutcome outcome = m_execOutcomes.value(argv.join(QLatin1Char(' ')), ExecOutcome{0, {}, {}, false});
    reply([onOutput = std::move(onOutput), done = std::move(done), error, outcome] {
        if (error) {
            done(*error);
            return;
        }
        if (onOutput && !outcome.standardOutput.isEmpty())
            onOutput(outcome.standardOutput, false);
        if (onOutput && !outcome.standardError.isEmpty())
            onOutput(outcome.standardError, true);
        done(outcome);
    });
}

void FakePubRuntime::setCounters(const QString &pubId, const PubCounters &counters)
{
    m_counters.insert(pubId, counters);
}

void FakePubRuntime::setExecOutcome(const QString &joinedArgv, const ExecOutcome &outcome)
{
    m_execOutcomes.insert(joinedArgv, outcome);
}

QList<QStringList> FakePubRuntime::execCalls(const QString &pubId) const
{
    return m_execCalls.value(pubId);
}

void FakePubRuntime::setUnavailable(bool unavailable)
{
    m_unavailable = unavailable;
}

void FakePubRuntime::failNext(const QString &operation, const QString &message)
{
    m_failures.insert(operation, message);
}

void FakePubRuntime::failNextHubUnreachable(const QString &operation)
{
    m_hubFailures.insert(operation);
}

void FakePubRuntime::setHoldReplies(bool hold)
{
    m_holdReplies = hold;
}

void FakePubRuntime::releaseReplies()
{
    m_holdReplies = false;
    const QList<std::function<void()>> replies = std::exchange(m_heldReplies, {});
    for (const std::function<void()> &answer : replies)
        answer();
}

int FakePubRuntime::heldReplyCount() const
{
    return int(m_heldReplies.size());
}

void FakePubRuntime::setServiceStatus(const QString &pubId, PubStatus status, const QString &message)
{
    ObservedPub &service = m_services[pubId];
    service.pubId = pubId;
    service.status = status;
    service.message = message;
    service.node = status == PubStatus::Up ? QStringLiteral("node-1") : QString();
    service.nodeId = service.node;
}

void FakePubRuntime::setServiceReplicas(const QString &pubId, int replicas)
{
    m_services[pubId].pubId = pubId;
    m_services[pubId].replicas = replicas;
}

void FakePubRuntime::dropService(const QString &pubId)
{
    m_services.remove(pubId);
}

bool FakePubRuntime::hasService(const QString &pubId) const
{
    return m_services.contains(pubId);
}

ObservedPub FakePubRuntime::service(const QString &pubId) const
{
    return m_services.value(pubId);
}

PubServiceSpec FakePubRuntime::lastSpec(const QString &pubId) const
{
    return m_specs.value(pubId);
}

QList<FakePubRuntime::Call> FakePubRuntime::calls() const
{
    return m_calls;
}

QStringList FakePubRuntime::operations(const QString &pubId) const
{
    QStringList operations;
    for (const Call &call : m_calls) {
        const bool observing = call.operation == QLatin1String("observe") || call.operation == QLatin1String("observeNodes");
        if (!observing && (pubId.isEmpty() || call.pubId == pubId))
            operations.append(call.operation);
    }
    return operations;
}

void FakePubRuntime::clearCalls()
{
    m_calls.clear();
}

QString FakePubRuntime::fakeFeedId(const QString &pubId)
{
    return u'@' + QString::fromLatin1(QCryptographicHash::hash(pubId.toUtf8(), QCryptographicHash::Sha256).toBase64())
        + QStringLiteral(".ed25519");
}

void FakePubRuntime::exportData(const QString &pubId, const QString &, const QString &, QIODevice *destination, Done done)
{
    m_calls.append({QStringLiteral("exportData"), pubId, 0, false});
    std::optional<RuntimeError> error = takeFailure(QStringLiteral("exportData"));
    if (!error) {
        const QByteArray secret = "# fake\n{\"curve\": \"ed25519\", \"id\": \"" + fakeFeedId(pubId).toLatin1() + "\"}\n";
        const QByteArray tar = tarArchive({TarEntry{QStringLiteral(".ssb/secret"), secret, 0600},
                                           TarEntry{QStringLiteral(".ssb/gossip.json"), "[]", 0644}},
                                          1000, 1000, 1764633600);
        if (destination->write(tar) != tar.size())
            error = RuntimeError{QStringLiteral("cannot write the archive"), false, false};
    }
    reply([done = std::move(done), error] { done(error); });
}

}
