#include "models/pubstatsfeed.h"

#include "models/eventstream.h"
#include "models/statsservice.h"

namespace buttcloud {

PubStatsFeed::PubStatsFeed(const QString &pubId, StatsService *service, EventStream *stream, QObject *parent)
    : QObject(parent)
    , m_pubId(pubId)
    , m_service(service)
    , m_stream(stream)
{
    if (m_stream) {
        connect(m_stream, &EventStream::statsReceived, this, [this](const QString &id, const StatsSample &sample) {
            if (id == m_pubId)
                addLiveSample(sample);
        });
        // Samples sent while the stream was away are lost: fetch them from where the series stops.
        connect(m_stream, &EventStream::gap, this, [this] { fetchRaw(m_series.latestRawTime()); });
        m_stream->subscribePubStats(m_pubId);
    }
    if (m_service)
        fetchRaw({});
}

PubStatsFeed::~PubStatsFeed()
{
    if (m_stream)
        m_stream->unsubscribePubStats(m_pubId);
}

QString PubStatsFeed::pubId() const
{
    return m_pubId;
}

const StatsSeries &PubStatsFeed::series() const
{
    return m_series;
}

std::chrono::seconds PubStatsFeed::range() const
{
    return m_range;
}

void PubStatsFeed::setRange(std::chrono::seconds range)
{
    m_range = range;
    // Raw samples cover the newest 15 minutes; anything longer also needs aggregated points.
    if (range > RawHistoryWindow / 3 && range > m_fetchedAggregatedRange)
        fetchAggregated(range);
    Q_EMIT updated();
}

void PubStatsFeed::addLiveSample(const StatsSample &sample)
{
    m_series.add(StatsSeries::Tier::Raw, sample);
    Q_EMIT updated();
}

void PubStatsFeed::fetchAggregated(std::chrono::seconds range)
{
    if (!m_service)
        return;
    m_fetchedAggregatedRange = range;
    const QDateTime to = QDateTime::currentDateTimeUtc();
    m_service->history(m_pubId, to.addSecs(-range.count()), to, StatsService::aggregatedStepFor(range), this,
                       [this](const Result<StatsHistory> &history) {
        if (!history.ok()) {
            m_fetchedAggregatedRange = std::chrono::seconds(0); // try again next time
            Q_EMIT historyFailed(history.error().message);
            return;
        }
        m_series.merge(StatsSeries::Tier::Aggregated, history.value().points);
        Q_EMIT updated();
    });
}

void PubStatsFeed::fetchRaw(const QDateTime &from)
{
    if (!m_service)
        return;
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime oldest = to.addSecs(-RawHistoryWindow.count());
    const QDateTime start = from.isValid() && from > oldest ? from : oldest;
    m_service->history(m_pubId, start, to, std::chrono::seconds(1), this, [this](const Result<StatsHistory> &history) {
        if (!history.ok()) {
            Q_EMIT historyFailed(history.error().message);
            return;
        }
        m_series.merge(StatsSeries::Tier::Raw, history.value().points);
        Q_EMIT updated();
    });
}

}
