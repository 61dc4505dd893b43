#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

class QJsonObject;

namespace buttcloud {

class Session;

enum class RolloutState { Running, Paused, Stopped, Completed };
enum class RolloutPubState { Pending, Updating, Updated, Failed, Skipped };

// One pub of a rollout and how far it got (docs/api.md, "Rollouts").
struct RolloutPub
{
    QString pubId;
    QString fromImage;
    RolloutPubState state = RolloutPubState::Pending;
    QString message;

    bool operator==(const RolloutPub &other) const = default;
};

// A new pub image rolled out over the fleet, batch by batch.
struct Rollout
{
    QString id;
    QString image;
    int batchSize = 1;
    double pauseSeconds = 0;
    RolloutState state = RolloutState::Running;
    QList<RolloutPub> pubs;
    int updatedCount = 0;
    QString failedPubId;
    QString message;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isUnfinished() const;
    bool operator==(const Rollout &other) const = default;
};

// What "New rollout" asks the server for; pubIds empty: every pub.
struct NewRollout
{
    QString image;
    int batchSize = 1;
    int pauseSeconds = 0;
    QStringList pubIds;
};

// The limits the server checks, so a dialog can say what is wrong before asking.
inline constexpr int MaxRolloutBatchSize = 1000;
inline constexpr int MaxRolloutPauseSeconds = 86400;
// name[:tag] as the server accepts it (lowercase name, no digest, no spaces).
bool isValidImageReference(const QString &image);

QString rolloutStateLabel(RolloutState state);
QString rolloutPubStateLabel(RolloutPubState state);
bool canPauseRollout(const Rollout &rollout);
bool canResumeRollout(const Rollout &rollout);
bool canStopRollout(const Rollout &rollout);

Result<Rollout> parseRollout(const QJsonObject &json, const QUrl &serverUrl);
Result<QList<Rollout>> parseRolloutList(const QJsonObject &json, const QUrl &serverUrl);

// The rollouts part of the API, typed. Every call answers once through its handler, unless
// context is destroyed first.
class RolloutService final
{
    Q_DISABLE_COPY_MOVE(RolloutService)

public:
    template<typename T>
    using Handler = std::function<void(const Result<T> &)>;

    explicit RolloutService(Session *session);

    void list(QObject *context, Handler<QList<Rollout>> handler);
    void get(const QString &rolloutId, QObject *context, Handler<Rollout> handler);
    void create(const NewRollout &rollout, QObject *context, Handler<Rollout> handler);
    void pause(const QString &rolloutId, QObject *context, Handler<Rollout> handler);
    void resume(const QString &rolloutId, QObject *context, Handler<Rollout> handler);
    void stop(const QString &rolloutId, QObject *context, Handler<Rollout> handler);

private:
    void act(const QString &rolloutId, const char *action, const QString &conflictMessage, QObject *context,
             Handler<Rollout> handler);

    Session *m_session;
};

}
