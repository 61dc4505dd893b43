#include "swarm/dockerpubruntime.h"

#include <QTimer>

namespace buttcloud {

// Placeholder until the command relay lands: it answers honestly that this is not supported yet.
void DockerPubRuntime::exec(const QString &pubId, const QStringList &, std::chrono::milliseconds, OutputChunk,
                            Executed done)
{
    QTimer::singleShot(0, this, [done = std::move(done), pubId] {
        done(RuntimeError{QStringLiteral("running commands in pub %1 is not supported yet").arg(pubId), false, false});
    });
}

}
