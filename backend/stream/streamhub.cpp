#include "stream/streamhub.h"

#include "auth/accesstokens.h"
#include "auth/authservice.h"
#include "http/accesspolicy.h"
#include "http/apierror.h"
#include "http/jsonviews.h"
#include "store/database.h"
#include "stats/statsfields.h"
#include "store/jobrepository.h"
#include "store/pubrepository.h"
#include "stream/streamconnection.h"
#include "wire/errorcodes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace buttcloud {

namespace {
const QString TypeKey = QStringLiteral("type");
const QString PubStatsTopic = QStringLiteral("pub.stats");
const QString PubsTopic = QStringLiteral("pubs");
const QString JobsTopic = QStringLiteral("jobs");

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
    }
    metrics.samples = m_sampleCounts;
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
    if (m_statsFeed.unwatch) {
        for (const QString &pubId : std::as_const(connection->statsSubscriptions()))
            m_statsFeed.unwatch(pubId);
    }
    connection->statsSubscriptions().clear();
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
    if (topic != PubStatsTopic)
        return connection.sendError(ErrorCode::ValidationFailed, QStringLiteral("topic: must be pub.stats, pubs or jobs"));

    const QString pubId = message.value(QLatin1String("pubId")).toString();
    QSet<QString> &subscriptions = connection.statsSubscriptions();
    if (!subscribing) {
        if (subscriptions.remove(pubId) && m_statsFeed.unwatch)
            m_statsFeed.unwatch(pubId);
        return;
    }
    if (subscriptions.contains(pubId))
        return;
    const std::optional<PubRecord> pub = pubId.isEmpty() || pubId.size() > 64
        ? std::nullopt : PubRepository(m_database).findById(pubId);
    if (!pub || !maySee(*connection.user(), pub->ownerId))
        return connection.sendError(ErrorCode::NotFound, QStringLiteral("no such pub"));
    subscriptions.insert(pubId);
    if (m_statsFeed.watch)
        m_statsFeed.watch(pubId);
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
