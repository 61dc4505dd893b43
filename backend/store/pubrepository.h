#pragma once

#include "store/records.h"

#include <QList>
#include <QSet>

#include <optional>

namespace buttcloud {

class Database;

// Pubs table. Throws StoreError on database failures.
class PubRepository final
{
public:
    explicit PubRepository(const Database &database);

    void insert(const PubRecord &pub) const;
    // Writes every mutable column (desired state, status, message, node, service, remove flag,
    // updated_at, memory figures) of an existing pub.
    void update(const PubRecord &pub) const;
    bool remove(const QString &id) const;
    // The image a pub should run (a rollout moves it); only while it still is expectedImage.
    bool setImage(const QString &id, const QString &image, const QString &expectedImage) const;
    // The hub the pub is pinned to ('' for anywhere). Only pub.move and import write it, never
    // update(): an observation written back must not undo a move.
    bool setHubId(const QString &id, const QString &hubId) const;

    std::optional<PubRecord> findById(const QString &id) const;
    bool nameTaken(const QString &name) const;
    // Newest first; all pubs when ownerId is empty.
    QList<PubRecord> list(const QString &ownerId = {}) const;
    QSet<quint16> usedPorts() const;

private:
    const Database &m_database;
};

}
