#pragma once

#include "store/records.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace buttcloud {

class Database;

// One entry of a pub's timeline (docs/api.md, "Logs and timeline").
struct TimelineEntry
{
    qint64 at = 0;         // epoch ms
    QString source;        // docker, job, billing, mail, command
    QString kind;          // e.g. die, pub.start.succeeded, invoice.paid, pub_down, invite.create
    QString summary;       // one line for people (English; clients may build their own from kind/detail)
    QString actor;         // who did it, empty when the server did; see StaffActor
    QJsonObject detail;
    QString id;            // of the row it comes from, to order entries of one millisecond
};

// What a customer sees as the actor of something a support or admin user did.
inline constexpr char StaffActor[] = "ButtCloud staff";

// The pub's Docker events, jobs, billing events, mails about it and commands run on it, newest
// first, at < beforeMs (0: now), at most limit. What the viewer may see of each: staff see everything;
// a customer (the owner) sees mails sent to themselves only, their own name as the actor of what
// they did and StaffActor for anyone else, and no job reasons or staff command arguments.
// Throws StoreError.
QList<TimelineEntry> pubTimeline(const Database &database, const PubRecord &pub, const UserRecord &viewer, int limit,
                                 qint64 beforeMs);

}
