#include "models/statsservice.h"

#include "models/session.h"
#include "models/typedreply.h"

#include <QUrl>

namespace buttcloud {

StatsService::StatsService(Session *session)
    : m_session(session)
{
}

Session *StatsService::session() const
{
    return m_session;
}

void StatsService::history(const QString &pubId, const QDateTime &from, const QDateTime &to, std::chrono::seconds step,
                           QObject *context, Handler handler)
{
    ApiRequest request;
    request.path = pubPath(pubId, "/stats");
    request.query.addQueryItem(QStringLiteral("from"), from.toUTC().toString(Qt::ISODate));
    request.query.addQueryItem(QStringLiteral("to"), to.toUTC().toString(Qt::ISODate));
    request.query.addQueryItem(QStringLiteral("step"), QString::number(step.count()));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseStatsHistory));
}

std::chrono::seconds StatsService::aggregatedStepFor(std::chrono::seconds range)
{
    const qint64 minutes = std::max<qint64>(1, (range.count() + 59) / 60);
    const qint64 minutesPerPoint = (minutes + MaxPointsPerAnswer - 1) / MaxPointsPerAnswer;
    return std::chrono::seconds(60 * std::max<qint64>(1, minutesPerPoint));
}

}
