#include "swarm/dockerpubruntime.h"

#include <QTimer>

namespace buttcloud {

// Placeholder until the stats milestone lands: it answers honestly that this is not supported yet.
void DockerPubRuntime::readCounters(const QString &pubId, CountersRead done)
{
    QTimer::singleShot(0, this, [done = std::move(done), pubId] {
        done(RuntimeError{QStringLiteral("reading counters of pub %1 is not supported yet").arg(pubId), false, false});
    });
}

}
