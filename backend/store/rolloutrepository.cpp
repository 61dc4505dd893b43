#include "store/rolloutrepository.h"

#include "store/database.h"
#include "store/jsontext.h"

#include <QJsonArray>

namespace buttcloud {

namespace {

const QString RolloutColumns = QStringLiteral("id, image, batch_size, pause_ms, state, pubs, failed_pub_id, message, created_by,"
                                              " created_at, updated_at");

QString pubsText(const QList<RolloutPub> &pubs)
{
    QJsonArray list;
    for (const RolloutPub &pub : pubs) {
        list.append(QJsonObject{{QStringLiteral("pubId"), pub.pubId},
                                {QStringLiteral("fromImage"), pub.fromImage},
                                {QStringLiteral("feedId"), pub.feedId},
                                {QStringLiteral("state"), pub.state},
                                {QStringLiteral("message"), pub.message}});
    }
    return toJsonText(QJsonObject{{QStringLiteral("pubs"), list}});
}

QList<RolloutPub> pubsFromText(const QString &text)
{
    QList<RolloutPub> pubs;
    for (const QJsonValue &value : fromJsonText(text).value(QLatin1String("pubs")).toArray()) {
        const QJsonObject pub = value.toObject();
        pubs.append(RolloutPub{pub.value(QLatin1String("pubId")).toString(), pub.value(QLatin1String("fromImage")).toString(),
                               pub.value(QLatin1String("feedId")).toString(), pub.value(QLatin1String("state")).toString(),
                               pub.value(QLatin1String("message")).toString()});
    }
    return pubs;
}

RolloutRecord readRollout(const QSqlQuery &query)
{
    RolloutRecord rollout;
    rollout.id = query.value(0).toString();
    rollout.image = query.value(1).toString();
    rollout.batchSize = query.value(2).toInt();
    rollout.pauseMs = query.value(3).toLongLong();
    rollout.state = query.value(4).toString();
    rollout.pubs = pubsFromText(query.value(5).toString());
    rollout.failedPubId = query.value(6).toString();
    rollout.message = query.value(7).toString();
    rollout.createdBy = query.value(8).toString();
    rollout.createdAt = query.value(9).toLongLong();
    rollout.updatedAt = query.value(10).toLongLong();
    return rollout;
}

QList<RolloutRecord> readRollouts(QSqlQuery query)
{
    QList<RolloutRecord> rollouts;
    while (query.next())
        rollouts.append(readRollout(query));
    return rollouts;
}

}

QJsonObject RolloutRecord::toJson() const
{
    QJsonArray pubList;
    int updated = 0;
    for (const RolloutPub &pub : pubs) {
        updated += pub.state == QLatin1String("updated") ? 1 : 0;
        pubList.append(QJsonObject{{QStringLiteral("pubId"), pub.pubId},
                                   {QStringLiteral("fromImage"), pub.fromImage},
                                   {QStringLiteral("state"), pub.state},
                                   {QStringLiteral("message"), pub.message}});
    }
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("image"), image},
        {QStringLiteral("batchSize"), batchSize},
        {QStringLiteral("pauseSeconds"), double(pauseMs) / 1000.0},
        {QStringLiteral("state"), state},
        {QStringLiteral("pubs"), pubList},
        {QStringLiteral("updatedCount"), updated},
        {QStringLiteral("failedPubId"), failedPubId},
        {QStringLiteral("message"), message},
        {QStringLiteral("createdBy"), createdBy},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("updatedAt"), updatedAt},
    };
}

RolloutRepository::RolloutRepository(const Database &database)
    : m_database(database)
{
}

void RolloutRepository::insert(const RolloutRecord &rollout) const
{
    m_database.exec(QStringLiteral("INSERT INTO rollouts (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(RolloutColumns),
                    {rollout.id, rollout.image, rollout.batchSize, rollout.pauseMs, rollout.state, pubsText(rollout.pubs),
                     rollout.failedPubId, rollout.message, rollout.createdBy, rollout.createdAt, rollout.updatedAt});
}

void RolloutRepository::update(const RolloutRecord &rollout) const
{
    m_database.exec(QStringLiteral("UPDATE rollouts SET state = ?, pubs = ?, failed_pub_id = ?, message = ?, updated_at = ?"
                                   " WHERE id = ?"),
                    {rollout.state, pubsText(rollout.pubs), rollout.failedPubId, rollout.message, currentEpochMs(), rollout.id});
}

std::optional<RolloutRecord> RolloutRepository::findById(const QString &id) const
{
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT %1 FROM rollouts WHERE id = ?").arg(RolloutColumns), {id});
    if (!query.next())
        return std::nullopt;
    return readRollout(query);
}

QList<RolloutRecord> RolloutRepository::list(int limit) const
{
    return readRollouts(m_database.exec(
        QStringLiteral("SELECT %1 FROM rollouts ORDER BY created_at DESC, id DESC LIMIT ?").arg(RolloutColumns), {limit}));
}

std::optional<RolloutRecord> RolloutRepository::findUnfinished() const
{
    const QList<RolloutRecord> found = readRollouts(m_database.exec(
        QStringLiteral("SELECT %1 FROM rollouts WHERE state IN ('running', 'paused') ORDER BY created_at LIMIT 1").arg(RolloutColumns)));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

}
