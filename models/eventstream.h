#pragma once

#include "models/apitypes.h"
#include "models/hubservice.h"
#include "models/publogs.h"
#include "models/statssample.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QWebSocket>
#include <chrono>

namespace buttcloud {

class Session;

// The live stream (docs/api.md, "Live stream"): one WebSocket to /api/v1/stream that authenticates
// with the session's access token (again whenever the session refreshes it), holds counted
// subscriptions, and reconnects with exponential backoff and jitter. After a reconnect it
// subscribes again and emits gap(), because samples sent while it was away are lost: whoever
// draws them fetches the missing history.
class EventStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    enum class State { Offline, Connecting, Online };
    Q_ENUM(State)

    // session is not owned and must outlive the stream.
    explicit EventStream(Session *session, QObject *parent = nullptr);
    ~EventStream() override;

    static QUrl streamUrl(const QUrl &serverUrl);

    // Tests shorten these; the defaults suit people.
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest);
    void setHeartbeatInterval(std::chrono::milliseconds interval);

    // Connects (and keeps reconnecting) until stop(). Stops by itself when the session ends.
    void start();
    void stop();
    bool isStarted() const;

    State state() const;
    // Why the stream is offline or still connecting, for people; empty when online.
    QString statusMessage() const;
    // The delay before the next reconnection attempt, for tests and the banner.
    std::chrono::milliseconds nextReconnectDelay() const;

    // Counted: the server is told on the first subscribe and the last unsubscribe of a topic.
    void subscribePubStats(const QString &pubId);
    void unsubscribePubStats(const QString &pubId);
    // A pub's output as it is written (topic "pub.logs").
    void subscribePubLogs(const QString &pubId);
    void unsubscribePubLogs(const QString &pubId);
    void subscribePubs();
    void unsubscribePubs();
    void subscribeJobs();
    void unsubscribeJobs();
    // Support staff and admins only (others get an error message).
    void subscribeHubs();
    void unsubscribeHubs();
    int subscriptionCount(const QString &topic, const QString &pubId = {}) const;

Q_SIGNALS:
    void stateChanged(buttcloud::EventStream::State state, const QString &message);
    // Online again after having been online before: live data between the two was missed.
    void gap();
    void statsReceived(const QString &pubId, const buttcloud::StatsSample &sample);
    void logLinesReceived(const QString &pubId, const QList<buttcloud::LogLine> &lines);
    void pubChanged(const buttcloud::Pub &pub);
    void pubRemoved(const QString &pubId);
    // A job the user may see changed (topic "jobs").
    void jobChanged(const buttcloud::Job &job);
    void hubChanged(const buttcloud::Hub &hub);
    void hubRemoved(const QString &hubId);
    void commandOutput(const QString &commandId, const QString &pubId, const QString &stream, const QString &data);
    // The server refused a message (e.g. a forbidden subscription).
    void errorReceived(const QString &code, const QString &message);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onTextMessage(const QString &text);
    void handleMessage(const QJsonObject &message);
    void onReady();
    void onHeartbeat();
    void scheduleReconnect(const QString &reason);
    void renewTokenAndReconnect();
    void scheduleTokenRenewal();
    void sendAuth();
    void sendSubscription(const QString &key, bool subscribe);
    void sendJson(const QJsonObject &message);
    void setState(State state, const QString &message);
    void changeSubscription(const QString &key, int delta);

    Session *m_session;
    QWebSocket m_socket;
    QTimer m_reconnectTimer;
    QTimer m_heartbeatTimer;
    QTimer m_tokenRenewalTimer;
    QElapsedTimer m_sinceLastMessage;
    QHash<QString, int> m_subscriptions; // "pubs", "jobs", "pub.stats:<id>" or "pub.logs:<id>" -> count
    State m_state = State::Offline;
    QString m_statusMessage;
    std::chrono::milliseconds m_firstReconnectDelay{1000};
    std::chrono::milliseconds m_longestReconnectDelay{30000};
    std::chrono::milliseconds m_heartbeatInterval{15000};
    int m_failedAttempts = 0;
    bool m_started = false;
    bool m_authenticated = false;
    bool m_wasOnline = false;
    bool m_renewingToken = false;
    quint64 m_nextPingId = 1;
};

}
