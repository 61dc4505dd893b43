#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace buttcloud {

class Database;

// A Docker event about a pub, as the timeline shows it.
struct PubEventRecord
{
    QString id;
    QString pubId;
    qint64 at = 0;        // epoch ms (Docker's event time)
    QString kind;         // start, die, oom, health_status, service.create, service.update, service.remove
    QJsonObject detail;   // e.g. {"exitCode": 137}, {"status": "unhealthy"}
    QString eventKey;     // Docker's timeNano, actor id and action: one row per event, whoever saw it
};

// The pub_events table. Throws StoreError on database failures.
class PubEventRepository final
{
public:
    static constexpr int MaxListLimit = 1000;

    explicit PubEventRepository(const Database &database);

    // Inserts the event unless its key is stored already (another server, or a resumed subscription,
    // saw it first): true when inserted. Never fails a caller's transaction on a duplicate.
    bool record(const PubEventRecord &event) const;
    // Newest first, at < beforeMs (0: no bound).
    QList<PubEventRecord> list(const QString &pubId, int limit, qint64 beforeMs) const;
    int pruneBefore(qint64 cutoffMs) const;

private:
    const Database &m_database;
};

}
