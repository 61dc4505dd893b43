#include "stream/streamconnection.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QWebSocket>

#include <limits>

namespace buttcloud {

StreamConnection::StreamConnection(std::unique_ptr<QWebSocket> socket, const StreamSettings &settings,
                                   StreamSampleCounts &sampleCounts, StreamHub *hub)
    : QObject(hub)
    , m_socket(std::move(socket))
    , m_settings(settings)
    , m_sampleCounts(sampleCounts)
{
    m_socket->setParent(nullptr);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_settings.maxIncomingMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_settings.maxIncomingMessageBytes));
    m_sinceLastHeard.start();

    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, [this, hub](const QString &text) {
        m_sinceLastHeard.restart();
        hub->handleMessage(*this, text);
    });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this] {
        sendError("bad_request", QStringLiteral("messages are JSON text frames"));
    });
    connect(m_socket.get(), &QWebSocket::pong, this, [this] { m_sinceLastHeard.restart(); });
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, &StreamConnection::onBytesWritten);
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        if (!m_finished) {
            m_finished = true;
            Q_EMIT finished(this);
        }
    });

    m_authDeadline.setSingleShot(true);
    m_authDeadline.setInterval(m_settings.authTimeout);
    connect(&m_authDeadline, &QTimer::timeout, this, [this] {
        close(StreamHub::CloseUnauthenticated, m_user ? QStringLiteral("the access token expired") : QStringLiteral("authenticate first"));
    });
    m_authDeadline.start();

    m_heartbeat.setInterval(m_settings.pingInterval);
    connect(&m_heartbeat, &QTimer::timeout, this, &StreamConnection::heartbeat);
    m_heartbeat.start();
}

StreamConnection::~StreamConnection()
{
    // The socket's last signals must not reach a half-destroyed connection (or hub).
    m_socket->disconnect(this);
}

const std::optional<UserRecord> &StreamConnection::user() const
{
    return m_user;
}

void StreamConnection::setUser(const UserRecord &user, qint64 expiresAtMs)
{
    m_user = user;
    m_authDeadline.start(int(std::clamp<qint64>(expiresAtMs - currentEpochMs(), 0, std::numeric_limits<int>::max())));
}

QSet<QString> &StreamConnection::statsSubscriptions()
{
    return m_statsSubscriptions;
}

qsizetype StreamConnection::statsSubscriptionCount() const
{
    return m_statsSubscriptions.size();
}

QSet<QString> &StreamConnection::subscriptions(PubTopic topic)
{
    return topic == PubTopic::Logs ? m_logSubscriptions : m_statsSubscriptions;
}

qsizetype StreamConnection::subscriptionCount(PubTopic topic) const
{
    return (topic == PubTopic::Logs ? m_logSubscriptions : m_statsSubscriptions).size();
}

bool StreamConnection::pubsSubscribed() const
{
    return m_pubsSubscribed;
}

void StreamConnection::setPubsSubscribed(bool subscribed)
{
    m_pubsSubscribed = subscribed;
}

bool StreamConnection::jobsSubscribed() const
{
    return m_jobsSubscribed;
}

void StreamConnection::setJobsSubscribed(bool subscribed)
{
    m_jobsSubscribed = subscribed;
}

bool StreamConnection::hubsSubscribed() const
{
    return m_hubsSubscribed;
}

void StreamConnection::setHubsSubscribed(bool subscribed)
{
    m_hubsSubscribed = subscribed;
}

void StreamConnection::write(const QByteArray &text)
{
    if (m_finished || m_closing)
        return;
    // Counted as the payload; bytesWritten also counts frame headers, so the estimate errs on the
    // side of sending, and it is clamped at zero below.
    m_inFlightBytes += text.size();
    m_socket->sendTextMessage(QString::fromUtf8(text));
}

void StreamConnection::send(const QJsonObject &message)
{
    write(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void StreamConnection::sendSample(const QString &pubId, const QJsonObject &message)
{
    const QByteArray text = QJsonDocument(message).toJson(QJsonDocument::Compact);
    if (m_inFlightBytes >= m_settings.inFlightBudgetBytes) {
        if (m_waitingSamples.contains(pubId))
            ++m_sampleCounts.dropped;
        m_waitingSamples.insert(pubId, text); // replaces the stale one
        return;
    }
    ++m_sampleCounts.sent;
    write(text);
}

bool StreamConnection::sendUnlessBehind(const QJsonObject &message)
{
    if (m_inFlightBytes > m_settings.maxBacklogBytes)
        return false;
    send(message);
    return true;
}

void StreamConnection::sendError(const char *code, const QString &message)
{
    send(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                     {QStringLiteral("code"), QLatin1String(code)},
                     {QStringLiteral("message"), message}});
}

void StreamConnection::close(quint16 code, const QString &reason)
{
    if (m_finished || m_closing)
        return;
    m_closing = true;
    m_authDeadline.stop();
    m_heartbeat.stop();
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void StreamConnection::dropTooSlow()
{
    close(StreamHub::CloseTooSlow, QStringLiteral("the client reads too slowly"));
    // A peer that does not read will not read the close frame either.
    QTimer::singleShot(std::chrono::seconds(5), this, [this] {
        if (!m_finished)
            m_socket->abort();
    });
}

void StreamConnection::onBytesWritten(qint64 bytes)
{
    m_inFlightBytes = std::max<qint64>(0, m_inFlightBytes - bytes);
    while (!m_waitingSamples.isEmpty() && m_inFlightBytes < m_settings.inFlightBudgetBytes) {
        ++m_sampleCounts.sent;
        write(m_waitingSamples.take(m_waitingSamples.firstKey()));
    }
}

void StreamConnection::heartbeat()
{
    if (m_sinceLastHeard.hasExpired(m_settings.peerTimeout.count())) {
        // A dead peer never completes a close handshake: drop the connection.
        m_socket->abort();
        return;
    }
    // A revoked sign-in ends the stream too, within a heartbeat, not only when the token expires.
    const auto *hub = qobject_cast<const StreamHub *>(parent());
    if (hub && !hub->stillSignedIn(*this))
        return close(StreamHub::CloseUnauthenticated, QStringLiteral("signed out: the sign-in was revoked"));
    m_socket->ping();
}

}
