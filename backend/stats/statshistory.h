#pragma once

#include "stats/statsfields.h"

#include <QList>
#include <QString>

namespace buttcloud {

class Database;

// The pub_stats_minutes table: one row per pub and minute with the minute's min/avg/max figures.
// Throws StoreError on database failures.
class StatsHistory final
{
public:
    explicit StatsHistory(const Database &database);

    // Inserts or replaces the row of (pubId, minute.atMs): writing a minute again as it fills up is
    // how a partial minute becomes complete. Portable upsert (SQLite 3.24+, PostgreSQL 9.5+).
    void upsertMinute(const QString &pubId, const StatsAggregate &minute) const;
    // Rows with fromMs <= minute_at < toMs, oldest first. Rows that do not parse are skipped with a warning.
    QList<StatsAggregate> minutes(const QString &pubId, qint64 fromMs, qint64 toMs) const;
    // Deletes every row older than cutoffMs; returns how many.
    int pruneBefore(qint64 cutoffMs) const;

private:
    const Database &m_database;
};

}
