#pragma once

#include "swarm/pubruntime.h"

#include <QMap>
#include <QSet>
#include <QStringList>

namespace buttcloud {

// An in-memory swarm for tests. Records every call; answers on the next event-loop turn (like the
// real one) unless told to hold replies; can be told to fail, to be unavailable, or to lose a service.
class FakePubRuntime final : public PubRuntime
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakePubRuntime)

public:
    struct Call
    {
        QString operation;  // deploy, scale, remove, observe, observeNodes
        QString pubId;
        int replicas = 0;
        bool removeData = false;
    };

    explicit FakePubRuntime(QObject *parent = nullptr);
    ~FakePubRuntime() override;

    void deploy(const PubServiceSpec &spec, Done done) override;
    void scale(const QString &pubId, int replicas, Done done) override;
    void remove(const QString &pubId, bool removeData, Done done) override;
    void observe(Observed done) override;
    void observeNodes(NodesObserved done) override;
    void readCounters(const QString &pubId, CountersRead done) override;
    void exec(const QString &pubId, const QStringList &argv, std::chrono::milliseconds timeout,
              OutputChunk onOutput, Executed done) override;

    // What readCounters() answers for a pub (notFound when none was set).
    void setCounters(const QString &pubId, const PubCounters &counters);
    // What exec() answers for argv joined by spaces (exit 0, empty output when none was set).
    void setExecOutcome(const QString &joinedArgv, const ExecOutcome &outcome);
    QList<QStringList> execCalls(const QString &pubId) const;

    // Every call answers engine-unavailable while set.
    void setUnavailable(bool unavailable);
    // The next call of operation ("deploy", "scale", "remove", "observe") fails with message.
    void failNext(const QString &operation, const QString &message);
    // The next call of operation fails as a runtime does when the hub of the pub's node is away.
    void failNextHubUnreachable(const QString &operation);
    // Replies wait until releaseReplies() while held, to test what happens meanwhile.
    void setHoldReplies(bool hold);
    void releaseReplies();
    int heldReplyCount() const;

    // The swarm's side: what observe() reports.
    void setServiceStatus(const QString &pubId, PubStatus status, const QString &message = {});
    void setServiceReplicas(const QString &pubId, int replicas);
    void dropService(const QString &pubId);
    // A service with these labels but no pub row, as another server or a restored backup leaves.
    void addForeignService(const QString &pubId);
    // What observeNodes() reports; one ready, active node "node-1" (16 GiB, 4 CPUs) by default.
    void setNodes(const QList<ObservedNode> &nodes);
    // Puts the pub's task on another node.
    void setServiceNode(const QString &pubId, const QString &nodeId);
    bool hasService(const QString &pubId) const;
    ObservedPub service(const QString &pubId) const;
    PubServiceSpec lastSpec(const QString &pubId) const;

    QList<Call> calls() const;
    QStringList operations(const QString &pubId = {}) const; // e.g. {"deploy", "scale"}; observe left out
    void clearCalls();

    // A pub's data volume as a small tar (.ssb/secret holding fakeFeedId(pubId), gossip.json);
    // failNext("exportData") makes the next one fail.
    void exportData(const QString &pubId, const QString &nodeId, const QString &image, QIODevice *destination,
                    Done done) override;
    static QString fakeFeedId(const QString &pubId);

private:
    std::optional<RuntimeError> takeFailure(const QString &operation);
    void reply(std::function<void()> answer);

    QMap<QString, ObservedPub> m_services;
    QMap<QString, PubServiceSpec> m_specs;
    QList<ObservedNode> m_nodes;
    QMap<QString, PubCounters> m_counters;
    QMap<QString, ExecOutcome> m_execOutcomes;
    QMap<QString, QList<QStringList>> m_execCalls;
    QMap<QString, QString> m_failures;
    QSet<QString> m_hubFailures;
    QList<Call> m_calls;
    QList<std::function<void()>> m_heldReplies;
    bool m_unavailable = false;
    bool m_holdReplies = false;
};

}
