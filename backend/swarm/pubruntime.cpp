#include "swarm/pubruntime.h"

namespace buttcloud {

namespace {

void refuseLater(PubRuntime *runtime, PubRuntime::Done done)
{
    QMetaObject::invokeMethod(runtime, [done = std::move(done)] {
        done(RuntimeError{QStringLiteral("this runtime cannot copy a pub's data")});
    }, Qt::QueuedConnection);
}

}

void PubRuntime::exportData(const QString &, const QString &, const QString &, QIODevice *, Done done)
{
    refuseLater(this, std::move(done));
}

void PubRuntime::importData(const QString &, const QString &, const QString &, QIODevice *, qint64, Done done)
{
    refuseLater(this, std::move(done));
}

void PubRuntime::removeData(const QString &, const QString &, Done done)
{
    refuseLater(this, std::move(done));
}

}
