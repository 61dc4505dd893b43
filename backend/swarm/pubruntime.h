#pragma once

#include "wire/pubstatus.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

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
    int replicas = 1;              // 1 runs it, 0 stops it (data kept)
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
};

struct RuntimeError
{
    QString message;             // for people; never contains secrets
    bool engineUnavailable = false; // Docker did not answer at all (503), as opposed to refusing (4xx/5xx)
    bool notFound = false;       // the service or volume does not exist
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
};

}
