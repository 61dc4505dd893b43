#include "stream/streamhub.h"

#include "auth/accesstokens.h"
#include "auth/authservice.h"
#include "http/accesspolicy.h"
#include "http/apierror.h"
#include "http/jsonviews.h"
#include "store/database.h"
#include "stats/statsfields.h"
#include "store/jobrepository.h"
#include "store/userrepository.h"
#include "store/pubrepository.h"
#include "stream/streamconnection.h"
#include "wire/errorcodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace buttcloud {

namespace {
const QString TypeKey = QStringLiteral("type");
const QString PubStatsTopic = QStringLiteral("pub.stats");
const QString PubsTopic = QStringLiteral("pubs");
const QString JobsTopic = QStringLiteral("jobs");
const QString HubsTopic = QStringLiteral("hubs");
const QString PubLogsTopic = QStringLiteral("pub.logs");
constexpr PubTopic PubTopics[] = {PubTopic::Stats, PubTopic::Logs};

// The sample shape of docs/api.md ("Stats"): the figures plus their time.
QJsonObject sampleJson(const StatsSample &sample)
{
    QJsonObject json = sampleFigures(sample);
    json.insert(QStringLiteral("t"), isoTime(sample.atMs));
    return json;
}

// The same rule as GET /api/v1/pubs/{id}: support and admins see all, customers their own.
bool maySee(const UserRecord &user, const QString &ownerId)
{
    try {
        checkAccess(RoutePolicy::read(true), user, ownerId);
        return true;
    } catch (const ApiError &) {
        return false;
    }
}
}

