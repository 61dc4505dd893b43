#include "store/pubrepository.h"

#include "store/database.h"

namespace buttcloud {

namespace {
const QString PubColumns = QStringLiteral("id, owner_id, name, desired_state, status, status_message, image, node,"
                                          " host, port, service_id, remove_data, created_at, updated_at,"
                                          " memory_reservation_bytes, memory_limit_bytes, memory_p95_bytes, hub_id");

PubRecord readPub(const QSqlQuery &query)
{
    PubRecord pub;
    pub.id = query.value(0).toString();
    pub.ownerId = query.value(1).toString();
    pub.name = query.value(2).toString();
    // An unknown value can only come from a newer server: treat it as the safest state.
    pub.desiredState = pubDesiredStateFromName(query.value(3).toString()).value_or(PubDesiredState::Stopped);
    pub.status = pubStatusFromName(query.value(4).toString()).value_or(PubStatus::None);
    pub.statusMessage = query.value(5).toString();
    pub.image = query.value(6).toString();
    pub.node = query.value(7).toString();
    pub.host = query.value(8).toString();
    pub.port = quint16(query.value(9).toUInt());
    pub.serviceId = query.value(10).toString();
    pub.removeData = query.value(11).toBool();
    pub.createdAt = query.value(12).toLongLong();
    pub.updatedAt = query.value(13).toLongLong();
    pub.memoryReservationBytes = query.value(14).toLongLong();
    pub.memoryLimitBytes = query.value(15).toLongLong();
    pub.memoryP95Bytes = query.value(16).toLongLong();
    pub.hubId = query.value(17).toString();
    return pub;
}

QList<PubRecord> readPubs(QSqlQuery query)
{
    QList<PubRecord> pubs;
    while (query.next())
        pubs.append(readPub(query));
    return pubs;
}
}

PubRepository::PubRepository(const Database &database)
    : m_database(database)
{
}

void PubRepository::insert(const PubRecord &pub) const
{
    m_database.exec(QStringLiteral("INSERT INTO pubs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(PubColumns),
                    {pub.id, pub.ownerId, pub.name, pubDesiredStateName(pub.desiredState), pubStatusName(pub.status),
                     pub.statusMessage, pub.image, pub.node, pub.host, int(pub.port), pub.serviceId, pub.removeData,
                     pub.createdAt, pub.updatedAt, pub.memoryReservationBytes, pub.memoryLimitBytes,
                     pub.memoryP95Bytes, pub.hubId});
}

void PubRepository::update(const PubRecord &pub) const
{
    m_database.exec(QStringLiteral("UPDATE pubs SET desired_state = ?, status = ?, status_message = ?, node = ?,"
                                   " service_id = ?, remove_data = ?, updated_at = ?, memory_reservation_bytes = ?,"
                                   " memory_limit_bytes = ?, memory_p95_bytes = ? WHERE id = ?"),
                    {pubDesiredStateName(pub.desiredState), pubStatusName(pub.status), pub.statusMessage, pub.node,
                     pub.serviceId, pub.removeData, pub.updatedAt, pub.memoryReservationBytes, pub.memoryLimitBytes,
                     pub.memoryP95Bytes, pub.id});
}

bool PubRepository::setImage(const QString &id, const QString &image, const QString &expectedImage) const
{
    return m_database.execChanging(QStringLiteral("UPDATE pubs SET image = ?, updated_at = ? WHERE id = ? AND image = ?"),
                                   {image, currentEpochMs(), id, expectedImage});
}

bool PubRepository::setHubId(const QString &id, const QString &hubId) const
{
    return m_database.execChanging(QStringLiteral("UPDATE pubs SET hub_id = ?, updated_at = ? WHERE id = ?"),
                                   {hubId, currentEpochMs(), id});
}

bool PubRepository::remove(const QString &id) const
{
    return m_database.execChanging(QStringLiteral("DELETE FROM pubs WHERE id = ?"), {id});
}

std::optional<PubRecord> PubRepository::findById(const QString &id) const
{
    QList<PubRecord> pubs = readPubs(m_database.exec(QStringLiteral("SELECT %1 FROM pubs WHERE id = ?").arg(PubColumns), {id}));
    if (pubs.isEmpty())
        return std::nullopt;
    return pubs.takeFirst();
}

bool PubRepository::nameTaken(const QString &name) const
{
    return m_database.exec(QStringLiteral("SELECT 1 FROM pubs WHERE name = ?"), {name}).next();
}

QList<PubRecord> PubRepository::list(const QString &ownerId) const
{
    if (ownerId.isEmpty())
        return readPubs(m_database.exec(QStringLiteral("SELECT %1 FROM pubs ORDER BY created_at DESC, id").arg(PubColumns)));
    return readPubs(m_database.exec(
        QStringLiteral("SELECT %1 FROM pubs WHERE owner_id = ? ORDER BY created_at DESC, id").arg(PubColumns), {ownerId}));
}

QSet<quint16> PubRepository::usedPorts() const
{
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT port FROM pubs"));
    QSet<quint16> ports;
    while (query.next())
        ports.insert(quint16(query.value(0).toUInt()));
    return ports;
}

}
