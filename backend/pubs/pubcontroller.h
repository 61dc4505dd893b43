#pragma once

#include "store/records.h"
#include "swarm/pubruntime.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace buttcloud {

class Database;

// How pubs are run, from the server's configuration.
struct PubSettings
{
    QString image;
    QString publicHost;
    quint16 portFirst = 20000;
    quint16 portLast = 20999;
    qint64 memoryLimitBytes = 0;
    qint64 memoryReservationBytes = 0;
    std::chrono::milliseconds observeInterval{2000};
};

// Owns the pubs' desired state and status. API calls write the desired state and return at once;
// the controller then drives the PubRuntime towards it, and every observe interval it stores what
// the swarm really does and repairs drift (a vanished service is deployed again, a failed removal
// retried). At most one runtime operation per pub is in flight. Lives on the thread of its runtime.
class PubController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubController)

public:
    PubController(const Database &database, PubRuntime *runtime, PubSettings settings, QObject *parent = nullptr);
    ~PubController() override;

    // Starts observing: once now, then every observe interval.
    void startObserving();

    // Each throws ApiError (422 bad name, 409 name taken, no free port, or a deleted pub; 404 unknown
    // id) and returns the pub as stored after the request.
    PubRecord create(const QString &ownerId, const QString &name);
    PubRecord requestStart(const QString &pubId);
    PubRecord requestStop(const QString &pubId);
    PubRecord requestDelete(const QString &pubId, bool removeData);

    // One observation and repair pass; ignored while the previous one is still out.
    void observeNow();
    bool isBusy(const QString &pubId) const;

Q_SIGNALS:
    // For tests and the log: an observation was applied, or a runtime operation finished.
    void observationApplied();
    void operationFinished(const QString &pubId);
    // A pub's stored row changed (created, status, desired state, message...) or was deleted; for
    // the live stream.
    void pubChanged(const QString &pubId);
    void pubRemoved(const QString &pubId, const QString &ownerId);

private:
    enum class Operation { Deploy, ScaleUp, ScaleDown, Remove };

    PubRecord load(const QString &pubId) const;
    PubRecord loadChangeable(const QString &pubId) const;
    quint16 allocatePort() const;
    PubRecord changeDesiredState(const QString &pubId, PubDesiredState state, Operation operation);
    void save(PubRecord pub, const PubRecord &before);

    void launch(const QString &pubId, Operation operation);
    void finish(const QString &pubId, Operation operation, const std::optional<RuntimeError> &error);
    void followDesiredState(const PubRecord &pub);
    void applyObservation(const QList<ObservedPub> &observed);
    void applyObservationFailure(const RuntimeError &error);
    PubServiceSpec specFor(const PubRecord &pub) const;

    const Database &m_database;
    PubRuntime *m_runtime;
    PubSettings m_settings;
    QTimer m_observeTimer;
    QSet<QString> m_busy;                    // pubs with a runtime operation in flight
    QSet<QString> m_finishedSinceObserveStart; // their observation may predate the operation
    QSet<QString> m_reportedOrphans;          // services without a pub row, warned about once
    bool m_observing = false;
};

}
