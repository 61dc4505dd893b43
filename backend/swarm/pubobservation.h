#pragma once

#include "swarm/pubruntime.h"

#include <QJsonArray>
#include <QString>

#include <optional>
#include <variant>

namespace buttcloud {

// A Docker timestamp (RFC 3339 with up to nanoseconds) as a comparable value.
struct DockerTimestamp
{
    qint64 seconds = 0;  // since the epoch
    int nanoseconds = 0;

    auto operator<=>(const DockerTimestamp &) const = default;
};
std::optional<DockerTimestamp> parseDockerTimestamp(const QString &text);

// What the pubs' services really do, from Docker's replies to GET /services (filtered to the pubs),
// GET /tasks (of those services), GET /nodes and GET /networks (the server's: a service names its
// networks by id, these give their names). Tasks of other services are ignored. A reply of the wrong
// shape is a RuntimeError, never a crash. The list is ordered by pub id.
std::variant<QList<ObservedPub>, RuntimeError> observePubs(const QJsonArray &services, const QJsonArray &tasks,
                                                           const QJsonArray &nodes, const QJsonArray &networks = {});
// The swarm's nodes from GET /nodes, ordered by id; a reply of the wrong shape is a RuntimeError.
std::variant<QList<ObservedNode>, RuntimeError> observeNodes(const QJsonArray &nodes);

}
