#include "models/eventstream.h"

#include "models/session.h"
#include "wire/errorcodes.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace buttcloud {

namespace {
constexpr quint16 CloseAuthRequired = 4401; // docs/api.md: no valid auth in time, or the token expired
const QString PubsTopic = QStringLiteral("pubs");
const QString JobsTopic = QStringLiteral("jobs");
const QString HubsTopic = QStringLiteral("hubs");
const QString PubStatsTopic = QStringLiteral("pub.stats");
const QString PubLogsTopic = QStringLiteral("pub.logs");
// Renew the token this long before it expires, so the server never closes for an old token.
constexpr qint64 RenewalMarginSeconds = 60;

QString pubKey(const QString &topic, const QString &pubId)
{
    return topic + QLatin1Char(':') + pubId;
}

QString statsKey(const QString &pubId)
{
    return pubKey(PubStatsTopic, pubId);
}

// Topics without a pub are their own subscription key.
bool isWholeTopic(const QString &key)
{
    return key == PubsTopic || key == JobsTopic || key == HubsTopic;
}

// The `exp` claim of a JWT, read only to time the next refresh; the server checks the signature.
std::optional<QDateTime> tokenExpiry(const QString &token)
{
    const QList<QStringView> parts = QStringView(token).split(QLatin1Char('.'));
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(),
                                                      QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonValue expiry = QJsonDocument::fromJson(payload).object().value(QLatin1String("exp"));
    if (!expiry.isDouble())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(expiry.toDouble()), Qt::UTC);
}
}

EventStream::EventStream(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_reconnectTimer.setSingleShot(true);
    m_tokenRenewalTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventStream::connectNow);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &EventStream::onHeartbeat);
    connect(&m_tokenRenewalTimer, &QTimer::timeout, this, [this] {
        m_session->refreshAccessToken(this, [](const std::optional<ApiError> &) {
            // Success arrives as Session::accessTokenChanged; a failure shows when the server closes.
        });
    });
    connect(&m_socket, &QWebSocket::connected, this, &EventStream::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &EventStream::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &EventStream::onTextMessage);
    connect(m_session, &Session::accessTokenChanged, this, [this] {
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            sendAuth(); // the server takes a new auth on the same socket
    });
    connect(m_session, &Session::signedOut, this, &EventStream::stop);
    connect(m_session, &Session::sessionExpired, this, &EventStream::stop);
}

EventStream::~EventStream()
{
    m_socket.disconnect(this); // no state changes while being destroyed
    m_socket.abort();
}

QUrl EventStream::streamUrl(const QUrl &serverUrl)
{
    QUrl url = serverUrl;
    url.setScheme(serverUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void EventStream::setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_firstReconnectDelay = std::max(std::chrono::milliseconds(1), first);
    m_longestReconnectDelay = std::max(m_firstReconnectDelay, longest);
}

void EventStream::setHeartbeatInterval(std::chrono::milliseconds interval)
{
    m_heartbeatInterval = std::max(std::chrono::milliseconds(10), interval);
}

void EventStream::start()
{
    if (m_started)
        return;
    m_started = true;
    m_failedAttempts = 0;
    m_wasOnline = false;
    connectNow();
}

void EventStream::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_reconnectTimer.stop();
    m_heartbeatTimer.stop();
    m_tokenRenewalTimer.stop();
    m_socket.close();
    m_authenticated = false;
    setState(State::Offline, tr("Live updates are off."));
}

bool EventStream::isStarted() const
{
    return m_started;
}

EventStream::State EventStream::state() const
{
    return m_state;
}

QString EventStream::statusMessage() const
{
    return m_statusMessage;
}

std::chrono::milliseconds EventStream::nextReconnectDelay() const
{
    // Doubles per failed attempt up to the longest delay; the shift is capped so it cannot overflow.
    const qint64 first = m_firstReconnectDelay.count();
    const qint64 longest = m_longestReconnectDelay.count();
    const qint64 doubled = first << std::min(m_failedAttempts, 20);
    return std::chrono::milliseconds(std::min(doubled, longest));
}

void EventStream::connectNow()
{
    if (!m_started || !m_session->isSignedIn())
        return;
    m_authenticated = false;
    setState(State::Connecting, tr("Connecting to live updates…"));
    m_socket.abort();
    m_socket.open(streamUrl(m_session->serverUrl()));
}

