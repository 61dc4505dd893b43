#include "store/pubeventrepository.h"

#include "core/random.h"
#include "store/database.h"
#include "store/jsontext.h"

#include <limits>

namespace buttcloud {

PubEventRepository::PubEventRepository(const Database &database)
    : m_database(database)
{
}

bool PubEventRepository::record(const PubEventRecord &event) const
{
    // ON CONFLICT DO NOTHING (SQLite >= 3.24 and PostgreSQL): two servers inserting the same event
    // at once both succeed, and one row is kept.
    return m_database.execChanging(
        QStringLiteral("INSERT INTO pub_events (id, pub_id, at, kind, detail, event_key) VALUES (?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT DO NOTHING"),
        {event.id.isEmpty() ? generateId() : event.id, event.pubId, event.at, event.kind.left(32),
         toJsonText(event.detail), event.eventKey.left(255)});
}

QList<PubEventRecord> PubEventRepository::list(const QString &pubId, int limit, qint64 beforeMs) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT id, pub_id, at, kind, detail, event_key FROM pub_events WHERE pub_id = ? AND at < ?"
                       " ORDER BY at DESC, id DESC LIMIT ?"),
        {pubId, beforeMs > 0 ? beforeMs : std::numeric_limits<qint64>::max(), std::clamp(limit, 1, MaxListLimit)});
    QList<PubEventRecord> events;
    while (query.next()) {
        events.append(PubEventRecord{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                                     query.value(3).toString(), fromJsonText(query.value(4).toString()),
                                     query.value(5).toString()});
    }
    return events;
}

int PubEventRepository::pruneBefore(qint64 cutoffMs) const
{
    return m_database.exec(QStringLiteral("DELETE FROM pub_events WHERE at < ?"), {cutoffMs}).numRowsAffected();
}

}