StreamHub::StreamHub(const Database &database, const AccessTokens &accessTokens, const AuthService &auth, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_accessTokens(accessTokens)
    , m_auth(auth)
{
}

StreamHub::~StreamHub()
{
    // Connections go with the hub; their subscriptions need no unwatch from a feed that may be gone.
    m_statsFeed = {};
    m_logFeed = {};
}

PubFeed &StreamHub::feedFor(PubTopic topic)
{
    return topic == PubTopic::Logs ? m_logFeed : m_statsFeed;
}

void StreamHub::setLogFeed(PubFeed feed)
{
    m_logFeed = std::move(feed);
}

void StreamHub::setSettings(const StreamSettings &settings)
{
    m_settings = settings;
}

void StreamHub::setStatsFeed(StatsFeed feed)
{
    m_statsFeed = std::move(feed);
}

int StreamHub::connectionCount() const
{
    return int(m_connections.size());
}

StreamMetrics StreamHub::metrics() const
{
    StreamMetrics metrics;
    metrics.connections = int(m_connections.size());
    for (const StreamConnection *connection : m_connections) {
        metrics.authenticatedConnections += connection->user() ? 1 : 0;
        metrics.statsSubscriptions += int(connection->statsSubscriptionCount());
        metrics.logSubscriptions += int(connection->subscriptionCount(PubTopic::Logs));
    }
    metrics.samples = m_sampleCounts;
    metrics.logMessagesSent = m_logMessagesSent;
    metrics.slowClientsDropped = m_slowClientsDropped;
    return metrics;
}

void StreamHub::accept(std::unique_ptr<QWebSocket> socket)
{
    if (!socket)
        return;
    auto *connection = new StreamConnection(std::move(socket), m_settings, m_sampleCounts, this);
    m_connections.append(connection);
    connect(connection, &StreamConnection::finished, this, &StreamHub::forget);
}

void StreamHub::forget(StreamConnection *connection)
{
    m_connections.removeOne(connection);
    for (const PubTopic topic : PubTopics) {
        const PubFeed &feed = feedFor(topic);
        if (feed.unwatch) {
            for (const QString &pubId : std::as_const(connection->subscriptions(topic)))
                feed.unwatch(pubId);
        }
        connection->subscriptions(topic).clear();
    }
    connection->deleteLater();
}

void StreamHub::handleMessage(StreamConnection &connection, const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return connection.sendError(ErrorCode::BadRequest, QStringLiteral("a message must be a JSON object"));
    const QJsonObject message = document.object();
    const QString type = message.value(TypeKey).toString();

    if (type == QLatin1String("auth"))
        return authenticate(connection, message);
    if (!connection.user()) {
        return connection.close(CloseUnauthenticated, QStringLiteral("the first message must be auth"));
    }
    if (type == QLatin1String("subscribe") || type == QLatin1String("unsubscribe"))
        return subscribe(connection, message, type == QLatin1String("subscribe"));
    if (type == QLatin1String("ping")) {
        const QJsonValue id = message.value(QLatin1String("id"));
        if (!id.isUndefined() && !id.isString() && !id.isDouble())
            return connection.sendError(ErrorCode::BadRequest, QStringLiteral("ping id must be a string or a number"));
        QJsonObject pong{{TypeKey, QStringLiteral("pong")}};
        if (!id.isUndefined())
            pong.insert(QStringLiteral("id"), id);
        return connection.send(pong);
    }
    connection.sendError(ErrorCode::BadRequest, QStringLiteral("unknown message type"));
}

bool StreamHub::stillSignedIn(const StreamConnection &connection) const
{
    if (!connection.user())
        return true;
    const std::optional<UserRecord> now = UserRepository(m_database).findById(connection.user()->id);
    return now && !now->disabled && now->tokenGeneration == connection.user()->tokenGeneration;
}

void StreamHub::authenticate(StreamConnection &connection, const QJsonObject &message)
{
    const QString token = message.value(QLatin1String("token")).toString();
    try {
        const AccessClaims claims = m_accessTokens.verify(token);
        const UserRecord user = m_auth.authenticate(token);
        // A re-auth must be the same user: subscriptions were checked against them.
        if (connection.user() && connection.user()->id != user.id)
            throw ApiError::unauthenticated(QStringLiteral("a connection belongs to one user"));
        connection.setUser(user, claims.expiresAt * 1000);
        connection.send(QJsonObject{{TypeKey, QStringLiteral("ready")}, {QStringLiteral("user"), userJson(user)}});
    } catch (const ApiError &refusal) {
        connection.close(CloseUnauthenticated, refusal.message().left(100));
    }
}

void StreamHub::subscribe(StreamConnection &connection, const QJsonObject &message, bool subscribing)
{
    const QString topic = message.value(QLatin1String("topic")).toString();
    if (topic == PubsTopic) {
        connection.setPubsSubscribed(subscribing);
        return;
    }
    if (topic == JobsTopic) {
        connection.setJobsSubscribed(subscribing);
        return;
    }
    if (topic == HubsTopic) {
        if (!seesEverything(*connection.user()))
            return connection.sendError(ErrorCode::Forbidden, QStringLiteral("hubs are for support staff and admins"));
        connection.setHubsSubscribed(subscribing);
        return;
    }
    if (topic != PubStatsTopic && topic != PubLogsTopic)
        return connection.sendError(ErrorCode::ValidationFailed, QStringLiteral("topic: must be pub.stats, pub.logs, pubs, jobs or hubs"));
    subscribePub(connection, topic == PubLogsTopic ? PubTopic::Logs : PubTopic::Stats,
                 message.value(QLatin1String("pubId")).toString(), subscribing);
}

void StreamHub::subscribePub(StreamConnection &connection, PubTopic topic, const QString &pubId, bool subscribing)
{
    QSet<QString> &subscriptions = connection.subscriptions(topic);
    const PubFeed &feed = feedFor(topic);
    if (!subscribing) {
        if (subscriptions.remove(pubId) && feed.unwatch)
            feed.unwatch(pubId);
        return;
    }
    if (subscriptions.contains(pubId))
        return;
    const std::optional<PubRecord> pub = pubId.isEmpty() || pubId.size() > 64
        ? std::nullopt : PubRepository(m_database).findById(pubId);
    if (!pub || !maySee(*connection.user(), pub->ownerId))
        return connection.sendError(ErrorCode::NotFound, QStringLiteral("no such pub"));
    subscriptions.insert(pubId);
    if (feed.watch)
        feed.watch(pubId);
}

void StreamHub::publishLogLines(const QString &pubId, const QList<DockerLogLine> &lines)
{
    QJsonObject message;
    QList<StreamConnection *> tooSlow;
    for (StreamConnection *connection : std::as_const(m_connections)) {
        if (!connection->subscriptions(PubTopic::Logs).contains(pubId))
            continue;
        if (message.isEmpty()) {
            QJsonArray json;
            for (const DockerLogLine &line : lines)
                json.append(logLineJson(line));
            message = QJsonObject{{TypeKey, QStringLiteral("logs")}, {QStringLiteral("pubId"), pubId},
                                  {QStringLiteral("lines"), json}};
        }
        if (connection->sendUnlessBehind(message))
            ++m_logMessagesSent;
        else
            tooSlow.append(connection);
    }
    for (StreamConnection *connection : std::as_const(tooSlow)) {
        ++m_slowClientsDropped;
        connection->dropTooSlow();
    }
}

void StreamHub::publishSample(const QString &pubId, const StatsSample &sample)
{
    QJsonObject message;
    for (StreamConnection *connection : std::as_const(m_connections)) {
        if (!connection->statsSubscriptions().contains(pubId))
            continue;
        if (message.isEmpty()) {
            message = QJsonObject{{TypeKey, QStringLiteral("stats")}, {QStringLiteral("pubId"), pubId},
                                  {QStringLiteral("sample"), sampleJson(sample)}};
        }
        connection->sendSample(pubId, message);
    }
}

void StreamHub::publishPubChanged(const QString &pubId)
{
    const bool anyListener = std::any_of(m_connections.cbegin(), m_connections.cend(),
                                         [](const StreamConnection *connection) { return connection->pubsSubscribed(); });
    if (!anyListener)
        return;
    const std::optional<PubRecord> pub = PubRepository(m_database).findById(pubId);
    if (!pub)
        return;
    const QJsonObject message{{TypeKey, QStringLiteral("pub")}, {QStringLiteral("pub"), pubJson(*pub, m_settings.pubWeb)}};
    for (StreamConnection *connection : std::as_const(m_connections)) {
        if (connection->pubsSubscribed() && connection->user() && maySee(*connection->user(), pub->ownerId))
            connection->send(message);
    }
}

void StreamHub::publishPubRemoved(const QString &pubId, const QString &ownerId)
{
    const QJsonObject message{{TypeKey, QStringLiteral("pub.removed")}, {QStringLiteral("pubId"), pubId}};
    for (StreamConnection *connection : std::as_const(m_connections)) {
        if (connection->pubsSubscribed() && connection->user() && maySee(*connection->user(), ownerId))
            connection->send(message);
    }
}

void StreamHub::publishJobChanged(const QString &jobId)
{
    const bool anyListener = std::any_of(m_connections.cbegin(), m_connections.cend(),
                                         [](const StreamConnection *connection) { return connection->jobsSubscribed(); });
    if (!anyListener)
        return;
    const std::optional<JobRecord> job = JobRepository(m_database).findById(jobId);
    if (!job)
        return;
    // Customers see the jobs of their own pubs; a job of no pub (or of one already gone) is staff's.
    const std::optional<PubRecord> pub = job->pubId.isEmpty() ? std::nullopt : PubRepository(m_database).findById(job->pubId);
    const QJsonObject message{{TypeKey, QStringLiteral("job")}, {QStringLiteral("job"), jobJson(*job)}};
    for (StreamConnection *connection : std::as_const(m_connections)) {
        if (!connection->jobsSubscribed() || !connection->user())
            continue;
        const bool visible = pub ? maySee(*connection->user(), pub->ownerId) : seesEverything(*connection->user());
        if (visible)
            connection->send(message);
    }
}

void StreamHub::publishHubChanged(const QJsonObject &hub)
{
    const QJsonObject message{{TypeKey, QStringLiteral("hub")}, {QStringLiteral("hub"), hub}};
    for (StreamConnection *connection : std::as_const(m_connections)) {
        if (connection->hubsSubscribed() && connection->user() && seesEverything(*connection->user()))
            connection->send(message);
    }
}

void StreamHub::publishHubRemoved(const QString &hubId)
{
    const QJsonObject message{{TypeKey, QStringLiteral("hub.removed")}, {QStringLiteral("hubId"), hubId}};
    for (StreamConnection *connection : std::as_const(m_connections)) {
        if (connection->hubsSubscribed() && connection->user() && seesEverything(*connection->user()))
            connection->send(message);
    }
}

void StreamHub::publishCommandOutput(const QString &userId, const QString &commandId, const QString &pubId,
                                     const QString &stream, const QByteArray &data)
{
    const QJsonObject message{{TypeKey, QStringLiteral("command.output")}, {QStringLiteral("commandId"), commandId},
                              {QStringLiteral("pubId"), pubId}, {QStringLiteral("stream"), stream},
                              {QStringLiteral("data"), QString::fromUtf8(data)}};
    for (StreamConnection *connection : std::as_const(m_connections)) {
        if (connection->user() && connection->user()->id == userId)
            connection->send(message);
    }
}

}
