#pragma once

#include "models/statsseries.h"

#include <QObject>
#include <chrono>

namespace buttcloud {

class EventStream;
class StatsService;

// Everything a chart of one pub needs: its series, fed by live samples while the feed exists and by
// history for the chosen range, and refilled after every stream gap.
class PubStatsFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubStatsFeed)

public:
    // The server keeps raw 1 s samples for this long (docs/api.md).
    static constexpr std::chrono::seconds RawHistoryWindow{15 * 60};

    // service and stream are not owned; both must outlive the feed. The feed subscribes to the
    // pub's stats for its lifetime.
    PubStatsFeed(const QString &pubId, StatsService *service, EventStream *stream, QObject *parent = nullptr);
    ~PubStatsFeed() override;

    QString pubId() const;
    const StatsSeries &series() const;
    std::chrono::seconds range() const;
    // Fetches the history the range needs that the series does not hold yet.
    void setRange(std::chrono::seconds range);
    // Adds a live sample, as the stream would (tests and replay).
    void addLiveSample(const StatsSample &sample);

Q_SIGNALS:
    void updated();
    void historyFailed(const QString &message);

private:
    void fetchAggregated(std::chrono::seconds range);
    void fetchRaw(const QDateTime &from);

    QString m_pubId;
    StatsService *m_service;
    EventStream *m_stream;
    StatsSeries m_series;
    std::chrono::seconds m_range{5 * 60};
    std::chrono::seconds m_fetchedAggregatedRange{0};
};

}
