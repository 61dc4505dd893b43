#include "stats/statshistory.h"

#include "core/logging.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace buttcloud {

StatsHistory::StatsHistory(const Database &database)
    : m_database(database)
{
}

void StatsHistory::upsertMinute(const QString &pubId, const StatsAggregate &minute) const
{
    const QByteArray figures = QJsonDocument(aggregateFigures(minute)).toJson(QJsonDocument::Compact);
    m_database.exec(QStringLiteral("INSERT INTO pub_stats_minutes (pub_id, minute_at, samples, figures)"
                                   " VALUES (?, ?, ?, ?)"
                                   " ON CONFLICT (pub_id, minute_at) DO UPDATE"
                                   " SET samples = excluded.samples, figures = excluded.figures"),
                    {pubId, minute.atMs, minute.samples, QString::fromUtf8(figures)});
}

QList<StatsAggregate> StatsHistory::minutes(const QString &pubId, qint64 fromMs, qint64 toMs) const
{
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT minute_at, samples, figures FROM pub_stats_minutes"
                                                     " WHERE pub_id = ? AND minute_at >= ? AND minute_at < ?"
                                                     " ORDER BY minute_at"),
                                      {pubId, fromMs, toMs});
    QList<StatsAggregate> rows;
    while (query.next()) {
        const qint64 atMs = query.value(0).toLongLong();
        const auto minute = aggregateFromFigures(atMs, query.value(1).toInt(), query.value(2).toString().toUtf8());
        if (minute)
            rows.append(*minute);
        else
            qCWarning(lcStore) << "skipping an unreadable stats row of pub" << pubId << "at" << atMs;
    }
    return rows;
}

int StatsHistory::pruneBefore(qint64 cutoffMs) const
{
    const QSqlQuery query = m_database.exec(QStringLiteral("DELETE FROM pub_stats_minutes WHERE minute_at < ?"), {cutoffMs});
    return query.numRowsAffected();
}

}
