#pragma once

#include "stats/statssample.h"

#include <QObject>
#include <QString>

namespace buttcloud {

// Reads every running pub's counters through the PubRuntime: one upstream per pub however many
// clients watch it; every second while watched, every 15 s otherwise. Keeps 15 minutes of samples
// per pub in memory and writes 1-minute aggregates to the database (kept 7 days).
// (Interface fixed for the stream; the stats engineer owns the rest of this file.)
class StatsCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsCollector)

public:
    // Counted: each watch() needs one unwatch(). Watching an unknown or stopped pub is harmless.
    void watch(const QString &pubId);
    void unwatch(const QString &pubId);

Q_SIGNALS:
    void sampleReady(const QString &pubId, const buttcloud::StatsSample &sample);
};

}
