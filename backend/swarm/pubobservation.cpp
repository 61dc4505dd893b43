#include "swarm/pubobservation.h"

#include "swarm/pubservicespec.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace buttcloud {

namespace {

// Reads fields of one JSON object from Docker, remembering the first one that is missing or of the
// wrong type so that a whole reply can be checked before anything is used.
class FieldReader final
{
public:
    FieldReader(const QJsonValue &value, QString what, QString *problem)
        : m_object(value.toObject())
        , m_what(std::move(what))
        , m_problem(problem)
    {
        if (!value.isObject())
            report(QStringLiteral("is not an object"));
    }

    QString string(QLatin1StringView key, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isString())
            return value.toString();
        if (required || !value.isUndefined())
            report(QStringLiteral("has no text field %1").arg(key));
        return {};
    }

    QJsonObject object(QLatin1StringView key, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isObject())
            return value.toObject();
        if (required || !(value.isUndefined() || value.isNull()))
            report(QStringLiteral("has no object %1").arg(key));
        return {};
    }

    // A count that may be absent (0 then).
    qint64 optionalCount(QLatin1StringView key)
    {
        return m_object.value(key).isUndefined() ? 0 : count(key);
    }

    qint64 count(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number != std::floor(number) || number > 1e15) {
            report(QStringLiteral("has no count %1").arg(key));
            return 0;
        }
        return qint64(number);
    }

    FieldReader nested(QLatin1StringView key, bool required = true)
    {
        return FieldReader(object(key, required), m_what + u'.' + key, m_problem);
    }

    void report(const QString &what)
    {
        if (m_problem->isEmpty())
            *m_problem = QStringLiteral("Docker sent a %1 that %2").arg(m_what, what);
    }

private:
    QJsonObject m_object;
    QString m_what;
    QString *m_problem;
};

struct ServiceView
{
    QString id;
    QString pubId;
    QString image;
    int replicas = 0;
    qint64 memoryLimitBytes = 0;
    qint64 memoryReservationBytes = 0;
    quint16 publishedPort = 0;
    QStringList networkIds;
    QString updateState;
    QString updateStartedAt;
    QString updateMessage;
    QString placementNodeId;
};

struct TaskView
{
    QString serviceId;
    QString nodeId;
    QString state;
    QString desiredState;
    QString err;
    QString message;
    QString containerId;
    DockerTimestamp createdAt;
    DockerTimestamp statusAt;
};

bool isState(const QString &state, std::initializer_list<const char *> states)
{
    return std::any_of(states.begin(), states.end(), [&](const char *candidate) { return state == QLatin1String(candidate); });
}

bool isFailedState(const QString &state) { return isState(state, {"failed", "rejected"}); }
// After a failure the swarm creates the replacement at once but holds it in "ready" for the restart
// delay; until it is told to run, the failure is what the pub's state is.
bool isHeldForRestart(const TaskView &task)
{
    return task.desiredState == QLatin1String("ready") && isState(task.state, {"new", "pending", "assigned", "accepted",
                                                                                  "preparing", "ready"});
}
// A container exists or is about to: a task in one of these still has to stop.
bool isActiveState(const QString &state) { return isState(state, {"preparing", "starting", "running"}); }

QString withoutDigest(const QString &image)
{
    const qsizetype at = image.indexOf(u'@');
    return at < 0 ? image : image.first(at);
}