void EventStream::onConnected()
{
    m_sinceLastMessage.start();
    m_heartbeatTimer.start(m_heartbeatInterval);
    sendAuth();
}

void EventStream::onDisconnected()
{
    m_heartbeatTimer.stop();
    m_tokenRenewalTimer.stop();
    m_authenticated = false;
    if (!m_started)
        return;
    if (m_socket.closeCode() == CloseAuthRequired && !m_renewingToken) {
        renewTokenAndReconnect();
        return;
    }
    const QString reason = m_socket.closeReason().isEmpty() ? m_socket.errorString() : m_socket.closeReason();
    scheduleReconnect(reason);
}

void EventStream::renewTokenAndReconnect()
{
    m_renewingToken = true;
    setState(State::Connecting, tr("Renewing the sign-in for live updates…"));
    m_session->refreshAccessToken(this, [this](const std::optional<ApiError> &error) {
        m_renewingToken = false;
        if (!m_started)
            return;
        if (error)
            scheduleReconnect(error->message);
        else
            connectNow();
    });
}

void EventStream::scheduleReconnect(const QString &reason)
{
    const std::chrono::milliseconds delay = nextReconnectDelay();
    ++m_failedAttempts;
    // ±20 % jitter, so clients cut off together do not all come back in the same instant.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    m_reconnectTimer.start(std::chrono::milliseconds(qint64(double(delay.count()) * jitter)));
    const QString message = reason.isEmpty() ? tr("Live updates are offline.")
                                             : tr("Live updates are offline: %1").arg(reason);
    setState(State::Offline, message);
}

void EventStream::onHeartbeat()
{
    // The server pings every 15 s and closes peers silent for 45 s; we do the same in our direction
    // so a dead connection (e.g. a suspended laptop) is noticed and replaced.
    if (m_sinceLastMessage.isValid() && m_sinceLastMessage.elapsed() > 3 * m_heartbeatInterval.count()) {
        m_socket.abort();
        return;
    }
    if (m_authenticated)
        sendJson({{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), QString::number(m_nextPingId++)}});
}

void EventStream::onTextMessage(const QString &text)
{
    m_sinceLastMessage.start();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return; // not the protocol: ignore rather than trust it
    handleMessage(document.object());
}

void EventStream::handleMessage(const QJsonObject &message)
{
    const QString type = message.value(QLatin1String("type")).toString();
    if (type == QLatin1String("ready")) {
        onReady();
    } else if (type == QLatin1String("stats")) {
        const QString pubId = message.value(QLatin1String("pubId")).toString();
        const std::optional<StatsSample> sample = parseStatsSample(message.value(QLatin1String("sample")).toObject());
        if (sample && m_subscriptions.contains(statsKey(pubId)))
            Q_EMIT statsReceived(pubId, *sample);
    } else if (type == QLatin1String("logs")) {
        const QString pubId = message.value(QLatin1String("pubId")).toString();
        const Result<QList<LogLine>> lines = parseLogLines(message, m_session->serverUrl());
        if (lines.ok() && m_subscriptions.contains(pubKey(PubLogsTopic, pubId)))
            Q_EMIT logLinesReceived(pubId, lines.value());
    } else if (type == QLatin1String("pub")) {
        const Result<Pub> pub = parsePub(message.value(QLatin1String("pub")).toObject(), m_session->serverUrl());
        if (pub.ok())
            Q_EMIT pubChanged(pub.value());
    } else if (type == QLatin1String("pub.removed")) {
        const QString pubId = message.value(QLatin1String("pubId")).toString();
        if (!pubId.isEmpty())
            Q_EMIT pubRemoved(pubId);
    } else if (type == QLatin1String("job")) {
        const Result<Job> job = parseJob(message.value(QLatin1String("job")).toObject(), m_session->serverUrl());
        if (job.ok() && m_subscriptions.contains(JobsTopic))
            Q_EMIT jobChanged(job.value());
    } else if (type == QLatin1String("hub")) {
        const Result<Hub> hub = parseHub(message.value(QLatin1String("hub")).toObject(), m_session->serverUrl());
        if (hub.ok() && m_subscriptions.contains(HubsTopic))
            Q_EMIT hubChanged(hub.value());
    } else if (type == QLatin1String("hub.removed")) {
        const QString hubId = message.value(QLatin1String("hubId")).toString();
        if (!hubId.isEmpty() && m_subscriptions.contains(HubsTopic))
            Q_EMIT hubRemoved(hubId);
    } else if (type == QLatin1String("command.output")) {
        Q_EMIT commandOutput(message.value(QLatin1String("commandId")).toString(),
                             message.value(QLatin1String("pubId")).toString(),
                             message.value(QLatin1String("stream")).toString(),
                             message.value(QLatin1String("data")).toString());
    } else if (type == QLatin1String("error")) {
        const QString code = message.value(QLatin1String("code")).toString();
        if (code == QLatin1String(ErrorCode::TokenExpired) && !m_renewingToken) {
            m_session->refreshAccessToken(this, [](const std::optional<ApiError> &) {});
            return;
        }
        Q_EMIT errorReceived(code, message.value(QLatin1String("message")).toString());
    }
}

