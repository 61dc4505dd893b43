#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace buttcloud {

class Database;

// One pub's part in a rollout.
struct RolloutPub
{
    QString pubId;
    QString fromImage;    // what it ran before; swarm rolls back to it, and so does its stored image
    QString feedId;       // whoami before the update; the same one must answer after it
    QString state = QStringLiteral("pending"); // pending, updating, updated, failed, skipped
    QString message;
};

// A new pub image rolled out over the fleet in batches (docs/api.md, "Rollouts").
struct RolloutRecord
{
    QString id;
    QString image;
    int batchSize = 1;
    qint64 pauseMs = 0;                         // waited between batches
    QString state = QStringLiteral("running");  // running, paused, stopped, completed
    QList<RolloutPub> pubs;                      // in rollout order
    QString failedPubId;                         // the pub whose update failed and paused the rollout
    QString message;
    QString createdBy;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
};

// The rollouts table. Throws StoreError on database failures.
class RolloutRepository final
{
public:
    explicit RolloutRepository(const Database &database);

    void insert(const RolloutRecord &rollout) const;
    // Writes the state, pubs, failure and updated_at.
    void update(const RolloutRecord &rollout) const;
    std::optional<RolloutRecord> findById(const QString &id) const;
    // Newest first.
    QList<RolloutRecord> list(int limit) const;
    // Whether a rollout is running or paused (one at a time: two would fight over the same pubs).
    std::optional<RolloutRecord> findUnfinished() const;

private:
    const Database &m_database;
};

}