ServiceView readService(const QJsonValue &value, QString *problem)
{
    FieldReader service(value, QStringLiteral("service"), problem);
    FieldReader spec = service.nested(QLatin1StringView("Spec"));
    ServiceView view;
    view.id = service.string(QLatin1StringView("ID"));
    view.pubId = spec.nested(QLatin1StringView("Labels")).string(QLatin1StringView(PubIdLabel));
    view.image = withoutDigest(spec.nested(QLatin1StringView("TaskTemplate"))
                                   .nested(QLatin1StringView("ContainerSpec"))
                                   .string(QLatin1StringView("Image")));
    view.replicas = int(spec.nested(QLatin1StringView("Mode"))
                            .nested(QLatin1StringView("Replicated"))
                            .count(QLatin1StringView("Replicas")));
    // Resources and ports are optional in a spec: absent means none.
    FieldReader resources = spec.nested(QLatin1StringView("TaskTemplate")).nested(QLatin1StringView("Resources"), false);
    view.memoryLimitBytes = resources.nested(QLatin1StringView("Limits"), false).optionalCount(QLatin1StringView("MemoryBytes"));
    view.memoryReservationBytes =
        resources.nested(QLatin1StringView("Reservations"), false).optionalCount(QLatin1StringView("MemoryBytes"));
    const QJsonArray ports = value.toObject().value(QLatin1String("Spec")).toObject().value(QLatin1String("EndpointSpec"))
                                 .toObject().value(QLatin1String("Ports")).toArray();
    if (!ports.isEmpty()) {
        const qint64 port = FieldReader(ports.first(), QStringLiteral("service port"), problem).count(QLatin1StringView("PublishedPort"));
        if (port > 65535)
            service.report(QStringLiteral("has a published port out of range"));
        view.publishedPort = quint16(port);
    }
    const QJsonArray networks = value.toObject().value(QLatin1String("Spec")).toObject().value(QLatin1String("TaskTemplate"))
                                    .toObject().value(QLatin1String("Networks")).toArray();
    for (const QJsonValue &network : networks)
        view.networkIds.append(FieldReader(network, QStringLiteral("service network"), problem).string(QLatin1StringView("Target")));
    // Absent until the service's first update.
    FieldReader update = service.nested(QLatin1StringView("UpdateStatus"), false);
    view.updateState = update.string(QLatin1StringView("State"), false);
    view.updateStartedAt = update.string(QLatin1StringView("StartedAt"), false);
    view.updateMessage = update.string(QLatin1StringView("Message"), false);
    // Only the node.id constraint this server sets is read; any other constraint is not a pin.
    const QJsonArray constraints = value.toObject().value(QLatin1String("Spec")).toObject().value(QLatin1String("TaskTemplate"))
                                       .toObject().value(QLatin1String("Placement")).toObject()
                                       .value(QLatin1String("Constraints")).toArray();
    for (const QJsonValue &constraint : constraints) {
        const QString text = constraint.toString().remove(u' ');
        if (text.startsWith(placementConstraint(QString())))
            view.placementNodeId = text.mid(placementConstraint(QString()).size());
    }
    if (problem->isEmpty() && !isValidPubId(view.pubId))
        *problem = QStringLiteral("Docker sent a service with an invalid pub id '%1'").arg(view.pubId);
    return view;
}

TaskView readTask(const QJsonValue &value, QString *problem)
{
    FieldReader task(value, QStringLiteral("task"), problem);
    FieldReader status = task.nested(QLatin1StringView("Status"));
    TaskView view;
    view.serviceId = task.string(QLatin1StringView("ServiceID"));
    view.nodeId = task.string(QLatin1StringView("NodeID"), false);
    view.state = status.string(QLatin1StringView("State"));
    view.desiredState = task.string(QLatin1StringView("DesiredState"));
    view.err = status.string(QLatin1StringView("Err"), false);
    view.message = status.string(QLatin1StringView("Message"), false);
    view.containerId = status.nested(QLatin1StringView("ContainerStatus"), false).string(QLatin1StringView("ContainerID"), false);

    const auto createdAt = parseDockerTimestamp(task.string(QLatin1StringView("CreatedAt")));
    const QString statusTime = status.string(QLatin1StringView("Timestamp"), false);
    const auto statusAt = statusTime.isEmpty() ? createdAt : parseDockerTimestamp(statusTime);
    if (!createdAt || !statusAt) {
        task.report(QStringLiteral("has an unreadable timestamp"));
    } else {
        view.createdAt = *createdAt;
        view.statusAt = *statusAt;
    }
    return view;
}

bool isNewer(const TaskView &a, const TaskView &b)
{
    return std::tie(a.createdAt, a.statusAt) > std::tie(b.createdAt, b.statusAt);
}

// The pub's status from its service's tasks, newest first.
void applyTasks(ObservedPub &pub, const QList<TaskView> &tasks, const QHash<QString, QString> &hostNames)
{
    const auto running = std::find_if(tasks.cbegin(), tasks.cend(), [](const TaskView &task) {
        return task.state == QLatin1String("running");
    });
    const auto describeNode = [&](const TaskView &task) {
        pub.node = hostNames.value(task.nodeId);
        pub.nodeId = task.nodeId;
        pub.containerId = task.containerId;
    };

    if (pub.replicas == 0) {
        const auto active = std::find_if(tasks.cbegin(), tasks.cend(), [](const TaskView &task) {
            return isActiveState(task.state);
        });
        pub.status = active == tasks.cend() ? PubStatus::Down : PubStatus::Stopping;
        if (active != tasks.cend())
            describeNode(*active);
        return;
    }
    if (running != tasks.cend()) {
        pub.status = PubStatus::Up;
        describeNode(*running);
        return;
    }
    if (tasks.isEmpty()) {
        pub.status = PubStatus::Starting;
        pub.message = QStringLiteral("waiting for the swarm to schedule the pub");
        return;
    }
    const auto newest = std::find_if_not(tasks.cbegin(), tasks.cend(), isHeldForRestart);
    if (newest != tasks.cend() && isFailedState(newest->state)) {
        pub.status = PubStatus::Failed;
        pub.message = newest->err.isEmpty() ? newest->message : newest->err;
        pub.node = hostNames.value(newest->nodeId);
        pub.nodeId = newest->nodeId;
        return;
    }
    // Scheduling, starting, or replacing a task that ended: the swarm is bringing the pub up.
    const TaskView &latest = tasks.first();
    pub.status = PubStatus::Starting;
    pub.message = latest.message;
    pub.node = hostNames.value(latest.nodeId);
    pub.nodeId = latest.nodeId;
}

}

