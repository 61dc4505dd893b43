#pragma once

#include "pubs/pubweb.h"
#include "stats/statssample.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class QWebSocket;

namespace buttcloud {

class AccessTokens;
class AuthService;
class Database;
class StreamConnection;

// Timings and limits of the live stream (docs/api.md, "Live stream"); tests shorten them.
struct StreamSettings
{
    std::chrono::milliseconds authTimeout{10000};
    std::chrono::milliseconds pingInterval{15000};
    std::chrono::milliseconds peerTimeout{45000};
    // Bytes sent but not yet written to the peer's socket above which samples wait (newest per pub).
    qint64 inFlightBudgetBytes = 64 * 1024;
    qint64 maxIncomingMessageBytes = 16 * 1024;
    PubWebSettings pubWeb;          // the pub messages' host names and web links
};

// What happened to the samples offered to the stream's connections.
struct StreamSampleCounts
{
    quint64 sent = 0;
    quint64 dropped = 0; // replaced by a newer sample of the same pub while the peer was behind
};

// The stream's state and counters since the server started, for GET /api/v1/server/metrics.
struct StreamMetrics
{
    int connections = 0;
    int authenticatedConnections = 0;
    int statsSubscriptions = 0;   // (connection, pub) pairs
    StreamSampleCounts samples;
};

// Where watched pubs' samples come from: StatsCollector::watch/unwatch (counted), or a test double.
struct StatsFeed
{
    std::function<void(const QString &pubId)> watch;
    std::function<void(const QString &pubId)> unwatch;
};

// The WebSocket side of /api/v1/stream: authenticates each connection, keeps its subscriptions and
// fans events out to the connections allowed to see them. Access follows the REST rules (checkAccess).
class StreamHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamHub)

public:
    static constexpr quint16 CloseUnauthenticated = 4401;

    StreamHub(const Database &database, const AccessTokens &accessTokens, const AuthService &auth,
              QObject *parent = nullptr);
    ~StreamHub() override;

    void setSettings(const StreamSettings &settings);  // applies to connections accepted afterwards
    void setStatsFeed(StatsFeed feed);
    void accept(std::unique_ptr<QWebSocket> socket);
    int connectionCount() const;
    StreamMetrics metrics() const;

    void publishSample(const QString &pubId, const buttcloud::StatsSample &sample);
    void publishPubChanged(const QString &pubId);
    void publishPubRemoved(const QString &pubId, const QString &ownerId);
    void publishJobChanged(const QString &jobId);
    void publishCommandOutput(const QString &userId, const QString &commandId, const QString &pubId,
                              const QString &stream, const QByteArray &data);

private:
    friend class StreamConnection;
    void handleMessage(StreamConnection &connection, const QString &text);
    void authenticate(StreamConnection &connection, const QJsonObject &message);
    void subscribe(StreamConnection &connection, const QJsonObject &message, bool subscribing);
    void forget(StreamConnection *connection);

    const Database &m_database;
    const AccessTokens &m_accessTokens;
    const AuthService &m_auth;
    StreamSettings m_settings;
    StatsFeed m_statsFeed;
    QList<StreamConnection *> m_connections; // children of the hub
    StreamSampleCounts m_sampleCounts;        // counted by the connections
};

}
