#include "models/rolloutservice.h"

#include "models/jsonfields.h"
#include "models/session.h"
#include "models/typedreply.h"
#include "wire/enumnames.h"
#include "wire/errorcodes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace buttcloud {

namespace {
class RolloutText
{
    Q_DECLARE_TR_FUNCTIONS(buttcloud::RolloutService)
};

constexpr auto RolloutStateNames = std::to_array<std::pair<RolloutState, const char *>>({
    {RolloutState::Running, "running"},
    {RolloutState::Paused, "paused"},
    {RolloutState::Stopped, "stopped"},
    {RolloutState::Completed, "completed"},
});

constexpr auto RolloutPubStateNames = std::to_array<std::pair<RolloutPubState, const char *>>({
    {RolloutPubState::Pending, "pending"}, {RolloutPubState::Updating, "updating"},
    {RolloutPubState::Updated, "updated"}, {RolloutPubState::Failed, "failed"},
    {RolloutPubState::Skipped, "skipped"},
});

// The server writes rollout times as milliseconds since the epoch.
QDateTime epochMsField(const QJsonObject &json, const char *key)
{
    const std::optional<qint64> ms = integerField(json, key);
    return ms && *ms > 0 ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

Result<RolloutPub> parseRolloutPub(const QJsonObject &json, const QUrl &serverUrl)
{
    RolloutPub pub;
    pub.pubId = stringField(json, "pubId");
    pub.fromImage = stringField(json, "fromImage");
    pub.message = stringField(json, "message");
    const std::optional<RolloutPubState> state = enumFromName(RolloutPubStateNames, stringField(json, "state"));
    if (!isValidId(pub.pubId) || !state)
        return invalidReplyError(serverUrl, 200);
    pub.state = *state;
    return pub;
}

QString rolloutPath(const QString &rolloutId, const char *suffix = "")
{
    return QStringLiteral("/api/v1/rollouts/") + QString::fromLatin1(QUrl::toPercentEncoding(rolloutId))
        + QString::fromLatin1(suffix);
}
}

bool Rollout::isUnfinished() const
{
    return state == RolloutState::Running || state == RolloutState::Paused;
}

bool isValidImageReference(const QString &image)
{
    // The server's own rule (backend/rollouts): name[:tag], as Docker references are written.
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9][a-z0-9._/-]{0,200}(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$"));
    return pattern.match(image).hasMatch();
}

QString rolloutStateLabel(RolloutState state)
{
    switch (state) {
    case RolloutState::Running: return RolloutText::tr("Running");
    case RolloutState::Paused: return RolloutText::tr("Paused");
    case RolloutState::Stopped: return RolloutText::tr("Stopped");
    case RolloutState::Completed: return RolloutText::tr("Completed");
    }
    return {};
}

QString rolloutPubStateLabel(RolloutPubState state)
{
    switch (state) {
    case RolloutPubState::Pending: return RolloutText::tr("Pending");
    case RolloutPubState::Updating: return RolloutText::tr("Updating");
    case RolloutPubState::Updated: return RolloutText::tr("Updated");
    case RolloutPubState::Failed: return RolloutText::tr("Failed");
    case RolloutPubState::Skipped: return RolloutText::tr("Skipped");
    }
    return {};
}

bool canPauseRollout(const Rollout &rollout)
{
    return rollout.state == RolloutState::Running;
}

bool canResumeRollout(const Rollout &rollout)
{
    return rollout.state == RolloutState::Paused;
}

bool canStopRollout(const Rollout &rollout)
{
    return rollout.isUnfinished();
}

Result<Rollout> parseRollout(const QJsonObject &json, const QUrl &serverUrl)
{
    Rollout rollout;
    rollout.id = stringField(json, "id");
    rollout.image = stringField(json, "image");
    const std::optional<RolloutState> state = enumFromName(RolloutStateNames, stringField(json, "state"));
    const std::optional<qint64> batchSize = integerField(json, "batchSize");
    const std::optional<qint64> updated = integerField(json, "updatedCount");
    if (!isValidId(rollout.id) || rollout.image.isEmpty() || !state || !batchSize || *batchSize < 1)
        return invalidReplyError(serverUrl, 200);
    rollout.state = *state;
    rollout.batchSize = int(std::min<qint64>(*batchSize, MaxRolloutBatchSize));
    rollout.pauseSeconds = numberField(json, "pauseSeconds").value_or(0);
    Result<QList<RolloutPub>> pubs = parseArrayField<RolloutPub>(json, "pubs", serverUrl, parseRolloutPub);
    if (!pubs.ok())
        return pubs.error();
    rollout.pubs = pubs.value();
    rollout.updatedCount = int(std::clamp<qint64>(updated.value_or(0), 0, rollout.pubs.size()));
    rollout.failedPubId = stringField(json, "failedPubId");
    rollout.message = stringField(json, "message");
    rollout.createdBy = stringField(json, "createdBy");
    rollout.createdAt = epochMsField(json, "createdAt");
    rollout.updatedAt = epochMsField(json, "updatedAt");
    return rollout;
}

Result<QList<Rollout>> parseRolloutList(const QJsonObject &json, const QUrl &serverUrl)
{
    return parseArrayField<Rollout>(json, "rollouts", serverUrl, parseRollout);
}

RolloutService::RolloutService(Session *session)
    : m_session(session)
{
}

void RolloutService::list(QObject *context, Handler<QList<Rollout>> handler)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/rollouts");
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseRolloutList));
}

void RolloutService::get(const QString &rolloutId, QObject *context, Handler<Rollout> handler)
{
    ApiRequest request;
    request.path = rolloutPath(rolloutId);
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseRollout));
}

void RolloutService::create(const NewRollout &rollout, QObject *context, Handler<Rollout> handler)
{
    QJsonObject body{{QStringLiteral("image"), rollout.image},
                     {QStringLiteral("batchSize"), rollout.batchSize},
                     {QStringLiteral("pause"), rollout.pauseSeconds}};
    if (!rollout.pubIds.isEmpty())
        body.insert(QStringLiteral("pubIds"), QJsonArray::fromStringList(rollout.pubIds));
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/rollouts");
    request.body = body;
    handler = explainError(std::move(handler), ErrorCode::Conflict,
                           RolloutText::tr("Another rollout is still running or paused: stop it or let it finish first."));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseRollout));
}

void RolloutService::pause(const QString &rolloutId, QObject *context, Handler<Rollout> handler)
{
    act(rolloutId, "/pause", RolloutText::tr("The rollout is not running."), context, std::move(handler));
}

void RolloutService::resume(const QString &rolloutId, QObject *context, Handler<Rollout> handler)
{
    act(rolloutId, "/resume", RolloutText::tr("The rollout is not paused."), context, std::move(handler));
}

void RolloutService::stop(const QString &rolloutId, QObject *context, Handler<Rollout> handler)
{
    act(rolloutId, "/stop", RolloutText::tr("The rollout has already ended."), context, std::move(handler));
}

void RolloutService::act(const QString &rolloutId, const char *action, const QString &conflictMessage,
                         QObject *context, Handler<Rollout> handler)
{
    ApiRequest request;
    request.method = "POST";
    request.path = rolloutPath(rolloutId, action);
    handler = explainError(std::move(handler), ErrorCode::Conflict, conflictMessage);
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseRollout));
}

}