std::optional<DockerTimestamp> parseDockerTimestamp(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(match.captured(1) + match.captured(3), Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    const QString fraction = match.captured(2).leftJustified(9, u'0');
    return DockerTimestamp{time.toSecsSinceEpoch(), fraction.toInt()};
}

std::variant<QList<ObservedPub>, RuntimeError> observePubs(const QJsonArray &services, const QJsonArray &tasks,
                                                           const QJsonArray &nodes, const QJsonArray &networks)
{
    QString problem;
    QHash<QString, QString> networkNames;
    for (const QJsonValue &value : networks) {
        FieldReader network(value, QStringLiteral("network"), &problem);
        const QString id = network.string(QLatin1StringView("Id"));
        networkNames.insert(id, network.string(QLatin1StringView("Name")));
    }
    QHash<QString, QString> hostNames;
    for (const QJsonValue &value : nodes) {
        FieldReader node(value, QStringLiteral("node"), &problem);
        const QString id = node.string(QLatin1StringView("ID"));
        hostNames.insert(id, node.nested(QLatin1StringView("Description"), false).string(QLatin1StringView("Hostname"), false));
    }

    QList<ServiceView> serviceViews;
    QHash<QString, QList<TaskView>> tasksByService;
    for (const QJsonValue &value : services) {
        serviceViews.append(readService(value, &problem));
        tasksByService.insert(serviceViews.last().id, {});
    }
    for (const QJsonValue &value : tasks) {
        TaskView task = readTask(value, &problem);
        const auto serviceTasks = tasksByService.find(task.serviceId);
        if (serviceTasks != tasksByService.end())
            serviceTasks->append(std::move(task));
    }
    if (!problem.isEmpty())
        return RuntimeError{problem};

    QList<ObservedPub> pubs;
    for (const ServiceView &service : std::as_const(serviceViews)) {
        QList<TaskView> serviceTasks = tasksByService.value(service.id);
        std::sort(serviceTasks.begin(), serviceTasks.end(), isNewer);
        ObservedPub pub;
        pub.pubId = service.pubId;
        pub.serviceId = service.id;
        pub.image = service.image;
        pub.replicas = service.replicas;
        pub.memoryLimitBytes = service.memoryLimitBytes;
        pub.memoryReservationBytes = service.memoryReservationBytes;
        pub.publishedPort = service.publishedPort;
        for (const QString &id : service.networkIds)
            pub.networks.append(networkNames.value(id, id));
        pub.networks.sort();
        pub.updateState = service.updateState;
        pub.updateStartedAt = service.updateStartedAt;
        pub.updateMessage = service.updateMessage;
        pub.placementNodeId = service.placementNodeId;
        applyTasks(pub, serviceTasks, hostNames);
        pubs.append(pub);
    }
    std::sort(pubs.begin(), pubs.end(), [](const ObservedPub &a, const ObservedPub &b) { return a.pubId < b.pubId; });
    return pubs;
}

std::variant<QList<ObservedNode>, RuntimeError> observeNodes(const QJsonArray &nodes)
{
    QString problem;
    QList<ObservedNode> observed;
    for (const QJsonValue &value : nodes) {
        FieldReader node(value, QStringLiteral("node"), &problem);
        FieldReader description = node.nested(QLatin1StringView("Description"));
        FieldReader resources = description.nested(QLatin1StringView("Resources"));
        ObservedNode view;
        view.id = node.string(QLatin1StringView("ID"));
        view.hostname = description.string(QLatin1StringView("Hostname"));
        view.state = node.nested(QLatin1StringView("Status")).string(QLatin1StringView("State"));
        view.availability = node.nested(QLatin1StringView("Spec")).string(QLatin1StringView("Availability"));
        view.memoryBytes = resources.count(QLatin1StringView("MemoryBytes"));
        view.cpus = int(resources.count(QLatin1StringView("NanoCPUs")) / 1000000000);
        if (problem.isEmpty() && view.id.isEmpty())
            problem = QStringLiteral("Docker sent a node with an empty ID");
        observed.append(view);
    }
    if (!problem.isEmpty())
        return RuntimeError{problem};
    std::sort(observed.begin(), observed.end(), [](const ObservedNode &a, const ObservedNode &b) { return a.id < b.id; });
    return observed;
}

}
