#pragma once

#include "swarm/pubruntime.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace buttcloud {

// Label every pub's service, containers and volume carry; its value is the pub id.
inline constexpr char PubIdLabel[] = "buttcloud.pub.id";
// Where the pub image keeps its identity and database.
inline constexpr char PubDataPath[] = "/home/ssb/.ssb";

bool isValidPubId(const QString &pubId);
QString pubServiceName(const QString &pubId);
QString pubVolumeName(const QString &pubId);
// The placement constraint that pins a service to one node: node.id==<nodeId>.
QString placementConstraint(const QString &nodeId);

// The labels of one pub's objects: buttcloud.pub.id plus the server's managed labels.
QMap<QString, QString> pubLabels(const QString &pubId, const QMap<QString, QString> &managedLabels);
// Docker label filters matching every pub this server manages.
QStringList managedPubFilters(const QMap<QString, QString> &managedLabels);
// True when a service or volume with these labels is this pub's and this server's to change.
bool carriesPubLabels(const QJsonObject &labels, const QString &pubId, const QMap<QString, QString> &managedLabels);

// Why spec cannot be deployed, or nullopt when it can.
std::optional<QString> pubServiceSpecProblem(const PubServiceSpec &spec);
// The Docker Swarm ServiceSpec (Engine API 1.41) for a valid spec. currentForceUpdate is the existing
// service's TaskTemplate.ForceUpdate counter: kept as it is, so an ordinary update does not replace the
// task for that alone, and raised by one when spec.forceRedeploy asks for the task to be placed again.
QJsonObject buildPubServiceSpec(const PubServiceSpec &spec, const QMap<QString, QString> &managedLabels,
                                qint64 currentForceUpdate = 0);
// The TaskTemplate.ForceUpdate counter of an existing service's spec, 0 when absent or malformed.
qint64 forceUpdateOf(const QJsonObject &serviceSpec);

}