void EventStream::onReady()
{
    const bool firstReady = !m_authenticated;
    m_authenticated = true;
    scheduleTokenRenewal();
    if (!firstReady)
        return; // a re-auth on the same socket: subscriptions are still in place
    m_failedAttempts = 0;
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it)
        sendSubscription(it.key(), true);
    setState(State::Online, {});
    if (m_wasOnline)
        Q_EMIT gap();
    m_wasOnline = true;
}

void EventStream::scheduleTokenRenewal()
{
    const std::optional<QDateTime> expiry = tokenExpiry(m_session->accessToken());
    if (!expiry) {
        m_tokenRenewalTimer.stop(); // not a JWT we can read: renew when the server closes with 4401
        return;
    }
    const qint64 seconds = std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(*expiry) - RenewalMarginSeconds);
    m_tokenRenewalTimer.start(std::chrono::seconds(seconds));
}

void EventStream::sendAuth()
{
    sendJson({{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), m_session->accessToken()}});
}

void EventStream::sendSubscription(const QString &key, bool subscribe)
{
    QJsonObject message{{QStringLiteral("type"), subscribe ? QStringLiteral("subscribe") : QStringLiteral("unsubscribe")}};
    if (isWholeTopic(key)) {
        message.insert(QStringLiteral("topic"), key);
    } else {
        const qsizetype colon = key.indexOf(QLatin1Char(':'));
        message.insert(QStringLiteral("topic"), key.left(colon));
        message.insert(QStringLiteral("pubId"), key.mid(colon + 1));
    }
    sendJson(message);
}

void EventStream::sendJson(const QJsonObject &message)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void EventStream::setState(State state, const QString &message)
{
    if (state == m_state && message == m_statusMessage)
        return;
    m_state = state;
    m_statusMessage = message;
    Q_EMIT stateChanged(state, message);
}

void EventStream::changeSubscription(const QString &key, int delta)
{
    const int before = m_subscriptions.value(key);
    const int after = std::max(0, before + delta);
    if (after == 0)
        m_subscriptions.remove(key);
    else
        m_subscriptions.insert(key, after);
    const bool changed = (before == 0) != (after == 0);
    if (changed && m_authenticated)
        sendSubscription(key, after > 0);
}

void EventStream::subscribePubStats(const QString &pubId)
{
    changeSubscription(statsKey(pubId), 1);
}

void EventStream::unsubscribePubStats(const QString &pubId)
{
    changeSubscription(statsKey(pubId), -1);
}

void EventStream::subscribePubLogs(const QString &pubId)
{
    changeSubscription(pubKey(PubLogsTopic, pubId), 1);
}

void EventStream::unsubscribePubLogs(const QString &pubId)
{
    changeSubscription(pubKey(PubLogsTopic, pubId), -1);
}

void EventStream::subscribePubs()
{
    changeSubscription(PubsTopic, 1);
}

void EventStream::unsubscribePubs()
{
    changeSubscription(PubsTopic, -1);
}

void EventStream::subscribeJobs()
{
    changeSubscription(JobsTopic, 1);
}

void EventStream::unsubscribeJobs()
{
    changeSubscription(JobsTopic, -1);
}

void EventStream::subscribeHubs()
{
    changeSubscription(HubsTopic, 1);
}

void EventStream::unsubscribeHubs()
{
    changeSubscription(HubsTopic, -1);
}

int EventStream::subscriptionCount(const QString &topic, const QString &pubId) const
{
    return m_subscriptions.value(isWholeTopic(topic) ? topic : pubKey(topic, pubId));
}

}
