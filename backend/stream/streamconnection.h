#pragma once

#include "store/records.h"
#include "stream/streamhub.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QWebSocket;

namespace buttcloud {

// One client of the live stream: its socket, who it is once authenticated, what it subscribed to,
// heartbeats, and the backpressure that keeps only the newest waiting sample per pub.
class StreamConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamConnection)

public:
    // sampleCounts is the hub's: it outlives its connections.
    StreamConnection(std::unique_ptr<QWebSocket> socket, const StreamSettings &settings,
                     StreamSampleCounts &sampleCounts, StreamHub *hub);
    ~StreamConnection() override;

    const std::optional<UserRecord> &user() const;
    // Authenticated (again): the connection closes with 4401 at expiresAtMs unless re-authenticated.
    void setUser(const UserRecord &user, qint64 expiresAtMs);

    QSet<QString> &statsSubscriptions();
    qsizetype statsSubscriptionCount() const;
    QSet<QString> &subscriptions(PubTopic topic);
    qsizetype subscriptionCount(PubTopic topic) const;
    bool pubsSubscribed() const;
    void setPubsSubscribed(bool subscribed);
    bool jobsSubscribed() const;
    void setJobsSubscribed(bool subscribed);
    bool hubsSubscribed() const;
    void setHubsSubscribed(bool subscribed);

    void send(const QJsonObject &message);
    // Sent now, or kept as the one waiting sample of pubId while the peer is behind.
    void sendSample(const QString &pubId, const QJsonObject &message);
    // Sent now, or false (nothing sent) when the peer is more than maxBacklogBytes behind.
    bool sendUnlessBehind(const QJsonObject &message);
    void sendError(const char *code, const QString &message);
    void close(quint16 code, const QString &reason);
    // Closes with 4429 and aborts the socket soon if the peer does not take the close either.
    void dropTooSlow();

Q_SIGNALS:
    void finished(buttcloud::StreamConnection *connection);

private:
    void write(const QByteArray &text);
    void onBytesWritten(qint64 bytes);
    void heartbeat();

    std::unique_ptr<QWebSocket> m_socket;
    StreamSettings m_settings;
    StreamSampleCounts &m_sampleCounts;
    std::optional<UserRecord> m_user;
    QSet<QString> m_statsSubscriptions;
    QSet<QString> m_logSubscriptions;
    bool m_pubsSubscribed = false;
    bool m_jobsSubscribed = false;
    bool m_hubsSubscribed = false;
    QTimer m_authDeadline;       // first auth, then token expiry
    QTimer m_heartbeat;
    QElapsedTimer m_sinceLastHeard;
    qint64 m_inFlightBytes = 0;
    QMap<QString, QByteArray> m_waitingSamples; // newest per pub while the peer is behind
    bool m_finished = false;
    bool m_closing = false; // close() was called: nothing more is written
};

}
