#pragma once

#include "docker/dockerlogparser.h"
#include "pubs/pubweb.h"
#include "stats/statssample.h"

#include <QHash>
#include <QJsonObject>
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
    // Log lines are never dropped one by one (a log with holes misleads): a client with more than
    // this many bytes not yet written to its socket is disconnected instead (close code 4429).
    qint64 maxBacklogBytes = 1024 * 1024;
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
    int logSubscriptions = 0;     // (connection, pub) pairs
    StreamSampleCounts samples;
    quint64 logMessagesSent = 0;
    quint64 slowClientsDropped = 0; // closed with 4429
};

// Where watched pubs' live data come from: StatsCollector::watch/unwatch or PubLogFollower's
// (counted: one upstream per pub however many connections watch it), or a test double.
struct PubFeed
{
    std::function<void(const QString &pubId)> watch;
    std::function<void(const QString &pubId)> unwatch;
};
using StatsFeed = PubFeed;

// The per-pub topics: each connection keeps a set of pubs per topic, each topic one feed.
enum class PubTopic { Stats, Logs };

// The WebSocket side of /api/v1/stream: authenticates each connection, keeps its subscriptions and
// fans events out to the connections allowed to see them. Access follows the REST rules (checkAccess).
class StreamHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamHub)

public:
    static constexpr quint16 CloseUnauthenticated = 4401;
    static constexpr quint16 CloseTooSlow = 4429;

    StreamHub(const Database &database, const AccessTokens &accessTokens, const AuthService &auth,
              QObject *parent = nullptr);
    ~StreamHub() override;

    void setSettings(const StreamSettings &settings);  // applies to connections accepted afterwards
    void setStatsFeed(StatsFeed feed);
    void setLogFeed(PubFeed feed);
    void accept(std::unique_ptr<QWebSocket> socket);
    int connectionCount() const;
    StreamMetrics metrics() const;

    void publishSample(const QString &pubId, const buttcloud::StatsSample &sample);
    void publishLogLines(const QString &pubId, const QList<buttcloud::DockerLogLine> &lines);
    void publishPubChanged(const QString &pubId);
    void publishPubRemoved(const QString &pubId, const QString &ownerId);
    void publishJobChanged(const QString &jobId);
    // Hubs are staff's business: only support and admins subscribed to `hubs` get these.
    void publishHubChanged(const QJsonObject &hub);
    void publishHubRemoved(const QString &hubId);
    void publishCommandOutput(const QString &userId, const QString &commandId, const QString &pubId,
                              const QString &stream, const QByteArray &data);

private:
    friend class StreamConnection;
    void handleMessage(StreamConnection &connection, const QString &text);
    void authenticate(StreamConnection &connection, const QJsonObject &message);
    void subscribe(StreamConnection &connection, const QJsonObject &message, bool subscribing);
    void subscribePub(StreamConnection &connection, PubTopic topic, const QString &pubId, bool subscribing);
    void forget(StreamConnection *connection);
    // Whether the connection's user is still signed in as when it authenticated: not disabled, no
    // token revoked since (password change, reset). One primary-key read; asked on each heartbeat.
    bool stillSignedIn(const StreamConnection &connection) const;
    PubFeed &feedFor(PubTopic topic);

    const Database &m_database;
    const AccessTokens &m_accessTokens;
    const AuthService &m_auth;
    StreamSettings m_settings;
    StatsFeed m_statsFeed;
    PubFeed m_logFeed;
    QList<StreamConnection *> m_connections; // children of the hub
    StreamSampleCounts m_sampleCounts;        // counted by the connections
    quint64 m_logMessagesSent = 0;
    quint64 m_slowClientsDropped = 0;
};

}
