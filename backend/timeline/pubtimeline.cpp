#include "timeline/pubtimeline.h"

#include "http/accesspolicy.h"
#include "store/database.h"
#include "store/jsontext.h"
#include "store/pubeventrepository.h"

#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace buttcloud {

namespace {

struct Reader
{
    const Database &database;
    const PubRecord &pub;
    const UserRecord &viewer;
    int limit;
    qint64 beforeMs;
    bool staff;

    // sql binds the pub id, the time bound and the limit, in that order.
    QSqlQuery select(const QString &sql) const { return database.exec(sql, {pub.id, beforeMs, limit}); }

    // Who did it, as this viewer may see it.
    QString actorName(const QString &userId, const QString &email) const
    {
        if (userId.isEmpty())
            return QString();
        if (staff || userId == viewer.id)
            return email.isEmpty() ? userId : email;
        return QString::fromLatin1(StaffActor);
    }
};

QString dockerSummary(const PubEventRecord &event)
{
    if (event.kind == QLatin1String("die"))
        return QStringLiteral("the pub's container stopped (exit code %1)").arg(event.detail.value(QLatin1String("exitCode")).toInt());
    if (event.kind == QLatin1String("start"))
        return QStringLiteral("the pub's container started");
    if (event.kind == QLatin1String("oom"))
        return QStringLiteral("the pub ran out of memory");
    if (event.kind == QLatin1String("health_status"))
        return QStringLiteral("health: %1").arg(event.detail.value(QLatin1String("status")).toString());
    return QStringLiteral("service %1").arg(event.kind.section(u'.', 1));
}

void addDockerEvents(const Reader &reader, QList<TimelineEntry> &entries)
{
    for (const PubEventRecord &event : PubEventRepository(reader.database).list(reader.pub.id, reader.limit, reader.beforeMs))
        entries.append({event.at, QStringLiteral("docker"), event.kind, dockerSummary(event), QString(), event.detail, event.id});
}

void addJobs(const Reader &reader, QList<TimelineEntry> &entries)
{
    const auto add = [&](QSqlQuery query, bool ended) {
        while (query.next()) {
            const QString id = query.value(0).toString();
            const QString kind = query.value(1).toString();
            const QString state = query.value(2).toString();
            QJsonObject detail{{QStringLiteral("jobId"), id}, {QStringLiteral("job"), kind}};
            if (ended && !query.value(5).toString().isEmpty())
                detail.insert(QStringLiteral("error"), query.value(5).toString());
            if (reader.staff && !query.value(4).toString().isEmpty())
                detail.insert(QStringLiteral("reason"), query.value(4).toString());
            const QString what = ended ? state : QStringLiteral("queued");
            entries.append({query.value(ended ? 7 : 6).toLongLong(), QStringLiteral("job"), kind + u'.' + what,
                            QStringLiteral("%1 %2").arg(kind, what),
                            ended ? QString() : reader.actorName(query.value(3).toString(), query.value(8).toString()), detail,
                            id + (ended ? QStringLiteral(".end") : QString())});
        }
    };
    const QString columns = QStringLiteral(
        "SELECT j.id, j.kind, j.state, j.created_by, j.reason, j.error, j.created_at, j.finished_at, COALESCE(u.email, '')"
        " FROM jobs j LEFT JOIN users u ON u.id = j.created_by WHERE j.pub_id = ? AND ");
    add(reader.select(columns + QStringLiteral("j.created_at < ? ORDER BY j.created_at DESC LIMIT ?")), false);
    add(reader.select(columns + QStringLiteral("j.finished_at IS NOT NULL AND j.finished_at < ? ORDER BY j.finished_at DESC LIMIT ?")), true);
}

void addBilling(const Reader &reader, QList<TimelineEntry> &entries)
{
    QSqlQuery query = reader.select(QStringLiteral("SELECT id, kind, detail, at FROM billing_events WHERE pub_id = ? AND at < ?"
                                                   " ORDER BY at DESC LIMIT ?"));
    while (query.next()) {
        const QString kind = query.value(1).toString();
        entries.append({query.value(3).toLongLong(), QStringLiteral("billing"), kind, kind, QString(),
                        fromJsonText(query.value(2).toString()), query.value(0).toString()});
    }
}

void addMails(const Reader &reader, QList<TimelineEntry> &entries)
{
    // A customer sees the mails sent to them, not those to the admins alerted alongside.
    const QString sql = QStringLiteral("SELECT id, kind, recipient, state, created_at, sent_at FROM mail_outbox"
                                       " WHERE pub_id = ? AND created_at < ?%1 ORDER BY created_at DESC LIMIT ?");
    QSqlQuery query = reader.staff
        ? reader.select(sql.arg(QString()))
        : reader.database.exec(sql.arg(QStringLiteral(" AND recipient = ?")),
                               {reader.pub.id, reader.beforeMs, reader.viewer.email, reader.limit});
    while (query.next()) {
        const QString kind = query.value(1).toString();
        const QString state = query.value(3).toString();
        const QJsonObject detail{{QStringLiteral("to"), query.value(2).toString()}, {QStringLiteral("state"), state}};
        entries.append({query.value(4).toLongLong(), QStringLiteral("mail"), kind,
                        QStringLiteral("%1 mail to %2 (%3)").arg(kind, query.value(2).toString(), state), QString(), detail,
                        query.value(0).toString()});
    }
}

void addCommands(const Reader &reader, QList<TimelineEntry> &entries)
{
    QSqlQuery query = reader.select(QStringLiteral("SELECT id, at, user_id, user_email, command, arguments, exit_code, error"
                                                   " FROM audit_log WHERE pub_id = ? AND at < ? ORDER BY at DESC LIMIT ?"));
    while (query.next()) {
        const QString userId = query.value(2).toString();
        const QString command = query.value(4).toString();
        QJsonObject detail{{QStringLiteral("command"), command},
                           {QStringLiteral("exitCode"), query.value(6).isNull() ? QJsonValue() : QJsonValue(query.value(6).toInt())}};
        if (!query.value(7).toString().isEmpty())
            detail.insert(QStringLiteral("error"), query.value(7).toString());
        // Arguments may carry what staff typed (an invite code, a feed id): theirs stay with them.
        if (reader.staff || userId == reader.viewer.id)
            detail.insert(QStringLiteral("arguments"), QJsonDocument::fromJson(query.value(5).toByteArray()).object());
        const QString outcome = !query.value(7).toString().isEmpty() ? query.value(7).toString()
                              : QStringLiteral("exit code %1").arg(query.value(6).toInt());
        entries.append({query.value(1).toLongLong(), QStringLiteral("command"), command,
                        QStringLiteral("ran %1 (%2)").arg(command, outcome), reader.actorName(userId, query.value(3).toString()),
                        detail, query.value(0).toString()});
    }
}

}

QList<TimelineEntry> pubTimeline(const Database &database, const PubRecord &pub, const UserRecord &viewer, int limit,
                                 qint64 beforeMs)
{
    const Reader reader{database, pub, viewer, std::max(limit, 1),
                        beforeMs > 0 ? beforeMs : std::numeric_limits<qint64>::max(), seesEverything(viewer)};
    QList<TimelineEntry> entries;
    addDockerEvents(reader, entries);
    addJobs(reader, entries);
    addBilling(reader, entries);
    addMails(reader, entries);
    addCommands(reader, entries);
    // Each source gave its newest `limit`: the merged newest `limit` are among them.
    std::sort(entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        return a.at != b.at ? a.at > b.at : a.id > b.id;
    });
    if (entries.size() > limit)
        entries.resize(limit);
    return entries;
}

}
