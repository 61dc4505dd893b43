#pragma once

#include "store/records.h"

#include <QList>

#include <optional>

namespace buttcloud {

class Database;

// Hubs table. Throws StoreError on database failures.
class HubRepository final
{
public:
    explicit HubRepository(const Database &database);

    void insert(const HubRecord &hub) const;
    // Writes every column but id, provider and created_at.
    void update(const HubRecord &hub) const;
    bool remove(const QString &id) const;

    std::optional<HubRecord> findById(const QString &id) const;
    std::optional<HubRecord> findByName(const QString &name) const;
    std::optional<HubRecord> findByNodeId(const QString &nodeId) const;
    // The hub of the machine the server runs on (provider "local"), once it was recorded.
    std::optional<HubRecord> findLocal() const;
    // Oldest first (the local hub comes first).
    QList<HubRecord> list() const;

private:
    const Database &m_database;
};

}
