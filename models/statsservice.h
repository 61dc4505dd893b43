#pragma once

#include "models/statssample.h"

#include <QObject>
#include <chrono>
#include <functional>

namespace buttcloud {

class Session;

// GET /api/v1/pubs/{id}/stats, typed. Answers once through the handler unless context goes first.
class StatsService final
{
    Q_DISABLE_COPY_MOVE(StatsService)

public:
    using Handler = std::function<void(const Result<StatsHistory> &)>;

    // The server refuses answers of more points than this (docs/api.md).
    static constexpr int MaxPointsPerAnswer = 10000;

    explicit StatsService(Session *session);
    // The session its requests go through (a pub page's other tabs use it too).
    Session *session() const;

    // step is 1 s (raw samples) or a multiple of 60 s.
    void history(const QString &pubId, const QDateTime &from, const QDateTime &to, std::chrono::seconds step,
                 QObject *context, Handler handler);

    // The smallest multiple of a minute that keeps a range within MaxPointsPerAnswer (7 days of
    // minutes are 10,080 points: one too many, so that range gets 2-minute points).
    static std::chrono::seconds aggregatedStepFor(std::chrono::seconds range);

private:
    Session *m_session;
};

}
