#include "store/hubrepository.h"

#include "store/database.h"

namespace buttcloud {

namespace {
const QString HubColumns = QStringLiteral("id, name, provider, host, port, ssh_user, host_key_type, host_key,"
                                          " host_key_fingerprint, private_key_sealed, node_id, state, message,"
                                          " memory_bytes, cpus, docker_version, created_at, updated_at");

HubRecord readHub(const QSqlQuery &query)
{
    HubRecord hub;
    hub.id = query.value(0).toString();
    hub.name = query.value(1).toString();
    hub.provider = query.value(2).toString();
    hub.host = query.value(3).toString();
    hub.port = quint16(query.value(4).toUInt());
    hub.sshUser = query.value(5).toString();
    hub.hostKeyType = query.value(6).toString();
    hub.hostKey = query.value(7).toString();
    hub.hostKeyFingerprint = query.value(8).toString();
    hub.privateKeySealed = query.value(9).toString();
    hub.nodeId = query.value(10).toString();
    hub.state = query.value(11).toString();
    hub.message = query.value(12).toString();
    hub.memoryBytes = query.value(13).toLongLong();
    hub.cpus = query.value(14).toInt();
    hub.dockerVersion = query.value(15).toString();
    hub.createdAt = query.value(16).toLongLong();
    hub.updatedAt = query.value(17).toLongLong();
    return hub;
}

QList<HubRecord> readHubs(QSqlQuery query)
{
    QList<HubRecord> hubs;
    while (query.next())
        hubs.append(readHub(query));
    return hubs;
}
}

HubRepository::HubRepository(const Database &database)
    : m_database(database)
{
}

void HubRepository::insert(const HubRecord &hub) const
{
    m_database.exec(QStringLiteral("INSERT INTO hubs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .arg(HubColumns),
                    {hub.id, hub.name, hub.provider, hub.host, int(hub.port), hub.sshUser, hub.hostKeyType, hub.hostKey,
                     hub.hostKeyFingerprint, hub.privateKeySealed, hub.nodeId, hub.state, hub.message, hub.memoryBytes,
                     hub.cpus, hub.dockerVersion, hub.createdAt, hub.updatedAt});
}

void HubRepository::update(const HubRecord &hub) const
{
    m_database.exec(QStringLiteral("UPDATE hubs SET name = ?, host = ?, port = ?, ssh_user = ?, host_key_type = ?,"
                                   " host_key = ?, host_key_fingerprint = ?, private_key_sealed = ?, node_id = ?,"
                                   " state = ?, message = ?, memory_bytes = ?, cpus = ?, docker_version = ?,"
                                   " updated_at = ? WHERE id = ?"),
                    {hub.name, hub.host, int(hub.port), hub.sshUser, hub.hostKeyType, hub.hostKey,
                     hub.hostKeyFingerprint, hub.privateKeySealed, hub.nodeId, hub.state, hub.message, hub.memoryBytes,
                     hub.cpus, hub.dockerVersion, hub.updatedAt, hub.id});
}

bool HubRepository::remove(const QString &id) const
{
    return m_database.execChanging(QStringLiteral("DELETE FROM hubs WHERE id = ?"), {id});
}

std::optional<HubRecord> HubRepository::findById(const QString &id) const
{
    QList<HubRecord> hubs = readHubs(m_database.exec(QStringLiteral("SELECT %1 FROM hubs WHERE id = ?").arg(HubColumns), {id}));
    return hubs.isEmpty() ? std::nullopt : std::optional(hubs.takeFirst());
}

std::optional<HubRecord> HubRepository::findByName(const QString &name) const
{
    QList<HubRecord> hubs = readHubs(m_database.exec(QStringLiteral("SELECT %1 FROM hubs WHERE name = ?").arg(HubColumns), {name}));
    return hubs.isEmpty() ? std::nullopt : std::optional(hubs.takeFirst());
}

std::optional<HubRecord> HubRepository::findLocal() const
{
    QList<HubRecord> hubs =
        readHubs(m_database.exec(QStringLiteral("SELECT %1 FROM hubs WHERE provider = ?").arg(HubColumns), {QStringLiteral("local")}));
    return hubs.isEmpty() ? std::nullopt : std::optional(hubs.takeFirst());
}

std::optional<HubRecord> HubRepository::findByNodeId(const QString &nodeId) const
{
    if (nodeId.isEmpty())
        return std::nullopt;
    QList<HubRecord> hubs =
        readHubs(m_database.exec(QStringLiteral("SELECT %1 FROM hubs WHERE node_id = ?").arg(HubColumns), {nodeId}));
    return hubs.isEmpty() ? std::nullopt : std::optional(hubs.takeFirst());
}

QList<HubRecord> HubRepository::list() const
{
    return readHubs(m_database.exec(QStringLiteral("SELECT %1 FROM hubs ORDER BY created_at, id").arg(HubColumns)));
}

}
